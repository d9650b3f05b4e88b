"""Ingest everything in ../shared (seeds and corpus) and the bundled examples."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.store import Store
from tests.conftest import EXAMPLES, CliResult

# Chrome and scrape artefacts found in the corpus; none may reach article text.
ARTEFACTS = ["[ad_1]", "[ad_2]", "@highlight", "extends: _layouts.post", "-0-", "., ,", "\\###"]


def _listing(cli: Callable[..., CliResult], db: Path) -> list[dict[str, object]]:
    result = cli("articles", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_all_of_shared(
    cli: Callable[..., CliResult], db: Path, shared: Callable[..., Path]
) -> None:
    corpus = shared("corpus")
    seeds = shared("seeds")
    result = cli("ingest", seeds, corpus, "--db", db, "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    texts = sorted(corpus.glob("*.txt")) + sorted(corpus.glob("kcna_2024/*.txt"))
    assert summary["failed"] == 0
    # raw/ holds the sources of some .txt files as sites saved them (KCNA JSON,
    # Markdown exports, .php pages): each is read, and stored, or recognised by
    # the hash of its cleaned text as the story its .txt already gave
    raw = list(corpus.glob("raw/*"))
    assert summary["skipped"] == len(list(corpus.rglob("metadata.jsonl")))
    assert summary["ingested"] + summary["duplicate"] == len(texts) + len(
        list(seeds.glob("*.txt"))
    ) + len(raw)
    assert summary["duplicate"] >= len(list(corpus.glob("raw/*.json")))
    with Store(db, read_only=True) as store:
        articles = list(store.articles())
    # The CNN/Daily Mail ".story" file has no headline at all; every other has one.
    untitled = [a.uri.rsplit("/", 1)[-1] for a in articles if not a.title]
    assert untitled == ["012_dailymail_2013_nk_warns_us_commander_drills.txt"]
    for article in articles:
        assert article.n_words >= 50, article.uri
        assert article.language == "en", article.uri
        for artefact in ARTEFACTS:
            assert artefact not in article.text, (artefact, article.uri)


def test_corpus_metadata_from_front_matter_and_bylines(
    cli: Callable[..., CliResult], db: Path, shared: Callable[..., Path]
) -> None:
    corpus = shared("corpus")
    names = [
        "004_dailymail_2010_cheonan_sunk_torpedo_fears.txt",
        "012_dailymail_2013_nk_warns_us_commander_drills.txt",
        "015_cnn_2016_nk_launches_long_range_rocket.txt",
        "026_whitehouse_2023_statement_dprk_space_launch.txt",
        "027_kcna_2024_satellite_launch_accident.txt",
    ]
    assert cli("ingest", *(corpus / n for n in names), "--db", db, "-q").exit_code == 0
    rows = {str(r["uri"]).rsplit("/", 1)[-1]: r for r in _listing(cli, db)}
    dailymail = rows[names[0]]
    front_matter = (corpus / names[0]).read_text().split("---")[1]
    title_line = next(ln for ln in front_matter.splitlines() if ln.startswith("title:"))
    assert dailymail["title"] == title_line.removeprefix("title:").strip()
    assert dailymail["author"] == "David Williams and Paul Bentley"
    assert dailymail["outlet"] == "Daily Mail"
    story = rows[names[1]]
    assert story["published"] == "2013-02-23T09:08-05:00"
    assert story["published_basis"] == "explicit"
    cnn = rows[names[2]]
    assert cnn["title"] == "North Korea launches long-range rocket"
    assert cnn["outlet"] == "CNN"
    statement = rows[names[3]]
    assert statement["published"] == "2023-11-21T12:21-05:00"
    assert statement["outlet"] == "The White House"
    assert rows[names[4]]["outlet"] == "KCNA"


def test_kcna_comma_runs_become_paragraphs(
    cli: Callable[..., CliResult], db: Path, shared: Callable[..., Path]
) -> None:
    path = shared("corpus", "007_kcna_2012_dismisses_lee_dialogue_offer.txt")
    assert cli("ingest", path, "--db", db, "-q").exit_code == 0
    with Store(db, read_only=True) as store:
        (article,) = store.articles()
    assert len(article.paragraphs) >= 10
    assert article.paragraphs[0].startswith("The Lee Myung Bak group")
    assert all(not p.startswith(",") for p in article.paragraphs)


def test_examples_ingest_in_every_format(cli: Callable[..., CliResult], db: Path) -> None:
    result = cli("ingest", EXAMPLES, "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["ingested"] == 13
    assert summary["failed"] == 0
    rows = _listing(cli, db)
    assert all(r["published"] and r["title"] and r["author"] for r in rows)
    uris = [str(r["uri"]) for r in rows]
    assert any(u.endswith(".html") for u in uris)
    assert sum(u.startswith("https://example.org/") for u in uris) == 4  # JSONL + feed
    bases = {str(r["uri"]).rsplit("/", 1)[-1]: r["published_basis"] for r in rows}
    assert bases["01_panmunjom_summit.txt"] == "explicit"  # front matter
    assert bases["05_hotlines_cut.txt"] == "explicit"  # "Published :" line
    assert bases["kaesong-complex-shut"] == "given"  # the JSONL record's date


@pytest.mark.parametrize("runs", [2, 3])
def test_reingest_adds_nothing(
    cli: Callable[..., CliResult], db: Path, shared: Callable[..., Path], runs: int
) -> None:
    seeds = shared("seeds")
    first = json.loads(cli("ingest", seeds, "--db", db, "--json").stdout)
    assert first["ingested"] == 5
    for _ in range(runs - 1):
        again = json.loads(cli("ingest", seeds, "--db", db, "--json").stdout)
        assert again["ingested"] == 0
        assert again["duplicate"] == 5
    assert len(_listing(cli, db)) == 5


def test_same_story_from_a_second_path_is_a_duplicate(
    cli: Callable[..., CliResult], db: Path, shared: Callable[..., Path], tmp_path: Path
) -> None:
    seed = shared("seeds", "003_b3d1f7a36f1f0e93.txt")
    copy = tmp_path / "elsewhere" / "thaw.txt"
    copy.parent.mkdir()
    copy.write_bytes(seed.read_bytes())
    assert cli("ingest", seed, "--db", db, "-q").exit_code == 0
    result = cli("ingest", copy, "--db", db)
    assert result.exit_code == 0
    assert "0 ingested, 1 duplicate" in result.stdout
    assert len(_listing(cli, db)) == 1
