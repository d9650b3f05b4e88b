"""Time expressions to event dates, resolved against the publication date.

dateparser gets news phrasing wrong ("June last year" gives None, "13 months
after" lands in the future), so the rules are ours:

* explicit: "June 10", "June 10, 2020", "in February 2013", "1991";
* weekdays: "on Thursday" is the Thursday on or before publication, or the one
  after it for a future event;
* relative: "yesterday", "the day before yesterday", "last month", "this week",
  "June last year", "two years ago", "late last year", "earlier this month",
  "earlier in the week",
  "next month", "on the 10th", "last summer" (to the year), "New Year's Day".

Each result has a precision (day, month, year) and a basis (explicit,
relative). An expression that needs the publication date when there is none
resolves to nothing, never to today.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from peninsula.ingest.pubdate import MONTHS
from peninsula.models import DateBasis, EventDate, Precision

WEEKDAYS = {name: index for index, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name[:3]: index for name, index in list(WEEKDAYS.items())})
WEEKDAYS = {name.lower(): index for name, index in WEEKDAYS.items()}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
    "few": 3,
}
# Past events dated a month or day "later" than publication belong to the
# previous year ("in December", read in a March article). A little slack
# keeps stories filed just before the date they describe.
FUTURE_SLACK_DAYS = 2
# A plan's day without a year, up to this many days before publication, is this
# year's: "had signaled its willingness to help as early as May 13" in a paper of
# May 26 (a plan for next year's day is told with its year or "next year"; a month
# alone, "a summit in late April" told in May, may still be next year's).
PLAN_TOLD_LATE_DAYS = 31

# a whole word: "the past decade" holds no December, "marching" no March
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
_WEEKDAY = "(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_NUMBER = r"(\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_UNIT = r"(day|week|fortnight|month|year)s?"

# "19-29 August", "Feb. 27-28, 2019": a span of days is dated by its first day.
_DAY_SPAN = r"(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        ("month_day_year", rf"\b{_MONTH}\s+(\d{{1,2}}){_DAY_SPAN},?\s+(\d{{4}})\b"),
        ("day_month_year", rf"\b(\d{{1,2}}){_DAY_SPAN}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b"),
        (
            "month_day_relyear",
            rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(last|this|next)\s+year\b",
        ),
        ("month_day", rf"\b{_MONTH}\s+(\d{{1,2}}){_DAY_SPAN}\b"),
        ("day_month", rf"\b(\d{{1,2}}){_DAY_SPAN}\s+(?:of\s+)?{_MONTH}\b"),
        ("month_relyear", rf"\b{_MONTH}\s+(?:of\s+)?(last|this|next)\s+year\b"),
        ("month_year", rf"\b{_MONTH},?\s+(?:of\s+)?(\d{{4}})\b"),
        ("ago", rf"\b{_NUMBER}\s+{_UNIT}\s+ago\b"),
        ("day_before_yesterday", r"\bthe day before yesterday\b"),
        ("yesterday", r"\b(yesterday|last night)\b"),
        ("today", r"\b(today|tonight|this (?:morning|afternoon|evening))\b"),
        ("tomorrow", r"\btomorrow\b"),
        ("weekday_week", rf"\b{_WEEKDAY}\s+(?:of\s+)?(last|this|next)\s+week\b"),
        ("weekend", r"\b(last|this|next|the|past|coming)\s+weekend\b"),
        ("weekday", rf"\b(?:(last|this|next|on|coming)\s+)?{_WEEKDAY}\b"),
        # "at the end of 2002", "the start of last year": that year's last or first
        # month (before the year alone; "late 2002" stays a year)
        (
            "edge_of_year",
            r"\b(start|beginning|end|close)\s+of\s+"
            r"(1[89]\d\d|20\d\d|last\s+year|this\s+year|next\s+year)\b",
        ),
        (
            "rel_unit",
            r"\b(?:(earlier|later|late|early)\s+)?(last|this|next|past)\s+(week|month|year)\b",
        ),
        # "earlier in the week": the week being told, as "earlier this week"
        ("rest_of_week", r"\b(earlier|later)\s+in\s+the\s+week\b"),
        ("last_next_month", rf"\b(last|next)\s+{_MONTH}(?!\s*\d)"),
        ("month", rf"\b(?:in|since|from|during|by|early|late|mid|mid-)?\s*{_MONTH}(?!\s*\d)"),
        ("season", r"\b(last|this|past)\s+(spring|summer|autumn|fall|winter)\b"),
        (
            "edge_of_period",
            r"\b(start|beginning|end|middle)\s+of\s+(?:the|this)\s+(year|month)\b",
        ),
        # "New Year's Day", and the day of the New Year's speech (not "the new year")
        ("new_year", r"(?<!the )\bnew year(?:'?s)?(?: day)?\b(?!'|\s+eve)"),
        ("day_of_month", r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?\w)"),
        ("year", r"\b(1[89]\d\d|20\d\d)\b(?!s)"),
    ]
]
_NAMED_DAY = re.compile(r"\bnew year'?s day\b")
_NEW_YEAR = re.compile(r"new year(?:'?s)?")
# What a leader gives on New Year's Day: "in his New Year's speech".
NEW_YEAR_OCCASIONS = frozenset({"speech", "address", "message"})


def names_a_day(text: str, following: str = "") -> bool:
    """True for a day's own name that a tagger may take for an event's: "New Year's
    Day", or "New Year's" before the speech given on it (``following``)."""
    words = " ".join(text.lower().split())
    if _NAMED_DAY.search(words) is not None:
        return True
    return _NEW_YEAR.fullmatch(words) is not None and following in NEW_YEAR_OCCASIONS


_RELATIVE_SPAN = re.compile(
    rf"\b{_NUMBER}\s+{_UNIT}\s+(?:after|before|later|earlier|since)\b|\b(?:after|before)\b",
)


Resolver = Callable[[tuple[str, ...], dt.date | None, bool], EventDate | None]


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(
    month: int, day: int, published: dt.date, future: bool, told_late: int = FUTURE_SLACK_DAYS
) -> int:
    """Pick the year of a month (and day) given without one, relative to publication;
    a future one up to ``told_late`` days before publication is this year's."""
    year = published.year
    candidate = _safe_date(year, month, min(day, 28))
    if candidate is None:
        return year
    slack = dt.timedelta(days=FUTURE_SLACK_DAYS)
    if not future and candidate > published + slack:
        return year - 1
    if future and candidate < published - dt.timedelta(days=told_late):
        return year + 1
    return year


def resolve(text: str, published: dt.date | None, *, future: bool = False) -> EventDate | None:
    """Resolve a time expression; ``future`` for planned events ("on Thursday" ahead)."""
    # "Tuesday, 13 months after ...": try each comma-separated part in turn.
    for part in re.split(r",\s+(?!\d{4}\b)", " ".join(text.lower().split())):
        counted = _RELATIVE_SPAN.search(part.replace("before yesterday", ""))
        if counted and not re.search(r"\b\d{4}\b", part):
            continue  # "13 months after ..." is relative to another event
        for name, pattern in _PATTERNS:
            match = pattern.search(part)
            if match:
                found = _RESOLVERS[name](match.groups(), published, future)
                if found is not None:
                    return found
    return None


_GUESSED_DAY = re.compile(r"^(?:earlier|later)\s+(?:this|in\s+the)\s+week$", re.IGNORECASE)


def guessed_day(text: str) -> bool:
    """True for a time that only guesses at its day ("earlier this week", "later in
    the week"; see rest_of_week), which a day named beside it overrules."""
    return bool(_GUESSED_DAY.match(" ".join(text.split())))


_PAIRED_PART = re.compile(rf"^(?:{_MONTH}\s*)?(\d{{1,2}})?(?:st|nd|rd|th)?\b(?:.*?\b(\d{{4}})\b)?")


def paired_dates(text: str, first: EventDate) -> list[EventDate]:
    """The other dates of a phrase that names two or more, ``first`` being the one it
    was resolved to: "July 4 and July 28", "May 31 and Aug. 24", "Jan. 5 and 11",
    "January and September of that year". A date that names no year takes the
    first's, and a bare day its month too. The day after the first ("met on Feb. 8
    and 9") is one stretch of days with it, no other date. Empty when ``first`` is
    not one of the phrase's dates."""
    parts = re.split(r"\s+and\s+", " ".join(text.lower().split()))
    dates: list[EventDate] = []
    for part in parts:
        match = _PAIRED_PART.match(part)
        month, day, year = match.groups() if match else (None, None, None)
        if month is None and (day is None or first.precision is not Precision.DAY):
            return []  # "last week and Monday", "2016 and 2017": not a pair this reads
        number = _month_number(month) if month else first.date.month
        on = _safe_date(int(year) if year else first.date.year, number, int(day) if day else 1)
        if on is None:
            return []
        precision = Precision.DAY if day else Precision.MONTH
        dates.append(EventDate(on, precision, first.basis))
    if not any(d.date == first.date and d.precision is first.precision for d in dates):
        return []
    return [
        d
        for d in dates
        if d.date != first.date
        and not (
            d.precision is Precision.DAY is first.precision and abs((d.date - first.date).days) == 1
        )
    ]


def after_first(text: str, resolved: EventDate, first: EventDate) -> EventDate:
    """A later date of the same act that names no year ("visited China in March 2018
    and again in May") is in the first one's year, or the next if it would fall
    before it; one that names its year, or is not a month or a day, is as resolved."""
    if re.search(r"\b\d{4}\b", text) or resolved.precision not in (Precision.MONTH, Precision.DAY):
        return resolved
    day = resolved.date.day if resolved.precision is Precision.DAY else 1
    for year in (first.date.year, first.date.year + 1):
        moved = _safe_date(year, resolved.date.month, day)
        if moved is not None and moved > first.date:
            return EventDate(moved, resolved.precision, resolved.basis)
    return resolved


def _explicit(date: dt.date | None, precision: Precision) -> EventDate | None:
    return EventDate(date, precision, DateBasis.EXPLICIT) if date else None


def _relative(date: dt.date | None, precision: Precision) -> EventDate | None:
    return EventDate(date, precision, DateBasis.RELATIVE) if date else None


def _iso(groups: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    return _explicit(_safe_date(int(groups[0]), int(groups[1]), int(groups[2])), Precision.DAY)


def _month_day_year(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    return _explicit(_safe_date(int(g[2]), _month_number(g[0]), int(g[1])), Precision.DAY)


def _day_month_year(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    return _explicit(_safe_date(int(g[2]), _month_number(g[1]), int(g[0])), Precision.DAY)


def _month_day(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    if published is None:
        return None
    month, day = _month_number(g[0]), int(g[1])
    if not 1 <= day <= 31:
        return None
    year = _year_for(month, day, published, future, PLAN_TOLD_LATE_DAYS)
    return _explicit(_safe_date(year, month, day), Precision.DAY)


def _month_day_relyear(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    if published is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[g[2]]
    day = _safe_date(published.year + offset, _month_number(g[0]), int(g[1]))
    return _relative(day, Precision.DAY)


def _day_month(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    return _month_day((g[1], g[0]), published, future)


def _month_relyear(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    if published is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[g[1]]
    return _relative(dt.date(published.year + offset, _month_number(g[0]), 1), Precision.MONTH)


def _month_year(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    return _explicit(dt.date(int(g[1]), _month_number(g[0]), 1), Precision.MONTH)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _ago(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    if published is None:
        return None
    count, unit = _count(g[0]), g[1]
    if unit == "day":
        return _relative(published - dt.timedelta(days=count), Precision.DAY)
    if unit in ("week", "fortnight"):
        weeks = count * (2 if unit == "fortnight" else 1)
        return _relative(published - dt.timedelta(weeks=weeks), Precision.DAY)
    if unit == "month":
        return _relative(_add_months(published, -count), Precision.MONTH)
    return _relative(dt.date(published.year - count, 1, 1), Precision.YEAR)


def _shift(days: int) -> Resolver:
    def resolve_shift(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
        if published is None:
            return None
        return _relative(published + dt.timedelta(days=days), Precision.DAY)

    return resolve_shift


def _weekday(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    if published is None:
        return None
    qualifier, weekday = g[0], WEEKDAYS[g[1].rstrip(".")]
    ahead = future or qualifier in ("next", "coming")
    if ahead:
        # "will meet on Thursday" in Thursday's paper is today; "next Thursday" is not.
        days = (weekday - published.weekday()) % 7
        if qualifier in ("next", "coming") and days < 2:
            days += 7
        return _relative(published + dt.timedelta(days=days), Precision.DAY)
    days = (published.weekday() - weekday) % 7
    if qualifier == "last" and days < 2:
        # "last Wednesday" in Thursday's paper is a week back: yesterday is "on Wednesday"
        days += 7
    return _relative(published - dt.timedelta(days=days), Precision.DAY)


def _weekend(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    """ "over the weekend", "last weekend", "this weekend": a weekend's Saturday (a
    span is dated by its first day), the one before publication for a past act and
    the one ahead for a planned one."""
    if published is None:
        return None
    saturday = 5
    if (future and g[0] not in ("last", "past")) or g[0] in ("next", "coming"):
        days = (saturday - published.weekday()) % 7
        if g[0] == "next" and days < 2:
            days += 7
        return _relative(published + dt.timedelta(days=days), Precision.DAY)
    # a Sunday paper's weekend is the one now ending; "last weekend" in it, the one before
    days = (published.weekday() - saturday) % 7
    if g[0] == "last" and days <= 1:
        days += 7
    return _relative(published - dt.timedelta(days=days), Precision.DAY)


def _weekday_week(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    """ "Wednesday last week": that weekday in the week before publication's."""
    if published is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[g[1]]
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    return _relative(monday + dt.timedelta(days=WEEKDAYS[g[0].rstrip(".")]), Precision.DAY)


def rest_of_week(published: dt.date, later: bool) -> dt.date:
    """The middle day of the week's days before publication ("earlier this week"),
    or of those after it up to Sunday ("later this week"): the nearest guess at an
    unnamed day, rather than publication day itself."""
    monday = published - dt.timedelta(days=published.weekday())
    first, last = (
        (published + dt.timedelta(days=1), monday + dt.timedelta(days=6))
        if later
        else (monday, published - dt.timedelta(days=1))
    )
    if last < first:
        return published  # a Monday's "earlier this week", a Sunday's "later"
    return first + (last - first) // 2


def _rel_unit(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    if published is None:
        return None
    qualifier, which, unit = g
    if which == "past":
        return None  # "over the past week": a stretch up to now, no one day or month
    offset = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "week" and which == "this" and qualifier in ("earlier", "later"):
        return _relative(rest_of_week(published, qualifier == "later"), Precision.DAY)
    if unit == "week":
        return _relative(published + dt.timedelta(weeks=offset), Precision.DAY)
    if unit == "month":
        return _relative(_add_months(published.replace(day=1), offset), Precision.MONTH)
    return _relative(dt.date(published.year + offset, 1, 1), Precision.YEAR)


def _edge_of_year(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    """ "at the end of 2002", "the end of last year": December of that year; "the
    start of 2002": January."""
    edge, year_words = g
    if year_words.isdigit():
        year = int(year_words)
    elif published is None:
        return None
    else:
        year = published.year + {"last": -1, "this": 0, "next": 1}[year_words.split()[0]]
    month = 12 if edge in ("end", "close") else 1
    made = _explicit if year_words.isdigit() else _relative
    return made(dt.date(year, month, 1), Precision.MONTH)


def _month(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    if published is None:
        return None
    month = _month_number(g[0])
    # a plan "in October" told on October 11 is for what is left of this October
    year = _year_for(month, 28 if future else 1, published, future)
    if not future and dt.date(year, month, 1) > published:
        # "In February, the FBI blamed ..." told on January 31: a month not yet
        # begun is last year's (the slack is for days, not for whole months)
        year -= 1
    return _relative(dt.date(year, month, 1), Precision.MONTH)


def _last_next_month(
    g: tuple[str, ...], published: dt.date | None, future: bool
) -> EventDate | None:
    """ "last June": the last June before this month, a year back when it is June
    now; "next June": the first June after this month."""
    if published is None:
        return None
    month = _month_number(g[1])
    if g[0] == "last":
        year = published.year if month < published.month else published.year - 1
    else:
        year = published.year if month > published.month else published.year + 1
    return _relative(dt.date(year, month, 1), Precision.MONTH)


def _year(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    return _explicit(dt.date(int(g[0]), 1, 1), Precision.YEAR)


# The months each season starts and ends in (northern hemisphere); winter runs
# into the next year.
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}


def _season(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    """ "last summer": the year the last season of that name to end before publication
    began in; "this summer": this year's ("this winter" of a January paper began the
    December before)."""
    if published is None:
        return None
    first, last = SEASONS[g[1]]
    begun = published.year if published.month >= first else published.year - 1
    if g[0] == "this":
        year = begun if first > last and published.month <= last else published.year
        return _relative(dt.date(year, 1, 1), Precision.YEAR)
    ends = (begun + (1 if first > last else 0), last)
    ended = (published.year, published.month) > ends
    return _relative(dt.date(begun if ended else begun - 1, 1, 1), Precision.YEAR)


def _edge_of_period(g: tuple[str, ...], published: dt.date | None, f: bool) -> EventDate | None:
    """ "at the start of the year" (January), "by the end of the year" (December:
    this one's for a plan or in December, else the last one's), "at the end of the
    month" (publication's month)."""
    if published is None:
        return None
    edge, unit = g
    if unit == "month":
        return _relative(published.replace(day=1), Precision.MONTH)
    if edge in ("start", "beginning"):
        return _relative(dt.date(published.year, 1, 1), Precision.MONTH)
    if edge == "middle":
        return _relative(dt.date(published.year, 1, 1), Precision.YEAR)
    year = published.year if f or published.month == 12 else published.year - 1
    return _relative(dt.date(year, 12, 1), Precision.MONTH)


def _new_year(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    if published is None:
        return None
    year = published.year + (1 if future and published > dt.date(published.year, 1, 1) else 0)
    return _explicit(dt.date(year, 1, 1), Precision.DAY)


def _day_of_month(g: tuple[str, ...], published: dt.date | None, future: bool) -> EventDate | None:
    """ "on the 10th": that day of publication's month, or of the month before for a
    past act told after it (the month after for a planned one)."""
    if published is None:
        return None
    day = int(g[0])
    this_month = _safe_date(published.year, published.month, day)
    if this_month is None:
        return None
    if future and this_month < published:
        month = _add_months(published.replace(day=1), 1)
    elif not future and this_month > published:
        month = _add_months(published.replace(day=1), -1)
    else:
        return _relative(this_month, Precision.DAY)
    return _relative(_safe_date(month.year, month.month, day), Precision.DAY)


_RESOLVERS: dict[str, Resolver] = {
    "iso": _iso,
    "month_day_year": _month_day_year,
    "day_month_year": _day_month_year,
    "month_day_relyear": _month_day_relyear,
    "month_day": _month_day,
    "day_month": _day_month,
    "month_relyear": _month_relyear,
    "month_year": _month_year,
    "ago": _ago,
    "edge_of_year": _edge_of_year,
    "day_before_yesterday": _shift(-2),
    "yesterday": _shift(-1),
    "today": _shift(0),
    "tomorrow": _shift(1),
    "weekday_week": _weekday_week,
    "weekend": _weekend,
    "weekday": _weekday,
    "rel_unit": _rel_unit,
    "rest_of_week": lambda g, published, f: _rel_unit((g[0], "this", "week"), published, f),
    "last_next_month": _last_next_month,
    "month": _month,
    "season": _season,
    "edge_of_period": _edge_of_period,
    "new_year": _new_year,
    "day_of_month": _day_of_month,
    "year": _year,
}


def publication_date(published: dt.date | None) -> EventDate | None:
    """Return the fallback event date: the publication day, or nothing."""
    if published is None:
        return None
    return EventDate(published, Precision.DAY, DateBasis.PUBLICATION)


# The date heading an entry of a dated list: "- June 29, 2002: a patrol boat
# attacked ...", "Nov. 23, 2010 — North Korea shelled ...", "2017: ...". Only a
# date of its own (a day, a month or a year, with or without the year) heads one.
_ENTRY_DATE_FORMS = ("iso", "month_day_year", "day_month_year", "month_year", "month_day", "year")
_ENTRY_DATE = re.compile(r"\s*(?:[-*•–—]\s*)?(?P<date>[^:–—]{4,30}?)\s*(?::|\s[-–—]|[–—])\s*(?=\S)")


# A live blog's entry stamped with the time of day: "7:40 p.m. - Air Force One ...".
_CLOCK_STAMP = re.compile(r"\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]\s+(?=\S)", re.IGNORECASE)


# A paragraph that is a year alone heads the entries after it: "2018" (then
# "March 8 - ...", "June 12 - ...").
_YEAR_HEADING = re.compile(r"\s*((?:1[89]|20)\d\d)\s*:?\s*")


def heading_year(text: str) -> int | None:
    """The year a paragraph heads a dated list with: a year alone ("2018"), or the
    year of an entry's heading ("- June 29, 2002: ..."); None for any other."""
    alone = _YEAR_HEADING.fullmatch(text)
    if alone is not None:
        return int(alone.group(1))
    # with no publication date, only a heading that tells its year resolves
    entry = entry_date(text, None)
    return entry[1].date.year if entry is not None else None


def entry_date(
    text: str, published: dt.date | None, year: int | None = None
) -> tuple[int, EventDate] | None:
    """The date that heads a paragraph written as a dated entry, and where the
    heading ends; None for a paragraph that does not open with a date of its own.
    A day with no year is in ``year``, the year the list told last, if any."""
    stamp = _CLOCK_STAMP.match(text)
    if stamp is not None and published is not None:
        # "4:02 p.m. - Trump invites Kim ...": a live blog's entry of the day it is
        # published, whatever days its later (older) entries tell
        return stamp.end(), EventDate(published, Precision.DAY, DateBasis.RELATIVE)
    opening = _ENTRY_DATE.match(text)
    if opening is None:
        return None
    heading = " ".join(opening["date"].lower().split())
    if year is not None and not re.search(r"\d{4}", heading):
        heading = f"{heading} {year}"  # "june 12" under "2018"
    for name, pattern in _PATTERNS:
        whole = pattern.fullmatch(heading) if name in _ENTRY_DATE_FORMS else None
        if whole is not None:
            found = _RESOLVERS[name](whole.groups(), published, False)
            return (opening.end(), found) if found is not None else None
    return None
