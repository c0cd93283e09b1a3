"""Sense checks the violence rules share: is this sentence about sport, is this word an armed doer, is
this a concrete target, is this blast an attack?

Each check reads word tables from :mod:`kg.extract.lexicon`; the rules ask them by name instead of
repeating word lists inline.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract import generic_use, kinds, lexicon, roles

# Words that put a sentence about sport back on the battlefield ("a bomb at a football stadium").
_WAR_WORDS = (lexicon.WEAPON_LEMMAS - {"shot", "baton", "tank", "gas"}) | {
    "militant", "soldier", "troop", "insurgent", "suicide", "bomber", "terrorist", "jihadist", "rebel",
    "militia", "airstrike", "blast", "explosion", "massacre",
}  # fmt: skip


_RESULT = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")  # "crushed Manchester United 5-0"


_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip


def _date_range(text: str, match: re.Match[str]) -> bool:
    """True for a span of days, not a result: monitoring notes' "Around 8 July 2022 (between 6-8 July)"."""
    after = text[match.end() :].split(maxsplit=1)
    before = text[: match.start()].split()
    return bool(after and after[0].strip(".,;:)").lower() in _MONTHS) or bool(
        before and before[-1].lower() == "between"
    )


def labour(token: Token) -> bool:
    """True when the sentence of ``token`` speaks of labour (workers, unions, wages): a "strike" there is a
    walk-out.  Words inside a gazetteer name do not count: the African Union is no trade union."""
    return roles.per_sentence(token, "labour", _labour)


def _labour(sent: Span) -> bool:
    return any(t.lemma_.lower() in lexicon.LABOUR_CUES and not t.ent_id_ for t in sent)


def sporting(token: Token) -> bool:
    """True when the sentence of ``token`` is about sport: one strong cue ("football", "striker", a
    result such as 5-0, "scoring") or two weak ones ("team" and "match"), and no weapon or armed group
    ("scores of civilians" is not sport)."""
    return roles.per_sentence(token, "sporting", _sporting)


def _sporting(sent: Span) -> bool:
    # A cue inside a name of two words or more is the name's ("Awami League", "Muslim League"), no sport; one naming
    # a stick or bat is a mob's weapon ("armed with hockey sticks").
    lemmas = {
        t.lemma_.lower()
        for t in sent
        if not (t.ent_type_ in _NAMES and _in_long_name(t))
        and not (t.dep_ == "compound" and t.head.lemma_.lower() in _SPORT_GEAR)
    }
    if lemmas & _WAR_WORDS:
        return False
    if lemmas & lexicon.SPORT_STRONG or any(not _date_range(sent.text, m) for m in _RESULT.finditer(sent.text)):
        return True
    if any(t.lemma_.lower() == "score" and t.pos_ == "VERB" for t in sent):
        return True
    return len(lemmas & lexicon.SPORT_WEAK) >= 2


_SPORT_GEAR = frozenset({"stick", "bat", "club"})
# What police use on a crowd: in a sentence about rioters, it does not make the rioters armed.
CROWD_CONTROL_ARMS = frozenset({"gas", "teargas", "tear-gas", "pepper-spray", "baton"})
_NAMES = frozenset({"ORG", "NORP", "GPE", "FAC", "PERSON"})


def _in_long_name(token: Token) -> bool:
    return token.ent_iob_ == "I" or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")


# What a weapon named on it fires: "mortar rounds", "tank rounds", "artillery munitions".
_MUNITIONS = frozenset({"round", "munition", "salvo", "volley"})


def air_arm(token: Token) -> bool:
    """True for an armed formation of the air ("Aerospace Forces", "the air component", "air assets", "the air wing"):
    a formation noun with "air" or "aerospace" on it; "air defence forces", which fire from the ground, are none."""
    lower = token.lower_
    if token.lemma_.lower() not in lexicon.AIR_ARM_HEADS and lower.removesuffix("s") not in lexicon.AIR_ARM_HEADS:
        return False  # "Forces" tagged a name keeps "Forces" as its lemma
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    return bool(mods & lexicon.AIR_ARM_MODIFIERS) and not mods & lexicon.GROUND_AIR_WORDS


def armed_actor(token: Token) -> bool:
    """True when ``token`` heads a doer of violence: armed people, states and named groups, and their
    weapons and machines ("gunmen", "ISIS", "Turkish jets", "a roadside bomb"); not a storm or a seller."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.ARMED_ACTOR_NOUNS or lemma in lexicon.WEAPON_LEMMAS or lemma in lexicon.AERIAL_LEMMAS:
        return True
    if lemma in lexicon.GROUP_NOUNS or aircraft_name(token) or air_arm(token):
        return True
    if token.ent_id_ or token.ent_type_ in ("NORP", "GPE", "ORG"):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon.ARMED_MODIFIERS for c in token.children):
        return True  # "unmanned aerial vehicles", "armed men"
    if (lemma in _MUNITIONS or token.dep_ == "nsubj") and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon.WEAPON_LEMMAS for c in token.children
    ):
        # "mortar rounds", "artillery rounds": what a weapon fires is one, and so is "an explosive device" that is the
        # subject of its verb; not one a clause hangs on ("detonated an explosive device targeting a vehicle": the
        # people who detonated it are the doers)
        return True
    if lemma in ("who", "that", "which") and token.head.dep_ == "relcl":
        return armed_actor(token.head.head)
    return False


def concrete(token: Token) -> bool:
    """True for a target violence can be done to: people, places, vehicles, named places or persons."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.ABSTRACT_TARGETS:
        return armed_party(token)
    if lemma in lexicon.PEOPLE_NOUNS or lemma in lexicon.VEHICLE_NOUNS or lemma in lexicon.PLACE_NOUNS:
        return True
    if token.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP") or token.ent_id_:
        return True
    if token.like_num or token.lemma_.lower() in lexicon.QUANTITY_HEADS:
        return any(concrete(p) for p in roles.pobjs(token, "of")) or token.like_num
    return False


def armed_party(token: Token) -> bool:
    """True for a party of armed men or people sent out together, not a political party: "a party of CRPF", "a
    search party of soldiers"."""
    if token.lemma_.lower() != "party":
        return False
    return any(_party_member(o) for o in roles.pobjs(token, "of"))


def _party_member(token: Token) -> bool:
    # a force's acronym the model left untagged is one too ("a party of CRPF")
    return (
        armed_actor(token) or token.lemma_.lower() in lexicon.PEOPLE_NOUNS or token.is_upper and token.pos_ == "PROPN"
    )


_BLAST_KINDS = frozenset({"gas", "steam", "dust", "grain", "boiler", "pipeline", "mine-gas", "firedamp"})


def blast_is_attack(token: Token) -> bool:
    """True when a blast or explosion with no bomb word is still an attack: it kills or wounds people or
    happens at a named place, and no accident cue ("gas leak", "factory", "fireworks") is in the sentence."""
    sent = roles.sentence_lemmas(token)
    if sent & (lexicon.BLAST_ACCIDENT_CUES | lexicon.ACCIDENT_CUES):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _BLAST_KINDS for c in token.children):
        return False  # "a gas explosion", "a steam blast": what exploded says it was no bomb ("tear gas" is a weapon)
    if sent & lexicon.HARM_WORDS:
        return True
    if any(e.label_ in ("GPE", "LOC", "FAC") for e in roles.sentence(token).ents):
        return True
    # "A blast occurred outside a mosque", "Two explosions rocked the city of Kano": where it went off, or what
    # it shook, is a place or facility (the small model often leaves the town's name untagged).
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    spots = roles.pobjs(token, *_BLAST_SPOTS) + roles.pobjs(verb, *_BLAST_SPOTS)
    if verb is not token and verb.lemma_.lower() in roles.IMPACT_VERBS:
        spots += list(roles.children(verb, "dobj"))
        if any(concrete(t) for t in roles.children(verb, "dobj")):
            return True  # "A blast targeted a convoy", "An explosion hit an army patrol": aimed at people or a thing
    return any(t.lemma_.lower() in lexicon.FACILITY_NOUNS or t.pos_ == "PROPN" for t in spots)


_BLAST_SPOTS = ("at", "near", "outside", "inside", "in", "on", "through")


def everyday(token: Token) -> bool:
    """True when a word that may name a bomb names an everyday thing that blows up by accident: its own modifiers
    or itself are a blast-accident cue ("a coal mine", "a tanker truck", "a boiler", "a short circuit"), and it is
    no weapon ("a truck bomb" stays a bomb)."""
    words = {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    return bool(words & lexicon.BLAST_ACCIDENT_CUES) and not words & lexicon.WEAPON_LEMMAS


def accidental_doer(agent: Token | None) -> bool:
    """True when the doer of a killing or a blast is a thing that blows up by accident ("Two workers were killed
    when a boiler blew up", "A tanker truck exploded on a highway, killing 18", "A short circuit caused an
    explosion"), not an armed actor: no one did it."""
    return agent is not None and agent.pos_ in ("NOUN", "PROPN") and not armed_actor(agent) and everyday(agent)


def wields(verb: Token) -> bool:
    """True when a weapon verb has its weapon as object: "threw a grenade", "used chemical weapons",
    "used tear gas", "dropped barrel bombs" (a table in :data:`lexicon.WEAPON_VERBS`)."""
    weapons = lexicon.WEAPON_VERBS.get(verb.lemma_.lower())
    if not weapons:
        return False
    for obj in roles.children(verb, "dobj", "nsubjpass"):
        for tok in roles.conjuncts(obj):
            words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
            if tok.lemma_.lower() == "weapon" and not words & lexicon.WEAPON_KINDS:
                continue
            if words & weapons:
                return True
    return False


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})
_SPECIFIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "QUANTITY"})


def generic(noun: Token) -> bool:
    """True for an event noun used of a kind, not of an event: a bare or indefinite subject of a
    present-tense "be" ("Drone strikes are a controversial tool", "An airstrike is an attack by ...",
    "Attacks on aid workers are war crimes"), the predicate of such a definition ("... is an attack"),
    or a bare plural subject of a present-tense verb in a sentence naming no place, date, number or actor
    ("Airstrikes kill civilians and fuel resentment"; not "Airstrikes kill 20 in northern Syria")."""
    if noun.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    if noun.pos_ != "VERB" and (kinds.of_a_kind(noun) or generic_use.noun_of_a_kind(noun)):
        return True  # "a missile used for land-attack strikes", "Surgical strikes have become a staple of warfare"
    head = noun.head
    if noun.lemma_.lower() == "support" and not _support_given(noun):
        return True  # "aircraft designed for close air support", "Coalition aircraft provide close air support"
    if (
        noun.dep_ == "dobj"
        and head.lemma_.lower() in _STANCES
        and any(c.lower_ in ("all", "any") for c in noun.children)
    ):
        return True  # "condemned all attacks on humanitarian workers": a stance on a kind of deed, no incident
    if noun.dep_ == "attr" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "expl")), None)
        return subject is not None and subject.pos_ in ("NOUN", "PROPN") and _kind(subject)
    if noun.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in lexicon.PROTECT_VERBS:
        return noun.tag_ in ("NNS", "NNPS") and _kind(noun)  # "the right to defend itself against rocket attacks"
    if noun.dep_ == "pobj" and head.lower_ in ("over", "for") and head.head.lemma_.lower() in _PENALTIES:
        # "sanctioned five commanders over attacks on civilians": a record of deeds as grounds, no incident.
        # "sentenced two men to death for murder": a bare singular charge with no "of" names no incident either.
        charge = not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) and not roles.pobjs(noun, "of")
        return (noun.tag_ in ("NNS", "NNPS") or charge) and _kind(noun)
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    charged = top.head.head if top.head.head.dep_ != "dobj" else top.head.head.head  # "accuses the OLA of massacres"
    if top.dep_ == "pobj" and top.head.lower_ in ("of", "with") and charged.lemma_.lower() in _CHARGES:
        # "individuals accused of torture and extrajudicial killings in Libya": a charge sheet, no incident.
        return noun.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "poss", "nummod") or c.ent_type_ == "DATE" for c in noun.children
        )
    if noun.dep_ != "nsubj" or not _kind(noun):
        return False
    if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and head.dep_ in ("ROOT", "ccomp"):
        # "A suicide attack is the deadliest form of terrorism, the report argued": a definition, reported or not
        return not any(
            c.dep_ in ("acomp",) and c.lower_ in ("ongoing", "underway", "continuing") for c in head.children
        )
    if head.tag_ == "VBP" and noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "det" for c in noun.children):
        return not any(t.ent_type_ in _SPECIFIC_ENTS or t.like_num for t in roles.sentence(noun))
    return False


def _support_given(noun: Token) -> bool:
    """True when air support was given, not named as a role or a capability: the object of a past verb ("provided
    air support"), or the support of a deed ("with coalition air support", "under Russian air support")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("with", "under"):
        return True
    if noun.dep_ == "pobj" and head.lower_ != "in":
        return False  # "designed for close air support"
    verb = head.head if noun.dep_ == "pobj" else head  # "called in air support"
    return verb.tag_ in ("VBD", "VBN")


# Verbs of a stance taken on a kind of deed: "condemned all attacks on aid workers".
_STANCES = frozenset({"condemn", "denounce", "deplore", "decry", "oppose", "reject", "prohibit", "forbid", "outlaw"})
# Charges laid on someone: "accused of killings", "charged with attacks".
_CHARGES = frozenset({"accuse", "charge", "suspect", "convict", "indict"})
# Measures taken against someone for what they did: "sanctioned X over attacks", "designated X for attacks".
_PENALTIES = frozenset(
    {
        "sanction",
        "designate",
        "blacklist",
        "list",
        "indict",
        "penalise",
        "penalize",
        "punish",
        "fine",
        "ban",
        "sentence",
    }
)


def _kind(noun: Token) -> bool:
    """A bare or indefinite noun phrase with nothing that picks out one event (no "the", no possessive,
    no number, no named modifier)."""
    for c in noun.children:
        if c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE or c.dep_ in ("poss", "nummod"):
            return False
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in _SPECIFIC_ENTS or c.ent_id_):
            return False
    return not any(p.ent_type_ in _SPECIFIC_ENTS or p.ent_id_ for p in roles.pobjs(noun, "in", "at", "by", "on"))


# Military aircraft designations (mission letters, a hyphen, a number, a variant letter, a plural "s"): F-16,
# F/A-18E, AC-130, MQ-9, Su-24M, MiG-29, Tu-22M3, Mi-24, Ka-52, AH-64, UH-60, J-10, JF-17, B-52.
_DESIGNATION = re.compile(r"(?:f|f/a|fa|su|mig|tu|b|a|ac|mq|rq|mi|ka|ah|uh|j|jf|jh|av|yak)-\d{1,3}[a-z]{0,2}\d?s?")


def aircraft_name(token: Token) -> bool:
    """True for an aircraft named by type ("Su-25 planes", "a Bayraktar", "RAF Typhoons", "Tornado GR4s"):
    names that are also words ("Typhoon", "Tornado", "Mirage") count only in the plural, with a
    designation or an air force beside them, so "a tornado hit the town" and "Typhoon Haiyan" are weather."""
    lower = token.lower_
    if _DESIGNATION.fullmatch(lower):
        return True  # "Iraqi F-16s", "an AH-64 Apache", "two Su-24Ms": a military aircraft designation
    plural = lower.endswith("s") and lower[:-1] in lexicon.AIRCRAFT_NAMES
    name = lower[:-1] if plural else lower
    if name not in lexicon.AIRCRAFT_NAMES or not (token.text[:1].isupper() or any(ch.isdigit() for ch in lower)):
        return False
    if name not in lexicon.AIRCRAFT_WORDS:
        return True
    near = [
        t
        for t in (token.nbor(-1) if token.i > 0 else None, token.nbor(1) if token.i + 1 < len(token.doc) else None)
        if t is not None
    ]
    return plural or any(
        any(ch.isdigit() for ch in t.text) or t.lower_ in ("raf", "jet", "jets", "aircraft", "fighter", "fighters")
        for t in near
    )


def non_violent_doer(trigger: Token, agent: Token | None, target: Token | None) -> bool:
    """True for a cyber attack (hackers, servers) or a riot (protesters storming a building, rioters
    torching cars), which the annotation guidelines leave out; killings by a mob stay attacks, and so does what a
    crowd word the text calls armed does ("armed youths ambushed two NGO vehicles")."""
    if agent is not None and agent.lemma_.lower() in lexicon.CYBER_DOERS:
        return True
    if agent is not None and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lexicon.CYBER_MODIFIERS for c in agent.children
    ):
        return True  # "a hacking group claimed a denial-of-service assault"
    if (
        target is not None
        and target.lemma_.lower() in lexicon.CYBER_TARGETS
        and not roles.sentence_lemmas(trigger) & (lexicon.WEAPON_LEMMAS | lexicon.HARM_WORDS | lexicon.AERIAL_LEMMAS)
        and not (agent is not None and _physical_doer(agent))
    ):
        return True
    crowd = counted_people(agent) if agent is not None else None
    return (
        crowd is not None
        and crowd.lemma_.lower() in lexicon.RIOT_DOERS
        and not any(c.dep_ == "amod" and c.lower_ in _ARMING for c in crowd.children)  # "armed youths"
        and trigger.lemma_.lower() not in lexicon.LETHAL_VERBS
        and not own_clause_lemmas(trigger) & (lexicon.WEAPON_LEMMAS - CROWD_CONTROL_ARMS)
        and not (target is not None and _people(target) and not clashed_at(trigger, target))
    )  # "a mob assaulted two constables": violence; "mourners clashed with police at a funeral": a riot


def clashed_at(verb: Token, target: Token) -> bool:
    """True when ``target`` is the gathering a clash took place at, not what was attacked: "Mourners clashed with police
    at a funeral", "protesters fought police at the rally"."""
    return verb.lemma_.lower() in ("clash", "fight") and target.head.lower_ == "at" and target.head.head.i == verb.i


def counted_people(token: Token) -> Token:
    """The people a counted phrase names: "Hundreds of Congolese protesters" are protesters, "a group of youths"
    youths; any other phrase is its own head."""
    if token.lemma_.lower() in lexicon.QUANTITY_HEADS or token.like_num:
        return roles.first(roles.pobjs(token, "of")) or token
    return token


def own_clause_lemmas(trigger: Token) -> frozenset[str]:
    """The lemmas of ``trigger``'s own clause: its subtree without the clauses beside or inside it that have a subject
    of their own.  "Police fired live bullets at protesters who stormed parliament": the bullets are the police's, not
    the protesters' who stormed; "Protesters armed with machetes stormed the office" keeps its machetes."""
    skipped = [
        c
        for c in trigger.children
        if c.dep_ in _OTHER_CLAUSES
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    inside = {t.i for c in skipped for t in c.subtree}
    return frozenset(t.lemma_.lower() for t in trigger.subtree if t.i not in inside)


_OTHER_CLAUSES = frozenset({"conj", "advcl", "parataxis", "ccomp", "relcl"})


def _physical_doer(agent: Token) -> bool:
    """True for a doer that can only attack physically: aircraft, drones, weapons and armed forces ("Russian
    drones attacked energy infrastructure", "troops attacked the network of tunnels"), unless a cyber word
    qualifies it ("a hacker group")."""
    lemma = agent.lemma_.lower()
    if any(c.lemma_.lower() in lexicon.CYBER_DOERS for c in agent.children):
        return False
    return (
        lemma in lexicon.AERIAL_LEMMAS
        or lemma in lexicon.WEAPON_LEMMAS
        or (lemma in lexicon.ARMED_ACTOR_NOUNS and lemma not in _LOOSE_DOERS)
        or aircraft_name(agent)
    )


# Words that arm a crowd word ("armed youths", "militant students"); a masked or unidentified crowd is still a crowd.
_ARMING = lexicon.ARMED_MODIFIERS - {"masked", "unidentified", "unknown", "suspected", "hostile"}
# Armed-actor nouns that also name hacker crews ("a group", "a cell", "unknown attackers").
_LOOSE_DOERS = frozenset(
    {"group", "faction", "cell", "operative", "suspect", "man", "men", "gang", "unit", "attacker", "assailant"}
)


def _people(token: Token) -> bool:
    """People, not property: a named person, or a noun of people ("two constables", "MDC activists")."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _PEOPLE


_PEOPLE = (
    lexicon.PEOPLE_NOUNS | lexicon.CROWD_NOUNS | lexicon.RIOT_DOERS | lexicon.OFFICE_HOLDERS - {"crowd", "gathering"}
)
