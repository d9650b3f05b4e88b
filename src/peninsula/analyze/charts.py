"""Dyad charts: intensity over time, quad counts, and markers at signals.

PNG and SVG are drawn by matplotlib offline; HTML is one self-contained file
(the SVG inline, the signals and their evidence as tables, no scripts or
links to fetch).
"""

from __future__ import annotations

import datetime as dt
import html
import io
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to files; never open a window

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from peninsula.analyze.relations import QUADS, PeriodCounts, relations  # noqa: E402
from peninsula.analyze.signals import Signal, dyad_series, signals  # noqa: E402
from peninsula.errors import ConfigError  # noqa: E402
from peninsula.store import Store  # noqa: E402

FORMATS = (".png", ".svg", ".html")
QUAD_COLOURS = {
    "verbal_cooperation": "#9ecae1",
    "material_cooperation": "#3182bd",
    "verbal_conflict": "#fdae6b",
    "material_conflict": "#e6550d",
}
SIGNAL_MARKERS = {"thaw": ("^", "#2ca02c"), "freeze": ("v", "#d62728")}


def _figure(
    series: dict[str, list[PeriodCounts]], found: Sequence[Signal], by: str, title: str
) -> Figure:
    figure, (top, bottom) = plt.subplots(
        2, 1, figsize=(10, 6), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    for dyad, rows in series.items():
        periods, values = dyad_series(rows, by)
        (line,) = top.plot(periods, values, marker=".", linewidth=1.2, label=dyad)
        for signal in (s for s in found if s.dyad == dyad):
            marker, colour = SIGNAL_MARKERS[signal.kind]
            value = values[periods.index(signal.period)]
            top.scatter([signal.period], [value], marker=marker, s=120, color=colour, zorder=3)
            top.annotate(
                f"{signal.kind} {signal.label}",
                (signal.period, value),
                textcoords="offset points",
                xytext=(4, 8 if signal.kind == "thaw" else -14),
                fontsize=8,
                color=colour,
            )
    top.axhline(0, color="#999999", linewidth=0.8)
    top.set_ylabel("intensity (sum per period)")
    top.set_title(title)
    top.legend(loc="best", fontsize=8)
    totals: dict[dt.date, dict[str, int]] = {}
    for rows in series.values():
        for row in rows:
            counts = totals.setdefault(row.period, dict.fromkeys(QUADS, 0))
            for quad in QUADS:
                counts[quad] += getattr(row, quad)
    periods = sorted(totals)
    width = {"week": 5, "month": 25, "quarter": 80, "year": 300}[by]
    base = [0] * len(periods)
    for quad in QUADS:
        heights = [totals[p][quad] for p in periods]
        bottom.bar(
            periods,
            heights,
            width=width,
            bottom=base,
            color=QUAD_COLOURS[quad],
            label=quad.replace("_", " "),
        )
        base = [b + h for b, h in zip(base, heights, strict=True)]
    bottom.set_ylabel("asserted events")
    bottom.legend(loc="best", fontsize=8, ncol=2)
    bottom.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m" if by != "year" else "%Y"))
    figure.autofmt_xdate()
    figure.tight_layout()
    return figure


def chart(
    store: Store,
    dyads: Sequence[tuple[str, str]],
    out: Path,
    *,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Path:
    """Draw the dyads' series into ``out`` (.png, .svg or .html) and return its path."""
    if out.suffix.lower() not in FORMATS:
        raise ConfigError(f"cannot draw {out.name}: the file must end in {', '.join(FORMATS)}")
    series, found = _series(store, dyads, by, since, until)
    title = "Cooperation and conflict: " + ", ".join(series)
    figure = _figure(series, found, by, title)
    try:
        if out.suffix.lower() == ".html":
            buffer = io.StringIO()
            figure.savefig(buffer, format="svg")
            out.write_text(_html(title, buffer.getvalue(), series, found), encoding="utf-8")
        else:
            figure.savefig(out, dpi=120)
    except OSError as error:
        raise ConfigError(f"cannot write {out}: {error.strerror}") from None
    finally:
        plt.close(figure)
    return out


def chart_svg(
    store: Store,
    dyads: Sequence[tuple[str, str]],
    *,
    by: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> str:
    """Draw the dyads' series and return the SVG text (for the web dashboard)."""
    series, found = _series(store, dyads, by, since, until)
    figure = _figure(series, found, by, "Cooperation and conflict: " + ", ".join(series))
    try:
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
        return buffer.getvalue()
    finally:
        plt.close(figure)


def _series(
    store: Store,
    dyads: Sequence[tuple[str, str]],
    by: str,
    since: dt.date | None,
    until: dt.date | None,
) -> tuple[dict[str, list[PeriodCounts]], list[Signal]]:
    if not dyads:
        raise ConfigError("name at least one dyad, e.g. --dyad PRK-CHN")
    series: dict[str, list[PeriodCounts]] = {}
    found: list[Signal] = []
    for dyad in dyads:
        rows = relations(store, dyad=dyad, by=by, since=since, until=until)
        if rows:
            series[f"{dyad[0]}-{dyad[1]}"] = rows
            found += signals(store, dyad=dyad, by=by, since=since, until=until)
    if not series:
        names = ", ".join(f"{a}-{b}" for a, b in dyads)
        raise ConfigError(f"no asserted events between {names} in {store.path}")
    return series, found


def _html(
    title: str, svg: str, series: dict[str, list[PeriodCounts]], found: Sequence[Signal]
) -> str:
    svg = svg[svg.index("<svg") :]  # drop the XML prologue inside HTML
    esc = html.escape
    signal_rows = "".join(
        f"<tr><td>{esc(s.dyad)}</td><td class='{s.kind}'>{s.kind}</td><td>{esc(s.label)}</td>"
        f"<td>{s.before:.2f} → {s.after:.2f}</td><td><ul>"
        + "".join(
            f"<li>{esc(str(d['date']))} {esc(d['event'])} {esc(d['actor'])}→"
            f"{esc(str(d['recipient']))}: “{esc(' '.join(d['event_text'].split()))}” "
            f"<span class='src'>{esc(d['title'] or d['uri'])}</span></li>"
            for d in s.drivers
        )
        + "</ul></td></tr>"
        for s in found
    )
    period_rows = "".join(
        f"<tr><td>{esc(dyad)}</td><td>{esc(r.label)}</td><td>{r.events}</td>"
        + "".join(f"<td>{getattr(r, q)}</td>" for q in QUADS)
        + f"<td>{r.intensity_sum:.1f}</td><td>{r.intensity_mean:.2f}</td>"
        f"<td>{r.articles}</td><td>{r.outlets}</td></tr>"
        for dyad, rows in series.items()
        for r in rows
    )
    quad_heads = "".join(f"<th>{q.replace('_', ' ')}</th>" for q in QUADS)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }}
td, th {{ border-bottom: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left;
  vertical-align: top; }}
.thaw {{ color: #2ca02c; font-weight: bold; }} .freeze {{ color: #d62728; font-weight: bold; }}
.src {{ color: #777; font-size: 0.85em; }} svg {{ max-width: 100%; height: auto; }}
</style></head><body>
<h1>{esc(title)}</h1>
{svg}
<h2>Signals</h2>
<table><tr><th>dyad</th><th>kind</th><th>from</th><th>mean intensity</th><th>driven by</th></tr>
{signal_rows or "<tr><td colspan='5'>no turning points</td></tr>"}</table>
<h2>Periods</h2>
<table><tr><th>dyad</th><th>period</th><th>events</th>{quad_heads}<th>intensity sum</th>
<th>mean</th><th>articles</th><th>outlets</th></tr>
{period_rows}</table>
<p class="src">Made by peninsula {dt.date.today().isoformat()}; asserted events only.</p>
</body></html>
"""
