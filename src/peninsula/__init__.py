"""peninsula: evidence-backed event data from news about the Korean Peninsula.

The public Python API::

    import peninsula

    with peninsula.Store("news.duckdb") as store:
        summary = peninsula.ingest(["articles/", "https://example.org/feed.xml"], store)
        print(summary.count(peninsula.Status.INGESTED))
        for article in store.articles():
            print(article.published, article.title)
        for row in peninsula.relations(store, dyad=("PRK", "CHN"), by="quarter"):
            print(row.label, row.events, row.intensity_mean)
        for channel in peninsula.status(store):
            print(channel.label, channel.state, channel.since)
        for signal in peninsula.signals(store, dyad=("PRK", "KOR")):
            print(signal.label, signal.kind, [d["event_text"] for d in signal.drivers])
        peninsula.chart(store, [("PRK", "KOR"), ("PRK", "CHN")], Path("koreas.html"))
"""

__version__ = "0.1.0"

from peninsula.analyze.channels import ChannelStatus, status  # noqa: E402
from peninsula.analyze.relations import PeriodCounts, relations  # noqa: E402
from peninsula.config import IngestOptions  # noqa: E402
from peninsula.errors import PeninsulaError  # noqa: E402
from peninsula.ingest.run import ingest  # noqa: E402
from peninsula.models import Article, IngestSummary, Outcome, Status  # noqa: E402
from peninsula.store import Store  # noqa: E402

__all__ = [
    "Article",
    "ChannelStatus",
    "PeriodCounts",
    "Signal",
    "IngestOptions",
    "IngestSummary",
    "Outcome",
    "PeninsulaError",
    "Status",
    "Store",
    "__version__",
    "chart",
    "ingest",
    "relations",
    "signals",
    "status",
]

# matplotlib and ruptures take a second to import: only when used.
_LAZY = {
    "chart": "peninsula.analyze.charts",
    "Signal": "peninsula.analyze.signals",
    "signals": "peninsula.analyze.signals",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'peninsula' has no attribute {name!r}")
