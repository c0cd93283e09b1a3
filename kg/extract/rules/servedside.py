"""The side a defector served before, told in another sentence of the document, for the DEFECTION rule
(kg.extract.rules.defection).

Reports name the side left in a sentence of its own more often than in the clause of the defection: "Major X served
for 14 years in the Syrian Arab Army. He defected in June", "Colonel Y spent two decades in the Somaliland army. ...
Y defected in January", "Lieutenant Z was a pilot in the Syrian Air Force. On June 21 he flew his MiG-21 to Jordan",
"The Kasai Defence Brigade had fought for the government since 2015", a sentence after ("Brigadier W had fought for
the Houthis since 2015"). :func:`served_before` reads such a clause: its subject stands for the same actor as the
mover (its name, a pronoun or "the brigade", as kg.extract.actors resolves them), its verb is one of serving (serve,
fight, spend, fly, guard, work) or a copula giving a member's title or a part ("was a deputy emir of X", "had been
part of X"), in the past, and its object is a side: a group, a force or a name the NER calls an organisation, never a
place, a date or the side gone to. It fills the side left only when the defection's own clause and the mover's own
phrase name none (rules/sides.py reads those first).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import roles
from kg.extract.actors import Actors
from kg.extract.phrases import alias
from kg.extract.registry import Draft
from kg.extract.rules.defectors import affiliation, is_group, is_member, is_rank_or_member
from kg.models import EntityKind, Mention

# Verbs of serving a side and the prepositions that name it: "served in", "fought for", "spent two decades in",
# "flew helicopters for", "guarded the base for", "fought alongside", "operated under".
_SERVING = frozenset({"serve", "fight", "spend", "fly", "guard", "work", "operate", "battle", "train", "rise"})
_SERVED = ("for", "in", "with", "alongside", "under", "within")
# Verbs of leading a unit, whose object is the unit: "commanded the 14th Battalion", "led the group's 7th Battalion".
_COMMANDING = frozenset({"command", "lead", "head"})
# What a copula calls a member of a side besides a rank or member noun: "was a deputy emir of", "had been part of".
_PART_NOUNS = frozenset({
    "part", "member", "unit", "wing", "branch", "faction", "affiliate", "component", "emir", "judge", "deputy",
    "spokesman", "pilot", "officer", "commander", "leader", "chief", "fighter", "veteran", "general", "colonel",
})  # fmt: skip
# Words that put a clause after the change of side: "now fights for", "later joined", "has since led".
_AFTERWARDS = frozenset({"now", "later", "since", "currently", "then", "today"})
# A sentence after the defection tells the side served before only in the pluperfect ("had fought for the Houthis").
# A state's force the gazetteer files under the state ("the Syrian Arab Army"), which is_group does not count.
_FORCES = frozenset({"army", "military", "force", "navy", "guard", "police", "gendarmerie", "militia"})
_NOT_SIDES = ("GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "CARDINAL", "NORP")
# What one serves that is a side, besides a group or a force: "served the communist government", "the old regime".
_RULERS = frozenset({"government", "regime", "junta"})


def side_left_open(draft: Draft, actors: Actors) -> tuple[Mention, set[str]] | None:
    """The mover's mention and the keys of the sides it went to, when ``draft`` has a mover and its side left is
    empty or a pronoun nobody resolved; else None (the side left is told).  Shared with careers.joined_before."""
    if not draft.agents or draft.targets and not all(t.pos_ == "PRON" for t in draft.targets):
        return None
    said = actors.mention(draft.agents[0])
    if said is None:
        return None
    return said, {m.entity.key for t in draft.to if (m := actors.mention(t)) is not None}


def served_before(draft: Draft, actors: Actors) -> Draft:
    """``draft`` with its side left filled, when empty or a pronoun nobody resolved, by the side another sentence of
    the document says its mover served (see the module docstring)."""
    if (open_side := side_left_open(draft, actors)) is None:
        return draft
    said, gone = open_side
    own = roles.sentence(draft.trigger)
    for sent in draft.trigger.doc.sents:
        for verb in (t for t in sent if t.pos_ in ("VERB", "AUX")):
            if sent.start == own.start and (verb == draft.trigger or not _ended(verb, draft.trigger)):
                continue  # in the defection's own sentence only a service said to end: "commanded X until May"
            if not _past(verb, later=sent.start > own.start):
                continue
            subject = roles.first(roles.children(verb, "nsubj"))
            same = actors.mention(subject) if subject is not None else None
            if same is None or not same_actor(same, said):
                continue
            for side in served_in(verb, actors, change=draft.trigger):
                named = actors.mention(side)
                if named is not None and named.entity.key not in gone | {said.entity.key}:
                    draft.targets = [side]
                    return draft
    return draft


def _ended(verb: Token, change: Token | None = None) -> bool:
    """True when a clause says the service it tells ended: "who until last month commanded the 14th Battalion",
    "led the group's 7th Battalion until Sunday, when he ...", "served in the guard until 1989", or ended with the
    ``change`` itself: "had belonged to the X faction before switching sides"."""
    if any(c.dep_ in ("prep", "mark", "advmod") and c.lower_ == "until" for c in verb.children):
        return True
    if change is None:
        return False
    mover = change.head if change.dep_ == "acl" else roles.subject(change)
    if verb.dep_ == "relcl" and verb.head == mover and any(a.lower_ == "had" for a in verb.children):
        return True  # "The commander, who had led the X unit for six years, crossed into ...": the mover's past
    # "for years before switching sides", "... before they defected to the army"
    return any(t.lower_ == "before" and (change in t.subtree or t.head == change) for t in verb.subtree)


def same_actor(one: Mention, other: Mention) -> bool:
    """True when two mentions stand for one actor: one entity, or a person's name and its surname alone, which the
    NER may tag apart ("Colonel Abdi Warsame spent two decades in ... Warsame defected")."""
    if one.entity.key == other.entity.key:
        return True
    a, b = one.span.text.split(), other.span.text.split()
    return (
        bool(a and b)
        and a[-1] == b[-1]
        and a[-1][:1].isupper()
        and EntityKind.PERSON in (one.entity.kind, other.entity.kind)
    )


def _past(verb: Token, *, later: bool) -> bool:
    """True when ``verb`` tells a past state before the change: a past tense ("served"), or, in a sentence after the
    defection, only a pluperfect ("had fought"); not "now fights for", "later joined"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _AFTERWARDS for c in verb.children):
        return False
    if later:
        return "had" in auxes
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(auxes & {"had", "has", "have"})


def served_in(verb: Token, actors: Actors, *, change: Token | None = None) -> list[Token]:
    """The sides a serving clause names: "served in X", "fought for X", "was a pilot in X", "had been part of X"."""
    lemma = verb.lemma_.lower()
    if lemma in _SERVING:
        found = roles.pobjs(verb, *_SERVED)
        # "served for 14 years in X", "spent two decades in X", "flew helicopters for X": a phrase on the time or thing
        found += [o for d in [*roles.children(verb, "dobj"), *found] for o in roles.pobjs(d, *_SERVED)]
        # "served as a captain in the presidential guard": the side of the title served as
        titles = [a for a in roles.pobjs(verb, "as") if is_rank_or_member(a) or a.lemma_.lower() in _PART_NOUNS]
        found += [o for a in titles for o in roles.pobjs(a, "of", "in", "with")]
        if lemma == "serve":  # "served the communist government until 1988": the side served is the object
            found += [o for o in roles.children(verb, "dobj") if o.lemma_.lower() in _RULERS]
    elif lemma == "be":
        titles = [a for a in roles.children(verb, "attr") if is_rank_or_member(a) or a.lemma_.lower() in _PART_NOUNS]
        found = [o for a in titles for o in roles.pobjs(a, "of", "in", "for", "with")]
    elif lemma == "belong":
        found = roles.pobjs(verb, "to")
    elif lemma in _COMMANDING and _ended(verb, change):
        found = list(roles.children(verb, "dobj"))  # "commanded the 14th Rapid Intervention Battalion until May"
    else:
        return []
    sides = _FORCES | _RULERS
    return [t for t in found if t.ent_type_ not in _NOT_SIDES and (is_group(t, actors) or t.lemma_.lower() in sides)]


# Pronouns a mover or its side left points back with: "Its leader ... surrendered", "About 120 of its fighters",
# "some 200 of them crossed to the side of the SDF".
_BACK_POINTERS = frozenset({"its", "their", "them"})


def group_told_before(draft: Draft, actors: Actors) -> Draft:
    """``draft`` with its side left filled, when empty or a pronoun nobody resolved, by the group a pronoun in the
    mover's phrase points back to: the subject of one of the two sentences before, when it is a group ("The Ndolo
    Hills militia controlled Kavira for three years. Its leader ... surrendered") or the members of one ("Fighters of
    the Sultan Murad Division had long been paid by Ankara. On Wednesday some 200 of them crossed ...")."""
    if not draft.agents or draft.targets and not all(t.pos_ == "PRON" for t in draft.targets):
        return draft
    mover = draft.agents[0]
    pointer = draft.targets[0] if draft.targets else _pointer(mover)
    if pointer is None or pointer.lower_ not in _BACK_POINTERS:
        return draft
    start = roles.sentence(draft.trigger).start
    before = [s for s in draft.trigger.doc.sents if s.end <= start][-2:]
    for sent in reversed(before):
        for subject in (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"):
            if subject.pos_ == "PRON" or subject.ent_type_ in _NOT_SIDES:
                continue
            if is_group(subject, actors) and subject.lemma_.lower() not in ("side", "rank", "camp"):
                draft.targets = [_named_in(subject)]
                return draft
            if subject.tag_ == "NNS" and is_member(subject):
                of = [t for t in roles.pobjs(subject, "of", "from") if is_group(t, actors)]
                found = of or [t for t in affiliation(subject) if t.i != subject.i]
                if found:
                    draft.targets = found[:1]
                    return draft
    return draft


def _pointer(mover: Token) -> Token | None:
    """The pronoun a counted mover points back with: "some 200 of them", "About 120 of its fighters"."""
    for of in roles.pobjs(mover, "of"):
        if of.pos_ == "PRON":
            return of
        owner = roles.first(roles.children(of, "poss"))
        if owner is not None and owner.pos_ == "PRON":
            return owner
    owner = roles.first(roles.children(mover, "poss"))
    return owner if owner is not None and owner.pos_ == "PRON" else None


def _named_in(group: Token) -> Token:
    """The name a group noun is given in its own phrase (phrases.alias): "The militia known as the Guardians of
    Sirtan" -> the Guardians; "The armed wing of the Kalon National Council" stays (the wing is the side)."""
    return next((named for c in group.children if c.dep_ == "acl" and (named := alias(c)) is not None), group)
