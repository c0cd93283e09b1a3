"""A joining told in any verb: a group, its fighters or a person taken into, or put under, another side.

Reports tell an armed group's joining with an open vocabulary ("were folded into the Popular Mobilization Forces",
"has been transferred into the structure of the National Guard", "placed itself under the command of the GNA", "came
under the umbrella of the coalition", "put his 2,000 men at the disposal of"), so a longer verb list never catches the
next wording. The frame reads structure and kg's typing instead (the twin of kg/extract/rules/sidechange.py, which
reads a move to a side as a DEFECTION):

* an **incorporation**: an ``into`` complement whose object is an armed side (a named armed group, an army, a
  formation: kg.extract.rules.joinable), with a **joiner** that goes into it: the subject of a passive or of an
  intransitive verb ("merged into", "dissolved into"), a past participle's noun in a headline ("Hundreds of Nusra
  fighters absorbed into HTS"), the object of a transitive verb that is a group or its people ("integrated two Security
  Belt battalions into their command"), or the "of" phrase of a noun ("the integration of the Badr Brigade into the
  security forces");
* a **subordination**: an ``under`` (or ``at``) complement whose noun is a side's hold ("the command of", "the
  umbrella of", "the banner of", "the disposal of"), the side its "of" phrase or owner, with a joiner that is the
  verb's subject or the object it places there ("placed itself", "put his men");
* a **joiner**: a group, unit, tribe or clan, fighters, men or youths, or a named person; never a place, things,
  civilians on the move, or a side already the same as the one joined.

The ALLEGIANCE rule calls :func:`subordinations`: a preposition of the frame is read here when its verb is no trigger
of the rule's own; a trigger verb whose own reading finds nothing ("were integrated into the national army") gets the
frame as a second reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.registry import Build, Draft, lemmas, with_frame
from kg.extract.rules.defectors import is_group, is_member
from kg.extract.rules.intoside import own_owner, side_of_armed_joiner
from kg.extract.rules.joinable import joinable, pledgee
from kg.extract.rules.sidechange import FRAME_CUES, went_over
from kg.extract.syntax import joined_forces
from kg.models import EntityKind, EventType

# A side's hold on those under it: "under the command of", "under the umbrella of", "at the disposal of".
_HOLDS = {
    "under": frozenset({"command", "umbrella", "banner", "flag", "authority", "wing", "aegis"}),
    "at": frozenset({"disposal", "service"}),
}
# Verbs whose "into"/"under" complement is no side joined: a split, a shape, a sending, a search, a state of things.
_NO_JOINS = frozenset({
    "split", "divide", "break", "splinter", "organise", "organize", "reorganise", "reorganize", "form", "transform",
    "turn", "convert", "evolve", "develop", "grow", "change", "morph", "deploy", "send", "dispatch", "force", "drive",
    "push", "lure", "draw", "drag", "fire", "crash", "fall", "investigate", "look", "probe", "run", "bump", "tap",
    "sell", "translate", "infiltrate", "plunge", "sink", "descend", "flee", "escape", "pour", "storm", "rush", "move",
    "go", "come", "enter", "get", "put", "bring", "take", "throw", "arrest", "detain", "hold", "keep", "place",
    "insert", "fly", "march", "advance", "smuggle", "recruit", "trick", "coerce", "press",
})  # fmt: skip
# Deeds done under someone's command are no joining: "attacked the town under the command of X".
_VIOLENCE = lexicon.LETHAL_VERBS | lexicon.METAPHOR_PRONE | {"attack", "raid", "storm", "seize", "shell", "open"}
# Verbs of putting that make an "under"/"at" hold a subordination when their object is the joiner or its people.
_PUTTING = frozenset({"place", "put", "bring", "take"})
# Verbs of being that an "under" hold follows with no joining: "came under the control of", "remained under".
_STAYING = frozenset({"remain", "stay", "be", "keep", "live"})
# Objects that say the joiner itself goes: its self, its people, its unit.
_OWN_PEOPLE = frozenset({"man", "men", "fighter", "force", "troop", "unit", "battalion", "brigade", "follower",
                         "militia", "militiaman", "group", "faction"})  # fmt: skip
# Joiners that join no side: people on the move, crowds, things.
_NOT_JOINERS = frozenset({
    "refugee", "family", "resident", "civilian", "villager", "migrant", "student", "worker", "delegation", "team",
    "player", "investor", "company", "firm", "child", "body", "aid",
})  # fmt: skip
# A state's servicemen, who join no side when nothing names theirs.
_SERVICE = frozenset({"soldier", "troop", "officer", "policeman", "serviceman", "sailor", "airman", "marine",
                      "gendarme", "conscript", "recruit", "personnel"})  # fmt: skip
# Who joins besides a group or its members: a tribe, a clan, youths and men.
_JOINER_NOUNS = frozenset({
    "tribe", "clan", "youth", "man", "men", "recruit", "volunteer", "boy", "gunman", "herder", "follower", "elder",
    "sheikh", "warlord", "chief", "commander", "leader", "teenager", "girl", "woman", "convert", "son", "brother",
})  # fmt: skip

# What one is taken into that stands for a side: "into the ranks of", "into the structure of", "into their command".
_INTO_HOLDS = frozenset({"rank", "structure", "fold", "command", "formation"})
FRAME_PREPS = ("into", "under", "at")
FRAME_PATTERNS = [lemmas(*FRAME_PREPS, pos=("ADP",))]
# The same cues as the DEFECTION frame's: a document must hold an armed word for its prepositions to be read.
FRAME_REQUIRES = {prep: FRAME_CUES["to"] for prep in FRAME_PREPS}


def subordinations(trigger: Token, actors: Actors, reading: Build, *, verbs: Iterable[str]) -> list[Draft]:
    """The drafts of one ALLEGIANCE trigger (:func:`kg.extract.registry.with_frame`): a frame preposition read by
    :func:`taken_in` when its verb is no trigger of the rule (a lemma of ``verbs``), else ``reading``'s drafts, or the
    frame's on the verb's "into"/"under" complements when ``reading`` has none."""

    def rule_reads(prep: Token) -> bool:
        return prep.head.lemma_.lower() in verbs and prep.head.pos_ in roles.VERB_POS

    def complements(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in FRAME_PREPS]

    return with_frame(trigger, actors, reading, taken_in, rule_reads=rule_reads, complements=complements)


def taken_in(prep: Token, actors: Actors) -> Iterator[Draft]:
    """An ALLEGIANCE draft when ``prep`` completes an incorporation or a subordination of a joiner to a side (the
    module's frame); nothing otherwise."""
    if prep.dep_ != "prep":
        return
    objects = list(roles.children(prep, "pobj"))
    if not objects:
        return
    named = _named_after(prep, actors) or objects[0]
    side, own_hold = _side(prep, named, actors)
    if side is None and not own_hold:
        side = side_of_armed_joiner(prep, named, actors)  # "the group announced its merger into Harakat X"
        if side is None:
            return
    head = _partners_verb(prep.head)
    if head.pos_ == "NOUN":
        # "the integration of the Badr Brigade into the security forces", "the merger of X and Y into Z"
        if head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "of":
            head = head.head.head.head  # "the merger of X and the Y Movement into Z": "into" hung on the last name
        owners = [own_owner(c) for c in head.children if c.dep_ == "poss"]  # "the militia's entry into", "its merger"
        joiners = [j for j in roles.pobjs(head, "of") + owners if _joiner(j, actors)]
        if side is None or not joiners or head.lemma_.lower() in _NO_JOINS or head.dep_ == "pobj" and _about(head):
            return
        joiners += [c for c in joiners[0].conjuncts if _joiner(c, actors)]
        yield Draft.by(EventType.ALLEGIANCE, head, joiners, "syntax", targets=[side], strength=0.55)
        return
    if any(d.to and _of_the_state(d.to[0], actors) for d in went_over(prep, actors)):
        return  # a surrender the DEFECTION frame reads ("the rebels placed themselves under the authority of the army")
    if head.pos_ != "VERB" or head.lemma_.lower() in _STAYING or head.dep_ == "acl" and head.tag_ == "VBG":
        return  # "Soldiers operating under the command of Colonel X": a participle says how they serve, no act
    joiner, side = _joiner_of(head, prep, side, actors)
    if joiner is None or side is None or not _joiner(joiner, actors) or _same(joiner, side, actors):
        return
    if joiner.lemma_.lower() in _SERVICE and not any(c.dep_ in ("poss", "compound", "prep") for c in joiner.children):
        return  # "soldiers were placed under the command of Colonel X": a state's own, no side chosen
    yield Draft.read(EventType.ALLEGIANCE, head, joiner, targets=[side], places=roles.locations(head), strength=0.55)


def _joiner_of(verb: Token, prep: Token, side: Token | None, actors: Actors) -> tuple[Token | None, Token | None]:
    """Who joins by ``verb`` and the side joined (the subject's own side when the hold is "their command")."""
    lemma = verb.lemma_.lower()
    objects = list(roles.children(verb, "dobj"))
    passive = roles.is_passive(verb) or any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive:
        if lemma in _NO_JOINS - _PUTTING:
            return None, None
        subjects = list(roles.children(verb, "nsubjpass"))  # the nearest, where a label glued to the line is another
        joiner = antecedent(verb, subjects[-1]) if subjects else None
        if (
            joiner is not None
            and subjects[-1].lower_ in lexicon.RELATIVE_PRONOUNS
            and side is not None
            and _states(side, actors)
        ):
            return None, None  # "the former rebels, who were integrated into the Nigerian army": no side chosen
        return joiner, side
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        # a headline's participle: "Hundreds of Jabhat al-Nusrah fighters absorbed into Hayat Tahrir al-Sham"
        return (None, None) if lemma in _NO_JOINS - _PUTTING else (verb.head, side)
    if objects:
        obj = objects[0]
        if (
            obj.lower_.endswith(("self", "selves"))
            or own_people(obj)
            or verb.lemma_.lower() == "join"
            and joined_forces(obj)
        ):
            return roles.subject(verb), side  # "placed itself under", "put his 2,000 men at the disposal of"
        if (
            lemma in _PUTTING
            and side is not None
            and (_named_group(obj, actors) or prep.lower_ == "into" and is_group(obj, actors))
        ):
            # "its founder placed the NDB under the umbrella of the CNPSC", "his successor took the group into the
            # National Front for Liberation": the group goes
            return obj, side
        if lemma in _NO_JOINS or prep.lower_ != "into":
            return None, None
        subject = clause_subject(verb)
        # "integrated two Security Belt battalions into their command": the subject takes the object in
        return obj, side if side is not None else subject
    if prep.lower_ == "at" or lemma in _VIOLENCE or lemma in _NO_JOINS and prep.lower_ == "into":
        return None, None  # "went into hiding"; "came under the umbrella of" is a joining
    if any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return None, None
    return roles.subject(verb), side  # "merged into", "fought under the banner of"


def _partners_verb(head: Token) -> Token:
    """The verb an "under" hold belongs to when the parser hung it on the partner of a "with" phrase: "joined forces
    with two other militias under a new umbrella called X", "merged with the Kivu Lions under the banner of Y"."""
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.pos_ == "VERB":
        return head.head.head
    return head


def _called(hold: Token) -> list[Token]:
    """The name a hold is given ("a new umbrella called the Rwenzori Patriotic Alliance"), the participle tagged as a
    past tense too."""
    for c in hold.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "know", "dub"):
            names = [n for n in c.children if n.dep_ in ("oprd", "attr", "xcomp", "dobj")] + roles.pobjs(c, "as")
            return [n for n in names if n.ent_type_ in ("PERSON", "ORG") or n.pos_ == "PROPN"][:1]
    return []


def _named_group(obj: Token, actors: Actors) -> bool:
    """A group a leader may put under another's hold: a named armed group or organisation, a militia or faction; not a
    state's service, a place or people."""
    if obj.ent_id_:
        return actors.gaz.entities[obj.ent_id_].kind is EntityKind.ARMED_GROUP
    if obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "PERSON") or obj.lemma_.lower() in _SERVICE:
        return False
    return obj.ent_type_ == "ORG" or obj.pos_ == "PROPN" or is_group(obj, actors) and _named(obj)


def antecedent(verb: Token, subject: Token) -> Token:
    """Who a relative pronoun joiner stands for: "The Hama Falcons, a militia that was absorbed into the 25th
    Division" -> the militia's name (the noun the clause hangs on, or the name that noun describes)."""
    if subject.lower_ not in lexicon.RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return subject
    noun = verb.head
    return noun.head if noun.dep_ == "appos" and _named(noun.head) and noun.head.pos_ == "PROPN" else noun


def _side(prep: Token, obj: Token, actors: Actors) -> tuple[Token | None, bool]:
    """The side an ``into``/``under``/``at`` object names, and whether it is the doer's own hold ("into their
    command"). Holds need their "of" phrase or owner; an "into" object is a side itself."""
    lemma = obj.lemma_.lower()
    holds = _HOLDS.get(prep.lower_)
    if holds is not None or lemma in _INTO_HOLDS:
        if holds is not None and lemma not in holds:
            return None, False
        of = roles.pobjs(obj, "of") or _called(obj)
        owners = [c for c in obj.children if c.dep_ == "poss"]
        if of:
            return (of[0], False) if _pledgee(of[0], actors) else (None, False)
        if owners and owners[0].pos_ == "PRON":
            return None, True
        if owners:
            return (owners[0], False) if _pledgee(owners[0], actors) else (None, False)
        return None, False
    if lemma in _HOLDS["under"]:
        return None, False
    return (obj, False) if _armed_side(obj, actors) else (None, False)


def _armed_side(token: Token, actors: Actors) -> bool:
    """A side one is taken into: an armed group, an army or formation, named or owned ("the group's fighting units",
    "the Iraqi security forces"); not a bare "the army" of no one, a place, a company or a party."""
    if token.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "CARDINAL") and not token.ent_id_:
        return False
    if token.ent_id_:
        return actors.gaz.entities[token.ent_id_].kind is not EntityKind.STATE
    if not joinable(token, actors) and not (token.lemma_.lower() in ("force", "unit") and _named(token)):
        return False
    return _named(token)


def _named(token: Token) -> bool:
    """True when the phrase of ``token`` says whose side it is: a name, a people or an owner."""
    return any(
        t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or t.pos_ == "PROPN" or t.dep_ == "poss"
        for t in token.subtree
        if t.i <= token.i
    )


def _pledgee(token: Token, actors: Actors) -> bool:
    """Whom one serves under: an armed side, a named person or organisation (kg.extract.rules.joinable.pledgee), or a
    state's government or army named as whose ("the Libyan government"); not a place."""
    if token.ent_type_ in ("GPE", "LOC", "FAC") and not token.ent_id_:
        return False
    words = {t.lemma_.lower() for t in token.subtree if t.i <= token.i}
    leagues = {"government", "army", "council", "ministry", "coalition", "alliance"}
    return pledgee(token, actors) or bool(words & leagues) and _named(token)


def own_people(obj: Token) -> bool:
    """ "his 2,000 men", "its fighters", "their units": the doer's own people as the object placed somewhere."""
    return obj.lemma_.lower() in _OWN_PEOPLE and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _joiner(token: Token, actors: Actors) -> bool:
    """One who can join a side: a group, unit, tribe or clan, fighters or men, a named person."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in ("GPE", "LOC", "FAC") and not token.ent_id_ and lemma not in lexicon.ARMED_NAME_WORDS:
        return False  # a place, not "the Abu Fadl al-Abbas Brigade" the NER took for a building
    if lemma in _NOT_JOINERS:
        return False
    if token.ent_id_ and actors.gaz.entities[token.ent_id_].kind is EntityKind.STATE:
        return False
    if lemma in lexicon.QUANTITY_HEADS and token.pos_ != "PROPN" and roles.pobjs(token, "of"):
        return any(_joiner(p, actors) for p in roles.pobjs(token, "of"))  # "a group of", not "the Mwenga Defence Group"
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "we", "it")
    return (
        token.ent_type_ in ("PERSON", "ORG")
        or is_group(token, actors)
        or is_member(token)
        or lemma in _JOINER_NOUNS
        or lemma in lexicon.GROUP_NOUNS
    )


def _same(joiner: Token, side: Token, actors: Actors) -> bool:
    """True when the joiner already is the side ("ISIS fighters regrouped under the command of ISIS")."""
    a, b = actors.mention(joiner), actors.mention(side)
    if a is not None and b is not None and a.entity.key == b.entity.key:
        return True
    return joiner.i == side.i or side.left_edge.i <= joiner.i <= side.i


def _named_after(prep: Token, actors: Actors, *, people: bool = False) -> Token | None:
    """The head of a name right after the preposition, where the small model hung the name on a later noun ("into
    Hayat Tahrir al-Sham angered rival factions")."""
    doc, i = prep.doc, prep.i + 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    ent = actors.entity_at(doc[i], within=roles.sentence(prep)) if i < len(doc) else None
    if people and ent is None and i + 1 < len(doc) and doc[i].pos_ == "PROPN":
        ent = actors.entity_at(doc[i + 1], within=roles.sentence(prep))  # "to Colonel Maro Bisengi"
        i += 1
    named = ent is not None and (ent.label_ == "ORG" or people and ent.label_ == "PERSON")
    if ent is None or ent.start != i or not named and not _armed_key(ent.ent_id_, actors):
        return None  # "into the Iraqi security forces": a people's name that starts the phrase is no side
    return ent.root if ent.start <= ent.root.i < ent.end else doc[ent.end - 1]


def _states(side: Token, actors: Actors) -> bool:
    """A state's side: its government or army, or a phrase with a state's name ("the Nigerian army's 5th Brigade")."""
    return _of_the_state(side, actors) or any(
        t.ent_id_ and actors.gaz.entities[t.ent_id_].kind is EntityKind.STATE for t in side.subtree if t.i <= side.i
    )


def _of_the_state(side: Token, actors: Actors) -> bool:
    """A state's government, army or authorities ("the Malian army", "the transitional authorities")."""
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is EntityKind.STATE
    return side.pos_ == "NOUN" and side.lemma_.lower() in _STATE_WORDS  # not a name: "the Sahel Salvation Army"


_STATE_WORDS = frozenset({"government", "army", "military", "authority", "authorities", "state", "regime", "junta"})


def _armed_key(key: str, actors: Actors) -> bool:
    return bool(key) and actors.gaz.entities[key].kind is not EntityKind.STATE


def _about(noun: Token) -> bool:
    """A noun inside an inquiry or report ("an investigation into the merger of ..."), no deed."""
    return noun.head.lower_ in ("about", "on", "into")


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or the reporting clause's for a "they" or "it" that stands for it ("Southern forces
    said they had integrated ...", "Tarhouni's men announced that they were now part of ...", "a faction announced in
    a communiqué that it had left the group and joined X")."""
    subject = roles.subject(verb)
    said = _reporting_verb(verb) if subject is not None and subject.lower_ in ("they", "it") else None
    if said is None:
        return subject
    # "The Ghazal Brigades, ..., announced that they had joined", "announced" parsed as a participle
    announcer = said.head if said.dep_ == "acl" and said.head.pos_ in ("NOUN", "PROPN") else None
    return roles.subject(said) or announcer or subject  # "a faction of the UPC, led by X, announced": the faction


def _reporting_verb(verb: Token) -> Token | None:
    """The verb whose complement ``verb``'s clause is, told before it: "announced that they had joined" (a complement,
    or the first of coordinated ones), "announced in a communiqué that it had left ... and joined" (parsed as a
    relative clause of the noun, with "that" as its marker). Not a verb after it ("it joined X; the fighters stayed"
    misparsed with "joined" as the complement of "stayed")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in roles.VERB_POS:
        first = first.head
    if first.dep_ == "ccomp":
        said = first.head
    elif first.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in first.children):
        noun = first.head
        said = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    else:
        return None
    return said if said.pos_ == "VERB" and said.i < first.i else None


def now(verb: Token) -> bool:
    """A "be" that says a state begun: "they were now part of the Jaysh al-Mukhtar", "is formally a wing of"."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "advmod" and c.lower_ in _NOW for c in verb.children)


_NOW = frozenset({"now", "formally", "officially", "henceforth"})
# Whom an oath sworn to is an office or a state's, not a leader one follows: "took an oath to the constitution".
_OFFICES = frozenset({"president", "king", "queen", "constitution", "republic", "country", "nation", "flag", "office",
                      "people", "state", "law", "crown", "court", "parliament"})  # fmt: skip
_SWEARING = frozenset({"take", "swear", "renew", "give", "make", "reaffirm", "repeat", "offer"})


def oath_to_leader(oath: Token, actors: Actors) -> Iterator[Draft]:
    """ "The Siyar Front renewed its oath to Commander Idris Waleed", "took the oath of obedience to the Supreme Emir",
    "the Okapi Defence Force's oath to Colonel Bisengi": an oath with no loyalty word, sworn to a named leader or an
    armed group; not to an office, a state or a constitution."""
    verb = oath.head if oath.dep_ == "dobj" and oath.head.lemma_.lower() in _SWEARING else None
    to = roles.pobjs(oath, "to") + (roles.pobjs(verb, "to") if verb is not None else [])
    if not to and oath.i + 1 < len(oath.doc) and oath.doc[oath.i + 1].lower_ == "to":
        to = [t for t in [_named_after(oath.doc[oath.i + 1], actors, people=True)] if t is not None]
    to = [t for t in to if t.lemma_.lower() not in _OFFICES and pledgee(t, actors)]
    if not to or any(t.lemma_.lower() in _OFFICES and not t.ent_id_ for t in to[0].subtree):
        return  # "to the constitution", "to the President"; not "to Islamic State leader X" (a known side's name)
    if verb is not None:
        agents = [a] if (a := roles.subject(verb)) is not None else []
    else:
        agents = [c for c in oath.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if agents and _joiner(agents[0], actors) and agents[0].lower_ not in ("i", "we", "you"):
        yield Draft.by(EventType.ALLEGIANCE, oath, agents, "syntax", targets=to[:1], strength=0.55)
