"""Names of armed or security bodies that stand where a place may: "a former deputy in the Katiba Serma", "a major in
Saddam Hussein's Republican Guard", "integrated into the National Defence Forces", "between the Army of the Republic
of Bosnia and Herzegovina and ...", "the National Movement for the Liberation of Azawad". Such a phrase says whom
someone served or joined, and the place inside the name ("Azawad", "Bosnia and Herzegovina") is part of the body's
name; neither is where an event happened. Read off the name's own words, capitalised, whatever the small model tags it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon

# Last words of a body's proper name: "the Iraqi Federal Police", "the Syrian Civil Defence", "the Russian Volunteer
# Corps". Not "front" (the "Eastern Front" is a line fought on) nor "province" (a wilayat's and a place's word).
_BODY_HEADS = frozenset({
    "army", "forces", "force", "guard", "guards", "police", "corps", "defence", "defense", "gendarmerie", "militia",
    "brigade", "brigades", "battalion", "regiment", "legion", "commandos", "movement", "council",
})  # fmt: skip
# Heads of a body's name whose "of"/"for" phrase says what it stands for, not where it is: "the Popular Front for the
# Liberation of Tibesti", "the Army of the Republic of Bosnia and Herzegovina".
_NAME_HEADS = _BODY_HEADS | {"front"}
# Common place nouns that end a place's own name after a group's "in": "the Panjshir Valley", "the Ménaka Region".
_PLACE_HEADS = lexicon.PLACE_NOUNS | lexicon.ADMIN_AREAS | lexicon.RELATIONAL_PLACES | lexicon.SETTLEMENT_NOUNS


# Words of a military unit's name before its "Division": an arm of service or a unit's number ("the 77th Light
# Infantry Division", "the 1st Armoured Division"); an administrative division is named by a place ("Sagaing Division").
_ARMS = frozenset({
    "infantry", "armoured", "armored", "airborne", "mechanised", "mechanized", "motorised", "motorized", "artillery",
    "marine", "cavalry", "tank", "rifle", "mountain", "commando", "guards", "panzer", "light",
})  # fmt: skip


def _unit_words(division: Token) -> bool:
    """True when the words of ``division``'s name before it say a military unit: a number or an arm of service."""
    before = [c for c in division.children if c.i < division.i and c.dep_ in ("compound", "amod", "nummod")]
    return any(c.lower_ in _ARMS or c.ent_type_ == "ORDINAL" or c.like_num for c in before)


def body_name(tok: Token) -> bool:
    """True when ``tok``, read as a place's head, ends an armed or security body's proper name or stands inside one,
    or ends a ship's name."""
    if tok.pos_ != "PROPN" and tok.ent_type_ != "ORG":
        return False
    if tok.is_title and tok.lower_ in _BODY_HEADS:
        return True  # "the Iraqi Federal Police", "the Army of the Republic of ..."
    if tok.is_title and tok.lower_ == "division" and _unit_words(tok):
        return True  # "the junta's 77th Light Infantry Division", "the Seventh Division"; not "Sagaing Division"
    if tok.dep_ == "appos" and tok.head.i < tok.i and body_name(tok.head):
        return True  # "the Syrian Civil Defence, also known as the White Helmets"
    if _opening(tok).lower_ in lexicon.ARABIC_ARMED_WORDS:
        return True  # "the Katiba Serma", "the Katibat al-Ghuraba"
    return _inside_name(tok) or _named_region(tok) or vessel_name(tok) or operation_name(tok)


def operation_name(tok: Token) -> bool:
    """True for the name of a military operation, "Operation Safe Corridor" (its first word "Operation", capitalised):
    what a force fights under, never where (the small model tags it a facility or a place)."""
    first = min([tok, *(c for c in tok.children if c.dep_ == "compound")], key=lambda t: t.i)
    return first.i < tok.i and first.text == "Operation"


# Nouns of a ship whose proper name follows them: "the tanker Harbour City", "the Maltese freighter Bay Star".
_VESSELS = frozenset({
    "tanker", "supertanker", "ship", "vessel", "freighter", "ferry", "frigate", "destroyer", "cruiser", "carrier",
    "warship", "trawler", "barge", "tug", "submarine", "liner", "boat",
})  # fmt: skip


def vessel_name(tok: Token) -> bool:
    """True for the last word of a ship's own name written after its noun (issue 14, twenty-first pass): "a missile
    drone struck the Maltese freighter Harbour City in Omani waters" (no city), "the freighter Bay Star", "the tanker,
    Ocean City", "the USS Mason"; not "the port city of Bandar Abbas" nor "a tanker in Panama City"."""
    if tok.pos_ != "PROPN":
        return False
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.lower_ in _VESSELS:
        return True
    before = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
    return any(c.lower_ in _VESSELS or c.text in _SHIP_PREFIXES for c in before)  # "the USS Mason"


# Prefixes of a warship's or a merchant ship's name: "the USS Stark", "HMS Duncan", "the MV Galaxy Leader".
_SHIP_PREFIXES = frozenset({"USS", "HMS", "HMAS", "HMCS", "INS", "MV", "MT", "SS", "RFS", "KRI", "BRP", "FS"})


def _opening(tok: Token) -> Token:
    """The first word of the proper name ``tok`` ends: the proper nouns compounded before it ("Katiba Serma", "Katibat
    al-Ghuraba")."""
    first = tok
    while first.i > 0:
        prev = tok.doc[first.i - 1]
        if prev.text == "-" and prev.head.i == tok.i:
            first = prev  # "the Katibat al-Ghuraba"
            continue
        named = prev.text[:1].isupper() or prev.pos_ == "PROPN"  # "al" of "al-Ghuraba"
        if prev.head.i != tok.i or prev.dep_ not in ("compound", "amod", "nmod") or not named:
            break
        first = prev
    return first


def _inside_name(tok: Token) -> bool:
    """True for the object of an "of"/"for" phrase inside a body's name: "Azawad" of "the National Movement for the
    Liberation of Azawad", each word up the chain capitalised; not "the Liberation of Mosul" nor "the Republic of
    Ireland", whose chains reach no body."""
    word = tok
    while word.dep_ in ("pobj", "conj") and word.head.i != word.i:
        if word.dep_ == "conj":
            word = word.head
            continue
        prep = word.head
        if prep.lower_ not in ("of", "for") or not prep.head.is_title or prep.head.pos_ != "PROPN":
            return False
        word = prep.head
        if word.lower_ in _NAME_HEADS:
            return True
    return False


def _named_region(tok: Token) -> bool:
    """True for the region a group's proper name is "in": "the Islamic State in the Greater Sahara", "al-Qaida in the
    Islamic Maghreb", "Islamic State in the Sahel", "the Movement for Oneness and Jihad in West Africa (MUJAO)". The
    region is a name with the article and no common place noun ("the Sahel", not "al-Shabaab in the Galgala mountains"
    nor "the Islamic State in the Achin district"), or the group's acronym follows it; "ISIS in Raqqa" is a town the
    group holds, a scene."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or not _group_named(prep.head) or vessel_name(prep.head):
        return False  # "targeted the USS Mason in the Red Sea": a ship in a sea, no group in its region
    if _acronym_after(tok):
        return True  # "Jihad in West Africa (MUJAO)"
    article = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return article and tok.pos_ == "PROPN" and tok.is_title and tok.lemma_.lower() not in _PLACE_HEADS


def _group_named(tok: Token) -> bool:
    """True for the last word of a group's proper name: a name the gazetteer knows as an actor ("Islamic State",
    "al-Qaeda") or a capitalised name the model tags an organisation ("Jihad" of "the Movement for Unity and
    Jihad")."""
    if tok.pos_ != "PROPN":
        return False
    return bool(tok.ent_id_) or (tok.ent_type_ == "ORG" and tok.is_title)


def _acronym_after(tok: Token) -> bool:
    """True when an acronym in brackets follows the phrase of ``tok``: "West Africa (MUJAO)"."""
    words = tok.doc[tok.i + 1 : tok.i + 4]
    return len(words) == 3 and words[0].text == "(" and words[2].text == ")" and _acronym(words[1].text)


def _acronym(text: str) -> bool:
    return len(text) >= 3 and text.isalpha() and text.isupper()
