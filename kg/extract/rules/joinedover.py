"""A joining told as a change of side, for the ALLEGIANCE rule (kg.extract.rules.allegiance): "deserted with its weapons
and joined the MDN", "defected from the RSF and joined the SAF", "surrendered and joined the resistance", "abandoned its
positions and joined the enemy", "Dozens of fighters of the ONLF have joined the regional special police".

The annotation guidelines make "deserted and joined the FSA" both a DEFECTION and an ALLEGIANCE. The rule's own typing
of the side joined (kg.extract.rules.joinable, kg.extract.rules.joinedside) asks the gazetteer, the name's words or an
armed joiner, and it leaves a state's servicemen joining a named body to the rules of a change of side ("Kenyan troops
joined AMISOM" is a deployment). The clause says more: one who leaves a side in the same breath (a verb of leaving,
deserting, defecting, surrendering or crossing coordinated with the joining, or whose purpose the joining is), or
fighters named by the side they belong to, join a side in the conflict, whatever its name. What they join must still
be a side: a name, a formation a name or a people modifies ("the Abkhaz forces"), or a word for the other side ("the
enemy", "the rebellion", "the resistance"); a party, a government with no name, a process, a programme or a place is
none, and a politician who leaves a party and joins another switches party (DEFECTION only).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.rules.defectors import is_party
from kg.extract.rules.joinedside import LEAGUES, NO_SIDES, armed_description
from kg.extract.syntax import joined_forces
from kg.models import EntityKind

# Verbs of leaving one's side beside a joining: "deserted and joined", "defected from X and joined Y", "surrendered and
# joined the resistance", "walked across the front line and joined", "left the army to join the MNLA".
_LEAVING = frozenset({
    "leave", "quit", "desert", "abandon", "defect", "split", "break", "walk", "withdraw", "surrender", "cross", "flee",
    "mutiny", "renounce",
})  # fmt: skip
# Verbs a joining hangs on as the thing believed or reported: "was believed to have joined the MDN".
_HEDGES = frozenset({"believe", "think", "report", "say", "understand", "suspect", "seem", "appear", "know"})
# Words for the other side of a conflict, which name no one but are a side: "joined the enemy", "the rebellion".
_OTHER_SIDE = frozenset({
    "enemy", "rebellion", "resistance", "rebel", "insurgent", "insurgency", "militant", "jihadist", "guerrilla",
    "guerilla", "separatist", "mujahideen", "uprising", "revolt",
})  # fmt: skip
# Who joins a party when they leave one: politicians switching party are a DEFECTION only.
_POLITICIANS = frozenset({
    "senator", "mp", "lawmaker", "politician", "governor", "mayor", "legislator", "congressman", "congresswoman",
    "minister", "councillor", "councilor", "candidate", "chairman", "mla", "mna", "mpa", "activist",
})  # fmt: skip
# Bodies one joins for a post, not a side: "joined the Ministry of Mines as an adviser".
_OFFICES = frozenset({
    "ministry", "department", "office", "agency", "bureau", "secretariat", "institute", "corporation", "company",
    "union", "university", "foundation", "ngo", "charity",
})  # fmt: skip
# Fighters named by the side they belong to: "Dozens of fighters of the ONLF", "Several hundred Wazalendo fighters".
_FIGHTERS = frozenset({"fighter", "militant", "militiaman", "combatant", "guerrilla", "insurgent", "rebel", "jihadist"})


def joined_over(join: Token, side: Token, actors: Actors) -> bool:
    """True when ``join`` tells a change of side (a leaving beside it, or fighters named by their side) and ``side``,
    what is joined, is a side in a conflict."""
    if not _side(side, actors) or _either(side) or joined_forces(side):
        return False
    joiner = roles.subject(join)
    if joiner is not None and (is_party(joiner) or any(t.lemma_.lower() in _POLITICIANS for t in joiner.subtree)):
        return False  # "Senator Amina Yusuf left the PDP and joined the APC", "activists of the ruling party's wing"
    leavings = _leavings(join)
    if any(_party(s) for v in leavings for s in _objects(v)):
        return False  # "quit the PDP and joined the APC": a switch of party
    return bool(leavings) or (joiner is not None and _fighters_of_a_side(joiner))


def _either(side: Token) -> bool:
    """ "left the Tatmadaw to join the CDM or the PDF": one side or another, no side told."""
    words = [w for t in (side, *side.conjuncts) for w in t.children]
    return any(w.dep_ == "cc" and w.lower_ in ("or", "nor") for w in words)


def _leavings(join: Token) -> list[Token]:
    """The verbs of leaving told beside ``join``: its conjuncts, the verb it is the purpose of ("deserted in 1990 to
    join"), through a noun the parser hung it on ("left the army a second time to join") or a hedge ("was believed to
    have joined")."""
    near = list(join.conjuncts)
    near += [c for v in join.conjuncts for c in v.children if c.dep_ in ("ccomp", "xcomp")]  # "said it had left X and"
    near += _told_before_and(join)
    head = join.head
    if join.dep_ in ("relcl", "acl") and head.dep_ in ("npadvmod", "dobj", "pobj") and head.head.pos_ in roles.VERB_POS:
        head = head.head  # "left the army a second time to join the MNLA", "to join" read as the time's clause
    if join.dep_ in ("xcomp", "advcl", "relcl", "acl") and head.pos_ in roles.VERB_POS:
        near.append(head)
        if head.lemma_.lower() in _HEDGES:
            near += list(head.conjuncts)  # "had deserted with its weapons and was believed to have joined the MDN"
    return [v for v in near if v.lemma_.lower() in _LEAVING and v.pos_ in roles.VERB_POS and v.i < join.i]


def _told_before_and(join: Token) -> list[Token]:
    """The verbs of the clause before "and joined" when the parser cut the coordination ("On 13 July, a commander ...
    and 60 fighters defected from the RSF and joined the SAF", "defected" hung on the commander as a participle)."""
    doc, sent = join.doc, roles.sentence(join)
    i = join.i - 1
    while i > sent.start and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i <= sent.start or doc[i].lower_ != "and" or any(c.pos_ in roles.VERB_POS for c in join.conjuncts):
        return []
    verbs = []
    for tok in reversed(doc[sent.start : i]):
        if tok.text in (";", ":") or tok.lower_ in ("but", "while", "when", "after"):
            break
        verbs += [tok] if tok.pos_ == "VERB" else []
    return verbs


def leaver(join: Token) -> Token | None:
    """Who joins, when the joining is the purpose of a leaving with no subject of its own ("deserted in 1990 to join
    the Tuareg rebellion", "left the army a second time to join the MNLA"): the one who leaves."""
    if join.dep_ not in ("xcomp", "advcl", "relcl", "acl") and roles.subject(join) is not None:
        return None
    for verb in (v for v in _leavings(join) if v not in join.conjuncts):
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "Ousmane Diakité, a former sergeant ..., deserted in 1990 to join", read as a participle
        if (subject := roles.subject(verb)) is not None:
            return subject
    return None


def joined_beside(leaving: Token, actors: Actors) -> list[Token]:
    """The side joined by a joining told beside ``leaving``, a DEFECTION's trigger whose clause names no side gone to:
    "had deserted with its weapons and was believed to have joined the MDN", "left the army a second time to join the
    MNLA" (where the parse hides the joining from the defection's own clause)."""
    sent = roles.sentence(leaving)
    for join in sent:
        if join.lemma_.lower() not in ("join", "rejoin") or join.pos_ != "VERB" or join.i < leaving.i:
            continue
        if leaving in _leavings(join):
            sides = [o for o in roles.children(join, "dobj") if _party(o) or _side(o, actors)]
            return sides[:1]
    return []


def _party(side: Token) -> bool:
    """A party by its words: "the ruling party", "the All Progressives Congress", "the Awami League"."""
    return is_party(side) or side.lemma_.lower() in _PARTY_HEADS and side.pos_ == "PROPN"


_PARTY_HEADS = frozenset({"congress", "league", "party"})


def _objects(verb: Token) -> list[Token]:
    return list(roles.children(verb, "dobj")) + roles.pobjs(verb, "from", "with")


def _side(side: Token, actors: Actors) -> bool:
    """A side of a conflict: a name that is no party or state, a formation a name or a people modifies, a word for
    the other side, or a pronoun that stands for an armed group."""
    lemma = side.lemma_.lower()
    if _party(side) or side.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY", "PERSON"):
        return False
    if side.ent_id_:
        return actors.gaz.entities[side.ent_id_].kind is not EntityKind.STATE
    if side.pos_ == "PRON":
        mention = actors.mention(side) if side.lower_ in ("them", "it") else None
        return mention is not None and mention.entity.kind is EntityKind.ARMED_GROUP
    if lemma in _OTHER_SIDE:
        return True
    if lemma in _OFFICES:
        return False  # "deserted the army and joined the Ministry of Mines as an adviser": a post
    if lemma in LEAGUES and side.pos_ == "NOUN" and not armed_description(side):
        return False  # "joined the Platform coalition": a league its words do not arm may be a political one
    if side.pos_ == "PROPN" or side.ent_type_ == "ORG":
        # "the rival Interim Government", "the Government of National Unity": a government a name makes a side
        named = [c for c in side.children if c.dep_ == "compound"] + roles.pobjs(side, "of")
        return lemma not in NO_SIDES or lemma == "government" and any(c.pos_ == "PROPN" for c in named)
    if lemma in NO_SIDES or lemma in lexicon.QUANTITY_HEADS:
        return False
    # "the Abkhaz forces", "the regional special police of Ethiopia's Somali region", "the GNU's 444 Combat Brigade"
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "ORG", "GPE") for t in side.subtree if t.i != side.i)


def _fighters_of_a_side(joiner: Token) -> bool:
    """Fighters named by the side they belong to: "Dozens of fighters of the Ogaden National Liberation Front", "Several
    hundred Wazalendo fighters", "Hundreds of former fighters of Libya's al-Marsa Brigade"."""
    if joiner.lemma_.lower() in lexicon.QUANTITY_HEADS or joiner.pos_ == "NUM":
        return any(_fighters_of_a_side(p) for p in roles.pobjs(joiner, "of"))
    if joiner.lemma_.lower() not in _FIGHTERS:
        return False
    owners = roles.pobjs(joiner, "of") + [c for c in joiner.children if c.dep_ in ("compound", "poss")]
    return any(o.pos_ == "PROPN" or o.ent_type_ == "ORG" for o in owners)
