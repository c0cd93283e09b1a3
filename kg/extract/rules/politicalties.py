"""Political memberships and loyalties, which the guidelines do not count as ALLEGIANCE (kg.extract.rules.allegiance).

Politicians join parties, councillors stay loyal to theirs and parties are loyal to a president: "Former Tory MP X has
defected from the Conservatives to join Labour" is a change of party (a DEFECTION only), "Most of the 36 councillors
will stay loyal to the DA" and "Parties loyal to President Musharraf lost heavily" are politics, "rebel Congress MLAs,
loyalists of X" a faction of a party. A pledge or joining whose pledger is a politician by title or a party, or whose
side is a party no armed pledger joins, is none; a militia, a commander or a state is read as before, and "fighters
who joined the Turkistan Islamic Party" joined an armed group whatever its name's last word.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.actors import Actors
from kg.extract.registry import Draft
from kg.extract.rules.defectors import is_party, title_lemma
from kg.models import EntityKind

# Titles of elected politicians (not leaders, spokesmen or presidents, which armed groups have too).
POLITICIANS = frozenset({
    "senator", "mp", "mla", "mlc", "mna", "mpa", "mep", "lawmaker", "politician", "legislator", "congressman",
    "congresswoman", "councillor", "councilor", "corporator", "assemblyman", "assemblywoman", "parliamentarian",
    "candidate",
})  # fmt: skip


def political(draft: Draft, actors: Actors) -> bool:
    """True when ``draft`` pledges or joins in politics: its pledger is a politician or a party, or its side a party
    no armed pledger joins and the gazetteer does not list as armed ("fighters who joined the Turkistan Islamic Party"
    joined an armed group)."""
    if any(_politician(a) for a in draft.agents):
        return True
    if any(a.lemma_.lower() in _ARMED_MEMBERS for a in draft.agents):
        return False
    return any(is_party(t) and not _listed_armed(t, actors) for t in draft.targets)


# Pledgers whose joining is an armed side's, whatever the side's name: "fighters", "militants", "the group".
_ARMED_MEMBERS = lexicon.GROUP_NOUNS | lexicon.ACTING_MEMBERS | (lexicon.MEMBER_NOUNS - {"member", "supporter"})


def _listed_armed(token: Token, actors: Actors) -> bool:
    """True when the phrase of ``token`` names a group the gazetteer lists as armed."""
    return any(t.ent_id_ and actors.gaz.entities[t.ent_id_].kind is EntityKind.ARMED_GROUP for t in token.subtree)


def _politician(token: Token) -> bool:
    """A politician by a title in the pledger's own phrase ("Tory MP Christian Wakeford", "Most of the 36
    councillors") or in the phrase it stands in apposition to ("rebel Congress MLAs, loyalists of X"), or a party."""
    heads = [token] + ([token.head] if token.dep_ == "appos" else [])
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    for head in heads:
        words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
        if head.ent_type_ == "PERSON":  # "FORMER Tory MP Christian Wakeford", the title cut off the name by the parser
            words += list(head.doc[max(head.left_edge.i - 2, 0) : head.left_edge.i])
        if any(title_lemma(w) in POLITICIANS for w in words) or (head.lemma_.lower() == "party" and head is token):
            return True
    return False
