"""Where a change of side happened when nothing else in the text says so: the place the mover's own phrase names.

Reports of surrenders, defections and pledges often name the mover by where he comes from or where he fought, and
name no other place of the deed: "two young men from Macomia who had joined the insurgents returned home and
surrendered to the local militia", "Six members of the Abu Sayyaf Group from Patikul, Sulu surrendered to the 1103rd
Infantry Brigade", "a group of tribal fighters from Mudiyah ... announced their joining of the Southern Armed Forces",
"A Wazalendo commander in the Ruzizi plain has switched sides". The annotation takes that place as the event's: the men
changed sides where they were. kg.extract.places asks for it after the deed's own clause, its later steps and its
retellings, and before the dateline's city and the places of the sentences before ("UVIRA — A Wazalendo commander in
the Ruzizi plain ..." is in the Ruzizi plain).

Only the mover's own phrase counts, read down its "of" chain ("a commander of the PMF's 50th Brigade in Nineveh
Plains", "the RSF's commander in the Dinder sector, Abu Aqla al-Tayyib"), not a clause that tells his past ("who had
commanded SPLA-IO forces around Tambura", "who had joined the insurgents in Cabo Delgado"); and only a named place
("from the village" names none), no body ("defectors from the Katiba Macina") and no actor the gazetteer knows
("fighters from al-Shabaab").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.actors import Actors
from kg.extract.namekinds import NOT_PLACES
from kg.extract.placebodies import body_name
from kg.extract.placedebris import time_named
from kg.extract.placenames import place_mention
from kg.extract.toponyms import is_named, person_named, place_token
from kg.models import EntityKind, Mention

# Prepositions of a mover's own phrase that say where the mover is or comes from.
_FROM = frozenset({"from", "in"})
# Dependencies by which the mover's phrase goes on naming the mover: "members of the Abu Sayyaf Group from Patikul",
# "the commander, Nabil Dawood" (a clause, "who had fought in X", tells his past and is not read).
_OWN = frozenset({"prep", "pobj", "appos", "compound", "poss"})


# Heads of an organisation's proper name: "members of parliament from the United Party for National Development" come
# from a party, not a place.
_ORGANISATIONS = frozenset({
    "party", "front", "movement", "union", "alliance", "congress", "council", "league", "coalition", "assembly",
    "parliament", "government", "administration", "organisation", "organization", "group", "brigade", "brigades",
})  # fmt: skip
# Elected representatives and office holders: their "from" or "of" place is the seat they hold, not where they
# changed sides ("A senator from Kisumu defected from the ODM", "the governor of Delta state ... at a rally in Asaba").
_SEATS = frozenset({
    "senator", "lawmaker", "legislator", "mp", "mla", "congressman", "congresswoman", "representative", "deputy",
    "assemblyman", "assemblywoman", "councillor", "councilor", "politician", "governor", "mayor", "delegate",
})  # fmt: skip


def mover_place(movers: list[Token], actors: Actors) -> Mention | None:
    """The named place the phrase of one of ``movers`` (a change of side's agents) says the mover is in or comes from,
    or None: "two young men from Macomia" -> Macomia, "Six members of the Abu Sayyaf Group (ASG) from Patikul, Sulu" ->
    Patikul; not "fighters from al-Shabaab" (an actor) nor "a commander who had fought in Tambura" (his past)."""
    for mover in movers:
        head = _phrase_head(mover)
        if head.lemma_.lower() in _SEATS:
            continue  # "A senator from Kisumu": his seat
        for prep in _own_prepositions(head):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = _origin(obj, actors)
                if place is not None:
                    return place_mention(place, actors)
    return None


def _phrase_head(mover: Token) -> Token:
    """The head of the mover's whole phrase: "the RSF's commander in the Dinder sector, Abu Aqla al-Tayyib" when the
    mover is the name in apposition."""
    return mover.head if mover.dep_ == "appos" and mover.head.i < mover.i else mover


def _own_prepositions(head: Token) -> list[Token]:
    """The "from" and "in" prepositions of the phrase headed by ``head``, down its own dependencies only, in text
    order."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ not in _OWN:
                continue  # "who had commanded forces around Tambura": the mover's past, no place of the deed
            if child.dep_ == "prep" and (child.lower_ in _FROM or _of_area(child)):
                out.append(child)
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _of_area(prep: Token) -> bool:
    """True for an "of" whose object is a named area: "The militia of the Pansay area", "fighters of the Tillaberi
    region"; not "members of the Abu Sayyaf Group" (the side, read on down the chain)."""
    return prep.lower_ == "of" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in lexicon.ADMIN_AREAS and is_named(c) for c in prep.children
    )


def _origin(obj: Token, actors: Actors) -> Token | None:
    """The place ``obj`` names, the object of "from" or "in" in a mover's phrase, or None for no named place."""
    if obj.ent_type_ in NOT_PLACES or time_named(obj):
        return None  # "the accused, then a lieutenant, in August 1992": a date the parser hung on the mover
    if obj.lower_ in _ORGANISATIONS or obj.lemma_.lower() in lexicon.GROUP_NOUNS:
        return None  # "from the United Party for National Development", "from the Katiba's group": a body
    if obj.ent_id_ and actors.gaz.entities[obj.ent_id_].kind is not EntityKind.STATE:
        return None  # "fighters from al-Shabaab": the side left, no place
    if obj.pos_ == "PROPN" and obj.ent_type_ != "NORP" and not person_named(obj) and not body_name(obj):
        # "from Patikul", "in Nineveh Plains": a name after the mover's "from" or "in" is a place, whatever the model
        # tagged it (it tags unfamiliar names PERSON), unless the document makes it a person's
        return obj
    place = place_token(obj, actors)
    if place is None or body_name(place) or not is_named(place):
        return None  # "from the village", "from the Katiba Macina"
    return place
