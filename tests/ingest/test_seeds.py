"""The five seed articles: metadata and cleaning, read from ../shared/seeds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.models import PublishedBasis
from peninsula.store import Store

# (file, title line, outlet, author, published, basis). The title is given as
# the number of the non-empty line of the raw file that holds it, so that the
# copyrighted headline is read from ../shared, not copied here. Seeds 003 and
# 004 print no date, and 003 never names its outlet: both stay null.
SEEDS = [
    pytest.param(
        "000_ac71f83286c055eb.txt",
        2,
        "The Korea Herald",
        "Ahn Sung-mi",
        "2022-02-03T17:08",
        PublishedBasis.EXPLICIT,
        id="000-korea-herald-published-label",
    ),
    pytest.param(
        "001_ee2e108edddb6145.txt",
        4,
        "KBS World",
        None,
        "2011-06-16",
        PublishedBasis.INFERRED,
        id="001-kbs-bare-date-line",
    ),
    pytest.param(
        "002_ae1e6fd721804334.txt",
        4,
        "KBS World",
        None,
        "2020-09-20",
        PublishedBasis.INFERRED,
        id="002-kbs-date-glued-to-label",
    ),
    pytest.param(
        "003_b3d1f7a36f1f0e93.txt",
        2,
        None,
        "Song Sang-ho",
        None,
        None,
        id="003-no-date-no-outlet",
    ),
    pytest.param(
        "004_5db233b7ad4b311a.txt",
        2,
        "The Korea Herald",
        "Ahn Sung-mi",
        None,
        None,
        id="004-no-date",
    ),
]

CHROME = [
    "Back To Top",
    "Menu Content",
    "Go Top",
    "Link copied",
    "Latest News",
    "Editor's Pick",
    "(Yonhap)",
    "YONHAP",
    "Korea Herald daum",
    "uses cookies",
    "By Ahn Sung-mi",
    "Published :",
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """Ingest all seeds once through the CLI and return their listings by file name."""
    from typer.testing import CliRunner

    from peninsula.cli import app
    from tests.conftest import _shared_path

    seeds = _shared_path("seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(seeds), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.stderr
    listing = CliRunner().invoke(app, ["articles", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    by_file = {row["uri"].rsplit("/", 1)[-1]: row for row in rows}
    with Store(db, read_only=True) as store:
        for article in store.articles():
            by_file[article.uri.rsplit("/", 1)[-1]]["text"] = article.text
    return by_file


@pytest.mark.parametrize(("name", "title_line", "outlet", "author", "published", "basis"), SEEDS)
def test_seed_metadata(
    seeded: dict[str, dict[str, object]],
    shared: Callable[..., Path],
    name: str,
    title_line: int,
    outlet: str | None,
    author: str | None,
    published: str | None,
    basis: PublishedBasis | None,
) -> None:
    row = seeded[name]
    lines = [ln.strip() for ln in shared("seeds", name).read_text().splitlines() if ln.strip()]
    assert row["title"] == lines[title_line - 1]
    assert row["outlet"] == outlet
    assert row["author"] == author
    assert row["published"] == published
    assert row["published_basis"] == (basis.value if basis else None)
    assert row["language"] == "en"
    assert str(row["uri"]).startswith("file:///")
    assert str(row["uri"]).endswith(f"/seeds/{name}")


@pytest.mark.parametrize("name", [p.values[0] for p in SEEDS])
def test_seed_text_has_no_site_chrome(seeded: dict[str, dict[str, object]], name: str) -> None:
    text = str(seeded[name]["text"])
    for phrase in CHROME:
        assert phrase not in text, phrase


def test_photo_captions_are_removed_but_story_kept(seeded: dict[str, dict[str, object]]) -> None:
    text_000 = str(seeded["000_ac71f83286c055eb.txt"]["text"])
    assert "The photo shows a bridge" not in text_000
    assert text_000.startswith("The South Korean government is seeking")
    text_004 = str(seeded["004_5db233b7ad4b311a.txt"]["text"])
    assert "speaks during a press conference" not in text_004
    assert text_004.startswith("The South Korean government on Thursday proposed talks")
    assert text_004.rstrip().endswith("permanent peace.”")


def test_seed_paragraphs_are_kept_apart(seeded: dict[str, dict[str, object]]) -> None:
    paragraphs = str(seeded["003_b3d1f7a36f1f0e93.txt"]["text"]).split("\n\n")
    assert len(paragraphs) == 17
    assert all(p == p.strip() and p for p in paragraphs)
    assert paragraphs[0].startswith("Signs of a thaw in relations")
    assert paragraphs[-1].startswith("Despite signs of improved relations")


def test_the_multi_story_page_keeps_every_story(seeded: dict[str, dict[str, object]]) -> None:
    text = str(seeded["001_ee2e108edddb6145.txt"]["text"])
    assert "Since North Korean leader Kim Jong-il" in text
    assert "call center" in text  # the page's second story is article text too
    assert "This website uses cookies" not in text


def test_seed_word_counts_are_close_to_the_story(
    seeded: dict[str, dict[str, object]], shared: Callable[..., Path]
) -> None:
    for name, row in seeded.items():
        raw_words = len(shared("seeds", name).read_text(encoding="utf-8").split())
        assert 0.8 * raw_words <= int(str(row["n_words"])) <= raw_words, name
