"""peninsula: evidence-backed event data from news about the Korean Peninsula.

The public Python API::

    import peninsula

    with peninsula.Store("news.duckdb") as store:
        summary = peninsula.ingest(["articles/", "https://example.org/feed.xml"], store)
        print(summary.count(peninsula.Status.INGESTED))
        for article in store.articles():
            print(article.published, article.title)
"""

__version__ = "0.1.0"

from peninsula.config import IngestOptions  # noqa: E402
from peninsula.errors import PeninsulaError  # noqa: E402
from peninsula.ingest.run import ingest  # noqa: E402
from peninsula.models import Article, IngestSummary, Outcome, Status  # noqa: E402
from peninsula.store import Store  # noqa: E402

__all__ = [
    "Article",
    "IngestOptions",
    "IngestSummary",
    "Outcome",
    "PeninsulaError",
    "Status",
    "Store",
    "__version__",
    "ingest",
]
