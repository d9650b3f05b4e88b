"""The channel board: the packaged definitions, and the states the seeds establish."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.analyze.channels import ChannelStatus, load_channels, status
from peninsula.extract.lexicon import load_plover
from peninsula.store import Store
from tests.conftest import CliResult

REQUIRED = {
    "hotline",
    "liaison-office",
    "kaesong",
    "kumgang",
    "china-border",
    "dandong-sinuiju",
    "tours",
    "aid-approvals",
    "inter-korean-talks",
    "summit-inter-korean",
    "summit-prk-chn",
    "summit-prk-usa",
    "family-reunions",
    "us-rok-exercises",
    "missile-tests",
    "nuclear-tests",
}


def test_definitions_cover_the_channels_and_use_plover_types() -> None:
    channels = load_channels()
    assert {c.id for c in channels} >= REQUIRED
    types = set(load_plover().scores)
    for channel in channels:
        assert channel.transitions, channel.id
        for transition in channel.transitions:
            assert transition.types <= types, (channel.id, transition.types - types)
        assert channel.parties or channel.actors, channel.id


def _row(board: list[ChannelStatus], channel: str, counterpart: str | None = None) -> ChannelStatus:
    return next(r for r in board if r.channel == channel and r.counterpart == counterpart)


@pytest.mark.slow
def test_hotline_severed_in_june_2020_and_restored_on_27_july_2021(news_db: Path) -> None:
    with Store(news_db, read_only=True) as store:
        during = _row(status(store, dt.date(2021, 1, 1)), "hotline")
        after = _row(status(store, dt.date(2021, 8, 1)), "hotline")
    assert (during.state, during.since) == ("severed", "2020-06")
    assert (after.state, after.since) == ("restored", "2021-07-27")
    assert [(c.state, c.since) for c in after.history] == [("severed", "2020-06")]
    evidence = after.evidence[0]
    assert "hotline" in evidence.sentence
    assert evidence.article_uri.endswith("004_5db233b7ad4b311a.txt")


@pytest.mark.slow
def test_liaison_office_demolished_in_june_2020(news_db: Path) -> None:
    with Store(news_db, read_only=True) as store:
        office = _row(status(store, dt.date(2021, 8, 1)), "liaison-office")
    assert (office.state, office.since) == ("demolished", "2020-06")
    assert any("liaison office" in e.sentence for e in office.evidence)


@pytest.mark.slow
def test_tours_for_chinese_visitors_resumed_early_2015_after_ebola_suspension(
    news_db: Path,
) -> None:
    with Store(news_db, read_only=True) as store:
        tours = _row(status(store, dt.date(2015, 6, 30)), "tours", "CHN")
    assert tours.state == "resumed"
    assert tours.since is not None and "2015-01" <= tours.since <= "2015-04"
    before = tours.history[-1]
    assert before.state == "suspended" and before.since is not None
    assert before.since < tours.since
    assert any("Ebola" in e.sentence for e in before.evidence)


@pytest.mark.slow
def test_before_any_evidence_a_channel_is_unknown(news_db: Path) -> None:
    with Store(news_db, read_only=True) as store:
        board = status(store, dt.date(1990, 1, 1))
    assert {r.state for r in board} == {"unknown"}
    assert {r.channel for r in board} >= REQUIRED


@pytest.mark.slow
def test_status_command(news_db: Path, cli: Callable[..., CliResult]) -> None:
    shown = cli("status", "--db", news_db, "--at", "2021-01-01")
    assert shown.exit_code == 0
    hotline = next(line for line in shown.stdout.splitlines() if "hotline" in line.lower())
    assert "severed" in hotline and "2020-06" in hotline
    payload = json.loads(cli("status", "--db", news_db, "--at", "2021-08-01", "--json").stdout)
    assert payload["at"] == "2021-08-01"
    rows = {r["channel"]: r for r in payload["channels"] if r["counterpart"] is None}
    assert rows["hotline"]["state"] == "restored"
    assert rows["hotline"]["evidence"][0]["sentence"]
    bad = cli("status", "--db", news_db, "--at", "someday")
    assert bad.exit_code == 2 and "invalid --at" in bad.stderr
