"""A group's name written in title case around a generic head, read off the words when the NER cuts it.

Official pages and long articles name groups in their full form: "The Army of the Mujahideen", "The Group to
Support Islam and Muslims (JNIM)", "The Islamic Movement of Uzbekistan", "the Sons of Tamrit", "the Front for the
Liberation of Mekala".  The small model tags such a name in pieces or not at all ("Group" alone, "The Islamic
Movement of" without its country, "Tamrit" as a place), so a role headed by the generic word kept the head alone
("The Army") or named the place inside it.  A name is read here from its spelling instead: a capitalised head that
names an armed or political body (:data:`NAME_HEADS`), not the first word of its sentence, then a run of
capitalised words joined by the few words names are built with ("of", "for", "to", "the", "and", "in the"),
ending on a capitalised word.  The head's own capitalised modifiers before it belong to the name too ("Islamic
Movement").

Left alone: a gazetteer name (kg knows it whole), a headline in title case (every word is capitalised there), a run
that stops at the head (nothing after it), "to" before a place ("sent the Army to Aleppo") and "and" before another
body's head ("the Army of Islam and the Free Syrian Army" are two).

:func:`name_span` is read by :func:`kg.extract.phrases.noun_phrase` (the role's words run to the name's end) and
:func:`kg.extract.actors.Actors.entity` (the role names that body, and so do members "of" it); :func:`inside_name`
keeps an event noun inside such a name ("Liberation") from being a trigger. A state's forces named after it
("Military Forces of Mali") stay the state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import lexicon
from kg.extract.reading import per_token, reading_of

# Heads a body's name is built on, beyond the armed-name words: "the Sons of Tamrit", "the Soldiers of the
# Caliphate", "the Party of God", "the Council of the Mujahideen", "the League of the Righteous".
NAME_HEADS = lexicon.ARMED_NAME_WORDS | frozenset({
    "sons", "soldiers", "partisans", "defenders", "party", "council", "league", "union", "organisation",
    "organization", "committee", "alliance", "coalition", "lions", "eagles", "knights", "companions", "supporters",
    "helpers", "vanguard", "men", "people",
})  # fmt: skip
# Words a name is joined with between its capitalised words.
_JOINS = frozenset({"of", "for", "to", "in"})
# Entity labels that end a name's run: a date or number after the name is no part of it.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _capital(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.ent_type_ not in _NOT_NAMES


def _headline(sent: Span) -> bool:
    """True for a sentence in title case (a headline): no word longer than three letters is in lower case."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and not any(t.text[:1].islower() for t in words)


def name_span(head: Token) -> Span | None:
    """The whole title-case name ``head`` is the head of, when it runs on past ``head`` with a joining word; None
    otherwise (see the module's docstring)."""
    return per_token(head, "titlename", _name_span)


def _name_span(head: Token) -> Span | None:
    doc = head.doc
    sent = reading_of(doc).sentence(head)
    if (
        head.i == sent.start
        or not _capital(head)
        or head.ent_id_
        or head.pos_ not in ("PROPN", "NOUN")
        or head.lower_ not in NAME_HEADS
        or _headline(sent)
    ):
        return None
    last, joined, i = head.i, False, head.i + 1
    while i < sent.end:
        token = doc[i]
        following = doc[i + 1] if i + 1 < sent.end else None
        if _capital(token) and (not token.ent_id_ or token.ent_type_ in _PLACES):
            if joined and token.lower_ in NAME_HEADS and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "and":
                break  # "the Army of Islam and the Free Syrian Army": a second body
            last, i = i, i + 1
            continue
        if following is None:
            break
        if token.lower_ in _JOINS and token.lower_ != "in":
            if token.lower_ == "to" and following.ent_type_ in _PLACES:
                break  # "sent the Army to Aleppo"
            joined, i = True, i + 1
            continue
        if token.lower_ == "in" and following.lower_ == "the":
            joined, i = True, i + 1  # "the Islamic State in the Greater Sahara"
            continue
        if token.lower_ == "the" and i > head.i + 1 and doc[i - 1].lower_ in _JOINS | {"and"}:
            i += 1
            continue
        if token.lower_ == "and" and joined and _capital(following) and following.lower_ not in NAME_HEADS:
            i += 1  # "the Group to Support Islam and Muslims"
            continue
        break
    if not joined or last == head.i:
        return None
    if {head.lemma_.lower(), head.lower_.removesuffix("s")} & lexicon.STATE_APPARATUS and any(
        t.ent_id_ and t.ent_type_ == "GPE" for t in doc[head.i + 1 : last + 1]
    ):
        return None  # "Military Forces of Mali": a state's forces, which kg reads as the state
    start = head.i
    while start - 1 > sent.start and _capital(doc[start - 1]) and doc[start - 1].head.i >= head.i:
        start -= 1  # "Islamic Movement of Uzbekistan": the head's capitalised modifiers
    if start - 1 == sent.start and _capital(doc[sent.start]) and doc[sent.start].head.i == head.i:
        start = sent.start if doc[sent.start].lower_ != "the" else start
    return doc[start : last + 1]


def named_by(head: Token) -> Span | None:
    """The title-case name a role's head stands for: its own (:func:`name_span`), or, for members or a count "of"
    a body ("Fighters of the Front for the Liberation of Mekala", "Members of the Sons of Tamrit"), that body's."""
    own = name_span(head)
    if own is not None:
        return own
    lemma = head.lemma_.lower()
    if lemma not in lexicon.ACTING_MEMBERS and head.lower_ not in lexicon.QUANTITY_HEADS and head.pos_ != "NUM":
        return None
    of = next((c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children), None)
    return name_span(of) if of is not None and of.dep_ == "pobj" else None


def inside_name(token: Token) -> bool:
    """True when ``token`` is a word inside a title-case name of a body ("the Front for the Liberation of
    Mekala"): a capitalised event noun there names no event."""
    if not _capital(token) or token.i == reading_of(token.doc).sentence(token).start:
        return False
    for candidate in token.doc[max(0, token.i - 6) : token.i]:
        span = name_span(candidate)
        if span is not None and span.start <= token.i < span.end:
            return True
    return False
