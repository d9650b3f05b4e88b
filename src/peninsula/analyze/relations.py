"""How a pair of states moves between cooperation and conflict, period by period.

>>> with Store("news.duckdb") as store:  # doctest: +SKIP
...     for row in relations(store, dyad=("PRK", "CHN"), by="quarter"):
...         print(row.label, row.events, row.intensity_mean)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from peninsula.errors import ConfigError
from peninsula.extract.lexicon import load_plover
from peninsula.store import Store
from peninsula.store.relations import PERIODS, QUADS, SeriesQuery

__all__ = ["PERIODS", "QUADS", "PeriodCounts", "period_label", "relations", "series_query"]


@dataclass(frozen=True)
class PeriodCounts:
    """Asserted events between two states in one period.

    Undirected rows name the two states in alphabetical order; directed rows
    name the actor first.
    """

    actor: str
    recipient: str
    directed: bool
    period: dt.date  # the period's first day
    label: str  # "2020-06", "2020-Q2", "2020-W23", "2020"
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    intensity_sum: float
    intensity_mean: float
    articles: int
    outlets: int

    @property
    def dyad(self) -> str:
        """ "PRK-CHN" for the undirected pair, "PRK>CHN" for the directed one."""
        return f"{self.actor}{'>' if self.directed else '-'}{self.recipient}"

    def as_dict(self) -> dict[str, Any]:
        """Return the row as JSON-ready values."""
        record = asdict(self)
        record["period"] = self.period.isoformat()
        record["dyad"] = self.dyad
        record["intensity_sum"] = round(self.intensity_sum, 2)
        record["intensity_mean"] = round(self.intensity_mean, 2)
        return record


def period_label(period: dt.date, by: str) -> str:
    """Name a period by its first day: 2020-06, 2020-Q2, 2020-W23 or 2020."""
    if by == "week":
        year, week, _ = period.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "quarter":
        return f"{period.year}-Q{(period.month - 1) // 3 + 1}"
    if by == "year":
        return str(period.year)
    return period.strftime("%Y-%m")


def series_query(
    *,
    dyad: tuple[str, str] | None = None,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    directed: bool = False,
) -> SeriesQuery:
    """Validate the options of a series; bad ones raise ConfigError."""
    if by not in PERIODS:
        raise ConfigError(f"invalid period {by!r}: use one of {', '.join(PERIODS)}")
    if since is not None and until is not None and since > until:
        raise ConfigError(f"--since {since} is after --until {until}")
    if dyad is not None:
        dyad = (dyad[0].upper(), dyad[1].upper())
        if dyad[0] == dyad[1]:
            raise ConfigError(f"a dyad needs two different states, not {dyad[0]}-{dyad[1]}")
    return SeriesQuery(by=by, dyad=dyad, since=since, until=until, directed=directed)


def relations(
    store: Store,
    *,
    dyad: tuple[str, str] | None = None,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    directed: bool = False,
) -> list[PeriodCounts]:
    """Return per-period counts for one dyad, or for every dyad (busiest first)."""
    query = series_query(dyad=dyad, by=by, since=since, until=until, directed=directed)
    quads = load_plover().quads
    rows = []
    for row in store.relation_series(query, quads):
        rows.append(
            PeriodCounts(
                actor=row["side_a"],
                recipient=row["side_b"],
                directed=directed,
                period=row["period"],
                label=period_label(row["period"], by),
                events=int(row["events"]),
                **{quad: int(row[quad]) for quad in QUADS},
                intensity_sum=float(row["intensity_sum"]),
                intensity_mean=float(row["intensity_mean"]),
                articles=int(row["articles"]),
                outlets=int(row["outlets"]),
            )
        )
    if dyad is not None and directed is False:
        # keep the user's order of the pair: PRK-CHN, not CHN-PRK
        first = dyad[0].upper()
        rows = [r if r.actor == first else _swapped(r) for r in rows]
    return rows


def _swapped(row: PeriodCounts) -> PeriodCounts:
    values = asdict(row)
    values["actor"], values["recipient"] = row.recipient, row.actor
    return PeriodCounts(**values)
