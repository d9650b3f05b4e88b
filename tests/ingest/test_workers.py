"""`ingest --workers N` parses in N processes and stores exactly what one process stores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula import Store
from peninsula.config import IngestOptions
from peninsula.errors import ExtractionFailed
from peninsula.extract.events import Extractor
from peninsula.ingest.run import ingest_sources, reextract
from peninsula.ingest.sources import expand
from peninsula.models import Article, Mention, Status
from tests.conftest import CliResult

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_two_workers_store_what_one_stores(
    cli: Callable[..., CliResult], tmp_path: Path, shared: Callable[..., Path]
) -> None:
    inputs = [EXAMPLES, shared("seeds")]
    outputs = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        result = cli("ingest", *inputs, "--db", db, "--workers", str(workers), "--json")
        assert result.exit_code == 0, result.stderr
        events = cli("events", "--db", db, "--format", "jsonl").stdout
        articles = cli("articles", "--db", db, "--json").stdout
        summary = {k: v for k, v in json.loads(result.stdout).items() if k != "db"}
        outputs[workers] = (summary, events, articles)
    assert outputs[1][1].count("\n") > 40  # the same events, ids and evidence, in order
    assert outputs[2] == outputs[1]


def test_workers_must_be_a_positive_count(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    result = cli("ingest", EXAMPLES, "--db", tmp_path / "x.duckdb", "--workers", "0")
    assert result.exit_code == 2
    assert not (tmp_path / "x.duckdb").exists()


class _FailsOnOneArticle(Extractor):
    """An extractor with a bug that shows on one text only (as the recursion
    "between the leaders of the two countries" once did)."""

    def __init__(self) -> None:
        self.real = Extractor()

    def extract(self, article: Article) -> list[Mention]:
        if "Iraq" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return self.real.extract(article)


def test_an_extractor_error_fails_that_article_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kuwait and Iran held talks in Tehran on Monday.\n")
    (tmp_path / "b.txt").write_text("Iraq fired two rockets toward Kuwait on Tuesday.\n")
    with Store(tmp_path / "x.duckdb") as store:
        summary = ingest_sources(
            expand([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]),
            store,
            options=IngestOptions(published="2024-03-06"),
            extractor=_FailsOnOneArticle(),
        )
        stored = list(store.articles())
    statuses = {Path(o.uri).name: (o.status, o.reason) for o in summary.outcomes}
    assert statuses["a.txt"][0] is Status.INGESTED
    failed, reason = statuses["b.txt"]
    assert failed is Status.FAILED and reason and "RecursionError" in reason
    assert not summary.ok  # the run's exit status says something failed
    assert [Path(a.uri).name for a in stored] == ["a.txt"]  # nothing of b stored


def test_an_extractor_error_in_a_reextraction_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kuwait and Iran held talks in Tehran on Monday.\n")
    (tmp_path / "b.txt").write_text("Iraq fired two rockets toward Kuwait on Tuesday.\n")
    with Store(tmp_path / "x.duckdb") as store:
        ingest_sources(
            expand([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]),
            store,
            options=IngestOptions(published="2024-03-06"),
        )
        before = sorted(e["id"] for e in store.events())
        with pytest.raises(ExtractionFailed, match=r"b\.txt: .*RecursionError"):
            reextract(store, _FailsOnOneArticle())
        # the events of both articles are still there, as they were
        assert sorted(e["id"] for e in store.events()) == before
        assert {"IRQ", "KWT"} <= {e["actor"]["code"] for e in store.events()}
        # and with a working extractor the rebuild goes through
        assert reextract(store, Extractor()) == (len(before), 2)
