"""Where an event happened, told by a later sentence that takes the event up again: "Ukrainian drones struck an oil
depot overnight ... The depot is in the town of Klintsy", "Rebels fired mortars at the airport. Two shells landed
on the runway at Aden International Airport", "raided a bank ... The robbery took place in Ikot Abasi".

Wire windows and official reports tell the deed first and its scene after it; the sentence that gives the scene
names the incident again, by an incident noun ("the attack", "the blast", "the shells"), by the deed's own noun
("the robbery" after "robbed", "the shelling" after "shelled") or by the place or facility it hit ("the depot",
"the school", "the airport"), made definite. Its named place in a locative phrase, of the clause that noun is the
subject of, is where the event happened. People who were hit ("the teachers were taken to hospital in Bouar")
and the doers ("the gunmen fled into Forest X") move after the deed, so they never take it up.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon, roles
from kg.extract.actors import Actors
from kg.extract.placeafter import later_in_paragraph
from kg.extract.placenames import for_cause, named_places, place_mention, qualifies, where_said
from kg.extract.placescene import moment
from kg.extract.registry import Draft
from kg.models import Mention

# Sentences looked ahead through for the one that takes the event up again.
_REACH = 2
# Determiners that make a noun take up something told before: "the depot", "this attack".
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Incident nouns that take an event up whatever its trigger ("the attack", "the blast", "the rockets"), the doers
# and defectors aside: they move after the deed.
_INCIDENT_HEADS = (lexicon.ANAPHORIC_HEADS | lexicon.INCIDENT_WORDS) - lexicon.DOER_HEADS - {
    "shooter", "defector", "defectors", "deserter", "deserters",
}  # fmt: skip
# Things hit or places of the deed whose noun takes it up: facilities and occasions stay where the deed was, and
# so does a vehicle in the sentence after ("The car was travelling on a road outside Jaar").
_STAYING = lexicon.FACILITY_NOUNS | lexicon.OBJECT_NOUNS | {"wedding", "funeral", "rally", "gathering", "ceremony"}
# Prepositions of the deed's own places: "opened fire at a wedding".
_AT = ("at", "in", "on", "near", "outside", "inside")
# The deed's own noun made from its trigger: "shelled" -> "the shelling" / "the shells", "robbed" -> "the robbery".
_NOUN_ENDINGS = ("", "ing", "s", "ery", "y")


def retold_place(draft: Draft, sent: Span, actors: Actors, used: set[tuple[int, int]]) -> Mention | None:
    """Where the event of ``draft`` happened, told by one of the two sentences after its own ``sent``, in the same
    paragraph and not opening elsewhere, whose subject takes the event up again: the first named place in a locative
    phrase of that subject's clause, of the clause's own moment, not where something was said, not an area written
    after another place, not part of a doer's name (``used``), not inside another clause ("The assault will be
    supported by air strikes bombing IS in Iraq")."""
    takers = _taking_up(draft)
    for later in later_in_paragraph(sent, _REACH):
        for subject in later:
            if subject.dep_ not in ("nsubj", "nsubjpass") or not _takes_up(subject, takers):
                continue
            verb = subject.head
            found = named_places(later, actors)
            heads = {t.i for t in found}
            clause = {t.i for t in verb.subtree}
            now = moment(verb).i
            for place in found:
                if place.i not in clause or moment(place).i != now or qualifies(place, heads):
                    continue
                if _clause_of(place) != verb.i:
                    continue  # "The assault will be supported by air strikes bombing IS in Iraq": another deed's
                if where_said(place, verb) or for_cause(place, verb) or any(s <= place.idx < e for s, e in used):
                    continue  # "... the attack was in retaliation for Kenya's presence in Somalia": not there
                return place_mention(place, actors)
    return None


def _clause_of(place: Token) -> int | None:
    """The index of the nearest verb ``place`` hangs on."""
    return next((a.i for a in place.ancestors if a.pos_ in roles.VERB_POS), None)


def _taking_up(draft: Draft) -> frozenset[str]:
    """The lemmas of the nouns that take the event of ``draft`` up again: its trigger's (as a noun, "the shelling",
    "the robbery") and the heads of the facilities, vehicles and occasions it hit or happened at ("the depot", "the
    car", "the wedding")."""
    lemma = draft.trigger.lemma_.lower()
    stems = {lemma, lemma[:-1] if lemma.endswith("e") else lemma}
    nouns = {stem + ending for stem in stems for ending in _NOUN_ENDINGS}
    trigger = draft.trigger
    verb = trigger if trigger.pos_ in roles.VERB_POS else roles.governor(trigger)
    scenes = [*draft.places, *(roles.pobjs(verb, *_AT) if verb is not None else [])]
    things = [*draft.targets, *scenes]  # "opened fire at a wedding ... The wedding was being held in ..."
    nouns |= {t.lemma_.lower() for t in things if t.lemma_.lower() in _STAYING}
    return frozenset(nouns)


def _takes_up(subject: Token, takers: frozenset[str]) -> bool:
    """True for a definite noun that names the event again: an incident noun or one of ``takers``."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return False
    return subject.lower_ in _INCIDENT_HEADS or subject.lemma_.lower() in _INCIDENT_HEADS | takers
