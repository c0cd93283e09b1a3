"""Resolving an event's time to ISO 8601 from the sentence, anchored on the document date.

Explicit dates win ("on 12 May 2016" -> 2016-05-12, "May 2016" -> 2016-05, "in 2014" -> 2014);
relative ones ("yesterday", "on Tuesday", "last week") resolve against the document date; with
neither, the document date itself is used (news reports recent events), and None when the document
has no date either.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_M = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M}\s*,?\s+(\d{{4}})\b", re.I)
_MDY = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b", re.I)
_MY = re.compile(rf"\b{_M}\s+(?:of\s+)?(\d{{4}})\b", re.I)
_MD = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M}", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(?:in|since|during|of|by)\s+(?:late\s+|early\s+|mid-?)?((?:19|20)\d{2})\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|last night|this morning|overnight)\b", re.I)
# Every pattern above needs a digit, a month or weekday name, or a relative day word: one scan for
# any of them lets most sentences skip the eight patterns.
_CUE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|yesterday|today|tonight|last night|this morning|overnight)",
    re.I,
)


def parse_anchor(date: str | None) -> dt.date | None:
    """The document date as a ``date``, or None when absent or not ISO."""
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


@functools.lru_cache(maxsize=1024)  # every event of a sentence asks the same question
def resolve(text: str, anchor: str | None) -> str | None:
    """The ISO date, year-month or year an event in ``text`` happened, else the anchor date, else None."""
    base = parse_anchor(anchor)
    if not _CUE.search(text):
        return base.isoformat() if base is not None else None  # no date, month, weekday or "yesterday"
    if _DIGIT.search(text) and (explicit := _explicit(text, base)):  # most sentences have no digit
        return explicit
    if base is not None:
        if m := _RELATIVE.search(text):
            delta = 1 if m[1].lower() == "yesterday" else 0
            return (base - dt.timedelta(days=delta)).isoformat()
        if m := _WEEKDAY.search(text):
            back = (base.weekday() - WEEKDAYS[m[1].lower()]) % 7
            return (base - dt.timedelta(days=back)).isoformat()
        return base.isoformat()
    return None


def explicit(text: str, anchor: str | None) -> str | None:
    """The explicit date ``text`` names (a day, month or year written out), else None: no relative day, no
    fallback to the anchor, which only completes a day and month with its year."""
    return _explicit(text, parse_anchor(anchor)) if _DIGIT.search(text) else None


def _explicit(text: str, base: dt.date | None) -> str | None:
    """The first explicit date in ``text`` (every pattern needs a digit): ISO, day-month-year, ..."""
    if m := _ISO.search(text):
        if iso := _valid(int(m[1]), int(m[2]), int(m[3])):
            return iso
    if m := _DMY.search(text):
        if iso := _valid(int(m[3]), MONTHS[m[2].lower()[:3]], int(m[1])):
            return iso
    if m := _MDY.search(text):
        if iso := _valid(int(m[3]), MONTHS[m[1].lower()[:3]], int(m[2])):
            return iso
    if m := _MY.search(text):
        return f"{int(m[2]):04d}-{MONTHS[m[1].lower()[:3]]:02d}"
    if base is not None and (m := _MD.search(text)):
        month = m[1] or m[4]
        day = m[2] or m[3]
        if month.lower() != "may" or m[2]:
            if iso := _valid(base.year, MONTHS[month.lower()[:3]], int(day)):
                return iso
    if m := _YEAR.search(text):
        return m[1]
    return None
