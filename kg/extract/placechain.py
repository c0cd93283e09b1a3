"""Place chains as incident databases and monitoring notes write them: "in Chak 45 village, Sargodha district,
Punjab province, Pakistan", "near Shin Warsak village in the Wana area of South Waziristan agency, Federally
Administered Tribal Areas, Pakistan", "Dioura (Tenenkou, Mopti)". Each place after the first is the area of the
one before it, so the first is where the event happened, whichever of them the parse made the head: the small
model hangs such chains as appositions, conjuncts and adverbial nouns in no fixed order. Read from the words
(capitalised names, numbers and an area noun between commas), not from the tree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract import lexicon
from kg.geo.gazetteer import ADMIN1, COUNTRY, geonames

# Nouns that end a place of a chain: "Bannu district", "Bajaur agency", "Kujama village".
AREA_NOUNS = lexicon.ADMIN_AREAS | lexicon.SETTLEMENT_NOUNS | frozenset({"agency", "upazila", "cercle", "sector"})
# Words inside a name that are not capitalised: "Salah ad Din", "Maarrat an Nu'man", "Rutshuru-Centre".
_NAME_JOINERS = frozenset({"-", "ad", "an", "al", "as", "ash", "el", "de", "du", "la", "wa", "'"})
# Between a place and its area outside a comma list: "Bodo village in Tana River county", "the Wana area of
# South Waziristan agency", "Dioura (Tenenkou, Mopti)".
_INNER = frozenset({"in", "of", "("})
_SKIP = frozenset({"the"})


def first_place(tok: Token) -> Token:
    """The root of the most specific place of the chain ``tok`` stands in ("Pakistan" in "in Chak 45 village,
    Sargodha district, Punjab province, Pakistan" -> "village"), or ``tok`` itself when it is in no chain or
    already in its first place."""
    doc = tok.doc
    sent = tok.sent
    for chain in _chains(doc, sent.start, sent.end):
        if any(s <= tok.i < e for s, e in chain[1:]):
            first, end = chain[0]
            return doc[first:end].root
    inner = _inner_of_area(tok)
    return inner if inner is not None else _possessed(tok)


# Prepositions before a place that make a name after them a place whatever the model tagged it: "near Beremko".
_SPATIAL = frozenset({"in", "at", "near", "outside", "around", "inside"})


def _inner_of_area(tok: Token) -> Token | None:
    """The place written right before the area ``tok`` ends, linked by "in" with no comma: "at Shibganj upazila in
    Chapainawabganj", "residents of Kotolo village in Dumbara district", "near Beremko in Walundi district" are in
    Shibganj, Kotolo and Beremko, however the parser hung the "in" (often on the verb). The inner place ends in an area
    noun, or is a town or region entity right after a spatial preposition; the area is an area noun's name, a place
    entity or a country or first-level division GeoNames knows. Not a group's name ("the Tamburi Liberation Front in
    Kelemba district": no area noun, no place entity; "the Assam Rifles in Tinsukia district", tagged FAC) nor a thing
    ("a checkpoint in Kunduz province": no name)."""
    doc = tok.doc
    start = tok.sent.start
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].ent_iob_ == "I" or doc[tok.i + 1].lower_ in AREA_NOUNS):
        return None  # not the last word of its item
    item = _item_back(doc, tok.i + 1, start)
    if item is None or not _area(doc, *item):
        return None
    i = item[0] - (1 if item[0] > start and doc[item[0] - 1].lower_ in _SKIP else 0)
    if i - 1 <= start or doc[i - 1].lower_ != "in":
        return None
    inner = _item_back(doc, i - 1, start)
    if inner is None or not _placelike(doc, *inner):
        return None
    first, end = inner
    words = doc[first:end]
    if doc[end - 1].lower_ in AREA_NOUNS and doc[end - 1].is_lower and end - first > 1:
        return words.root if words.root.i == end - 1 else doc[end - 1]
    entity = all(t.ent_type_ in ("GPE", "LOC") and not t.ent_id_ for t in words)  # not "the Assam Rifles" (FAC)
    spatial = first > start and doc[first - 1].lower_ in _SPATIAL
    return doc[end - 1] if entity and spatial else None


# Words after a place's "'s" that name who, not where: "Iraq's Prime Minister", "Nigeria's Defence Ministry".
_NOT_OWNED_PLACES = (
    lexicon.TITLE_HEADS | lexicon.ARMED_ACTOR_NOUNS | lexicon.GROUP_NOUNS | lexicon.MEMBER_NOUNS | lexicon.PEOPLE_NOUNS
) - AREA_NOUNS | frozenset({"ministry", "minister", "president", "prime", "government", "parliament", "army"})
_OWNED_LABELS = ("", "GPE", "LOC", "FAC", "ORG")


def _possessed(tok: Token) -> Token:
    """The place a place's possessive names: "in Burkina Faso's Dablo" -> Dablo, "in Kisumu's Kondele area" ->
    area; a name in title case after the "'s" (with an area noun, or GeoNames knows it, or the possessor stands
    after "in"/"near"/"at"), not a title or an actor ("Iraq's Prime Minister", "Kenya's Defence Forces")."""
    doc = tok.doc
    i = tok.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("'s", "\u2019s") or doc[i - 1].whitespace_:
        return tok
    end = i + 1
    while end < len(doc) and end - i <= 4 and _name_word(doc[end]) and doc[end].is_alpha and not doc[end].like_num:
        end += 1
    words = doc[i + 1 : end]
    if (
        not words
        or not words[0].is_title
        or any(t.ent_id_ or t.ent_type_ not in _OWNED_LABELS or t.lower_ in _NOT_OWNED_PLACES for t in words)
    ):
        return tok
    if end < len(doc) and doc[end].lower_ in AREA_NOUNS and doc[end].is_lower:
        return doc[end]  # "Kisumu's Kondele area", "Anantnag's Bijbehara town"
    locative = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "at", "outside", "around")
    return words[-1] if locative or geonames().lookup(words.text) else tok


def _chains(doc: Doc, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The chains of ``doc[start:end]``, each a list of (start, end) token ranges, most specific first."""
    links: dict[int, tuple[int, int]] = {}  # start of an item -> the area item after it
    items: dict[int, tuple[int, int]] = {}
    for k in range(start + 1, end - 1):
        if doc[k].text != ",":
            continue
        before = _item_back(doc, k, start)
        after = _item_forward(doc, k + 1, end)
        if before is None or after is None or not _placelike(doc, *before):
            continue
        if not (_area(doc, *after) or _area_list(doc, before, after, start)):
            continue
        items[before[0]] = before
        items[after[0]] = after
        links[before[0]] = after
    chains = []
    tails = {a[0] for a in links.values()}
    for head in sorted(s for s in links if s not in tails):
        chain = [items[head]]
        while chain[-1][0] in links:
            chain.append(links[chain[-1][0]])
        last = chain[-1][1]
        if last < end and doc[last].lower_ in ("and", "or", "&"):
            continue  # "attacks in France, Belgium and Florida": several places, not one and its areas
        chain = _extend_back(doc, chain, start)
        chains.append(chain)
    return chains


def _extend_back(doc: Doc, chain: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """Prepend the places written before the chain as its inner place: "Bodo village in Tana River county,
    ...", "Shin Warsak village in the Wana area of South Waziristan agency, ...", "Dioura (Tenenkou, Mopti)"."""
    while True:
        i = chain[0][0]
        if i > start and doc[i - 1].lower_ in _SKIP:
            i -= 1
        if i <= start or doc[i - 1].lower_ not in _INNER:
            return chain
        link = doc[i - 1]
        inner = _item_back(doc, link.i, start)
        if inner is None or (link.text != "(" and doc[inner[1] - 1].lower_ not in AREA_NOUNS):
            return chain  # "a checkpoint in Kunduz province": no named place before the area
        chain = [inner, *chain]


def _name_word(tok: Token) -> bool:
    text = tok.text
    if tok.is_stop and tok.lower_ not in _NAME_JOINERS:
        return False  # "In Kidal town": a capitalised preposition or article opens no name
    return (
        text[:1].isupper()
        or tok.like_num
        or tok.lower_ in _NAME_JOINERS
        or ("-" in text and any(part[:1].isupper() for part in text.split("-")))
    )


def _item_back(doc: Doc, end: int, start: int) -> tuple[int, int] | None:
    """The place item ending right before ``end``: capitalised words, numbers and joiners, then an optional
    area noun ("Chak 45 village", "Khyber Pakhtunkhwa province", "Pakistan")."""
    i = end - 1
    if i >= start and doc[i].lower_ in AREA_NOUNS and doc[i].is_lower:
        i -= 1
    first = i + 1
    while i >= start and _name_word(doc[i]) and doc[i].text not in (",", "("):
        first = i
        i -= 1
    while first < end and doc[first].lower_ in _NAME_JOINERS:
        first += 1  # a name does not start with a joiner
    if not any(doc[t].text[:1].isupper() for t in range(first, end)):
        return None
    return first, end


def _item_forward(doc: Doc, begin: int, end: int) -> tuple[int, int] | None:
    """The place item starting at ``begin`` (an article skipped): a name, then an optional area noun."""
    i = begin
    if i < end and doc[i].lower_ in _SKIP:
        i += 1
    first = i
    while i < end and _name_word(doc[i]) and doc[i].text not in (",", "(", ")"):
        i += 1
    if i == first or not any(doc[t].text[:1].isupper() for t in range(first, i)):
        return None
    if i < end and doc[i].lower_ in AREA_NOUNS and doc[i].is_lower:
        i += 1
    return first, i


def _placelike(doc: Doc, first: int, end: int) -> bool:
    """True when the item may be a place: it ends in an area noun, or holds no date, number, person or group
    ("On Sunday, Nigeria ...", "ISWAP, Nigeria's ...", "Colonel Ahmed, Mosul": no chain)."""
    if doc[end - 1].lower_ in AREA_NOUNS:
        return True
    return not any(
        t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "NORP", "EVENT", "MONEY", "QUANTITY")
        or (t.ent_id_ and not _known_state(t))
        for t in doc[first:end]
    )


def _known_state(tok: Token) -> bool:
    return any(e.feature == COUNTRY for e in geonames().lookup(tok.text))


def _area_list(doc: Doc, before: tuple[int, int], after: tuple[int, int], start: int) -> bool:
    """True inside a monitoring note's parenthesised areas, "Kansafra (Ariha, Idleb)": names between "(" and ")",
    whatever GeoNames knows of their spelling."""
    end = after[1]
    if end >= len(doc) or doc[end].text != ")":
        return False
    i = before[0] - 1
    while i >= start and doc[i].text not in ("(", ")"):
        i -= 1
    return i >= start and doc[i].text == "("


def _area(doc: Doc, first: int, end: int) -> bool:
    """True when the item names an area: it ends in an area noun ("Sargodha district"), or is a place entity, a
    country or a first-level division GeoNames knows ("Pakistan", "Mopti")."""
    if doc[end - 1].lower_ in AREA_NOUNS:
        return True
    span = doc[first:end]
    if span.text[:1].isupper() and all(t.ent_type_ in ("GPE", "LOC") for t in span):
        return True
    return any(e.feature in (ADMIN1, COUNTRY) for e in geonames().lookup(span.text))


def area_qualifier(name: Token) -> bool:
    """True for the area written after a town and a comma, which says which town it is: "Soum" of "11/01/2025 | Djibo,
    Soum." (the town is Djibo), "Kamenge, Bujumbura"."""
    doc = name.doc
    start = name.left_edge.i if name.left_edge.i <= name.i else name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i:
        start -= 1
    head = name.head
    return (
        start >= 2
        and doc[start - 1].text == ","
        and name.dep_ in ("appos", "npadvmod")
        and head.pos_ == "PROPN"
        and head.i < start - 1
    )
