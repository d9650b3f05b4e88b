"""Thaw and freeze detection: on series with known change points, and on ../shared."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from peninsula.analyze.signals import signals, turning_points
from peninsula.store import Store
from tests.conftest import CliResult


def test_known_change_points_are_found_with_their_direction() -> None:
    rng = np.random.default_rng(2024)
    levels = [-4.0] * 14 + [6.0] * 12 + [-5.0] * 10
    series = list(np.asarray(levels) + rng.normal(0, 1.5, len(levels)))
    found = turning_points(series)
    assert [index for index, _, _ in found] == pytest.approx([14, 26], abs=1)
    kinds = ["thaw" if after > before else "freeze" for _, before, after in found]
    assert kinds == ["thaw", "freeze"]


def test_noise_alone_gives_no_signal() -> None:
    rng = np.random.default_rng(7)
    false_alarms = sum(bool(turning_points(list(rng.normal(0, 3, 48)))) for _ in range(50))
    assert false_alarms <= 2


def test_sparse_months_with_lone_events_give_no_signal() -> None:
    # a quiet dyad: a lone event now and then, either way
    series = [0.0] * 48
    for month, value in ((3, -6.0), (11, 2.5), (19, -3.0), (30, 9.5), (41, -6.5)):
        series[month] = value
    assert turning_points(series) == []


def test_a_sustained_turn_in_a_sparse_series_is_found() -> None:
    conflict = [0.0, -6.0, 0.0, -3.0, -6.0, 0.0, -5.5, -3.0]
    series = conflict + [4.0, 9.5, 2.5, 6.0, 0.0, 5.0, 9.5, 4.0]
    found = turning_points(series)
    assert len(found) == 1
    index, before, after = found[0]
    assert index == pytest.approx(8, abs=1) and after > before


def test_a_burst_years_later_does_not_hide_an_earlier_freeze() -> None:
    # the Koreas' monthly intensity in the README example, 2002-11 to 2024-10:
    # lone events for years, the 2020-06 freeze (hotline cut, office blown up),
    # the 2021-07 thaw, then 2024's busy months ending in one of -29
    months = {"2002-11": -6.0, "2003-01": -1.0, "2008-07": -16.0, "2012-01": -3.0}
    months |= {"2012-02": -3.0, "2016-02": -5.5, "2016-03": -10.0, "2016-07": -3.5}
    months |= {"2018-03": 5.0, "2018-04": 5.0, "2020-06": -17.0, "2020-09": -13.0}
    months |= {"2021-07": 8.0, "2024-05": -8.0, "2024-07": -8.5, "2024-08": -3.0}
    months |= {"2024-09": -6.5, "2024-10": -29.0}

    def index(month: str) -> int:
        year, number = map(int, month.split("-"))
        return (year - 2002) * 12 + number - 11

    series = [0.0] * (index("2024-10") + 1)
    for month, value in months.items():
        series[index(month)] = value
    found = turning_points(series)
    kinds = [("thaw" if after > before else "freeze", cut) for cut, before, after in found]
    assert ("freeze", index("2020-06")) in kinds and ("thaw", index("2020-10")) in kinds
    assert kinds[-1][0] == "freeze" and kinds[-1][1] >= index("2024-01")
    # nor does the strongest month hide the Kaesong closure of 2016
    assert ("freeze", index("2016-02")) in kinds


@pytest.mark.parametrize("extra", [None, "2013-02", "2005-06", "2018-01"])
def test_one_more_weak_month_elsewhere_keeps_a_freeze_and_a_thaw(extra: str | None) -> None:
    # the Koreas' monthly intensity from our seeds and corpus, 2000-06 to 2024-10; one
    # more weak accusation years before the freeze must not hide it (a median
    # "typical month" jumped across the gap between weak and strong months, and
    # the 2020 months were clipped below a turn)
    months = {"2000-06": 2.5, "2002-11": -6.0, "2003-01": -1.0, "2007-10": 2.5}
    months |= {"2010-03": -3.5, "2012-01": -3.0, "2012-02": -3.0, "2016-03": -13.5}
    months |= {"2016-07": -3.5, "2020-06": -17.0, "2020-09": -16.0, "2021-07": 15.0}
    months |= {"2024-05": -15.0, "2024-07": -16.5, "2024-08": -3.0, "2024-09": -6.5}
    months |= {"2024-10": -29.0}
    if extra is not None:
        months[extra] = -3.5

    def index(month: str) -> int:
        year, number = map(int, month.split("-"))
        return (year - 2000) * 12 + number - 6

    series = [0.0] * (index("2024-10") + 1)
    for month, value in months.items():
        series[index(month)] = value
    kinds = [("thaw" if a > b else "freeze", cut) for cut, b, a in turning_points(series)]
    assert ("freeze", index("2020-06")) in kinds
    assert any(kind == "thaw" and cut > index("2020-06") for kind, cut in kinds)


def test_a_lone_burst_is_no_turning_point() -> None:
    series = [0.0] * 48
    for month, value in ((3, -6.0), (11, 2.5), (19, -3.0), (30, 9.5), (41, -6.5)):
        series[month] = value
    series[24] = -30.0
    assert turning_points(series) == []


@pytest.mark.slow
def test_real_corpus_signals_come_with_the_events_that_drove_them(news_db: Path) -> None:
    with Store(news_db, read_only=True) as store:
        found = signals(store, dyad=("PRK", "KOR"))
    assert found, "the seeds tell of the 2020 freeze and the 2021 thaw between the Koreas"
    for signal in found:
        assert signal.drivers
        for driver in signal.drivers:
            assert driver["date"] >= signal.label  # from the turn on
            assert (driver["intensity"] > 0) == (signal.kind == "thaw")
            assert driver["event_text"]
    kinds = {(s.kind, s.label[:4]) for s in found}
    assert ("freeze", "2020") in kinds and ("thaw", "2021") in kinds


@pytest.mark.slow
def test_signals_and_chart_commands(
    news_db: Path, cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    shown = cli("signals", "--db", news_db, "--dyad", "PRK-KOR")
    assert shown.exit_code == 0 and "freeze" in shown.stdout and "thaw" in shown.stdout
    payload = json.loads(cli("signals", "--db", news_db, "--json").stdout)
    assert all(s["drivers"] for s in payload)
    png = tmp_path / "koreas.png"
    drawn = cli("chart", "--db", news_db, "--dyad", "PRK-KOR", "--dyad", "PRK-CHN", "--out", png)
    assert drawn.exit_code == 0, drawn.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = tmp_path / "koreas.html"
    assert cli("chart", "--db", news_db, "--dyad", "PRK-KOR", "--out", page).exit_code == 0
    html = page.read_text()
    assert "<svg" in html and "freeze" in html and "hotline" in html
    assert "<script" not in html and 'src="http' not in html and "<link" not in html
    wrong = cli("chart", "--db", news_db, "--dyad", "PRK-KOR", "--out", tmp_path / "x.gif")
    assert wrong.exit_code == 2 and "must end in" in wrong.stderr
    none = cli("chart", "--db", news_db, "--dyad", "FRA-BRA", "--out", png)
    assert none.exit_code == 2 and "no asserted events" in none.stderr


def test_the_strongest_month_does_not_set_the_bar_for_every_other_turn() -> None:
    # a sparse dyad over 13 years: a clash, two months of summits in one year, one
    # month of demolition two years on; a single strong month must not hide the rest
    series = [0.0] * 157
    for month, value in ((0, -16.0), (91, -11.5), (116, 7.5), (117, 5.0), (121, 9.5)):
        series[month] = value
    series[122] = 12.0
    series[143] = -21.5
    series[156] = 12.0
    kinds = ["thaw" if a > b else "freeze" for _, b, a in turning_points(series)]
    assert "thaw" in kinds and "freeze" in kinds
