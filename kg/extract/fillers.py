"""What may fill a role, and the doer a rule finds when syntax gives none: no dates, numbers, weapons or
deeds as doers; reflexive and own-death patients; the actor named before a trigger the parser cut off."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.namekinds import dated_name, said_person, said_place
from kg.extract.nofillers import counted_noun, counted_victims, negated_quantity, toll
from kg.extract.reading import sentence
from kg.extract.role_words import (
    BESIDE_PREPS,
    BLAST_VERBS,
    DEED_HEADS,
    IMPACT_VERBS,
    LISTING_VERBS,
    MEANS_ABBREVIATIONS,
    NOT_VICTIMS,
    ON_IDIOMS,
    SERIES_NOUNS,
    SUMMARY_HEADS,
    WEAPON_HEADS,
)
from kg.extract.syntax import bare_adjective, children, first, pobjs, took_lives, whose_lives
from kg.extract.warfronts import war_or_front
from kg.extract.wielded import LOADED, instrument, side_fought_for
from kg.geo.gazetteer import PLACE, geonames, name_key

_WHEN_WORDS = frozenset({"date", "period", "occasion", "time"})  # "two related bombings on this date"
# Deed heads that are not deeds as a target: gatherings ("a wave of migrants", "a series of villages") and "basis",
# the lemma the lemmatiser gives "bases" ("rocket attacks against bases hosting US troops").
_NOT_DEEDS_AS_TARGETS = frozenset({"series", "wave", "basis"})
_NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


# Prepositions a report opens with before a comma: "Near Baiji, two strikes struck ...".
FRONTED_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "in", "at", "across", "along", "throughout"})


def fronted_place(token: Token) -> bool:
    """True when ``token`` is in a fronted locative the parser did not read as one: the sentence opens
    with a capitalised preposition word that is not a preposition in the tree, then only proper names,
    then a comma ("Near Baiji, two strikes struck ..."), and the small model tagged the phrase a person
    and made it the subject.  Such a phrase is where, never who."""
    sent = sentence(token)
    doc = token.doc
    first = doc[sent.start]
    read = first.dep_ == "prep" and not first.ent_type_ and any(c.dep_ == "pobj" for c in first.children)
    if first.lower_ not in FRONTED_PREPOSITIONS or not first.is_title or read:
        return False  # a preposition the parser read as one (with its object), unless the NER took it into a name
    end = sent.start + 1
    while end < sent.end and doc[end].pos_ == "PROPN":
        end += 1
    return end > sent.start + 1 and end < sent.end and doc[end].text == "," and sent.start <= token.i < end


def can_fill(token: Token, *, doer: bool) -> bool:
    """True when ``token`` may head a role filler: an actor, person, organisation, collective, place or
    thing, never a date, a number, a measure or a dash; and, as the doer (``doer``), never a weapon
    or the deed itself unless an actor's name is on it.  Used where rules hand over their role tokens."""
    if token.ent_type_ in _NOT_PARTICIPANTS or token.lemma_.lower() in lexicon.TIME_WORDS | _WHEN_WORDS:
        return False
    if is_reflexive(token):
        return False  # "blew himself up"
    if negated_quantity(token):
        return False  # "no civilians were harmed in the strike": nobody was hit
    if reciprocal(token):
        return False  # "each side accused the other of starting the clashes": the sides are named elsewhere
    if token.lemma_.lower() in ("responsibility", "credit"):
        return False  # what is claimed for an attack, never who did it or to whom
    if token.lemma_.lower() == "fire" and token.dep_ == "dobj" and token.head.lemma_.lower() in _FIRE_VERBS:
        return False  # "setting fire to the market", "opened fire": what was done, not to whom
    if token.pos_ == "NUM" or token.like_num:
        # "18 of 25 drones"; the victims counted by a casualty verb ("killing 2") when nothing else names
        # them; never a doer, a year or a figure elsewhere ("the 2,000 ... pushed that number above 50,000").
        counted = not doer and counted_victims(token) and counted_noun(token) is not None
        # "two of the gunmen" did it, "One of the blasts wounded five" names the deed: the counted noun decides
        counted_of = [t for t in pobjs(token, "of") if not doer or can_fill(t, doer=True)]
        return bool(counted_of) or counted  # "six soldiers ..., killing six": the soldiers
    if not any(ch.isalpha() for ch in token.text):
        return False  # "-"
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.lemma_.lower() in ON_IDIOMS:
        # "claims attacks against civilians on a regular basis": when or why, never whom; "attacks on US bases" is
        # whom (the lemmatiser reads "bases" as "basis")
        return token.lower_ == "bases"
    if not doer and token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.NO_TARGETS:
        return False  # "hurled stones at each other", "the situation turned tense when police fired"
    if not doer and token.pos_ == "NOUN" and token.lemma_.lower() in _GOINGS_OFF:
        return False  # "a suicide bomber set off the first explosion": the deed, never what was hit
    if not doer and token.pos_ == "NOUN" and token.lemma_.lower() in DEED_HEADS - _NOT_DEEDS_AS_TARGETS:
        return False  # "rockets struck near the embassy, the third such attack this month": a deed is never its target
    if not doer and war_or_front(token):
        return False  # "a new offensive on the eastern front", "a war of attrition": where, never whom
    if not doer and (instrument(token) or side_fought_for(token)):
        return False  # "the attackers used roadside bombs", "fought on his side": what it was done with or for
    if doer and token.ent_type_ and not token.ent_id_ and token.lower_ in WEAPON_HEADS | MEANS_ABBREVIATIONS:
        return False  # "An RPG attack": the NER's organisation is the weapon
    if doer and toll(token):
        return False  # "The militia has suffered heavy losses trying to fight the army"
    if doer and bare_adjective(token):
        return False  # "Heavy shelling forced the rebels to withdraw": an adjective the parser made the subject
    if doer and fronted_place(token):
        return False  # "Near Baiji, two strikes struck ..."
    if doer and named_area(token):
        return False  # "... in Jos city, Plateau state, Nigeria, killing five": an area the parser made a subject
    if doer and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
        lemma = token.lemma_.lower()
        if lemma in WEAPON_HEADS or lemma in DEED_HEADS:
            where = place_modifier(token)
            return any(
                c.dep_ in ("poss", "compound", "amod", "nmod")
                and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.ent_id_)
                and c.lemma_.lower() not in WEAPON_HEADS  # "Grenade launchers" opening a sentence, tagged a name
                and (
                    where is None or c.i != where.i
                )  # "Iraq car bomb kills 12": where the bomb went off, not whose it was
                for c in token.children
            ) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    return True


def reciprocal(token: Token) -> bool:
    """True for a reciprocal pronoun ("each other", "one another") or "the other" answering an "each" subject
    ("each side accused the other"): it names the sides of its clause again, never a participant of its own."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if (token.lower_, before) in (("other", "each"), ("another", "one")):
        return True
    if token.lower_ != "other" or before != "the":
        return False
    verb = token.head
    while verb.dep_ in ("prep", "pobj", "pcomp") and verb.head is not verb:
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "each" for d in c.children) for c in verb.children)


# Nouns of a bomb going off or an attack on the ground, which a headline names after where it happened: "Iraq car
# bomb kills 12", "Pakistan blast kills 20", "Kabul bombing", "Nigeria attack kills 12 villagers".  A state that
# attacks from afar is named on its strikes, missiles and aircraft instead ("US drone strike"), so those keep it.
PLACE_NAMED_NOUNS = frozenset({
    "bomb", "landmine", "mine", "ied", "explosive", "device", "vest", "belt", "booby-trap", "blast", "explosion",
    "bombing", "attack", "massacre", "shooting", "ambush", "suicide",
})  # fmt: skip


def named_area(token: Token) -> bool:
    """An area noun in lower case carrying a proper name ("Plateau state", "Kunar province"): a place, never
    a doer (the Islamic State and Rivers State are names of their own; "two Imperial Guard divisions stormed the hills"
    are an armed body's units: a division named by an organisation, doing the deed)."""
    if not token.is_lower or token.ent_id_ or token.lemma_.lower() not in lexicon.ADMIN_AREAS:
        return False
    unit = token.lemma_.lower() == "division" and token.dep_ == "nsubj"
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return any(not (unit and c.ent_type_ in ("ORG", "NORP")) for c in names)


def doer_words(noun: Token) -> list[Token]:
    """The doers written on an attack noun as words of their kind: "rebel attacks", "army shelling", "a series of
    gunmen attacks", "militant attacks" (the tagger's adjective; not the "military" of "a US military raid")."""
    return [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.lemma_.lower() in _ACTOR_COMPOUNDS | lexicon.DOER_NOUNS
        or c.dep_ == "amod"
        and c.lemma_.lower() in lexicon.ARMED_ADJECTIVES
    ]


# Common nouns of armed bodies on an attack noun, which did it: "regime shelling", "army raids".
_ACTOR_COMPOUNDS = frozenset({
    "regime", "government", "coalition", "army", "military", "rebel", "militia", "insurgent", "police", "navy",
    "opposition", "militant", "jihadist", "taliban",
})  # fmt: skip


def place_modifier(noun: Token) -> Token | None:
    """The proper name of a country or town compounded on a bomb, blast or attack noun with no "on"/"against"
    target ("Iraq car bomb", "the Kabul bombing"): where it happened, never who did it."""
    if noun.lemma_.lower() not in PLACE_NAMED_NOUNS or pobjs(noun, "on", "against"):
        return None
    if any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.AERIAL_LEMMAS for c in noun.children):
        return None  # "a US drone attack": a state's aircraft are its own, so the state did it
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i < noun.i
            and (c.ent_type_ in ("GPE", "LOC") or (not c.ent_id_ and _named_as_place(c)))
        ),
        None,
    )


# A bomb going off, which is what was done and never whom it was done to.
_GOINGS_OFF = frozenset({"blast", "explosion", "detonation"})
_FIRE_VERBS = frozenset({"set", "open", "return", "exchange", "hold", "cease"})


# Nouns naming where a name is when it follows them with "of": "the village of Kautikari".
_PLACE_OF = frozenset({"village", "town", "city", "district", "area", "region", "province", "camp", "settlement"})


def _named_as_place(name: Token) -> bool:
    """True when the document names ``name`` as a place elsewhere ("the village of Kautikari") or tags it one."""
    for tok in name.doc:
        if tok.i == name.i or tok.text != name.text:
            continue
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PLACE_OF:
            return True
    return False


# Verbs whose object is what an attack is made with, never what it is against.
def aimed_at(weapon: Token) -> list[Token]:
    """What a weapon was aimed at: "an explosive device targeting a vehicle", "a rocket aimed at the base",
    "tear gas against protesters"."""
    for c in weapon.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("target", "aim", "hit", "strike"):
            found = list(children(c, "dobj")) + pobjs(c, "at", "on")
            if found:
                return found[:1]
        if c.dep_ == "acl" and c.lemma_.lower() in LOADED and pobjs(c, "into"):
            return pobjs(c, "into")[:1]  # "drove a car packed with explosives into an army recruitment centre"
    # "used live ammunition against demonstrators", "hurled a grenade at a police patrol": the weapon's own
    # "against"/"at" names what it was used on; "on" only for people ("water cannon on protesters"), as it is as
    # often a date.
    aims = pobjs(weapon, "against", "at", "toward", "towards") + [
        t for t in pobjs(weapon, "on") if t.lemma_.lower() in _CROWDS | lexicon.ARMED_ACTOR_NOUNS
    ]  # "hurled a grenade on government forces"
    return [t for t in aims if t.ent_type_ not in _NO_AIM][:1]


def participle_object(verb: Token) -> Token | None:
    """The object of a verb the parser hung on a participle that modifies it: in "lathi-charged agitating farmers"
    and "Agitating farmers were lathi-charged" the participle is read as a clause with "farmers" its object.  Only
    a participle written right before its object and right after the verb (or opening the sentence as its
    subject), so a casualty clause ("fired, injuring 14") is no such object."""
    for c in verb.children:
        if c.tag_ != "VBG" or c.dep_ not in ("xcomp", "advcl", "ccomp", "csubj", "csubjpass"):
            continue
        obj = first(children(c, "dobj"))
        if obj is None or obj.left_edge.i != c.i + 1:
            continue
        if c.i == verb.i + 1 or (c.dep_.startswith("csubj") and c.i == sentence(c).start):
            return obj
    return None


def hung_on_verb(noun: Token, verb: Token) -> list[Token]:
    """An event noun's "on"/"against" phrase written right after it that the parser hung on its verb ("to protest
    the assault on a colleague"); never a date."""
    return [
        t
        for t in pobjs(verb, "on", "against")
        if t.head.i == noun.right_edge.i + 1 and t.ent_type_ not in _NO_AIM and t.lower_ not in lexicon.TIME_WORDS
    ]


def gathered(token: Token) -> Token:
    """The people of a gathering hit ("broke up a sit-in by unemployed graduates" -> graduates), else ``token``."""
    if token.lemma_.lower() not in lexicon.GATHERINGS:
        return token
    by = pobjs(token.head, "by") if token.dep_ == "dobj" else []  # "broke up a sit-in by X": "by" on the verb
    # "a blockade set up by supporters of the opposition candidate": the participle's doer
    by += [t for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in pobjs(c, "by")]
    people = [t for t in pobjs(token, "by", "of") + by if t.lemma_.lower() in _CROWDS]
    return people[0] if people else token


_CROWDS = lexicon.PEOPLE_NOUNS | lexicon.RIOT_DOERS | lexicon.CROWD_NOUNS
_NO_AIM = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


# Attackers whose death in their own attack is no attack on them ("the bomber was killed", "blew himself up").
_SELF_KILLERS = frozenset({"bomber", "attacker", "assailant", "gunman", "gunmen", "shooter", "perpetrator"})


def town_name(token: Token) -> bool:
    """True for a proper name the small model tagged as an organisation or a place that is a populated place
    GeoNames knows by exactly that name and kg's actor gazetteer does not know ("the 2008 Mumbai attacks",
    Mumbai tagged ORG): it says where, never who.  Names of first-level areas ("Kachin", "Tigray") are left
    alone: "Kachin rebels" are the ones who fight."""
    if token.ent_id_ or token.pos_ != "PROPN" or len(token.text) < 4:
        return False
    if token.ent_type_ in ("PERSON", "ORG", "") and not token.is_upper and not said_person(token):
        # "the Tobenadougou massacre" where the document names Tobenadougou a place elsewhere, or "the 2008 Ruqeibe
        # attacks": a town nobody knows, tagged a person
        if said_place(token) or dated_name(token, PLACE_NAMED_NOUNS):
            return True
    if token.ent_type_ not in ("ORG", "GPE", "NORP"):
        return False  # a NORP without a state's id is a people's or a town's name: "the Kidal assault", tagged NORP
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        start -= 1
    name = token.doc[start : token.i + 1].text
    return any(e.feature == PLACE and name_key(e.name) == name_key(name) for e in geonames().lookup(name))


def is_reflexive(token: Token) -> bool:
    return token.lower_ in ("himself", "herself", "themselves", "itself")


def casualties(verb: Token) -> Token | None:
    """Who the casualty clause of ``verb`` names: ", killing four officers", ", leaving 12 injured"."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in IMPACT_VERBS:
            obj = first(children(c, "dobj"))
            if obj is None and c.lemma_.lower() == "leave":
                # "leaving at least 22 civilians dead": the parser makes the victims the subject of "dead"
                state = first([s for s in c.children if s.dep_ in ("ccomp", "xcomp", "oprd") and s.pos_ == "ADJ"])
                obj = first(children(state, "nsubj")) if state is not None else None
            if obj is not None and obj.lemma_.lower() not in NOT_VICTIMS:
                return obj
    return None


def own_death(patient_token: Token) -> bool:
    """True when the one a violence verb with no doer acts on is the attacker ("the bomber was killed",
    "the attackers died") or a reflexive ("blew himself up")."""
    if patient_token.lower_ in ("himself", "herself", "themselves"):
        return True
    return patient_token.lemma_.lower() in _SELF_KILLERS or patient_token.lower_ in _SELF_KILLERS


# Words that say who unnamed doers are taken to be: "armed men presumed to be JNIM", "gunmen believed to belong to
# Boko Haram", "assailants suspected of being al-Shabaab fighters", "gunmen identified as members of X".
_PRESUMING = frozenset({"presumed", "believed", "suspected", "thought", "alleged", "understood", "identified", "said"})
_TIE_WORDS = frozenset({"to", "be", "belong", "of", "being", "as", "from", "members", "member", "fighters", "part"})


def presumed(doer: Token, trigger: Token) -> Token | None:
    """The named group unnamed doers are presumed to be, said between them and the trigger ("Armed men
    presumed to be JNIM attacked ...", "Gunmen believed to belong to Boko Haram raided ..."), read from the
    words, since the parser hangs such a clause anywhere; None when no name follows the presumption."""
    if doer.ent_type_ or doer.ent_id_ or doer.i >= trigger.i or doer.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.ent_id_ or c.ent_type_ in ("ORG", "NORP") for c in doer.children if c.i < doer.i):
        return None  # "ISWAP fighters believed to ...": already named
    doc = trigger.doc
    window = doc[doer.i + 1 : min(trigger.i, doer.i + 12)]
    cue = next((t for t in window if t.lower_ in _PRESUMING), None)
    if cue is None or any(t.lower_ in (".", ";") for t in doc[doer.i + 1 : cue.i]):
        return None
    for tok in doc[cue.i + 1 : trigger.i]:
        named = (
            tok.ent_id_ or tok.ent_type_ in ("ORG", "NORP") or (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6)
        )
        if named and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
            root = tok
            while root.head.i != root.i and cue.i < root.head.i < trigger.i and root.dep_ in ("compound", "amod"):
                root = root.head  # "the Lakurawa group", "JNIM fighters", "Fulani herdsmen"
            if root.i == tok.i and tok.pos_ == "ADJ" and not tok.ent_id_:
                return None  # "believed to be Nigerian": a nationality, not who they were
            return root
        if tok.tag_ == "NNS" and tok.lower_ not in _TIE_WORDS and tok.lemma_.lower() not in lexicon.TIME_WORDS:
            return tok  # "men believed to be bandits": what they are taken for says more than "men"
        if tok.lower_ not in _TIE_WORDS and tok.pos_ not in ("DET", "PUNCT", "ADJ", "PART", "AUX"):
            return None
    return None


# The prepositions that hang a place or a target on an event noun: "the attack in Nairobi", "a bombing outside a
# metro station", "the raid on a compound", "the shelling of the town": a closed class.
EVENT_PLACE_PREPS = frozenset({"in", "at", "near", "on", "against", "of", "outside", "inside", "behind", "along"})


_ACTOR_TAGS = ("PERSON", "NORP", "ORG")
# Prepositions whose proper-noun object is a place: "a bombing of a nightclub in Davao".
_SITED = frozenset({"in", "at", "near", "outside"})


def event_before_place(noun: Token) -> Token | None:
    """For a relative clause hung on the place of an event noun ("the attack in Nairobi, which killed
    67 people"), or on the place or facility it was against, up to two phrases away ("the attack on a
    hotel in Mogadishu that killed 20 people", "the bombing of the centre in Buenos Aires, which killed 85"),
    the event noun: a place kills nobody."""
    place = (
        noun.ent_type_ in ("GPE", "LOC", "FAC")
        or (noun.lemma_.lower() in lexicon.FACILITY_NOUNS | lexicon.OBJECT_NOUNS and noun.ent_type_ not in _ACTOR_TAGS)
        or (noun.pos_ == "PROPN" and noun.ent_type_ not in ("NORP", "ORG") and noun.head.lower_ in _SITED)
    )  # "a bombing of a nightclub in Davao, which killed nine": a name "in" a place is one, whatever its tag
    if not place:
        return None
    for _ in range(2):
        # "the ambush of a convoy in Helmand province, which killed 12 soldiers": the second phrase may be
        # what the event noun was against, of any kind.
        if noun.dep_ != "pobj" or noun.head.lower_ not in EVENT_PLACE_PREPS:
            return None
        event = noun.head.head
        if event.pos_ == "NOUN" and event.lemma_.lower() in DEED_HEADS:
            return event
        noun = event
    return None


def partaking(verb: Token, obj: Token) -> bool:
    """True for "took part (in)" and for joining a named side (in a deed): "joined Ansar Dine in raids"."""
    return (verb.lemma_.lower(), obj.lemma_.lower()) == ("take", "part") or (
        verb.lemma_.lower() == "join" and (obj.ent_type_ in ("ORG", "NORP", "GPE") or bool(obj.ent_id_))
    )


def caused_death(noun: Token) -> Token | None:
    """The death an event noun is said to have caused: "an operation that resulted in the death of X", "the strike
    led to the deaths of 12 civilians", "the raid caused the deaths of"; None when it names none."""
    verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")] + ([noun.head] if noun.dep_ == "nsubj" else [])
    for verb in verbs:
        lemma = verb.lemma_.lower()
        outcomes = pobjs(verb, "in") if lemma == "result" else pobjs(verb, "to") if lemma == "lead" else []
        outcomes += list(children(verb, "dobj")) if lemma == "cause" else []
        death = next((d for d in outcomes if d.lemma_.lower() in ("death", "killing")), None)
        if death is not None:
            return death
    return None


def victims_of_its_verb(noun: Token, found: list[Token]) -> list[Token]:
    """ "The attack on the police station left three officers dead": whom the verb the event noun is the subject
    of harmed, beside what the noun says was attacked."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _CASUALTY_HEADS and not took_lives(noun.head):
        return []
    verb = noun.head
    victim = first(children(verb, "dobj")) or casualties(verb)
    victim = whose_lives(victim) if victim is not None else None  # "claimed the lives of 12 soldiers"
    if victim is None or victim.lemma_.lower() in NOT_VICTIMS or any(victim.i == t.i for t in found):
        return []
    return [victim]


_CASUALTY_HEADS = frozenset({"kill", "wound", "injure", "leave", "claim", "maim"})


def blamed(noun: Token) -> list[Token]:
    """Who an event noun is blamed on: "blamed the attack on herders" -> herders (the doer, not the victim)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("blame", "pin"):
        return pobjs(noun, "on") + pobjs(noun.head, "on")
    return []


def under_attack(noun: Token) -> Token | None:
    """What "came under attack", "was under fire", "remained under siege": the subject of the verb the event noun
    hangs on by "under"."""
    if (
        noun.dep_ not in ("pobj", "pcomp")
        or noun.head.lower_ != "under"
        or noun.head.head.lemma_.lower() not in _UNDER_VERBS
    ):
        return None
    subj = first(c for c in children(noun.head.head, "nsubj", "nsubjpass") if can_fill(c, doer=False))
    # an attacked "it" is read back to the thing told before it ("A convoy ... . It came under attack")
    return subj if subj is not None and (subj.pos_ != "PRON" or subj.lower_ == "it") else None


_UNDER_VERBS = frozenset({"come", "be", "remain", "fall"})


def fired_from(noun: Token) -> list[Token]:
    """The side fire or shelling came from: a state or armed people ("artillery fire from Azerbaijan", "shelling from
    Russian forces"), not a town or a direction it came from ("rocket fire from Gaza", "fire from the north")."""
    if noun.lemma_.lower() not in _FIRE_NOUNS:
        return []
    return [
        side
        for side in pobjs(noun, "from")
        if (side.ent_id_ or side.lemma_.lower() in lexicon.ARMED_ACTOR_NOUNS)
        and side.ent_type_ not in ("DATE", "TIME")
        and can_fill(side, doer=True)
    ][:1]


_FIRE_NOUNS = frozenset({"fire", "shelling", "barrage", "bombardment", "gunfire", "mortar", "rocket"})


def first_conjunct(noun: Token) -> Token:
    """The first of the nouns ``noun`` is listed with ("the bombing of X, the assault on Y and the raid on Z": the
    bombing), whether the parser coordinated them or made the later ones appositions."""
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head
    return noun


def listed_under(noun: Token) -> Token | None:
    """The noun whose doer is the doer of an event noun listed under it: the summary a page lists a group's deeds
    under ("Its attacks include the 2013 bombing of X, the 2015 assault on Y", "Among the attacks attributed to X
    are A and B", "Operations carried out by the brigade included the ambush of ..."), or the run that holds it
    ("blamed for a string of kidnappings and bombings")."""
    item = first_conjunct(noun)
    head = item.head
    if item.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SERIES_NOUNS:
        return head.head
    if item.dep_ == "pobj" and head.lower_ in ("including", "notably"):
        return _including(head.head)  # "launched repeated raids on AMISOM bases, including the 2016 attack on El Adde"
    if head is item or head.lemma_.lower() not in LISTING_VERBS:
        return None
    dep = item.dep_
    if dep == "conj" and item.pos_ == "NOUN" and first(children(head, "dobj")) is not None:
        dep = (
            "dobj"  # "... included the ambush of X in 2000 and the raid on Y in 2004": the second item hung on the verb
        )
    if dep in ("dobj", "attr"):
        summary = first(children(head, "nsubj"))
    elif dep == "nsubj":
        summary = first(o for p in children(head, "prep") if p.lower_ == "among" for o in children(p, "pobj"))
    else:
        return None
    if summary is None or summary is noun or summary.lemma_.lower() not in SUMMARY_HEADS:
        return None
    return summary if summary.tag_ in ("NNS", "NNPS") else None


def _including(token: Token) -> Token | None:
    """The plural deed noun a list "including ..." belongs to, wherever the parser hung it: on the verb that has the
    deed as its object ("carried out 200 strikes ..., including raids on radar sites"), or on a noun inside the deed's
    phrase ("raids on AMISOM bases, including ...")."""
    found: Token | None = first(children(token, "dobj")) if token.pos_ in ("VERB", "AUX") else token
    while found is not None and found.lemma_.lower() not in SUMMARY_HEADS and found.dep_ == "pobj":
        found = found.head.head
    if found is None or found.lemma_.lower() not in SUMMARY_HEADS or found.tag_ not in ("NNS", "NNPS"):
        return None
    return found


def _the_missing_main_verb(verb: Token, root: Token) -> bool:
    """True when ``verb`` must be its sentence's main verb although the parse hung it on a noun: a verb of a
    bomb going off (which takes no object, so its participle is no passive), the root a noun, no finite verb
    left in the sentence, and ``verb`` the last participle after the root ("An explosive device attached to a
    motorcycle detonated outside a shop": "detonated" on "motorcycle").  "7 civilians killed" stays passive."""
    # "Several thousand Syrian army soldiers, among them General X, deserted during 2012": people desert
    leaving = verb.lemma_.lower() in _LEAVING_VERBS and root.lemma_.lower() in lexicon.MEMBER_NOUNS
    # "A helicopter fired on protesters in Laiza": aircraft aiming at someone, with no "by" that would make it passive
    leaving = leaving or root.lemma_.lower() in lexicon.AERIAL_LEMMAS and bool(pobjs(verb, "on", "at", "upon"))
    if not (leaving or verb.lemma_.lower() in BLAST_VERBS) or root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return False
    sent = sentence(verb)
    if any(t.tag_ in _FINITE_TAGS for t in sent):
        return False
    return not any(t.dep_ == "acl" and t.tag_ == "VBN" and t.i > verb.i for t in sent)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_LEAVING_VERBS = frozenset({"desert", "defect", "surrender", "mutiny"})


def finite_on_root(verb: Token) -> bool:
    """True for a finite verb the parser hung as a participle on the root noun before it, so the root is its doer.
    "A teenager armed with a knife stabbed three people" ("stabbed" hung on "knife"); a "participle" with its own
    object on the root: "Syrian regime forces and their allies conducted 43 attacks"; or one coordinated with a
    finite verb: "Ahmad Shah, a 25-year-old army soldier, deserted with his rifle and joined the Taliban"."""
    root = sentence(verb).root
    if verb.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return False
    if verb.tag_ == "VBD" or _the_missing_main_verb(verb, root):
        return True
    return verb.head.i == root.i and any(
        c.dep_ == "dobj" or (c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")) for c in verb.children
    )


def relative_victims(noun: Token, attacked: list[Token]) -> list[Token]:
    """Whom a relative clause of harm hung on what an event noun was against, or on that thing's place, says
    was harmed: "the bombing of a cathedral in Jolo that killed 23 people" -> 23 people (the clause is the
    bombing's, which :func:`fillers.event_before_place` gives the verb as its doer)."""
    things = [q for p in attacked for q in [p, *pobjs(p, "in", "at", "near")] if event_before_place(q) == noun]
    for c in (c for t in things for c in t.children):
        if c.dep_ == "relcl" and c.lemma_.lower() in IMPACT_VERBS:
            obj = first(children(c, "dobj"))
            if obj is not None and obj.lemma_.lower() not in NOT_VICTIMS:
                return [obj]
    return []


def beside(blast: Token) -> list[Token]:
    """What a bomb went off beside, at or inside ("detonated outside a tea shop", "near an army convoy"): what
    it was meant for.  A town, a region or a part of one ("near Kandahar city", "on the outskirts of") is only
    where it happened, and a date no target."""
    return [
        t
        for t in pobjs(blast, *BESIDE_PREPS)
        if can_fill(t, doer=False)
        and t.ent_type_ not in ("GPE", "LOC")
        and t.lemma_.lower() not in lexicon.ADMIN_AREAS | lexicon.RELATIONAL_PLACES
    ]
