"""The DuckDB store: one transaction per article, raw inputs kept, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peninsula.errors import StoreError
from peninsula.models import Article, Hints, MediaType, PublishedBasis, RawDocument, content_id
from peninsula.pipeline import build_article
from peninsula.store import Store
from peninsula.store.schema import MIGRATIONS
from tests.conftest import CliResult

PARAGRAPHS = [
    "Officials from both Koreas met at the border village to discuss reopening the office.",
    "The talks lasted four hours and ended with an agreement to meet again next month.",
]


def _article(number: int) -> str:
    return "\n\n".join(
        [f"Border talks resume, round {number}"]
        + [f"{p} This was round {number} of the series." for p in PARAGRAPHS]
    )


def test_raw_input_is_kept_for_recleaning(db: Path) -> None:
    raw = RawDocument(
        uri="file:///tmp/x.txt",
        data=_article(1).encode(),
        media_type=MediaType.TEXT,
        hints=Hints(published="2021-07-27", published_basis=PublishedBasis.GIVEN),
    )
    article = build_article(raw)
    assert isinstance(article, Article)
    with Store(db) as store:
        assert store.add_article(article, raw) is True
        stored = store.raw_document(article.raw_id)
    assert stored is not None
    uri, media_type, hints, data = stored
    assert (uri, media_type, data) == ("file:///tmp/x.txt", "text/plain", raw.data)
    assert hints == {"published": "2021-07-27", "published_basis": "given"}
    rebuilt = build_article(RawDocument(uri, data, MediaType(media_type)))
    assert isinstance(rebuilt, Article)
    assert rebuilt.id == article.id


def test_adding_twice_changes_nothing(db: Path) -> None:
    raw = RawDocument("file:///a.txt", _article(2).encode(), MediaType.TEXT)
    article = build_article(raw)
    assert isinstance(article, Article)
    with Store(db) as store:
        assert store.add_article(article, raw) is True
        assert store.add_article(article, raw) is False
        assert store.count_articles() == 1


words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.none() | words, text=words, outlet=st.none() | words, n_words=st.integers(0, 10**6))
def test_store_round_trip(
    tmp_path: Path, title: str | None, text: str, outlet: str | None, n_words: int
) -> None:
    raw = RawDocument("stdin:", text.encode(), MediaType.TEXT)
    article = Article(
        id=content_id("a", text),
        uri="stdin:",
        title=title,
        outlet=outlet,
        author=None,
        published=None,
        published_basis=None,
        language=None,
        text=text,
        n_words=n_words,
        raw_id=raw.id,
    )
    path = tmp_path / f"{uuid.uuid4().hex}.duckdb"
    with Store(path) as store:
        store.add_article(article, raw)
    with Store(path, read_only=True) as store:
        assert list(store.articles()) == [article]


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a peninsula"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_missing_database_for_reading(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    result = cli("articles", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1
    assert "no such database" in result.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_schema_is_versioned_and_reopening_keeps_data(db: Path) -> None:
    raw = RawDocument("file:///b.txt", _article(3).encode(), MediaType.TEXT)
    article = build_article(raw)
    assert isinstance(article, Article)
    with Store(db) as store:
        store.add_article(article, raw)
    with Store(db) as store:
        assert store.count_articles() == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(len(MIGRATIONS)),
    )
    con.close()


@pytest.mark.slow
def test_kill_mid_ingest_leaves_whole_articles_and_rerun_completes(tmp_path: Path) -> None:
    total = 600
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as handle:
        for number in range(total):
            record = {
                "text": _article(number),
                "title": f"Round {number}",
                "published": "2021-07-27",
            }
            handle.write(json.dumps(record) + "\n")
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "peninsula", "-v", "ingest", str(corpus), "--db", str(db)]
    process = subprocess.Popen(
        command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    assert process.stderr is not None
    committed = 0
    for line in process.stderr:
        committed += line.startswith("INFO") and " ingested " in line
        if committed >= 50:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    con = duckdb.connect(str(db))
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    orphans = con.execute(
        "SELECT count(*) FROM articles a LEFT JOIN raw_documents r ON a.raw_id = r.id "
        "WHERE r.id IS NULL OR a.text = '' OR a.title IS NULL"
    ).fetchone()[0]
    con.close()
    assert 50 <= stored < total, "the kill must land mid-way"
    assert orphans == 0

    rerun = subprocess.run(
        [*command[:3], "ingest", str(corpus), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["duplicate"] == stored
    assert summary["ingested"] == total - stored
    with Store(db, read_only=True) as store:
        assert store.count_articles() == total
