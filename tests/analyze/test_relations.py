"""Dyad series over real ingested articles (written for these tests) in a real DuckDB file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.analyze.relations import relations
from peninsula.errors import ConfigError
from peninsula.store import Store
from tests.conftest import CliResult

ARTICLES = [
    {
        "title": "Talks in Beijing",
        "outlet": "Wire A",
        "published": "2021-03-10",
        "text": "North Korea and China held talks in Beijing on Monday.\n\n"
        "China sent food aid to North Korea on Tuesday.",
    },
    {
        "title": "Aid arrives",
        "outlet": "Wire B",
        "published": "2021-03-11",
        "text": "China sent food aid to North Korea on Tuesday, officials said.",
    },
    {
        "title": "Condemnation",
        "outlet": "Wire A",
        "published": "2021-05-20",
        "text": "North Korea condemned China on Wednesday for joining new sanctions.\n\n"
        "China could hold a summit with North Korea next year, analysts said.",
    },
    {
        "title": "Background",
        "outlet": "Wire C",
        "published": "2021-06-01",
        "text": "North Korea and China signed a friendship treaty in 1961.",
    },
]


@pytest.fixture(scope="module")
def wire_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from peninsula.cli import app

    folder = tmp_path_factory.mktemp("wire")
    feed = folder / "wire.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    db = folder / "wire.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


def test_monthly_counts_by_quad_with_sources(wire_db: Path) -> None:
    with Store(wire_db, read_only=True) as store:
        rows = relations(store, dyad=("PRK", "CHN"), by="month")
    by_month = {row.label: row for row in rows}
    assert set(by_month) == {"2021-03", "2021-05"}  # the 1961 treaty is dated by year only
    march = by_month["2021-03"]
    assert (march.actor, march.recipient) == ("PRK", "CHN")  # in the order asked for
    # the talks and the aid (reported twice, one event) are two events
    assert march.events == 2
    assert (march.verbal_cooperation, march.material_cooperation) == (1, 1)
    assert march.articles == 2 and march.outlets == 2
    assert march.intensity_sum == pytest.approx(2.5 + 10)
    assert march.intensity_mean == pytest.approx(6.25)
    may = by_month["2021-05"]
    # the speculated summit is not an event that happened
    assert (may.events, may.verbal_conflict) == (1, 1)
    assert may.intensity_sum < 0


def test_yearly_series_includes_events_dated_by_year(wire_db: Path) -> None:
    with Store(wire_db, read_only=True) as store:
        years = {row.label: row.events for row in relations(store, by="year")}
    assert years == {"1961": 1, "2021": 3}


def test_directed_view_keeps_directions_apart(wire_db: Path) -> None:
    with Store(wire_db, read_only=True) as store:
        prk_to_chn = relations(store, dyad=("PRK", "CHN"), by="year", directed=True)
        chn_to_prk = relations(store, dyad=("CHN", "PRK"), by="year", directed=True)
    assert {r.dyad for r in prk_to_chn + chn_to_prk} <= {"PRK>CHN", "CHN>PRK"}
    aid = sum(r.material_cooperation for r in chn_to_prk)
    accusations = sum(r.verbal_conflict for r in prk_to_chn)
    assert (aid, accusations) == (1, 1)
    assert sum(r.verbal_conflict for r in chn_to_prk) == 0


def test_bad_options_are_refused(wire_db: Path) -> None:
    with Store(wire_db, read_only=True) as store:
        with pytest.raises(ConfigError, match="period"):
            relations(store, by="fortnight")
        with pytest.raises(ConfigError, match="after"):
            relations(store, since=dt.date(2022, 1, 1), until=dt.date(2021, 1, 1))


def test_relations_command_formats(wire_db: Path, cli: Callable[..., CliResult]) -> None:
    table = cli("relations", "--db", wire_db, "--dyad", "PRK-CHN")
    assert table.exit_code == 0
    assert "2021-03" in table.stdout and "PRK-CHN" in table.stdout
    as_json = json.loads(cli("relations", "--db", wire_db, "--format", "json").stdout)
    assert [r["label"] for r in as_json] == ["2021-03", "2021-05"]
    csv_lines = cli("relations", "--db", wire_db, "--by", "year", "--format", "csv").stdout
    assert csv_lines.splitlines()[0].startswith("dyad,period,events,verbal_cooperation")
    bad = cli("relations", "--db", wire_db, "--by", "day")
    assert bad.exit_code == 2 and "invalid --by 'day'" in bad.stderr
