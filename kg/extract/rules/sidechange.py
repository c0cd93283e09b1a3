"""A change of side told in any verb: a frame read off structure and kg's typing, not off a verb list.

The vocabulary of going over is open ("returned to the embrace of the state", "joined the national mainstream",
"came over to the federal side", "migrated to the Nepali Congress", "took his men into the ranks of X", "threw in
their lot with the RSF"), so a longer list of verbs never catches the next report's wording. The frame asks instead:

* a **mover**: members, fighters, cadres or officers of a side, a unit or armed group, a named person with a title
  of one, or a politician (for parties); never a state, refugees, families or things;
* a clause of **motion or joining**: a verb whose ``to``/``into``/``toward``/``under``/``with`` complement (also
  after "over", "across", "back", "home") is a side, with some sign that the mover itself goes: a particle of
  crossing, the mover's own self, men, unit or weapons as the object ("brought his column over to", "presented
  themselves to", "aligned his forces with"), a noun that only a side change ends in ("the fold", "the mainstream",
  "the embrace of", "the ranks of", "the command of", "the side"), or an intransitive verb that is no speech;
* a **side** that is another than the mover's own: a state's government, army or authorities (for a non-state
  mover), an armed group or force (for a mover of another side), a party (for a politician of another party).

The DEFECTION rule calls :func:`side_changes`: a preposition that is one of the frame's triggers is read here when
its verb is no trigger of the rule's own; a trigger verb the rule's word readings turned down ("rallied to the
transitional authorities", "went across to the army") gets the frame as a second reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.registry import Build, Draft, lemmas, with_frame
from kg.extract.rules.defectors import (
    POSTS,
    affiliation,
    is_group,
    is_member,
    is_party,
    is_rank_or_member,
)
from kg.extract.rules.sides import acronym, insurgent, own_side
from kg.extract.syntax import joined_forces
from kg.models import EntityKind

# The complements of a move toward a side; "over"/"across"/"back"/"home" stand before them as particles.
FRAME_PREPS = ("to", "into", "toward", "towards", "under", "with")
_PARTICLES = frozenset({"over", "across", "back", "home"})
# Nouns only a change of side ends in; their "of" phrase, when there is one, is the side ("the embrace of the state").
_FOLDS = frozenset({"fold", "mainstream", "embrace", "bosom"})
_HOLDS = frozenset({"rank", "command", "authority", "banner", "umbrella", "side", "camp", "line"})
# A force's own posts, which stand for it: "reported to the UPDF detach", "walked into Ethiopian government lines".
_OUTPOSTS = POSTS | {"headquarters", "detach", "detachment", "line", "position", "camp", "office", "command", "post"}
# Sides by their kind: a state's own institutions and forces, and the sides that fight it.
_STATE = frozenset({
    "government", "state", "army", "military", "authority", "authorities", "regime", "troop", "force", "junta",
    "administration", "nation", "republic", "navy", "police", "gendarmerie",
})  # fmt: skip
# Heads of the names of places, which a move goes to and no side is: "Ta Kan Thar Village", "Shwebo Township".
_SETTLEMENTS = frozenset({"village", "town", "city", "township", "district", "county", "province", "valley"})
_INSURGENTS = frozenset({"rebel", "insurgent", "militant", "guerrilla", "jihadist", "separatist", "paramilitary"})
# Verbs whose "to"/"with" object is who is spoken, written, given or related to, never where a mover goes.
_NO_MOVES = frozenset({
    "say", "speak", "talk", "write", "appeal", "reply", "respond", "belong", "listen", "complain", "apologise",
    "apologize", "object", "react", "refer", "explain", "announce", "send", "sell", "give", "lend", "offer", "cede",
    "owe", "be", "seem", "look", "pledge", "promise", "deliver", "lose", "fall", "negotiate", "meet",
    "fight", "clash", "battle", "ally", "merge", "cooperate", "work", "train", "trade", "compete", "argue", "agree",
    "deal", "engage", "collaborate", "coordinate", "liaise", "communicate", "confer", "consult", "stand",
    "keep", "stay", "remain", "attach", "assign", "deploy", "post", "second", "transfer", "rotate", "accord",
    "attribute", "ascribe", "link", "tie", "connect", "relate", "close", "thank", "due", "swear", "add", "amount",
    "transform", "turn", "convert", "evolve", "develop", "grow", "change", "morph", "become", "rebrand", "split",
    "divide", "integrate", "reorganise", "reorganize", "restructure", "expand", "extend", "spread", "escalate",
    "contribute", "donate", "pay", "testify", "admit", "confess", "lie", "point",
})  # fmt: skip
# Objects that say the mover itself goes: its self, its people, its unit, its lot.
_OWN = frozenset({"man", "fighter", "force", "troop", "unit", "column", "battalion", "brigade", "men", "follower",
                  "lot", "tent", "fortune", "weapon", "arm", "rifle", "gun"})  # fmt: skip
# Bonds a mover carries from one side to another ("switched its support from X to Y"; a bare "swore allegiance to Y"
# is a pledge, read by the ALLEGIANCE rule).
_BONDS = frozenset({"support", "loyalty", "allegiance", "fealty", "backing", "affiliation"})
# Deeds coordinated with a move that make it an assault, not a change of side ("drove into the base and opened fire").
_VIOLENCE = lexicon.LETHAL_VERBS | lexicon.METAPHOR_PRONE | {"open", "detonate", "storm", "raid", "overrun", "seize"}
# Who moves from party to party.
_POLITICIANS = frozenset({
    "lawmaker", "legislator", "senator", "mp", "councillor", "councilor", "deputy", "politician", "mla", "mna", "mpa",
    "assemblyman", "congressman", "congresswoman", "leader", "member",
})  # fmt: skip
# Movers that go nowhere as a side's: people on the move, things, and crowds.
_NOT_MOVERS = frozenset({"refugee", "family", "resident", "civilian", "villager", "migrant", "convoy", "student",
                         "worker", "delegation", "team", "player", "investor", "company", "firm"})  # fmt: skip


def _cues() -> frozenset[str]:
    """Words one of which a document must hold for its prepositions to be read as a move to a side: the words of armed
    movers. Not titles, parties or "the fold" (most news has "leader", "party" or "folded"): kg/extract/prefilter.py
    skips by these the non-conflict items of a mixed feed before parsing them, so a politician's move told with no
    armed word is left to the rule's own triggers."""
    return frozenset(_INSURGENTS | {
        "fighter", "cadre", "combatant", "militia", "militiaman", "soldier", "troop", "army", "commander", "deserter",
        "defector", "brigade", "battalion", "regiment", "mutineer", "jihadi", "terrorist", "warlord",
    })  # fmt: skip


FRAME_PATTERNS = [lemmas(*FRAME_PREPS, pos=("ADP",))]
FRAME_CUES = {prep: _cues() for prep in FRAME_PREPS}


def side_changes(
    trigger: Token, actors: Actors, reading: Build, *, verbs: Iterable[str], cues: Mapping[str, frozenset[str]]
) -> list[Draft]:
    """The drafts of one trigger of the DEFECTION rule (:func:`kg.extract.registry.with_frame`): a frame preposition
    read by :func:`went_over` when its verb is no trigger of the rule (a lemma of ``verbs``, found in documents with
    one of its ``cues`` if it has any), else ``reading``'s drafts, or the frame's when ``reading`` has none (on the
    verb's complements, after a particle too: "came over to"), or else :func:`joined_state`'s."""

    def rule_reads(prep: Token) -> bool:
        verb = _verb(prep)  # none: went_over reads nothing either
        lemma = verb.lemma_.lower() if verb is not None else ""
        return lemma in verbs and (lemma not in cues or bool(cues[lemma] & {t.lemma_.lower() for t in prep.doc}))

    def complements(verb: Token) -> list[Token]:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in FRAME_PREPS]
        return preps + [
            p for c in verb.children if c.lower_ in _PARTICLES for p in c.children if p.lower_ in FRAME_PREPS
        ]

    drafts = with_frame(trigger, actors, reading, went_over, rule_reads=rule_reads, complements=complements)
    return drafts or (list(joined_state(trigger, actors)) if trigger.pos_ in roles.VERB_POS else [])


_DISOWNING = frozenset({"renounce", "disavow", "disown", "repudiate", "reject"})


def joined_state(verb: Token, actors: Actors) -> Iterator[Draft]:
    """A DEFECTION draft when a trigger verb's object is the state's side and its subject an insurgent or a member
    of another side: "Forty-two cadres of the banned NSCN-KY joined the national mainstream", "A Houthi commander
    ... joined the legitimate government" (a politician joining a government joins a cabinet: no event)."""
    obj = roles.first(roles.children(verb, "dobj"))
    mover = roles.subject(verb)
    if obj is None or mover is None or mover.pos_ == "PRON" or verb.lemma_.lower() in _DISOWNING:
        return  # "disavowed the government", "renounced the state": no joining
    if any(t.pos_ in ("NOUN", "VERB") and not t.ent_type_ for t in roles.pobjs(verb, "in")):
        return  # "joined the Libyan army in the battle for Sirte": side by side
    if joined_forces(obj) or roles.pobjs(obj, "with"):
        return  # "joined forces with the army" ("with" on the verb or on "forces"): acting together
    side, held = _side(obj)
    if side is None or _side_kind(side, held, actors) != "state":
        return
    own = affiliation(mover) or own_side(mover, actors)
    fighter = insurgent(mover, actors) or is_member(mover) and bool(own) and not _state_side(own[0], actors)
    if fighter and not (own and _same(own[0], side, actors)):
        yield Draft.defection(verb, [mover], "syntax", to=[side], places=roles.locations(verb), strength=0.55)


# Nouns of a mover put under a side's orders, with the prepositions they take: "placed themselves at the service of",
# "placed their young men at the disposal of", "put his fighters under the orders of".
_SERVICE = {"service": ("at", "in"), "disposal": ("at",), "command": ("under",), "order": ("under",)}
# Who a mover may put at a side's service besides itself: its men, fighters, sons, units.
_OWN_PEOPLE = _OWN | {"son", "youth", "officer", "soldier", "combatant", "member"}


def placed_in_service(verb: Token, actors: Actors) -> Iterator[Draft]:
    """A DEFECTION draft for a mover of one side who places itself or its own men at another side's service or orders:
    "Brigadier X and his officers have renounced their affiliation with the Council and placed themselves in the
    service of the Islah party's forces", "our sons serving in the ranks of X ... place themselves at the service of
    the Ministry of Defence", "the clans would no longer fight alongside X and had placed their young men at the
    disposal of Y". The side left must be told (a leaving beside it, the mover's own side, its service); a tribe or a
    leader who only puts men at a side's disposal joins it (an ALLEGIANCE, rules/subordination.py). Not a side that
    is no armed one or state's ("placed himself at the disposal of the investigators", "put its staff at the service
    of the Red Cross")."""
    obj = roles.first(roles.children(verb, "dobj"))
    mover = roles.subject(verb)
    if obj is None or mover is None or mover.pos_ == "PRON" and mover.lower_ not in ("he", "she", "they", "we"):
        return
    own = obj.lower_.endswith(("self", "selves")) or (
        obj.lemma_.lower() in _OWN_PEOPLE and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in obj.children)
    )
    holds = [n for n in roles.pobjs(verb, "at", "in", "under") if n.head.lower_ in _SERVICE.get(n.lemma_.lower(), ())]
    sides = [s for n in holds for s in roles.pobjs(n, "of")]
    if not own or not sides:
        return
    kind = _side_kind(sides[0], "hold", actors)
    if kind == "party" and sides[0].lemma_.lower() in ("force", "militia", "fighter", "brigade", "wing"):
        kind = "armed"  # "the Islah party's forces"
    if kind not in ("state", "armed") or sides[0].lemma_.lower() in ("police", "court", "prosecutor"):
        return
    if mover.ent_type_ in ("GPE", "LOC", "FAC") or mover.lemma_.lower() in _NOT_MOVERS:
        return
    left = [t for t in _from(verb) if is_group(t, actors) or t.ent_type_ == "ORG"]
    own_side = [t for t in affiliation(mover) if not _same(t, sides[0], actors)]
    if not (left or own_side or _served(mover) or _left_beside(verb)):
        return
    yield Draft.defection(verb, [mover], "syntax", left=left, to=sides[:1], places=roles.locations(verb), strength=0.55)


# Verbs of leaving that, coordinated with a placing, say the mover left a side: "withdraw from it ... and place
# themselves", "renounced their affiliation with X and placed themselves".
_LEAVINGS = frozenset({"withdraw", "leave", "quit", "abandon", "renounce", "desert", "break", "defect", "split"})


def _left_beside(verb: Token) -> bool:
    """True when a verb coordinated with the placing leaves a side, or stops fighting with one: "withdraw from it as of
    today and place themselves", "would no longer fight alongside the SDF and had placed their young men"."""
    others = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for other in others:
        if other.lemma_.lower() in _LEAVINGS:
            return True
        if any(c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in other.children):
            return True  # "no longer fight alongside X"
    return False


def _served(mover: Token) -> bool:
    """True for a mover told by the side it serves: "our sons serving in the ranks of the Deir Hafir Military
    Council"."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in ("serve", "fight") for c in mover.children)


def _verb(prep: Token) -> Token | None:
    """The verb a frame preposition completes: its head, or the head of the particle it hangs on ("came over to")."""
    head = prep.head
    if prep.dep_ != "prep":
        return None
    if head.lower_ in _PARTICLES and head.head.pos_ in roles.VERB_POS and head.head.i != head.i:
        head = head.head
    return head if head.pos_ == "VERB" else None


def went_over(prep: Token, actors: Actors) -> Iterator[Draft]:
    """A DEFECTION draft when ``prep`` completes a move of a mover to a side other than its own (the module's frame);
    nothing otherwise."""
    verb = _verb(prep)
    if verb is None or verb.lemma_.lower() in _NO_MOVES or prep.dep_ != "prep":
        return
    if verb.dep_ in ("amod", "compound", "npadvmod") or verb.dep_ == "acl" and verb.tag_ != "VBD":
        return  # "Jihadists linked to al-Qaeda": a participle that says what the noun is, no move
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return
    side, held = _side(objects[0])
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    mover = (roles.first(roles.children(verb, "nsubjpass")) if passive else None) or roles.subject(verb)
    if mover is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ == "NOUN":
        mover = verb.head  # "More than 60 Houthi fighters headed over to ...", the verb read as a reduced relative
    if side is None or mover is None or mover.pos_ == "PRON" and mover.lower_ not in ("he", "she", "they"):
        return
    mover = _main_subject(verb, mover)
    kind = _side_kind(side, held, actors)
    if kind is None or not _moves(verb, prep, held, passive):
        return
    left = [t for t in _from(verb) if is_group(t, actors) or t.ent_type_ == "ORG"]
    # "5 soldiers had returned from the PDF side to the military": a side left named on the way says they came over
    came_over = kind == "state" and any(_other_side(f, actors) for f in _from(verb))
    if not (came_over or _mover_fits(mover, side, kind, held, actors)):
        return
    yield Draft.defection(verb, [mover], "syntax", left=left, to=[side], places=roles.locations(verb), strength=0.55)


def side_kind_held(token: Token, actors: Actors) -> str | None:
    """What a complement names as a side ("state", "armed", "party" or None), its hold read through: "the junta's
    township office" -> state, "the ranks of the FDLR" -> armed (:func:`_side_kind`)."""
    side, held = _side(token)
    return _side_kind(side, held, actors) if side is not None else None


def _main_subject(verb: Token, mover: Token) -> Token:
    """Who a pronoun mover of a time clause is: the subject of the clause it hangs on, when that is a member or a
    named person ("Former M23 fighter X spent six years in the rebel group before he walked to a MONUSCO base");
    else the pronoun itself."""
    if mover.pos_ != "PRON" or verb.dep_ != "advcl" or verb.head.pos_ not in roles.VERB_POS:
        return mover
    main = roles.subject(verb.head)
    if main is None or main.pos_ == "PRON":
        return mover
    if is_member(main) or is_rank_or_member(main) or main.ent_type_ == "PERSON":
        return main
    # "Former ADF fighter Kambale Musubao", a name the NER left untagged: the title before it is who moved
    return next((c for c in main.children if c.dep_ == "compound" and is_rank_or_member(c)), mover)


def _other_side(token: Token, actors: Actors) -> bool:
    """True for a side left that is no state's: "the PDF side", "the rebels", "the ranks of the FDLR"."""
    side, held = _side(token)
    return side is not None and (
        _side_kind(side, held, actors) == "armed"
        or any(c.dep_ == "compound" and (c.ent_type_ == "ORG" or acronym(c)) for c in side.children)
    )


def _from(verb: Token) -> list[Token]:
    """The side left, on the verb or on the bond it moved: "switched its support from the GNA to ..."."""
    return roles.pobjs(verb, "from") + [f for o in roles.children(verb, "dobj") for f in roles.pobjs(o, "from")]


def _side(noun: Token) -> tuple[Token | None, str]:
    """The side a complement names and how it is held: ("fold", "hold" or ""). "the embrace of the state" -> (state,
    "fold"); "the ranks of Hurras al-Din" -> (Hurras al-Din, "hold"); "the republican fold" -> (fold, "fold")."""
    lemma = noun.lemma_.lower()
    if lemma in _FOLDS or lemma in _HOLDS:
        held = "fold" if lemma in _FOLDS else "hold"
        of = roles.pobjs(noun, "of")
        if of:
            return of[0], held
        owner = roles.first(c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON")
        if owner is not None:
            return owner, held  # "returned to the nation's ranks", "crossed to the army's lines": whose they are
        if any(c.dep_ in ("amod", "compound") and c.lower_.endswith("-held") for c in noun.children):
            return None, ""  # "the rebel-held side of the city" is a place
        return noun, held
    return noun, ""


def _side_kind(side: Token, held: str, actors: Actors) -> str | None:
    """What the side is: "state", "armed" or "party"; None for no side (a place, a club, talks, a person)."""
    lemma = side.lemma_.lower()
    words = {t.lemma_.lower() for t in side.subtree if t.i <= side.i}
    named = [t.ent_id_ for t in side.subtree if t.i <= side.i and t.ent_id_]
    if any(actors.gaz.entities[key].kind is not EntityKind.STATE for key in named):
        return "armed"  # "the Islamic State's Khorasan province", "Hezbollah's Resistance Brigades"
    if held and lemma not in _HOLDS | _FOLDS and side.ent_type_ == "GPE":
        return "state"  # "returned to the bosom of the Islamic Republic"
    if side.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL") and not side.ent_id_:
        return None
    if lemma in _SETTLEMENTS and not side.ent_id_:
        return None  # "travelled to Ta Kan Thar Village", a name the NER tagged an organisation: a place
    if side.ent_id_:
        kind = actors.gaz.entities[side.ent_id_].kind
        if kind is EntityKind.STATE:
            return "state" if held or words & _STATE else None  # "Kyiv" is a place; "the Kenyan army" a side
        return "armed"
    if is_party(side):
        return "party"
    if held == "fold" and (side.lemma_.lower() in _FOLDS or lemma in ("law", "constitution")):
        return "state"  # "the national mainstream", "the republican fold", "the fold of the law" (Philippine releases)
    if lemma in _STATE or words & {"government", "federal", "republican", "national"} and lemma in _HOLDS:
        return "state"
    if lemma in _INSURGENTS or lemma in lexicon.GROUP_NOUNS - {"network", "organisation", "organization", "caliphate"}:
        return "armed"
    if lemma in POSTS and any(c.dep_ == "compound" and (c.ent_type_ == "ORG" or acronym(c)) for c in side.children):
        return "state"  # "reported to the UPDF barracks"
    if side.ent_type_ == "ORG" or acronym(side) or is_group(side, actors) and side.pos_ == "PROPN":
        return "armed"
    if lemma in _HOLDS and words & (_INSURGENTS | {"opposition", "resistance", "insurgency"}):
        return "armed"  # "the rebel side", "the opposition camp"
    for c in side.children if lemma in _OUTPOSTS else ():
        # a side's own post: "the army's 21st Brigade headquarters", "a UPDF detach", "Haftar's lines"
        if c.dep_ in ("poss", "compound") and c.i < side.i and (owner := _side_kind(c, held, actors)) is not None:
            return owner
    for post_owner in roles.pobjs(side, "of") if lemma in _OUTPOSTS else ():
        # "walked into the headquarters of the 1103rd Infantry Brigade": the post's "of" phrase owns it
        if (owned := _side_kind(post_owner, held, actors)) is not None or _formation(post_owner):
            return owned or "state"
    return None


def _moves(verb: Token, prep: Token, held: str, passive: bool) -> bool:
    """True when the clause says the mover itself goes: a particle of crossing, its self or its people as the
    object, a side noun only a change of side ends in, or an intransitive verb of going ("migrated to", "submitted
    to"); "with" and "under" need more than a bare verb ("fought with", "served under")."""
    particle = prep.head is not verb or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES for c in verb.children
    )
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    own = any(
        o.lower_.endswith(("self", "selves"))
        or o.lemma_.lower() in _OWN
        and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)
        for o in objects
    )
    if objects and all(o.lemma_.lower() in _BONDS for o in objects) and _from(verb):
        own = True  # "switched its support from the GNA to Haftar's army": a bond moved from one side to another
    if objects and not own:
        return False  # "handed over the town to the army": the object goes, not the mover
    if prep.lower_ in ("with", "under"):
        return own or held == "hold" and prep.lower_ == "under" and (particle or passive)
    if passive:
        return False  # "were absorbed into the SDF" (a joining), "were handed over to the army" (a transfer)
    if any(_purpose(c) or c.lemma_.lower() in _VIOLENCE for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")):
        return False  # "went to the army base to attack it", "drove into the army base and opened fire"
    if own or held or particle:
        return True
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "attr", "acomp")]
    return not objects and not clauses and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")


def _purpose(clause: Token) -> bool:
    """An infinitive that says what the move was for: a surrender there is read by its own trigger."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _mover_fits(mover: Token, side: Token, kind: str, held: str, actors: Actors) -> bool:
    """True when ``mover`` is one who can go over to a side of ``kind`` and is not already of it."""
    lemma = mover.lemma_.lower()
    if mover.ent_type_ in ("GPE", "LOC", "FAC") or lemma in _NOT_MOVERS:
        return False
    if lemma in lexicon.QUANTITY_HEADS and any(p.lemma_.lower() in _NOT_MOVERS for p in roles.pobjs(mover, "of")):
        return False
    own = affiliation(mover) or own_side(mover, actors)
    if own and _same(own[0], side, actors):
        return False
    person = mover.ent_type_ == "PERSON" or mover.pos_ == "PRON"
    member = is_member(mover) or is_rank_or_member(mover) or lemma in ("cadre", "combatant", "element", "militiaman")
    group = is_group(mover, actors) and mover.ent_type_ != "NORP"
    if group and not member and not (own or _from(mover.head if mover.dep_ == "nsubj" else mover)):
        return False  # "the group aligned itself with the Islamic State": a whole group that left no side joins
    if kind == "party":  # a politician of another party ("FARC guerrillas transformed into a party" move nowhere)
        politician = person or lemma in _POLITICIANS
        return politician and (bool(own) or lemma in _POLITICIANS) and not is_member(mover)
    if not (member or group or person and (held or own)):
        return False
    if kind == "state":
        # a state's own soldiers going to the state stay where they were: only an insurgent, a member of a named side
        # other than the state's, one whose side noun says he changed it ("came over to the federal side"), or any
        # who came back to the state's fold ("returned to the bosom of the Islamic Republic")
        if own:
            return insurgent(mover, actors) or not _state_side(own[0], actors)
        return insurgent(mover, actors) or held == "fold" or bool(held) and not is_member(mover)
    return True


def _state_side(token: Token, actors: Actors) -> bool:
    """A state, its people or forces, or a numbered formation ("the 4th Brigade", "Light Infantry Battalion 225")."""
    if token.ent_id_:
        return actors.gaz.entities[token.ent_id_].kind is EntityKind.STATE
    numbered = any(t.like_num or t.ent_type_ == "ORDINAL" for t in token.subtree)
    return token.ent_type_ in ("GPE", "NORP") or token.lemma_.lower() in _STATE or numbered and _formation(token)


def _formation(token: Token) -> bool:
    return token.lemma_.lower() in ("brigade", "battalion", "regiment", "division", "corps", "company", "squadron")


def _same(own: Token, side: Token, actors: Actors) -> bool:
    a, b = actors.mention(own), actors.mention(side)
    if a is not None and b is not None:
        return a.entity.key == b.entity.key
    return own.lower_ == side.lower_ or own.i == side.i or side.left_edge.i <= own.i <= side.i
