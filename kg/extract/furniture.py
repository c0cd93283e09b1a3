"""Page furniture in scraped news text: the words a site prints around every story, read as no sentence.

A page flattened to text keeps its furniture between the story's sentences: "Updated 0342 GMT (1142 HKT) March 4,
2016", "Advertisement", "Read More", "Share this with Facebook", "JUST WATCHED ... MUST WATCH", "Photos: World War II
in pictures Hide Caption 34 of 38", "Image copyright AFP Image caption ...", "Related: Yemen crisis: Who is fighting
whom?", "Follow @CNNBreaking for the latest.", bylines and credits.  None of it ends with a full stop, so the parser
glues it to the sentence after it ("Read More It was the second attack ...", "Updated 2138 GMT ... Russian aircraft
bombed ...") and a timestamp becomes the doer.  The ``kg_page_furniture`` component runs before the parser: each
span of furniture becomes a sentence of its own, and :func:`within` tells the pipeline that a trigger there tells
no event (a gallery's caption, a link to another story, a video's title).

The patterns are a closed class: the same labels on every site, never a story's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract import pageheads

_KEY = "kg_page_furniture"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)+"
# A conflict monitor's event-type label opening its note ("Government regains territory: On 2 October 2022, ...",
# "Air/drone strike: On 7 February ..."): the monitor's own classes, the same on every note.
_EVENT_TYPE_LABEL = (
    r"(?:(?<=^)|(?<=\n))(?:Battles|Armed clash|Attack|Air/drone strike|Government regains territory"
    r"|Non-state actor overtakes territory|Shelling/artillery/missile attack|Remote explosive/landmine/IED"
    r"|Suicide bomb|Grenade|Abduction/forced disappearance|Sexual violence|Looting/property destruction"
    r"|Excessive force against protesters|Mob violence|Violent demonstration|Peaceful protest"
    r"|Protest with intervention|Arrests|Disrupted weapons use|Change to group/activity"
    r"|Headquarters or base established|Non-violent transfer of territory|Agreement|Other):(?= )"
)
# Furniture whose whole extent the pattern knows.
_FIXED = tuple(
    re.compile(p)
    for p in (
        rf"\bUpdated \d{{3,4}} GMT \(\d{{3,4}} [A-Z]{{2,4}}\) {_MONTH} \d{{1,2}}, \d{{4}}",  # CNN's timestamp
        rf"\b(?:Updated|Published|Last updated) \d{{1,2}} {_MONTH} \d{{4}}(?:,? \d{{1,2}}[:.]\d{{2}}(?: ?[AP]M)?)?",
        rf"\b\d{{1,2}} {_MONTH} \d{{4}} From the section(?: [A-Z][a-z]+)+",  # the BBC's footer
        rf"\| (?:Published |Updated )?(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})"
        r"(?:,? \d{1,2}[:.]\d{2}(?: ?[AP]M)?)?",
        r"\bHide Caption \d+ of \d+",
        r"\bJUST WATCHED\b.{0,200}?\bMUST WATCH\b",
        r"\bStory continues below advertisement\b",
        r"\b(?:Advertisement|ADVERTISEMENT)\b",
        r"\bContinue reading below\b ?\W?",
        r"\bRead [Mm]ore\b(?!:)",
        r"\bMore on this story\b",
        r"\bRelated (?:Coverage|Topics|Content|Articles|Stories)\b",
        r"\bShare this (?:with|on|via) (?:Facebook|Twitter|Email|WhatsApp|Messenger|LinkedIn|Reddit|Pinterest)\b",
        r"\bSign up for our (?:[a-z]+ )?newsletters?\b\.?",
        r"\bStory highlights\b",
        r"\bImage copyright (?:[A-Z][\w/&.-]*)(?: (?!Image\b)[A-Z][\w/&.-]*)*",
        r"\((?:AP |AFP |Reuters )?Photos?(?:(?: by)?:? [^)]{1,80})?\)",
        r"\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^)]{1,200}\)",
        r"\b(?:Additional )?Reporting by [^.;]{1,80}(?:; (?:Writing|Editing) by [^.;]{1,80})+",
        r"\bFollow @\w+(?: on (?:Twitter|X|Instagram|Facebook))?(?: for [a-z]+(?: [a-z]+){0,4})?\.?",
        r"\bCopyright \d{4} [^.]{1,80}\. All rights reserved\.(?: This material may not be [^.]{1,80}\.)?",
        r"\bOur Standards: The Thomson Reuters Trust Principles\.",
        r"\bThis (?:article|story) (?:was|has been) (?:originally published|updated|corrected)[^.]{0,150}\.",
        rf"\bBy {_NAME}(?: and {_NAME})?(?= \||, [A-Z][A-Za-z]+(?: [A-Z][a-z]+)*(?: at [A-Z][a-z]+)?(?=$|[ .]))"
        r"(?:, [A-Z][A-Za-z]+(?: [A-Z][a-z]+)*(?: at [A-Z][a-z]+)?)?",
        r"(?<![^\s])_{3,}(?![^\s])",
        _EVENT_TYPE_LABEL,
    )
)
# Labels whose title runs on without a full stop: the title is cut by :func:`_title_end`.
_TITLED = re.compile(
    r"\b(?:(?:Related(?: story)?|Watch|Read more|READ|Read|Live updates|Photos?|Photo gallery|Video)"
    r":(?= [A-Z0-9'\"\u2018\u201c])"
    r"|Image caption\b|Click here for\b)"
)
# A gallery's caption runs to the next furniture ("Photos: D-Day at 75 Veterans gather ... . Hide Caption 2 of 20"):
# it is about the picture, not the story.
_GALLERIES = frozenset({"photos", "photo"})
# Words inside a title or caption after which a capital does not start the story ("the war in Ukraine", "fled to
# Mount Sinjar").
_TITLE_GLUE = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "from", "with", "by", "about", "above",
        "near", "over", "outside", "inside", "after", "before", "into", "across", "past", "during", "under", "as",
        "between", "behind", "against", "through", "like", "than", "is", "are", "was", "were", "his", "her", "their",
        "del", "de", "la", "al", "bin", "van", "von", "da", "di", "du", "le",
    }
)  # fmt: skip
# Tags of the words that open a sentence after a caption without its full stop: "The", "A", "It", "They", "There".
_OPENERS = frozenset({"DT", "PRP", "EX"})
_MAX_TITLE = 16
_MAX_CAPTION = 40
_MAX_HIGHLIGHTS = 3


# An encyclopaedia's footnote marks, glued to the word or stop before them: "children.[12]", "Sinai,[5][6]",
# "base.[citation needed]", "[a]" (the tokenizer cuts them off: kg.extract.tokenizing.add_footnote_marks).
_FOOTNOTES = re.compile(r"(?<=\S)(?:\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|note \d{1,3})\])+")
_STOPS = frozenset({".", "!", "?"})


@Language.component(_KEY)
def page_furniture(doc: Doc) -> Doc:
    """Make every span of page furniture a sentence of its own, before the parser reads the page; a footnote mark
    is furniture too, a sentence of its own only after a full stop ("killing 132 children.[12] 2016 27 March"),
    and inside a sentence none of its ends ("in North Sinai,[5] and attacked")."""
    notes = list(_footnotes(doc))
    spans = list(_spans(doc, {m.end for m in notes}))
    marks = [s for s in notes if not _overlaps(s, spans)]
    doc.user_data[_KEY] = sorted((s.start_char, s.end_char) for s in [*spans, *marks])
    for span in spans:
        span[0].is_sent_start = True
        for token in span[1:]:
            token.is_sent_start = False
        if span.end < len(doc):
            doc[span.end].is_sent_start = True
    for mark in marks:
        ends = mark.start > 0 and doc[mark.start - 1].text in _STOPS
        for token in mark:
            token.is_sent_start = ends and token.i == mark.start
        if mark.end < len(doc):
            doc[mark.end].is_sent_start = ends
    return doc


def _footnotes(doc: Doc) -> Iterator[Span]:
    """The runs of footnote marks the tokenizer cut from the words before them ("[12]", "[3][4]")."""
    for m in _FOOTNOTES.finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            yield span


@Language.component("kg_furniture_names")
def furniture_names(doc: Doc) -> Doc:
    """Drop the names the NER found in page furniture or across its edge ("Related: Latest updates on the war in
    Ukraine | Rescuers said ...": no place "Ukraine Rescuers"; "Share this with WhatsApp": no place "Share"), so
    that no doer, target or scene comes from the page's labels."""
    spans = doc.user_data.get(_KEY, ())
    if spans:
        doc.ents = [e for e in doc.ents if not any(e.start_char < end and start < e.end_char for start, end in spans)]
    return doc


def within(token: Token) -> bool:
    """True when ``token`` is page furniture (the component has read its document)."""
    return at(token.doc, token.idx)


def at(doc: Doc, char: int) -> bool:
    """True when the character at offset ``char`` of ``doc`` is page furniture."""
    return any(start <= char < end for start, end in doc.user_data.get(_KEY, ()))


def is_furniture(sent: Span) -> bool:
    """True when the sentence is page furniture from its first word to its last."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(words) and all(within(t) for t in words)


def _spans(doc: Doc, after_marks: set[int]) -> Iterator[Span]:
    taken: list[Span] = []
    for pattern in _FIXED:
        for m in pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and not _overlaps(span, taken):
                taken.append(span)
    starts = {s.start for s in taken}
    ends = {s.end for s in taken}
    for m in _TITLED.finditer(doc.text):
        label = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if label is None or _overlaps(label, taken) or not (label.start in ends or _opens_line(doc, label.start)):
            continue
        gallery = label[0].lower_ in _GALLERIES
        image = label[0].lower_ == "image"
        end = (_caption_end(doc, label.end, starts) if gallery else None) or _title_end(
            doc, label.end, starts, limit=_MAX_CAPTION if image else _MAX_TITLE, caption=image
        )
        taken.append(doc[label.start : end])
        ends.add(end)
    for span in [s for s in taken if s.text == "Story highlights"]:
        taken.extend(_highlights(doc, span.end, starts))
    ends = {s.end for s in taken} | after_marks
    taken.extend(h for h in pageheads.headings(doc, ends) if not _overlaps(h, taken))
    yield from sorted(taken, key=lambda s: s.start)


def _highlights(doc: Doc, start: int, furniture: set[int]) -> Iterator[Span]:
    """The bullet lines after "Story highlights", none with a full stop ("NEW: Death toll rises to 19, police say |
    Islamic State claims responsibility in online statement | Witnesses said ..."): they retell the story's lead."""
    for _ in range(_MAX_HIGHLIGHTS):
        end = _title_end(doc, start, furniture, limit=_MAX_TITLE)
        if any(t.tag_ == "VBD" or t.is_quote for t in doc[start:end]):
            return  # "Prime Minister Theresa May said ...": a told sentence is the story again, not a bullet line
        if end <= start or end in furniture or start in furniture:
            if start < end:
                yield doc[start:end]
            return
        yield doc[start:end]
        start = end


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span.start < t.end and t.start < span.end for t in taken)


def _opens_line(doc: Doc, i: int) -> bool:
    """True when a label stands where a sentence may start: first in the text, after a sentence's end or after
    other furniture's last word ("Hide Caption 4 of 9 Photos: ..."), never inside a sentence ("to watch: it")."""
    if i == 0:
        return True
    before = doc[i - 1]
    return (
        before.text in (".", "!", "?", '"', "\u201d", "|", ")") or before.is_digit or before.is_title or before.is_upper
    )


def _caption_end(doc: Doc, start: int, furniture: set[int]) -> int | None:
    """The end of a gallery's title and caption: the next furniture, reached with at most the caption's own full
    stop before it ("Photos: Terror at Kenya mall A woman is helped from the mall. Hide Caption 2 of 28")."""
    for i in range(start, min(len(doc), start + _MAX_CAPTION)):
        if i in furniture:
            return i
        if doc[i].text in (".", "!", "?"):
            return i + 1 if i + 1 == len(doc) or i + 1 in furniture else None
    return None


def _title_end(doc: Doc, start: int, furniture: set[int], *, limit: int, caption: bool = False) -> int:
    """The end of a title that a label opens ("Watch: Inside Yemen's forgotten war | Yemen has been torn ..."):
    at its full stop, at the next furniture, or where a capital starts the story after a title's own word; the
    label alone when none of these comes within ``limit`` tokens. An image's ``caption``, a sentence without its full
    stop, also ends before a capitalised determiner or pronoun ("... in the blasts in Sayyida Zeinab | The agency
    said ...")."""
    for i in range(start, min(len(doc), start + limit)):
        token = doc[i]
        if i in furniture:
            return i
        if token.text in (".", "!", "?"):
            return i + 1
        before = doc[i - 1]
        if i > start and token.is_quote and before.is_alpha:
            return i  # "goal "We were shot down ...": a quotation opens the story
        if i == start or not token.is_title:
            continue
        if caption and before.is_alpha and token.tag_ in _OPENERS:
            return (
                i  # "killed in the blasts in Sayyida Zeinab The Amaq news agency ... said": the story's next sentence
            )
        if before.is_alpha and before.is_lower and before.lower_ not in _TITLE_GLUE:
            return i  # "forgotten war Yemen has been torn": a lower-case word, then the story's capital
        if token.tag_ in ("NN", "NNS", "NNPS") and i + 1 < len(doc) and doc[i + 1].tag_ in ("VBD", "VBP", "VBZ", "MD"):
            return i  # "the war in Ukraine Rescuers said": a capitalised common noun that a verb follows
    return len(doc) if start + limit >= len(doc) else start
