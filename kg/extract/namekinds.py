"""What a document says an unfamiliar name is: a place or a person, read off the slots its mentions stand in.

Real reports name villages and people that neither the small model nor GeoNames knows, and the model tags both
PERSON. Where a mention stands in a slot only a place fills ("near Dzoyaani", "Dzoyaani district", "the village
of Dzoyaani", "rebel-held Dzoyaani") the document has said the name is a place; where one stands with a title, a
word of saying or a person's apposition ("Commander Dzoyaani", "Dzoyaani said", "Dzoyaani, the army spokesman")
it has said the name is a person. kg.extract.toponyms reads a name in a slot a place or a person may fill ("the
liberation of X", "the X attacks") as a place when the document says so, or says nothing against it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract import lexicon
from kg.extract.defined import defined_place
from kg.extract.reading import per_token

# Prepositions that take only places: "outside Kuchlagh", "across Ceel Waaq" (not "into": groups merge into others).
SPATIAL_ONLY = frozenset({"near", "outside", "inside", "around", "across", "throughout", "along"})
# Words before a name that make it a person's: "Commander Dzoyaani", "Mr Balotkot", "Gen. Haftar".
_TITLES = lexicon.OFFICE_HOLDERS | frozenset({
    "general", "colonel", "commander", "leader", "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr", "prof", "sir",
    "gen", "col", "lt", "maj", "capt", "sgt", "judge", "governor", "senator",
})  # fmt: skip
# Verbs of saying whose subject is a speaker: "Dzoyaani said", "Dzoyaani told reporters".
_SAYING = frozenset({"say", "tell", "add", "announce", "state", "insist", "deny", "explain", "warn", "write", "note"})
# Heads of an apposition that make a name a person's: "Zirotkot, the army spokesman", "Ghulam, a farmer".
_PERSON_HEADS = (
    (
        _TITLES
        | lexicon.PEOPLE_NOUNS
        | lexicon.MEMBER_NOUNS
        | frozenset({"spokesperson", "resident", "witness", "father"})
    )
    - lexicon.PLACE_NOUNS
    - lexicon.ADMIN_AREAS
)
# Participles that make the name they modify a place: "rebel-held Hesibdougou", "the Taliban-controlled district".
_HELD = frozenset({"held", "controlled", "occupied", "besieged", "run", "dominated"})
_PLACE_OF = lexicon.SETTLEMENT_NOUNS | lexicon.ADMIN_AREAS
# Ways and lines whose "between" objects are the places they join: "the road between Kabibganj and Mwearzai".
_WAYS = frozenset({"road", "highway", "route", "motorway", "railway", "corridor", "stretch", "border", "frontier"})


def _name_words(tok: Token) -> list[Token]:
    """The words of the proper name ``tok`` heads: itself and the proper nouns compounded on it."""
    return [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]


def _place_slot(tok: Token) -> bool:
    """True when the name ``tok`` heads stands where only a place stands."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "the road between Kabibganj and Mwearzai": the second town stands where the first does
    if tok.dep_ == "pobj" and tok.head.lower_ in SPATIAL_ONLY:
        return True  # "outside Kuchlagh"
    if tok.dep_ == "pobj" and tok.head.lower_ == "between" and tok.head.head.lemma_.lower() in _WAYS:
        return True  # "the road between Kabibganj and Mwearzai"
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _PLACE_OF and tok.head.pos_ == "NOUN":
        return True  # "Qarahabad district", "Yasekwezi village"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PLACE_OF:
        return tok.head.head.pos_ == "NOUN"  # "the town of Mahas"
    if any(c.dep_ == "appos" and c.lemma_.lower() in _PLACE_OF for c in tok.children):
        return True  # "Grozny, the capital of ..."
    if defined_place(tok):
        return True  # "Nova Sadybivka (...) is a village in Pokrovsk Raion": a page's definition of its subject
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in _HELD and c.i > 0 and tok.doc[c.i - 1].text == "-"
        for c in tok.children
    )  # "rebel-held Hesibdougou"


def _person_slot(tok: Token) -> bool:
    """True when the name ``tok`` heads stands where only a person stands."""
    start = min(w.i for w in _name_words(tok))
    before = tok.doc[start - 1] if start > 0 else None
    if any(c.dep_ == "compound" and c.lower_.rstrip(".") in _TITLES for c in tok.children):
        return True  # "Commander Ghulamrud"
    if before is not None and before.lower_.rstrip(".") in _TITLES:
        return True  # "General Balotkot", parsed apart
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING and tok.head.pos_ == "VERB":
        return True  # "Zirotkot said"
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True  # "according to Hesalaibe Dzoyani"
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in _PERSON_HEADS and c.pos_ == "NOUN" for c in tok.children
    )  # "Zirotkot, the army spokesman"


def _kinds(first: Token) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased words of the names the document of ``first`` uses as places, and those it uses as persons."""
    doc: Doc = first.doc
    places: set[str] = set()
    persons: set[str] = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_id_ or tok.is_upper or tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue
        if _person_slot(tok):
            persons.update(w.lower_ for w in _name_words(tok))
        elif _place_slot(tok) or (tok.ent_type_ in ("GPE", "LOC") and tok.dep_ == "pobj"):
            places.add(tok.lower_)
    return frozenset(places - persons), frozenset(persons)


def _document_kinds(tok: Token) -> tuple[frozenset[str], frozenset[str]]:
    return per_token(tok.doc[0], "name kinds", _kinds)


def said_place(tok: Token) -> bool:
    """True when the document uses the name ``tok`` heads as a place somewhere and never as a person's."""
    return tok.lower_ in _document_kinds(tok)[0]


def said_person(tok: Token) -> bool:
    """True when the document uses a word of the name ``tok`` heads as a person's somewhere ("Commander X", "X said",
    "X, the army spokesman")."""
    persons = _document_kinds(tok)[1]
    return any(w.lower_ in persons for w in _name_words(tok))


# Words that make a clause on an incident noun tell its toll: "the X attack in which 70 people were killed".
_TOLL_VERBS = frozenset({"kill", "claim", "die", "wound", "injure", "leave"})


def recalled_incident(tok: Token, event_nouns: frozenset[str]) -> bool:
    """True for an unknown name the small model tagged a person or an organisation, on a definite event noun whose
    relative clause tells its toll: "the Kombewa attack in which 50 people were killed", "the Hilton attack which
    claimed 20 lives".  An incident recalled by name with its dead is named after where it happened; a group's
    attack is told by the group ("the attack by X", "X attacked") or by a name kg's gazetteer knows."""
    noun = tok.head
    if tok.ent_id_ or tok.ent_type_ not in ("PERSON", "ORG") or not tok.is_title or said_person(tok):
        return False
    if tok.dep_ not in ("compound", "amod") or noun.lemma_.lower() not in event_nouns or noun.i < tok.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    told = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    return any(t.lemma_.lower() in _TOLL_VERBS for c in told for t in c.subtree)


def dated_name(tok: Token, event_nouns: frozenset[str]) -> bool:
    """True for a name compounded on an event noun that carries a year: "the 2008 Ruqeibe attacks" (an actor's attack
    is dated by the actor's name far less often than a town's)."""
    noun = tok.head
    if tok.ent_type_ == "PERSON" and len(_name_words(tok)) > 1:
        return False  # "the 2011 Anders Breivik attacks": a person's full name
    return (
        tok.dep_ == "compound"
        and noun.lemma_.lower() in event_nouns
        and any(
            c.i < tok.i and c.like_num and len(c.text) == 4 and c.text[:2] in ("19", "20")
            for c in [*noun.children, *tok.children]  # the parser hangs the year on either
        )
    )


_AREA_NOUNS = lexicon.SETTLEMENT_NOUNS | lexicon.ADMIN_AREAS


def loose_name(noun: Token) -> Token | None:
    """The first word of the name the tagger left outside an area noun's phrase: "attacked Ghulimkot town", with
    "Ghulimkot" read as an adjective on the verb. Title-case words right before the noun, not the sentence's first, no
    function word, gazetteer actor, people's word ("Kurdish") or date; None when there are none."""
    if noun.lemma_.lower() not in _AREA_NOUNS or noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    if any(c.dep_ in ("compound", "amod", "det", "poss", "nummod") and c.i < noun.i for c in noun.children):
        return None  # the phrase has its own words: "the Zinjiri area", "Qarahabad district"
    first = None
    i = noun.i - 1
    sent_start = noun.sent.start if noun.doc.has_annotation("SENT_START") else 0
    while i > sent_start and noun.doc[i].is_title and noun.doc[i].is_alpha and noun.i - i <= 3:
        tok = noun.doc[i]
        if tok.is_stop or tok.ent_id_ or tok.ent_type_ in ("NORP", "DATE", "TIME", "ORDINAL", "CARDINAL"):
            break
        if tok.head.i == noun.i or tok.dep_ not in ("advmod", "amod", "npadvmod", "nsubj", "dobj", "compound"):
            break  # in the phrase already, or a part of the clause of its own
        first = tok
        i -= 1
    return first


# Entity labels that are never a place's.
NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "EVENT"})


ACTOR_WORDS = (
    lexicon.PEOPLE_NOUNS | lexicon.GROUP_NOUNS | lexicon.MEMBER_NOUNS | lexicon.ARMED_ACTOR_NOUNS | lexicon.DOER_NOUNS
) - lexicon.PLACE_NOUNS


def actor_word(tok: Token) -> bool:
    """True for a word naming people or a group, whatever its case ("Protesters", "Rioters", "Group")."""
    word = tok.lower_
    return word in ACTOR_WORDS or word.removesuffix("s") in ACTOR_WORDS


def unfamiliar_name(tok: Token) -> bool:
    """True for a proper name that may be a village nobody knows: no gazetteer actor, no acronym, no possessor ("in
    Ahmed's view"), no group's or people's word, and nothing in the document that makes it a person's ("Commander X",
    "X said", "X, the army spokesman")."""
    if tok.pos_ != "PROPN" or tok.ent_id_ or tok.is_upper or tok.ent_type_ in NOT_PLACES or actor_word(tok):
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (after is not None and after.tag_ == "POS") and not said_person(tok)
