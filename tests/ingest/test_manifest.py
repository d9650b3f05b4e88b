"""A metadata.jsonl manifest beside article files gives them their dates."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peninsula.store import Store
from tests.conftest import CliResult


def _write(folder: Path) -> None:
    folder.mkdir()
    (folder / "talks.txt").write_text("North Korea and China held talks in Beijing on Monday.\n")
    (folder / "drill.txt").write_text("South Korea staged a naval drill on Friday.\n")
    (folder / "nodate.txt").write_text("China sent food aid to North Korea.\n")
    (folder / "timed.txt").write_text(
        "---\ndate: 2019-06-21 08:15\n---\nRussia sent food aid to North Korea.\n"
    )
    (folder / "repost.txt").write_text(
        "---\ndate: 2020-08-31\n---\nRussia sent fertilizer to North Korea.\n"
    )
    records = [
        {"file": "talks.txt", "date": "2019-06-21 (wire time)", "outlet": "A wire"},
        {"file": "drill.txt", "published": "March 8, 2019", "outlet": "Reuters (via a blog)"},
        {"file": "elsewhere.txt", "date": "2001-01-01"},
        {"file": "timed.txt", "date": "2019-06-21"},
        {"file": "repost.txt", "date": "2010-03-27 (repost dated 2020-08-31)"},
    ]
    (folder / "metadata.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")


def _published(db: Path) -> dict[str, tuple[str | None, str | None]]:
    with Store(db, read_only=True) as store:
        return {
            Path(a.uri).name: (a.published, a.published_basis.value if a.published_basis else None)
            for a in store.articles()
        }


def test_manifest_dates_the_files_it_names(
    cli: Callable[..., CliResult], db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    _write(folder)
    result = cli("ingest", folder, "--db", db)
    assert result.exit_code == 0
    assert "manifest: dates for 5 files beside it" in result.stderr
    dates = _published(db)
    assert dates["talks.txt"] == ("2019-06-21", "given")
    assert dates["drill.txt"] == ("2019-03-08", "given")
    assert dates["nodate.txt"] == (None, None)
    # the file's own date of the same day is kept, for its time; a repost's is not
    assert dates["timed.txt"] == ("2019-06-21T08:15", "explicit")
    assert dates["repost.txt"] == ("2010-03-27", "given")
    # the event date resolves against the given date: the Monday before 2019-06-21
    with Store(db, read_only=True) as store:
        talks = [e for e in store.events() if e["event"] == "CONSULT"]
    assert [e["date"] for e in talks] == ["2019-06-17"]


@pytest.mark.parametrize("one_file", [True, False])
def test_published_flag_wins_over_the_manifest(
    cli: Callable[..., CliResult], db: Path, tmp_path: Path, one_file: bool
) -> None:
    folder = tmp_path / "corpus"
    _write(folder)
    target = folder / "talks.txt" if one_file else folder
    assert cli("ingest", target, "--db", db, "--published", "2020-02-02").exit_code == 0
    assert _published(db)["talks.txt"] == ("2020-02-02", "given")


def test_a_file_named_alone_takes_its_manifest_date(
    cli: Callable[..., CliResult], db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    _write(folder)
    assert cli("ingest", folder / "drill.txt", "--db", db).exit_code == 0
    assert _published(db) == {"drill.txt": ("2019-03-08", "given")}


def test_manifest_outlet_names_a_known_outlet_the_file_does_not(
    cli: Callable[..., CliResult], db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    _write(folder)
    assert cli("ingest", folder, "--db", db).exit_code == 0
    with Store(db, read_only=True) as store:
        outlets = {Path(a.uri).name: a.outlet for a in store.articles()}
    assert outlets["drill.txt"] == "Reuters"  # "Reuters (via a blog)", normalised
    assert outlets["talks.txt"] is None  # "A wire" is no outlet we know
