"""Find a calendar date (and a time, where given) in a short string.

Handles the forms news pages print next to a story: ``2011-06-16``,
``Feb. 3, 2022 - 17:08``, ``09:08 EST, 23 February 2013``, ``2020.09.20``,
``2020-08-31-20-12-41`` (front matter), and ISO 8601 date-times. Returns an
ISO 8601 string as precise as the source: a date, a date-time, or a
date-time with a UTC offset.
"""

from __future__ import annotations

import datetime as dt
import re

MIN_YEAR, MAX_YEAR = 1900, 2100

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# Offsets of the zone abbreviations news sites print beside a time.
ZONES = {
    "kst": "+09:00",
    "jst": "+09:00",
    "gmt": "+00:00",
    "utc": "+00:00",
    "bst": "+01:00",
    "cet": "+01:00",
    "est": "-05:00",
    "edt": "-04:00",
    "cst": "-06:00",
    "cdt": "-05:00",
    "pst": "-08:00",
    "pdt": "-07:00",
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
    r"(?:(?:[T ]|-)(?P<hour>\d{1,2})[:-](?P<minute>\d{2})(?:[:-](?P<second>\d{2}))?(?:\.\d+)?"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?"
)
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_TIME = re.compile(
    r"(?<![\d:])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?!\d)(?::\d{2})?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?)?(?:\s*(?P<zone>[A-Z]{3})\b)?",
    re.IGNORECASE,
)


def _format(
    date: dt.date, hour: int | None = None, minute: int = 0, offset: str | None = None
) -> str:
    if hour is None:
        return date.isoformat()
    stamp = f"{date.isoformat()}T{hour:02d}:{minute:02d}"
    return stamp + (offset or "")


def _offset(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw.upper() == "Z":
        return "+00:00"
    return raw if ":" in raw else f"{raw[:3]}:{raw[3:]}"


def _make_date(year: str, month: str | int, day: str) -> dt.date | None:
    number = month if isinstance(month, int) else MONTHS.get(month.lower().rstrip("."))
    if number is None:
        number = int(month) if isinstance(month, str) and month.isdigit() else None
    if number is None or not MIN_YEAR <= int(year) <= MAX_YEAR:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """Return the first date in ``text`` as ISO 8601, with its time if one is given."""
    iso = _ISO.search(text)
    if iso:
        date = _make_date(iso["year"], iso["month"], iso["day"])
        if date:
            if iso["hour"] is not None and int(iso["hour"]) < 24 and int(iso["minute"]) < 60:
                return _format(date, int(iso["hour"]), int(iso["minute"]), _offset(iso["offset"]))
            return _format(date)
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if not match:
            continue
        date = _make_date(match["year"], match["month"], match["day"])
        if date is None:
            continue
        rest = text[: match.start()] + " " + text[match.end() :]
        return _with_time(date, rest)
    return None


def _with_time(date: dt.date, text: str) -> str:
    match = _TIME.search(text)
    if not match:
        return _format(date)
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return _format(date)
    zone = ZONES.get((match["zone"] or "").lower())
    return _format(date, hour, minute, zone)


def parse_date_value(value: object) -> str | None:
    """Return an ISO 8601 string for a date given as a string, date or datetime."""
    if isinstance(value, dt.datetime):
        stamp = value.isoformat(timespec="minutes")
        return stamp
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return find_date(value)
    return None
