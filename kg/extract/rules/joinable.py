"""What may be joined or pledged to, for the ALLEGIANCE rule (kg.extract.rules.allegiance) and the readings of joining
that DEFECTION shares (kg.extract.rules.defection, kg.extract.rules.switches).

Joining an armed group or a military alliance is an ALLEGIANCE; joining talks, a coalition government, a company, a
club or a protest is none (the annotation guidelines). A pledge is made to an armed group, an alliance or a named
leader or organisation, not to a fund or a cause.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.actors import Actors
from kg.models import EntityKind

_NOT_JOINABLE = {
    "talk", "negotiation", "protest", "strike", "exercise", "fight", "effort", "campaign", "war", "battle", "call",
    "chorus", "demonstration", "march", "rally", "government", "coalition", "party", "union", "alliance", "club",
    "team", "league", "company", "board", "firm", "bank", "market", "race", "initiative", "agreement", "treaty",
    "deal", "meeting", "summit", "conference", "discussion", "process", "force", "hand", "other", "us", "family",
    "mission", "operation", "search", "celebration", "opposition", "cabinet", "parliament", "movement", "community",
    "organization", "organisation", "program", "programme", "group", "list", "network", "wto", "eu", "convention",
    "pact",
}  # fmt: skip
_ARMED_JOINABLE = {
    "rank",
    "militia",
    "battalion",
    "brigade",
    "army",
    "insurgency",
    "rebel",
    "jihadist",
    "militant",
    "fighter",
    "caliphate",
    "guerrilla",
    "insurgent",
    "mujahideen",
    "jihad",
    "legion",
    "regiment",
    "corps",
    "taliban",
    "faction",
    "unit",
}
_ALLIANCES = {"gaz:nato"}
# Words of an organisation's name that make it armed: lexicon.ARMED_NAME_WORDS ("the Kurdish Women's Protection Units",
# "Jaysh al-Mukhtar" when tagged as one), less the words parties, firms, charities and task forces also carry.
_NOT_ARMED_ALONE = frozenset({"group", "movement", "liberation", "resistance", "province", "force", "squad"})
_ARMED_ORG_WORDS = lexicon.ARMED_NAME_WORDS - _NOT_ARMED_ALONE | {"state", "units", "unit"}


# Words of a named armed force's name ("People's Defence Force"), beside a "Force" the NER tagged as an organisation.
_MILITIA_NAME_WORDS = frozenset(
    {"defence", "defense", "liberation", "resistance", "revolutionary", "people", "popular"}
)


def joinable(obj: Token, actors: Actors) -> bool:
    """True when ``obj`` is a side whose joining is an ALLEGIANCE: an armed group, a military alliance, an armed
    formation ("the ranks", a militia, a brigade), an organisation named or described as armed."""
    if _named(obj) and any(_joinable(d, actors) for d in described(obj)):
        return True  # "joined the Mai-Mai Kifuafua, a local armed group", "The Zuwara Shield is a militia"
    return _joinable(obj, actors)


def described(name: Token) -> list[Token]:
    """What the document says a name is: its apposition ("the Zuwara Shield, a militia that ...") and what a copula
    makes any mention of it with the same head word ("The Zuwara Shield is a militia based in ...")."""
    found = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for tok in name.doc:
        if tok.lower_ == name.lower_ and tok.i != name.i and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            found += [c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        elif tok.lower_ == name.lower_ and tok.i != name.i:
            found += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return found


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON", "FAC", "NORP")


def _joinable(obj: Token, actors: Actors) -> bool:
    lemma = obj.lemma_.lower()
    span = actors.phrase(obj)
    for e in span.ents:
        if e.ent_id_:
            entity = actors.gaz.entities[e.ent_id_]
            if entity.kind is EntityKind.ARMED_GROUP or entity.key in _ALLIANCES:
                return True
            if entity.kind is EntityKind.STATE and e.root == obj:
                return False
    if lemma in _ARMED_JOINABLE:
        return True
    if lemma == "alliance" and [t.lower_ for t in span] == ["the", "alliance"]:
        return _alliance_named_before(obj)  # "NATO headquarters ... became the 31st member of the alliance"
    if lemma == "gang":
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)  # "the Grand Ravine gang"
    if lemma in ("group", "organisation", "organization", "movement", "network", "force", "outfit"):
        # "joined the group" counts when the group is armed: named as such or the salient armed group.
        words = {t.lower_ for t in span}
        if words & {
            "militant",
            "jihadist",
            "terrorist",
            "armed",
            "rebel",
            "insurgent",
            "extremist",
            "islamist",
            "vigilante",
        }:
            return True
        if lemma == "force" and obj.ent_type_ == "ORG" and words & _MILITIA_NAME_WORDS:
            return True  # "the People's Defence Force", "the Ambazonia Liberation Force"
        if not (any(t.lower_ == "the" for t in span) and len(span) <= 2):
            return False
        salient = actors.salience.salient_group(before=obj.i)
        if lemma in ("movement", "outfit"):
            # "The surrenderers said they had joined the movement in 2016", "had joined the outfit as teenagers":
            # the armed group the text is about, told by a word parties and causes share only with an armed one
            return salient is not None and salient.kind is EntityKind.ARMED_GROUP
        return lemma == "group" and salient is not None
    if lemma in _NOT_JOINABLE:
        return False
    ents = [e for e in span.ents if e.label_ == "ORG" and e.root == obj]
    if ents:
        return bool({w.lower_ for w in ents[0]} & _ARMED_ORG_WORDS)
    return False


def _alliance_named_before(token: Token) -> bool:
    """True when the text names a military alliance before "the alliance" (which then stands for it)."""
    return any(e.ent_id_ in _ALLIANCES for e in token.doc.ents if e.end <= token.i)


def pledgee(token: Token, actors: Actors) -> bool:
    """Who one pledges to: an armed group or alliance, or a named person or organisation ("al-Qaeda's
    leader", "Abu Bakr al-Baghdadi"), not a fund or a cause."""
    if joinable(token, actors) or token.ent_type_ in ("PERSON", "ORG") or token.ent_id_:
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "DATE", "MONEY", "CARDINAL"):
        return True
    return token.lemma_.lower() in ("leader", "emir", "caliph", "commander", "chief")
