"""Event dates from time expressions, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peninsula.dates import after_first, entry_date, heading_year, resolve
from peninsula.models import DateBasis, Precision

FRIDAY = dt.date(2021, 7, 30)


@pytest.mark.parametrize(
    ("text", "future", "expected", "precision", "basis"),
    [
        pytest.param("on Thursday", False, "2021-07-29", "day", "relative", id="weekday-past"),
        pytest.param("on Thursday", True, "2021-08-05", "day", "relative", id="weekday-future"),
        pytest.param("on Friday", False, "2021-07-30", "day", "relative", id="weekday-same-day"),
        pytest.param("next Friday", True, "2021-08-06", "day", "relative", id="next-weekday"),
        pytest.param("Tuesday", False, "2021-07-27", "day", "relative", id="bare-weekday"),
        # "last Thursday" in Friday's paper is a week back (yesterday is "on Thursday")
        pytest.param("last Thursday", False, "2021-07-22", "day", "relative", id="last-yesterday"),
        pytest.param("last Tuesday", False, "2021-07-27", "day", "relative", id="last-weekday"),
        pytest.param("19-29 July", False, "2021-07-19", "day", "explicit", id="day-span"),
        pytest.param(
            "from 5 to 9 July 2021", False, "2021-07-05", "day", "explicit", id="day-span-year"
        ),
        pytest.param("June 10", False, "2021-06-10", "day", "explicit", id="month-day"),
        # a plan for "late July" told on July 30 is for what is left of this July
        pytest.param("in late July", True, "2021-07", "month", "relative", id="month-ahead-now"),
        pytest.param(
            "December 10", False, "2020-12-10", "day", "explicit", id="month-day-last-year"
        ),
        pytest.param("May 9", True, "2022-05-09", "day", "explicit", id="month-day-future"),
        pytest.param("June 10, 2020", False, "2020-06-10", "day", "explicit", id="full-date"),
        pytest.param(
            "Feb. 27-28, 2019", False, "2019-02-27", "day", "explicit", id="month-day-span-year"
        ),
        pytest.param("June 12-14", False, "2021-06-12", "day", "explicit", id="month-day-span"),
        pytest.param("in February 2013", False, "2013-02", "month", "explicit", id="month-year"),
        pytest.param("1991", False, "1991", "year", "explicit", id="year"),
        pytest.param("June last year", False, "2020-06", "month", "relative", id="june-last-year"),
        pytest.param("in April", False, "2021-04", "month", "relative", id="in-month"),
        pytest.param("in September", False, "2020-09", "month", "relative", id="later-month"),
        # told on July 30, a past August is last year's, though it begins in two days
        pytest.param("in August", False, "2020-08", "month", "relative", id="next-month-past"),
        pytest.param("last month", False, "2021-06", "month", "relative", id="last-month"),
        # "last July" said in July is a year back; "last June", this year's
        pytest.param("last July", False, "2020-07", "month", "relative", id="last-this-month"),
        pytest.param("last June", False, "2021-06", "month", "relative", id="last-month-name"),
        pytest.param("next July", True, "2022-07", "month", "relative", id="next-this-month"),
        pytest.param("next August", True, "2021-08", "month", "relative", id="next-month-name"),
        pytest.param("next month", True, "2021-08", "month", "relative", id="next-month"),
        pytest.param("earlier this month", False, "2021-07", "month", "relative", id="earlier"),
        pytest.param("two years ago", False, "2019", "year", "relative", id="years-ago"),
        pytest.param("three days ago", False, "2021-07-27", "day", "relative", id="days-ago"),
        pytest.param("late last year", False, "2020", "year", "relative", id="late-last-year"),
        pytest.param("yesterday", False, "2021-07-29", "day", "relative", id="yesterday"),
        pytest.param(
            "the day before yesterday", False, "2021-07-28", "day", "relative", id="day-before"
        ),
        pytest.param("on the 10th", False, "2021-07-10", "day", "relative", id="the-10th"),
        pytest.param("on the 31st", True, "2021-07-31", "day", "relative", id="the-31st-ahead"),
        # the summer under way when published is not "last summer"
        pytest.param("last summer", False, "2020", "year", "relative", id="last-summer"),
        pytest.param("this summer", False, "2021", "year", "relative", id="this-summer"),
        # the winter of 2020-21 ended in February 2021
        pytest.param("last winter", False, "2020", "year", "relative", id="last-winter"),
        pytest.param("New Year's Day", False, "2021-01-01", "day", "explicit", id="new-year"),
        pytest.param("a fortnight ago", False, "2021-07-16", "day", "relative", id="fortnight"),
        pytest.param(
            "at the start of the year", False, "2021-01", "month", "relative", id="year-start"
        ),
        # the end of a year not yet ended is the last one's, unless planned
        pytest.param("at the end of the year", False, "2020-12", "month", "relative", id="end"),
        pytest.param("by the end of the year", True, "2021-12", "month", "relative", id="by-end"),
        pytest.param(
            "at the end of the month", False, "2021-07", "month", "relative", id="month-end"
        ),
        pytest.param("this week", False, "2021-07-30", "day", "relative", id="this-week"),
        # the end or start of a named year is its last or first month ("late 2002", a
        # season of it, stays the year)
        pytest.param("at the end of 2002", False, "2002-12", "month", "explicit", id="y-end"),
        pytest.param("the start of 2002", False, "2002-01", "month", "explicit", id="y-start"),
        pytest.param("the end of last year", False, "2020-12", "month", "relative", id="ly-end"),
        pytest.param("late 2002", False, "2002", "year", "explicit", id="late-year"),
    ],
)
def test_resolve(text: str, future: bool, expected: str, precision: str, basis: str) -> None:
    found = resolve(text, FRIDAY, future=future)
    assert found is not None
    assert (found.iso(), found.precision, found.basis) == (
        expected,
        Precision(precision),
        DateBasis(basis),
    )


def test_a_day_of_a_month_that_has_none_is_no_date() -> None:
    assert resolve("on the 31st", FRIDAY) is None  # told in July of a past act: June has 30


def test_months_after_another_event_is_not_a_date() -> None:
    assert resolve("13 months after", FRIDAY) is None


@pytest.mark.parametrize("text", ["on Thursday", "last month", "June 10", "June last year"])
def test_relative_dates_need_a_publication_date(text: str) -> None:
    assert resolve(text, None) is None


def test_explicit_dates_resolve_without_a_publication_date() -> None:
    found = resolve("in February 2013", None)
    assert found is not None and found.iso() == "2013-02"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 6))
def test_past_weekday_is_within_the_week_before(published: dt.date, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    found = resolve(f"on {name}", published)
    assert found is not None
    assert found.date.weekday() == weekday
    assert 0 <= (published - found.date).days <= 6


@pytest.mark.parametrize("text", ["over the past decade", "in recent decades", "marching orders"])
def test_a_word_that_starts_like_a_month_is_no_month(text: str) -> None:
    assert resolve(text, FRIDAY) is None


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # Thursday's paper: Monday to Wednesday, or Friday to Sunday
        ("earlier this week", dt.date(2024, 6, 27), "2024-06-25"),
        ("later this week", dt.date(2024, 6, 27), "2024-06-29"),
        # the same told as "in the week"
        ("earlier in the week", dt.date(2024, 6, 27), "2024-06-25"),
        ("later in the week", dt.date(2024, 6, 27), "2024-06-29"),
        # Monday's paper has no earlier day in the week
        ("earlier this week", dt.date(2024, 6, 24), "2024-06-24"),
    ],
)
def test_earlier_or_later_this_week_is_not_publication_day(
    text: str, published: dt.date, day: str
) -> None:
    found = resolve(text, published)
    assert found is not None and (found.iso(), found.precision) == (day, Precision.DAY)


@pytest.mark.parametrize("text", ["over the past week", "in the past month", "the past year"])
def test_a_stretch_up_to_now_is_no_date(text: str) -> None:
    assert resolve(text, FRIDAY) is None


@pytest.mark.parametrize(
    ("text", "published", "future", "saturday"),
    [
        ("over the weekend", dt.date(2024, 10, 21), False, "2024-10-19"),  # Monday's paper
        ("last weekend", dt.date(2024, 10, 20), False, "2024-10-12"),  # Sunday's: the one before
        ("this weekend", dt.date(2024, 10, 20), False, "2024-10-19"),
        ("this weekend", dt.date(2024, 10, 23), True, "2024-10-26"),  # planned
        ("last weekend", dt.date(2024, 10, 23), True, "2024-10-19"),
    ],
)
def test_a_weekend_is_dated_by_its_saturday(
    text: str, published: dt.date, future: bool, saturday: str
) -> None:
    found = resolve(text, published, future=future)
    assert found is not None and (found.iso(), found.precision) == (saturday, Precision.DAY)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("- June 29, 2002: a patrol boat attacked", "2002-06-29", "day"),
        ("Nov. 23, 2010 — the North shelled the island", "2010-11-23", "day"),
        ("* 15 June 2000 - the leaders met", "2000-06-15", "day"),
        ("May 2010 – an inquiry found", "2010-05", "month"),
        ("2017: six missile launches", "2017", "year"),
        ("Feb. 27-28, 2019 - the leaders met", "2019-02-27", "day"),
    ],
)
def test_a_dated_entry_is_headed_by_its_date(text: str, expected: str, precision: str) -> None:
    found = entry_date(text, dt.date(2024, 1, 22))
    assert found is not None
    end, date = found
    assert (date.iso(), date.precision.value) == (expected, precision)
    assert text[end:].split()[0] in ("a", "the", "an", "six")


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, June 3 (Yonhap) -- North Korea fired",  # a dateline is no entry
        "North Korea: the talks that failed",
        "On Monday: talks",
        "2010 World Cup — a match",
        "June 3 (Reuters) - North Korea fired",
    ],
)
def test_a_paragraph_not_headed_by_a_date_alone_is_no_entry(text: str) -> None:
    assert entry_date(text, dt.date(2024, 1, 22)) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2018", 2018),
        ("2018:", 2018),
        ("- June 29, 2002: a boat attacked", 2002),
        ("Feb. 27-28, 2019 - the leaders met", 2019),
    ],
)
def test_a_year_heads_the_entries_after_it(text: str, year: int) -> None:
    assert heading_year(text) == year


@pytest.mark.parametrize("text", ["March 8 - the talks", "2010 World Cup — a match", "In 2018"])
def test_a_paragraph_that_tells_no_year_of_a_list_heads_nothing(text: str) -> None:
    assert heading_year(text) is None


def test_a_day_of_an_entry_is_in_the_year_the_list_told() -> None:
    found = entry_date("March 8 - the leaders agree to meet", dt.date(2024, 1, 22), 2018)
    assert found is not None and found[1].iso() == "2018-03-08"


@pytest.mark.parametrize("written", ["On Aug 20", "On Sept 3", "On Jan 7, 2015"])
def test_a_month_cut_short_with_no_stop_is_tagged_a_date(written: str) -> None:
    from peninsula.nlp import load_nlp

    doc = load_nlp()(f"{written}, Iran shelled an Iraqi border post.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == [written[3:]]


@pytest.mark.parametrize("stamp", ["4:02 p.m. - ", "11:20 a.m. — ", "10:55 - "])
def test_a_live_blog_entry_stamped_with_a_time_is_of_the_day_published(stamp: str) -> None:
    from peninsula.dates import entry_date

    found = entry_date(f"{stamp}Iran's president met Iraq's premier.", dt.date(2019, 6, 30))
    assert found is not None and found[0] == len(stamp)
    assert found[1].iso() == "2019-06-30"


def test_a_later_date_of_the_same_act_takes_the_first_ones_year() -> None:
    first = resolve("March 2018", dt.date(2024, 5, 15))
    later = resolve("May", dt.date(2024, 5, 15))
    assert first is not None and later is not None
    assert after_first("May", later, first).iso() == "2018-05"
    # one that would fall before the first is in the next year
    november = resolve("November 2018", dt.date(2024, 5, 15))
    january = resolve("January", dt.date(2024, 5, 15))
    assert november is not None and january is not None
    assert after_first("January", january, november).iso() == "2019-01"
    # one that names its own year is as told
    assert (
        after_first("May 2020", resolve("May 2020", dt.date(2024, 5, 15)), first).iso() == "2020-05"
    )
