"""Publication dates as corpora write them, read into ISO ``YYYY-MM-DD``.

A document's date anchors the relative times of its events ("on Sunday"), so a date kg cannot read must
be said, never dropped in silence: :func:`parse_date` returns None for it and the reader warns.

The forms, tried in this order (English month names, full or cut to three letters; a weekday in front and a
time of day after are allowed and ignored):

=====================================  ==============  =========================================
written                                read as        example
=====================================  ==============  =========================================
``YYYY-MM-DD`` (ISO 8601, any time)    year, month, day ``2016-05-17``, ``2016-05-17T08:00:00Z``
``YYYY/MM/DD``, ``YYYY.MM.DD``         year, month, day ``2016/05/17``
``DD/MM/YYYY``, ``DD.MM.YYYY``,        **day first**   ``17/05/2016``; ``05/17/2016`` is May 17
``DD-MM-YYYY``                                          (a second number over 12 can only be a day)
``D Month YYYY``                       day, month, year ``17 May 2016``, ``Tue, 17 May 2016 10:00 GMT``
``Month D, YYYY``                      month, day, year ``May 17, 2016``, ``Sept. 3rd 2016``
=====================================  ==============  =========================================

Day first is the rule for numbers with the year last because most of the world, and the newswires and
monitors kg's users read (ACLED, the BBC, Reuters outside the US), write dates so; a US-style date whose
day is 12 or less (``05/06/2016``) is therefore read as 5 June.  Write ISO dates to avoid the question.
A year alone, a month and year, or a two-digit year is not a publication date: the reader warns.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"
_TIME = r"(?:(?:[T\s,]+|\s+at\s+)\d{1,2}[:.]\d{2}.*)?"
_ORD = r"(?:st|nd|rd|th)?"
# (pattern, the order of its groups); tried in turn, each on the whole value.
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_WEEKDAY + core + _TIME, re.IGNORECASE), order)
    for core, order in (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"),
        (r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", "ymd"),
        (r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", "dmy"),
        (rf"(\d{{1,2}}){_ORD}\.?\s+(?:of\s+)?([a-z]{{3,9}})\.?,?\s+(\d{{4}})", "dMy"),
        (rf"([a-z]{{3,9}})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})", "Mdy"),
    )
)


def parse_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for a date written in one of the forms above, else None.

    >>> [parse_date(v) for v in ("May 17, 2016", "17 May 2016", "17/05/2016", "2016/05/17", "05/17/2016")]
    ['2016-05-17', '2016-05-17', '2016-05-17', '2016-05-17', '2016-05-17']
    >>> parse_date("05/06/2016"), parse_date("May 2016"), parse_date("31/02/2016")
    ('2016-06-05', None, None)
    """
    text = " ".join(value.split())
    for pattern, order in _FORMS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        parts = dict(zip(order.lower(), m.groups(), strict=True))
        month = MONTHS.get(parts["m"].lower().rstrip(".")) if "M" in order else int(parts["m"])
        if month is None:
            return None
        year, day = int(parts["y"]), int(parts["d"])
        if order == "dmy" and month > 12 >= day:
            day, month = month, day  # 05/17/2016: the second number can only be the day
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    return None
