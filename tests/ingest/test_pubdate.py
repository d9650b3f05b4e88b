"""Publication dates as news pages print them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peninsula.ingest.pubdate import find_date, parse_date_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Published : Feb. 3, 2022 - 17:08", "2022-02-03T17:08", id="herald"),
        pytest.param("2011-06-16", "2011-06-16", id="iso"),
        pytest.param("Hot Issues of the Week2020-09-20", "2020-09-20", id="glued"),
        pytest.param("09:08 EST, 23 February 2013", "2013-02-23T09:08-05:00", id="zone"),
        pytest.param("Sept. 5, 2019 at 3:05 p.m. KST", "2019-09-05T15:05+09:00", id="pm-kst"),
        pytest.param("2020-08-31-20-12-41", "2020-08-31T20:12", id="front-matter-dashes"),
        pytest.param("2023-11-21T12:21:30-05:00", "2023-11-21T12:21-05:00", id="iso-offset"),
        pytest.param("2024-05-27T03:00:00Z", "2024-05-27T03:00+00:00", id="iso-zulu"),
        pytest.param("2018.04.27", "2018-04-27", id="dotted"),
        pytest.param("By a reporter | January 3, 2003 | Page 5", "2003-01-03", id="byline"),
        pytest.param("12 noon, 1st March 2019", "2019-03-01", id="ordinal"),
    ],
)
def test_find_date(text: str, expected: str) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("no date here", id="none"),
        pytest.param("2020-13-40", id="impossible"),
        pytest.param("Feb. 30, 2022", id="no-such-day"),
        pytest.param("in 2022", id="year-only"),
        pytest.param("Pyongyang, May 27 (KCNA) --", id="no-year"),
    ],
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


FORMATS = ["%Y-%m-%d", "%B %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y.%m.%d"]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(FORMATS),
    st.sampled_from(["", "Published: ", "Updated ", "Seoul, "]),
)
def test_any_printed_date_round_trips(date: dt.date, fmt: str, prefix: str) -> None:
    assert find_date(prefix + date.strftime(fmt)) == date.isoformat()


def test_yaml_values() -> None:
    assert parse_date_value(dt.date(2023, 11, 21)) == "2023-11-21"
    stamp = dt.datetime(2023, 11, 21, 12, 21, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert parse_date_value(stamp) == "2023-11-21T12:21-05:00"
    assert parse_date_value(None) is None
