"""Checks the verb and noun senses and the role reading share: is this a weapon, a place, an abstraction, an
armed group; is this "attack" a metaphor; does the sentence describe an exercise or define a term."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import fiction, lexicon, roles, senses, titlenames, toponyms
from kg.extract.rules.violence import words
from kg.extract.rules.violence.aerial import is_aerial


def weapon(token: Token) -> bool:
    """True for what is fired or set off rather than hit: "four shells", "dozens of rockets"."""
    lemma = token.lemma_.lower()
    named = token.ent_type_ in ("FAC", "GPE", "LOC", "ORG") or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
    )
    if token.pos_ == "PROPN" and named:
        return False  # "the Tharthar Barrage was captured": a dam's name
    if lemma in words.WEAPON_OBJECTS | lexicon.THROWN_WEAPONS | lexicon.USED_WEAPONS | roles.WEAPON_HEADS:
        return True  # "fired grenade launchers at the base"
    if roles.wielded_bomb(token):
        return True  # "rammed an explosives-laden truck into the base"
    return lemma in words.SALVO_COUNTS and any(
        p.lemma_.lower() in words.WEAPON_OBJECTS for p in roles.pobjs(token, "of")
    )


def is_place(token: Token) -> bool:
    """True for a place phrase: a named place, a place noun, or "dozens of villages"."""
    if token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in lexicon.PLACE_NOUNS:
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "NORP") and not token.ent_id_:
        return True  # the small model often tags towns ("Sinjar") as ORG
    if toponyms.toponym(token):
        return True  # "captured Tal Abyad (from ISIS)": a town the model tagged PERSON
    if token.lemma_.lower() in lexicon.SETTLEMENT_NOUNS | {"locality"} and any(
        t.pos_ == "PROPN" for t in roles.pobjs(token, "of")
    ):
        return True  # "liberated the settlement of Zelenyi Klyn", "the locality of Dinkire": a noun its name places
    if token.lemma_.lower() in lexicon.RELATIONAL_PLACES or token.lower_ in lexicon.RELATIONAL_PLACES:
        # "seized the northern outskirts of Goma", "the heart of the old city": part of a place, whatever the NER
        # made of its name ("took part in" names none)
        of = roles.pobjs(token, "of")
        return any(t.pos_ == "PROPN" or is_place(t) for t in of) or any(_compass(c) for c in token.children)
    return any(is_place(t) for t in roles.pobjs(token, "of")) and token.lemma_.lower() in lexicon.QUANTITY_HEADS


def _compass(token: Token) -> bool:
    """ "northern", "south-eastern": a side of a place."""
    word = token.lower_.replace("-", "")
    return token.dep_ == "amod" and word.endswith("ern") and word[:-3] in lexicon.COMPASS_WORDS


# Nouns that make an abstract head a thing: "a tunnel system", "an air defence system", "a rocket network".
_PHYSICAL_KINDS = (
    lexicon.WEAPON_LEMMAS
    | lexicon.FACILITY_NOUNS
    | lexicon.VEHICLE_NOUNS
    | lexicon.ARMS_NOUNS
    | frozenset({"defence", "defense", "radar"})
)


def abstract(token: Token) -> bool:
    """True for a target no weapon can hit ("the budget", "the system", "the ruling party"), unless a noun
    before it says what thing or gathering it is ("an ISIS tunnel system", "an air defence system", "a wedding
    party"), or the document named the party of people a bare "the party" takes up again."""
    if token.lemma_.lower() not in lexicon.ABSTRACT_TARGETS:
        return False
    kinds = [c for c in token.children if c.dep_ == "compound"]
    if any(c.lemma_.lower() in _PHYSICAL_KINDS for c in kinds):
        return False
    # "a wedding party", "a polling party": people gathered for something, not a political party.
    if token.lemma_.lower() != "party":
        return True
    # "a party of CRPF": armed men sent out together
    return not (senses.armed_party(token) or any(c.pos_ == "NOUN" for c in kinds) or _party_of_men(token))


def _party_of_men(token: Token) -> bool:
    """True for a bare "the party" in a document that named a party of people before it ("the joint party of DRG and
    CRPF 219 Bn was returning ... cadres opened fire on the party", "a police party ... the party was ambushed")."""
    if [c.lower_ for c in token.children] != ["the"]:
        return False
    for before in token.doc[: token.i]:
        if before.lemma_.lower() != "party" or before.ent_type_ or any(c.dep_ == "poss" for c in before.children):
            continue  # "the Labour Party", "its party": a political party
        named = [o for o in roles.pobjs(before, "of") if o.ent_type_ == "ORG"]  # "of DRG and CRPF 219 Bn"
        kinds = [c for c in before.children if c.dep_ == "compound" and c.pos_ == "NOUN"]  # "a police party"
        if (named or kinds) and not any(c.lemma_.lower() in words.POLITICAL_OWNERS for c in kinds):
            return True
    return False


def group(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.GROUP_NOUNS or token.ent_type_ in ("ORG", "NORP") or bool(token.ent_id_)


def reciprocal(verb: Token, agent: Token) -> bool:
    """True when coordinated sides fight each other: two actors as the subject ("X and Y fought"), not one
    name with "and" in it ("the Islamic State of Iraq and the Levant") nor allies fighting side by side."""
    sides = [c for c in roles.co_subjects(verb, agent) if c.ent_iob_ != "I"]
    together = any(c.lower_ in words.SIDE_BY_SIDE for c in verb.subtree)
    return bool(sides) and not together


def _over_an_issue(trigger: Token) -> bool:
    """True when a clash or a fire is told "over" an issue, not a place or a time: "clashed over trade policy", "the
    minister came under fire over the pension reform"; not "fought over the town of Oyelo" nor "over the weekend"."""
    if trigger.lemma_.lower() in words.CLASH_NOUNS:
        overs = roles.pobjs(trigger, "over")
    elif trigger.lemma_.lower() == "fire" and trigger.dep_ == "pobj" and trigger.head.lower_ == "under":
        overs = roles.pobjs(trigger, "over") + roles.pobjs(trigger.head.head, "over")
    else:
        return False
    return bool(overs) and not any(
        is_place(o) or senses.concrete(o) or o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in words.SPANS_OF_TIME
        for o in overs
    )


# Verbs of harm no game uses, and verbs of killing a game uses for a rout ("murdered the Juventus defence").
_NO_GAME_HARM = frozenset({"stab", "behead", "lynch"})
_KILLING = frozenset({"kill", "murder", "slaughter", "massacre"})


def killing_at_a_game(trigger: Token) -> bool:
    """True for a stabbing or a killing of people told in a sentence of sport, which is still violence: "Hooligans
    stormed onto the pitch and stabbed two rival fans after the match", "beat a supporter to death outside the
    stadium", "killed two supporters"; not "Rossi murdered the Juventus defence" (no people killed)."""
    lemma = trigger.lemma_.lower()
    if lemma in _NO_GAME_HARM or any(p.lemma_.lower() == "death" for p in roles.pobjs(trigger, "to")):
        return True
    killed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return lemma in _KILLING and any(senses.counted_people(c).lemma_.lower() in _PEOPLE for c in killed)


_PEOPLE = lexicon.PEOPLE_NOUNS | lexicon.RIOT_DOERS


def metaphor(trigger: Token, agent: Token | None, target: Token | None) -> bool:
    """True for attacks on budgets, by sellers, or by politicians on one another's words."""
    sent = roles.sentence_lemmas(trigger)
    if senses.sporting(trigger):
        return not killing_at_a_game(trigger)
    if trigger.lemma_.lower() not in lexicon.METAPHOR_PRONE:
        return False  # nobody assassinates or beheads a budget
    violent = sent & words.VIOLENT_CUES
    if agent is not None and agent.lemma_.lower() in words.POLITICIANS and not violent:
        return True  # "The president attacked the media"
    if target is not None and abstract(target) and not is_aerial(trigger):
        return True  # "attacked the party's plans"; but "a drone strike hit a wedding party" is no metaphor
    if agent is not None and agent.lemma_.lower() in lexicon.FIGURATIVE_DOERS and not sent & lexicon.HARM_WORDS:
        return True  # documents, markets and firms do not kill
    if any(w.lemma_.lower() in lexicon.MESSAGE_NOUNS for w in roles.pobjs(trigger, "with", "by", "from")):
        return True  # "bombarded with questions", "came under fire from critics"
    if (
        any(w.lemma_.lower() in words.UTTERANCE_VENUES for w in roles.pobjs(trigger, "in"))
        and trigger.lemma_.lower() not in lexicon.LETHAL_VERBS
        and not sent & (lexicon.HARM_WORDS | words.HARM_CUES)
    ):
        return True  # "The Shiv Sena attacked the BJP in an editorial" (but "shot during a campaign speech")
    if _over_an_issue(trigger) and not violent:
        return True  # "the two leaders clashed over trade policy", "came under fire over the pension reform"
    verbal = bool(sent & lexicon.VERBAL_CUES) and not sent & words.HARM_CUES
    person_vs_person = (
        agent is not None
        and agent.ent_type_ == "PERSON"
        and (target is None or target.ent_type_ in ("PERSON", "ORG", ""))
    )
    if verbal and (person_vs_person or target is None or target.ent_type_ == "PERSON"):
        return True
    if (
        trigger.pos_ == "VERB"
        and agent is not None
        and agent.ent_type_ == "PERSON"
        and target is not None
        and target.ent_type_ == "PERSON"
        and not sent & words.INJURY_CUES
    ):
        return True
    return any(c.lower_ in words.WORDS_ONLY and c.dep_ == "advmod" for c in trigger.children)


# How a rush is told when it goes to a result, not at a place: "Stocks Storm Higher", "Flyers Storm Back to Beat".
_RUSH_WAYS = frozenset({"higher", "lower", "back", "ahead", "clear", "home"})


def rushed_to_a_result(trigger: Token) -> bool:
    """True for "storm" as a rush to a result, told with no object and no place it goes into: "Federer storms into
    Halle final", "storming to a record sixth Tour de France victory", "Gunners Storm Past Fulham", "Stocks Storm
    Higher", "Flyers Storm Back to Beat Rangers"; not "stormed the hotel" (an object) nor "stormed into the
    insurgent stronghold of Fallujah", "stormed back into the town" (a place)."""
    if trigger.lemma_.lower() != "storm" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children) or trigger.dep_ in ("amod", "acl"):
        return False  # "stormed the mall", "the stormed embassy"
    goals = roles.pobjs(trigger, "to", "into", "onto", "through", "inside")
    if any(is_place(g) or senses.concrete(g) for g in goals):
        return False
    if roles.pobjs(trigger, "past") or any(
        c.dep_ in ("advmod", "prt") and c.lower_ in _RUSH_WAYS for c in trigger.children
    ):
        return True
    return bool(goals)


def excluded_context(trigger: Token) -> bool:
    """Sentences that describe exercises or define terms, where no attack takes place, and plots of fiction."""
    if titlenames.inside_name(trigger):
        return True  # "the Front for the Liberation of Mekala" names a body, no event (kg/extract/titlenames.py)
    if fiction.in_fiction(trigger):
        return True  # "In the film, a rogue agent bombs a subway station" (kg/extract/fiction.py)
    if rehearsed(trigger):
        return True  # "Soldiers simulated an attack on a border post", "Pilots practised strikes on mock airfields"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "controlled" for c in trigger.children):
        return True  # "detonated it in a controlled explosion": a device destroyed on purpose
    if scare_quoted(trigger):
        return True  # 'critics say the budget amounts to "a raid on pensioners"', 'had been "ambushed" by backbenchers'
    if not words.EXCLUDING_LEMMAS & roles.sentence_lemmas(trigger):
        return False  # most sentences: none of the four words, so no token needs a look
    return roles.per_sentence(trigger, "excluded", _excluded_sentence)


# Verbs of acting a deed out for training: what they take is no deed done.
_REHEARSING = frozenset({"simulate", "practise", "practice", "rehearse", "mimic", "re-enact", "reenact"})


def rehearsed(trigger: Token) -> bool:
    """True when ``trigger`` is in the object of a verb of acting out for training, or is itself called simulated or
    mock: "Soldiers simulated an attack on a border post by armed men, followed by a counter-attack supported by
    helicopters", "Pilots practised strikes on simulated enemy airfields", "a mock raid".  Not "had rehearsed the
    attack for weeks before they struck" (a definite object is the deed the story tells, and the striking is no
    object of the rehearsing)."""
    if any(c.dep_ == "amod" and c.lower_ in ("simulated", "mock") for c in trigger.children):
        return True
    for node in (trigger, *trigger.ancestors):
        if node.dep_ == "dobj" and node.head.lemma_.lower() in _REHEARSING and node.head.pos_ == "VERB":
            # "simulated an attack", "practised strikes"; not "had rehearsed the attack" (the one the story tells)
            return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in node.children)
        if node.pos_ in ("VERB", "AUX") and node is not trigger and node.dep_ not in ("acl",):
            return False  # a clause of its own: "before they struck"
    return False


# Quotation marks as the tokenizer gives them.
_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
# A phrase set in quotation marks inside a sentence, not a sentence quoted: a few words.
_SCARE_WORDS = 12


def scare_quoted(trigger: Token) -> bool:
    """True when ``trigger`` is in a few words set in quotation marks inside the sentence ('critics say the budget
    amounts to "a raid on pensioners"', 'the prime minister had been "ambushed" by his own backbenchers', 'the talks
    had been "a battle, but a civilised one"'), and nothing in the sentence outside them is harm, a weapon, a word of
    violence or an armed side: quotation marks around a word of war in a sentence of none mark it as a figure of
    speech ('AQAP claimed the attack, saying its "martyrdom drone" targeted ...' is the attack's claim).  Speech quoted
    whole ('"We heard a huge explosion," he said') starts the sentence or runs long; 'the army said it had
    "neutralised" 12 terrorists' names its armed side."""
    sent = trigger.sent
    marks = [t.i for t in sent if t.text in _QUOTES]
    opening = [i for i in marks if i < trigger.i]
    closing = [i for i in marks if i > trigger.i]
    if len(opening) % 2 == 0 or not closing:
        return False
    start, end = opening[-1], closing[0]
    if end - start - 1 > _SCARE_WORDS or start <= sent.start + 1:
        return False
    outside = [t for t in sent if not start <= t.i <= end]
    cues = (
        words.VIOLENT_CUES
        | words.VIOLENT_LEMMAS
        | lexicon.AERIAL_LEMMAS
        | lexicon.HARM_WORDS
        | lexicon.ARMED_ACTOR_NOUNS
    )
    return not any(t.lemma_.lower() in cues or t.like_num or t.ent_type_ in ("CARDINAL",) for t in outside)


# Nouns of a stop to fighting, and words of how fighting is felt: "a pause in the fighting", "an end to fighting",
# "disillusioned by the factional fighting", "tired of fighting": the war as a whole, no incident.
_HALTS = frozenset({
    "pause", "end", "halt", "lull", "break", "cessation", "stop", "truce", "ceasefire", "respite", "suspension",
    "de-escalation", "resumption",
})  # fmt: skip
_FELT = frozenset({"disillusioned", "tired", "weary", "sick", "exhausted", "fed"})


def halted_or_felt(noun: Token) -> bool:
    """True for "fighting" as what a stop is to or in, or what someone is tired of: "Talks on a pause in the fighting",
    "Pope appeals for end to fighting in Congo", "Disillusioned by the factional fighting in Kabul", "he had grown
    tired of fighting".  Not "fighting broke out in Velka", "killed in fighting near Kamesa"."""
    if noun.dep_ not in ("pobj", "pcomp") or noun.head.lower_ not in ("in", "to", "of", "by", "from"):
        return False
    governor = noun.head.head
    return governor.lemma_.lower() in _HALTS or governor.lower_ in _FELT


def _excluded_sentence(sent: Span) -> bool:
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in ("exercise", "drill") and t.pos_ == "NOUN":
            return True
        if lemma in ("define", "classify") and t.pos_ == "VERB":
            return True
    return False


def toll_since(verb: Token) -> bool:
    """A perfect-tense verb counted over a span of years ("have killed 35,000 people since 2009", "has carried out
    hundreds of attacks over the past decade"): a group's record, not an incident."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words.RECORD_ADVERBS for c in verb.children):
        return True  # "The group has attacked health workers in the province before"
    obj = roles.first(roles.children(verb, "dobj"))
    if obj is not None and not counted(obj):
        return False  # "has repeatedly attacked Tatmadaw outposts since late 2018": real attacks, told as a habit
    for prep in roles.children(verb, "prep"):
        for span in roles.children(prep, "pobj"):
            if prep.lower_ == "since" and span.like_num and len(span.text) == 4:
                return True  # "since 2009"
            if prep.lower_ in ("over", "in", "during") and span.lemma_.lower() in ("year", "decade"):
                return any(c.lower_ in ("past", "last") for c in span.children)  # "over the past decade"
    return False


def toll(verb: Token) -> bool:
    """A count of casualties or deeds over years or a war, no incident: :func:`toll_since`, :func:`war_toll`."""
    return toll_since(verb) or war_toll(verb)


def war_toll(verb: Token) -> bool:
    """A casualty count with no deed: "More than 1,200 civilians were killed in the conflict in 2019", "3,400 fighters
    were killed between 2015 and 2019" (a passive killing or wounding by nobody, in a war as a whole or over a span of
    years), not "were killed in an attack during the war"."""
    if verb.lemma_.lower() not in words.CASUALTY_VERBS or not roles.is_passive(verb) or roles.pobjs(verb, "by"):
        return False
    held = roles.pobjs(verb, "in", "during", "at", "near")
    if any(t.lemma_.lower() in words.VIOLENT_LEMMAS for t in held):
        return False
    years = [t for t in roles.pobjs(verb, "between") if t.like_num and len(t.text) == 4]
    return bool(years) or any(t.lemma_.lower() in words.CAMPAIGN_DOERS for t in held)


def counted(obj: Token) -> bool:
    """True for a count: "35,000 people", "hundreds of attacks", "thousands"."""
    return (
        obj.like_num
        or obj.lower_ in lexicon.QUANTITY_HEADS
        or any(c.dep_ == "nummod" or c.lower_ in lexicon.QUANTITY_HEADS for c in obj.children)
    )


# The heads of a fight's name: "The Battle of Kismayo", "the Siege of Sarajevo".
_FIGHT_NAMES = frozenset({"battle", "siege"})
_NAMING = frozenset({"know", "call", "name", "dub", "style", "refer", "describe", "remember"})
# Words of a sentence about a titled work ("The Battle of Algiers is a 1966 film", "He wrote The Siege of
# Krishnapur"): there the name is a title, as the NER said.
_TITLED = frozenset({
    "film", "movie", "novel", "book", "painting", "documentary", "play", "poem", "song", "game", "opera", "album",
    "thriller", "musical", "write", "direct", "paint", "publish", "star", "screen", "premiere", "author", "director",
})  # fmt: skip


def named_fight(trigger: Token) -> bool:
    """A battle's or a siege's own name that the NER took for a title ("The Battle of Kismayo" as a WORK_OF_ART):
    the head word capitalised, with "of" and a name after it. It names the fight, not a book (a work of fiction is
    excluded_context's)."""
    if trigger.lemma_.lower() not in _FIGHT_NAMES or not trigger.text[:1].isupper() or trigger.i == trigger.sent.start:
        return False
    if roles.sentence_lemmas(trigger) & _TITLED:
        return False
    named = trigger
    while named.dep_ == "conj" and named.head.i != named.i:
        named = named.head  # "also known as the Marawi crisis and the Battle of Marawi"
    if named.dep_ == "pobj" and named.head.lower_ == "as" and named.head.head.lemma_.lower() in _NAMING:
        return False  # "The siege of Marawi, also known as the Battle of Marawi": another name of the same fight
    return any(o.pos_ == "PROPN" for o in roles.pobjs(trigger, "of"))
