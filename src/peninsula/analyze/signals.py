"""Thaws and freezes: turning points in a dyad's cooperation-conflict series.

Method (docs/signals.md): the series is the sum of PLOVER intensity of the
dyad's asserted events per period, with 0 for periods with no events, from
its first to its last period with events. Change points in its mean are
found by PELT (ruptures, least-squares cost) with a penalty of
``PENALTY_FACTOR * sigma^2 * log(n)``, where sigma estimates the noise from
successive differences (their root mean square over sqrt 2, the largest
``TRIM_SHARE`` left out, never below ``MIN_SIGMA``), so that the penalty
scales with the series: in a sparse series, the lone events of quiet months
raise it, and one weak event alone is not a turning point, while the one
strongest month does not set the bar for every other turn. Before both, a
burst (one period far above or below its neighbours, such as a month of many
reports on one incident) is clipped to its neighbourhood's median plus
``BURST_LIMIT`` typical periods: it would otherwise raise sigma for the whole
series and hide real turns years away, or be taken for a turn itself. A
change point is a signal when the mean after it differs from the mean before
it by at least ``MIN_SHIFT``: upward is a thaw, downward a freeze. Each signal
lists the events that pushed that way in the first periods after the turn
whose balance went that way, and is dated by the first of them; a turn with
no such period (a return to quiet after a burst) is not reported.

>>> with Store("news.duckdb") as store:  # doctest: +SKIP
...     for signal in signals(store, dyad=("PRK", "KOR")):
...         print(signal.label, signal.kind, signal.shift)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import ruptures

from peninsula.analyze.relations import PeriodCounts, period_label, relations, series_query
from peninsula.store import Store
from peninsula.store.relations import SeriesQuery

# Calibrated by eval/calibrate_signals.py on 300 synthetic 48-period series of
# each kind (docs/signals.md): false signals in 0% of Gaussian-noise series, 1%
# of sparse random-event series and 5% of those with a burst; a 3-sigma shift
# found within 2 periods in 99%, a sparse series turning from conflict to
# busier cooperation in 75%.
PENALTY_FACTOR = 5.0
MIN_SIGMA = 1.0  # one weak event's worth of intensity
TRIM_SHARE = 0.02  # the largest successive differences left out of the noise estimate
MIN_SEGMENT = 2  # periods: a turning point must last
MIN_SHIFT = 2.0  # intensity points between the means before and after
BURST_WINDOW = 2  # periods either side of a period: the neighbours it is judged against
BURST_LIMIT = 3.0  # typical periods (mean magnitude of the middle half of those with events)
DRIVER_PERIODS = 2  # drivers come from the first periods after the turn with events


@dataclass(frozen=True)
class Signal:
    """A turning point: from ``period`` on, the dyad moved toward cooperation or conflict."""

    dyad: str
    kind: str  # "thaw" or "freeze"
    period: dt.date
    label: str
    before: float  # mean intensity per period before the turn
    after: float  # and from it on
    drivers: tuple[dict[str, Any], ...]  # events, strongest first, with evidence

    @property
    def shift(self) -> float:
        return round(self.after - self.before, 2)

    def as_dict(self) -> dict[str, Any]:
        """Return the signal as JSON-ready values."""
        return {
            "dyad": self.dyad,
            "kind": self.kind,
            "period": self.period.isoformat(),
            "label": self.label,
            "before": round(self.before, 2),
            "after": round(self.after, 2),
            "shift": self.shift,
            "drivers": list(self.drivers),
        }


def noise_sigma(values: Sequence[float]) -> float:
    """Noise level from successive differences, the largest ``TRIM_SHARE`` of them
    (at least one) left out: a level shift adds one difference only, and the one
    strongest month of a sparse series (the liaison office blown up) would
    otherwise set the bar for every other turn."""
    if len(values) < 3:
        return MIN_SIGMA
    differences = np.sort(np.abs(np.diff(np.asarray(values, dtype=float))))
    kept = differences[: max(1, int(len(differences) * (1 - TRIM_SHARE)))]
    return max(MIN_SIGMA, math.sqrt(float(np.mean(kept * kept)) / 2))


def damp_bursts(values: Sequence[float]) -> np.ndarray:
    """The series with each period clipped to its neighbours' median +/- ``BURST_LIMIT``
    typical periods (a Hampel filter): a lone burst is cut down, while a run of
    busy periods, whose neighbourhood is busy too, stays as it is."""
    series = np.asarray(values, dtype=float)
    magnitudes = np.sort(np.abs(series[series != 0]))
    if not magnitudes.size:
        return series
    # the typical period: the middle half's mean, which one more weak month moves a
    # little (a median may jump across a gap between weak and strong months)
    trim = magnitudes.size // 4
    limit = BURST_LIMIT * float(np.mean(magnitudes[trim : magnitudes.size - trim]))
    damped = series.copy()
    for index in range(len(series)):
        neighbourhood = series[max(0, index - BURST_WINDOW) : index + BURST_WINDOW + 1]
        centre = float(np.median(neighbourhood))
        damped[index] = min(max(series[index], centre - limit), centre + limit)
    return damped


class _SquaredDeviation(ruptures.base.BaseCost):
    """ruptures' "l2" cost from running sums: the same squared deviation in O(1)
    per segment, where "l2" recomputes a variance (a weekly series over decades
    took minutes)."""

    model = "l2-cumulative"
    min_size = 1

    def fit(self, signal: np.ndarray) -> _SquaredDeviation:
        self.signal = signal
        values = signal.reshape(len(signal), -1)[:, 0]
        self.sums = np.concatenate(([0.0], np.cumsum(values)))
        self.squares = np.concatenate(([0.0], np.cumsum(values * values)))
        return self

    def error(self, start: int, end: int) -> float:
        total = self.sums[end] - self.sums[start]
        return float(self.squares[end] - self.squares[start] - total * total / (end - start))


def change_points(values: Sequence[float], penalty_factor: float = PENALTY_FACTOR) -> list[int]:
    """Indices where a new segment of the series begins (PELT, penalised least squares)."""
    n = len(values)
    if n < 2 * MIN_SEGMENT:
        return []
    signal = np.asarray(values, dtype=float).reshape(-1, 1)
    penalty = penalty_factor * noise_sigma(values) ** 2 * math.log(n)
    detector = ruptures.Pelt(custom_cost=_SquaredDeviation(), min_size=MIN_SEGMENT, jump=1)
    ends = detector.fit(signal).predict(pen=penalty)
    return [int(end) for end in ends[:-1]]  # the last "end" is the series' length


def turning_points(
    values: Sequence[float], penalty_factor: float = PENALTY_FACTOR
) -> list[tuple[int, float, float]]:
    """``(index, mean before, mean after)`` for each change point that shifts enough.

    Change points and shifts are judged on the series with its bursts damped;
    the means returned are those of the series as it is."""
    found = []
    damped = damp_bursts(values)
    bounds = [0, *change_points(list(damped), penalty_factor), len(values)]
    for start, cut, end in zip(bounds, bounds[1:], bounds[2:], strict=False):
        shift = float(np.mean(damped[cut:end]) - np.mean(damped[start:cut]))
        before, after = float(np.mean(values[start:cut])), float(np.mean(values[cut:end]))
        if abs(shift) >= MIN_SHIFT and (after > before) == (shift > 0):
            found.append((cut, before, after))
    return found


def _periods(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    """Every period start from ``first`` to ``last``."""
    step_months = {"month": 1, "quarter": 3, "year": 12}
    periods = [first]
    while periods[-1] < last:
        current = periods[-1]
        if by == "week":
            periods.append(current + dt.timedelta(days=7))
        else:
            months = current.month - 1 + step_months[by]
            periods.append(dt.date(current.year + months // 12, months % 12 + 1, 1))
    return periods


def dyad_series(rows: Sequence[PeriodCounts], by: str) -> tuple[list[dt.date], list[float]]:
    """One dyad's rows as a gap-free series of intensity sums (0 where nothing happened)."""
    if not rows:
        return [], []
    by_period = {row.period: row.intensity_sum for row in rows}
    periods = _periods(min(by_period), max(by_period), by)
    return periods, [by_period.get(p, 0.0) for p in periods]


def _drivers(
    store: Store,
    query: SeriesQuery,
    periods: Sequence[dt.date],
    values: Sequence[float],
    kind: str,
) -> tuple[dt.date | None, list[dict[str, Any]]]:
    """The events that pushed the new segment's way, from its first periods that went so.

    A period goes the segment's way when its intensity sums to that side of 0.
    Returns the first such period (where the turn shows) and the events.
    """
    start: dt.date | None = None
    drivers: list[dict[str, Any]] = []
    seen_periods = 0
    sign = 1 if kind == "thaw" else -1
    for period, value in zip(periods, values, strict=True):
        if sign * value <= 0:
            continue  # the series has each period's sum: no query for a quiet week
        events = list(store.period_events(query, period))
        pushing = [event for event in events if sign * event["intensity"] > 0]
        start = start or period
        drivers += pushing
        seen_periods += 1
        if seen_periods == DRIVER_PERIODS:
            break
    return start, drivers


def signals(
    store: Store,
    *,
    dyad: tuple[str, str] | None = None,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Signal]:
    """Return the thaws and freezes of one dyad, or of every dyad, oldest first."""
    rows = relations(store, dyad=dyad, by=by, since=since, until=until)
    by_dyad: dict[tuple[str, str], list[PeriodCounts]] = {}
    for row in rows:
        by_dyad.setdefault((row.actor, row.recipient), []).append(row)
    found: list[Signal] = []
    for pair, pair_rows in by_dyad.items():
        periods, values = dyad_series(pair_rows, by)
        query = series_query(dyad=pair, by=by, since=since, until=until)
        turns = turning_points(values)
        for number, (index, before, after) in enumerate(turns):
            end = turns[number + 1][0] if number + 1 < len(turns) else len(values)
            kind = "thaw" if after > before else "freeze"
            start, drivers = _drivers(store, query, periods[index:end], values[index:end], kind)
            if start is None:
                continue  # a return to quiet is not a turning point
            found.append(
                Signal(
                    dyad=f"{pair[0]}-{pair[1]}",
                    kind=kind,
                    period=start,
                    label=period_label(start, by),
                    before=before,
                    after=after,
                    drivers=tuple(drivers),
                )
            )
    return sorted(found, key=lambda s: (s.period, s.dyad))
