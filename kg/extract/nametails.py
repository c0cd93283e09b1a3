"""A gazetteer alias read at the tail of a longer name, given back to that name.

The gazetteer's ruler matches an alias wherever its words are, so a name that ends in another actor's alias was read
as that actor: "the Sudan People's Liberation Army" as China (whose army is the "People's Liberation Army"), "the
Tarvonian People's Liberation Army" too.  A name's first words written right before the alias, capitalised and
inside a sentence, make it another name, unless they name the alias's own actor ("the Chinese People's Liberation
Army") or, for an armed group's alias, any actor the gazetteer knows ("Russian Wagner Group": the group's country
written before its name).  The longer name becomes one ORG entity without a gazetteer key, so the actor is labelled by
its own words.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract import gazetteer
from kg.models import EntityKind

# Tags of a name's first words: "Sudan" (PROPN), "Tarvonian" (ADJ, or PROPN).
_NAME_TAGS = frozenset({"PROPN", "ADJ"})


@Language.component("kg_name_tails")
def name_tails(doc: Doc) -> Doc:
    """Give each alias read at the tail of a longer name to that name (module docstring)."""
    entities = gazetteer.load().entities
    spans: list[Span] = []
    renamed: list[Span] = []
    for ent in doc.ents:
        start = _name_start(doc, ent, entities)
        if start is None:
            spans.append(ent)
            continue
        spans = [s for s in spans if s.end <= start]
        renamed.append(Span(doc, start, ent.end, label="ORG"))
        spans.append(renamed[-1])
    if renamed:
        doc.ents = spans
        for token in (t for span in renamed for t in span):
            token.ent_id_ = ""  # the longer name is no gazetteer actor
    return doc


def _name_start(doc: Doc, ent: Span, entities: dict) -> int | None:
    """Where the longer name ``ent`` is the tail of starts, or None when ``ent`` is a name of its own."""
    entity = entities.get(ent.ent_id_) if ent.ent_id_ else None
    if entity is None or len(ent) < 2 or ent.start == 0:
        return None
    start = ent.start
    while start > 0 and _name_word(doc[start - 1]):
        before = doc[start - 1]
        if before.ent_id_ == ent.ent_id_:
            return None  # "the Chinese People's Liberation Army"
        if before.ent_id_ and entity.kind is not EntityKind.STATE:
            return None  # "Russian Wagner Group": the group's country before its name
        start -= 1
    return start if start < ent.start else None


def _name_word(token: Token) -> bool:
    """True for a capitalised word inside a sentence, with nothing between it and the next word but a space."""
    return (
        token.is_alpha
        and token.pos_ in _NAME_TAGS  # not a title-case headline's verb: "Air Strikes Hit Islamic State Positions"
        and (token.is_title or token.is_upper)
        and not token.is_sent_start
        and token.whitespace_ == " "
        and not token.is_stop
    )
