"""Bad, odd and hostile inputs to ``peninsula ingest``.

Each bad input must get one clear line on stderr naming it, must not stop the
other inputs of the same command, and must set the exit status: 0 when every
input was ingested, a duplicate or skipped; 1 when any failed; 2 for a usage
error. All article text here is invented for these tests.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peninsula.models import Article
from peninsula.store import Store

Cli = Callable[..., Any]

RAIL_TITLE = "Seoul weighs new rail link to the northern border"
RAIL = f"""{RAIL_TITLE}

South Korea said on Monday it would study a new rail line toward the border. Officials said \
the plan could cut travel times for residents of northern towns.

The transport ministry will hire engineers to survey the route this spring. Local leaders \
welcomed the news but asked for a clear budget.

Critics warned that the project could stall if tensions rise again. The ministry said it would \
publish a first report before the end of the year.
"""

CAFE_TITLE = "Seoul café owners cheer new tourism plan"
CAFE = f"""{CAFE_TITLE}

The city said visitors would get a “free pass” to palaces this autumn. Café owners near \
Gyeongbok Palace said the plan would bring more guests.

Officials said the pass would cover five palaces and two museums. They added that the scheme \
would run for three months as a trial.

Some residents said the “crowds are already too big” on weekends. The city promised extra \
buses and cleaners for the busiest streets.
"""

MARKET_TITLE = "Busan fish market draws record crowds"
MARKET = f"""{MARKET_TITLE}

Visitors packed the Jagalchi market, known locally as 자갈치시장, on Sunday morning. Traders \
said sales of fresh mackerel rose sharply this week.

The city of Busan, or 부산광역시, plans to add a new parking area next year. Officials said \
the lot would hold about three hundred cars.

Fishermen said the catch was good thanks to calm seas in the south. They expect prices to fall \
slightly before the holiday begins.
"""

# Only two short Korean words in otherwise English prose.
HOLIDAY_TITLE = "Families head home for the autumn holiday"
HOLIDAY = f"""{HOLIDAY_TITLE}

Millions of people left Seoul on Friday for Chuseok (추석), the autumn harvest holiday. \
Highways toward the southern provinces were jammed by early afternoon.

Rail operators added extra trains to cope with the demand this year. Officials said most \
tickets had been sold within hours of going on sale.

The holiday is one of the biggest of the year in Korea (한국). Shops in the capital will \
close for three days while families gather in their home towns.
"""

FERRY_TITLE = "Ferry service to Jeju resumes after storm"
FERRY_HTML = f"""<!doctype html>
<html><head><title>{FERRY_TITLE}</title></head>
<body><nav>Menu</nav><article><h1>{FERRY_TITLE}</h1>
<p>Ferries between Mokpo and Jeju Island sailed again on Wednesday after a two-day halt. Port
officials said the waves had calmed overnight.</p>
<p>About two thousand passengers had been stranded at the terminals during the storm. Many of
them slept in waiting rooms or nearby motels.</p>
<p>The coast guard said no ships were damaged and nobody was hurt. It urged travellers to check
the weather before heading to the port.</p>
</article><footer>Back To Top</footer></body></html>
"""

FRENCH = """Séoul annonce un nouveau plan pour les transports

Le gouvernement sud-coréen a annoncé lundi un nouveau plan pour moderniser les lignes de \
train. Les responsables affirment que les travaux commenceront au printemps prochain.

Les habitants des villes du nord attendent ce projet depuis de nombreuses années. Ils \
espèrent que les trajets vers la capitale seront enfin plus courts et moins chers.

Les critiques estiment toutefois que le budget prévu reste beaucoup trop faible. Le ministère \
promet de publier un rapport détaillé avant la fin de l'année.
"""

GERMAN = """Seoul plant neue Bahnstrecke in den Norden

Die Regierung in Seoul hat am Montag einen neuen Plan für den Ausbau der Eisenbahn \
vorgestellt. Die Arbeiten sollen nach Angaben des Ministeriums im kommenden Frühjahr beginnen.

Viele Bewohner der nördlichen Städte warten schon seit Jahren auf eine bessere Verbindung. \
Sie hoffen, dass die Fahrt in die Hauptstadt bald deutlich kürzer wird.

Kritiker halten das geplante Budget jedoch für viel zu gering. Das Ministerium will noch vor \
Ende des Jahres einen ausführlichen Bericht veröffentlichen.
"""

KOREAN = """서울시, 북부 철도 노선 검토

정부는 월요일 북부 지역을 잇는 새로운 철도 노선을 검토하겠다고 밝혔다. 관계자들은 이 계획이 \
주민들의 이동 시간을 크게 줄일 수 있다고 말했다.

국토교통부는 올봄 노선 조사를 위해 기술자들을 고용할 예정이다. 지역 지도자들은 이 소식을 \
환영하면서도 명확한 예산을 요구했다.

비판론자들은 긴장이 다시 높아지면 사업이 중단될 수 있다고 경고했다. 정부는 연말 전에 첫 번째 \
보고서를 발표하겠다고 약속했다.
"""

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"


# --- helpers ---------------------------------------------------------------------------------


def docx_bytes() -> bytes:
    """Return a small but real DOCX-shaped zip archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document><w:body><w:p><w:r>'
            "<w:t>Seoul weighs a new rail link.</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


def binary_bytes() -> bytes:
    """Return reproducible random bytes with NULs in them, behind an ELF header."""
    return b"\x7fELF\x02\x01\x01\x00" + random.Random(20240501).randbytes(2048) + b"\x00" * 16


def good_file(tmp_path: Path, name: str = "rail.txt", text: str = RAIL) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def stored(db: Path) -> list[Article]:
    with Store(db, read_only=True) as store:
        return list(store.articles())


def listed(cli: Cli, db: Path) -> list[dict[str, Any]]:
    result = cli("articles", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def reason_line(stderr: str, name: str) -> str:
    """Return the one stderr line that names ``name``; fail unless there is exactly one."""
    lines = [line for line in stderr.splitlines() if name in line]
    assert len(lines) == 1, f"expected one line naming {name!r} on stderr, got:\n{stderr}"
    return lines[0]


def by_title(articles: list[Article]) -> dict[str | None, Article]:
    return {article.title: article for article in articles}


# --- one bad input beside a good one ---------------------------------------------------------

SKIPPED_INPUTS = [
    pytest.param("empty.txt", b"", "empty", id="empty-file"),
    pytest.param("blank.txt", b"   \n\t\n  \r\n", "empty", id="whitespace-only"),
    pytest.param("blob.txt", binary_bytes(), "binary", id="random-bytes-with-nuls"),
    pytest.param("image.png", PNG, "binary", id="png-header"),
    pytest.param(
        "chrome.txt",
        b"Back To Top\nMenu\nLink copied\n",
        "no article text",
        id="page-chrome-only",
    ),
    pytest.param("french.txt", FRENCH.encode(), "not english", id="french-article"),
    pytest.param("german.txt", GERMAN.encode(), "not english", id="german-article"),
    pytest.param("korean.txt", KOREAN.encode(), "not english", id="korean-article"),
]


@pytest.mark.parametrize(("name", "data", "reason"), SKIPPED_INPUTS)
def test_skipped_input_exits_zero_and_keeps_the_good_article(
    cli: Cli, db: Path, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = good_file(tmp_path)

    result = cli("ingest", bad, good, "--db", db)

    assert result.exit_code == 0, result.stderr
    line = reason_line(result.stderr, name)
    assert line.startswith("skipped")
    assert reason in line.lower()
    assert good.name not in result.stderr
    assert [article.title for article in stored(db)] == [RAIL_TITLE]


FAILED_INPUTS = [
    pytest.param("scan.pdf", PDF, ["pdf is not supported", "pdftotext"], id="pdf"),
    pytest.param("scan.txt", PDF, ["pdf is not supported"], id="pdf-named-txt"),
    pytest.param("report.docx", docx_bytes(), ["docx is not supported"], id="docx"),
    pytest.param("report.txt", docx_bytes(), ["docx is not supported"], id="docx-named-txt"),
]


@pytest.mark.parametrize(("name", "data", "reasons"), FAILED_INPUTS)
def test_unsupported_document_fails_with_advice(
    cli: Cli, db: Path, tmp_path: Path, name: str, data: bytes, reasons: list[str]
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = good_file(tmp_path)

    result = cli("ingest", bad, good, "--db", db)

    assert result.exit_code == 1
    line = reason_line(result.stderr, name)
    assert line.startswith("failed")
    for reason in reasons:
        assert reason in line.lower()
    assert [article.title for article in stored(db)] == [RAIL_TITLE]


def test_missing_path_fails_and_others_continue(cli: Cli, db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-story.txt"
    good = good_file(tmp_path)

    result = cli("ingest", missing, good, "--db", db)

    assert result.exit_code == 1
    line = reason_line(result.stderr, "no-such-story.txt")
    assert line.startswith("failed")
    assert str(missing) in line
    assert "no such file" in line
    assert [article.title for article in stored(db)] == [RAIL_TITLE]


def test_file_over_the_size_limit_fails(cli: Cli, db: Path, tmp_path: Path) -> None:
    big = tmp_path / "long-read.txt"
    big.write_text(CAFE * 4, encoding="utf-8")
    good = good_file(tmp_path)
    assert big.stat().st_size > 1000 > good.stat().st_size

    result = cli("ingest", big, good, "--db", db, "--max-bytes", "1KB")

    assert result.exit_code == 1
    line = reason_line(result.stderr, "long-read.txt")
    assert line.startswith("failed")
    assert "size limit" in line
    assert "--max-bytes" in line
    assert [article.title for article in stored(db)] == [RAIL_TITLE]


def test_jsonl_bad_line_fails_and_good_record_is_stored(cli: Cli, db: Path, tmp_path: Path) -> None:
    body = RAIL.split("\n", 2)[2]
    records = tmp_path / "wire.jsonl"
    records.write_text(
        '{"title": "Half a record", "text": \n'
        + json.dumps({"title": "Seoul weighs a northern rail line", "text": body})
        + "\n",
        encoding="utf-8",
    )

    result = cli("ingest", records, "--db", db)

    assert result.exit_code == 1
    line = reason_line(result.stderr, "wire.jsonl")
    assert line.startswith("failed")
    assert "invalid json" in line.lower()
    uri = line.split()[1].rstrip(":")
    assert uri.endswith("wire.jsonl#line=1")
    rows = listed(cli, db)
    assert [row["title"] for row in rows] == ["Seoul weighs a northern rail line"]
    assert rows[0]["uri"].endswith("wire.jsonl#line=2")


def test_jsonl_bad_line_in_the_middle(cli: Cli, db: Path, tmp_path: Path) -> None:
    first = {"title": "Seoul weighs a northern rail line", "text": RAIL.split("\n", 2)[2]}
    last = {"title": "Busan fish market is busy", "text": MARKET.split("\n", 2)[2]}
    records = tmp_path / "wire.jsonl"
    records.write_text(
        json.dumps(first) + "\n\n{not json}\n" + json.dumps(last) + "\n", encoding="utf-8"
    )

    result = cli("ingest", records, "--db", db, "--json")

    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["ingested"], summary["failed"]) == (2, 1)
    [failure] = [o for o in summary["outcomes"] if o["status"] == "failed"]
    assert failure["uri"].endswith("#line=3")
    assert [a.title for a in stored(db)] == [first["title"], last["title"]]


# --- exit status -----------------------------------------------------------------------------


def test_all_good_or_duplicate_or_skipped_exits_zero(cli: Cli, db: Path, tmp_path: Path) -> None:
    good = good_file(tmp_path)
    copy = good_file(tmp_path, "rail-copy.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    result = cli("ingest", good, copy, empty, "--db", db, "--json")

    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (summary["ingested"], summary["duplicate"], summary["skipped"]) == (1, 1, 1)
    assert summary["failed"] == 0


@pytest.mark.parametrize(
    ("args", "named"),
    [
        pytest.param([], None, id="no-inputs"),
        pytest.param(["--published", "not-a-date"], "not-a-date", id="published-not-a-date"),
        pytest.param(["--published", "2021-02-30"], "2021-02-30", id="published-impossible"),
        pytest.param(["--max-bytes", "lots"], "lots", id="max-bytes-lots"),
        pytest.param(["--max-bytes", "-5KB"], "-5KB", id="max-bytes-negative"),
    ],
)
def test_usage_error_exits_two_and_stores_nothing(
    cli: Cli, db: Path, tmp_path: Path, args: list[str], named: str | None
) -> None:
    inputs = [good_file(tmp_path)] if args else []

    result = cli("ingest", *inputs, "--db", db, *args)

    assert result.exit_code == 2
    assert result.stderr.strip()
    if named:
        assert named in result.stderr
    assert not db.exists()


# --- encodings -------------------------------------------------------------------------------


def with_bad_bytes(text: str) -> bytes:
    """UTF-8 with a stray byte and a broken two-byte sequence in the middle paragraph."""
    data = text.encode("utf-8")
    data = data.replace(b"five palaces", b"five \xff palaces", 1)
    return data.replace(b"two museums", b"two mus\xc3\x28eums", 1)


ENCODINGS = [
    pytest.param(CAFE.encode("cp1252"), CAFE_TITLE, ["“free pass”", "Café owners"], id="cp1252"),
    pytest.param(
        CAFE.encode("utf-16"), CAFE_TITLE, ["“free pass”", "Café owners"], id="utf-16-bom"
    ),
    pytest.param(
        codecs.BOM_UTF16_BE + CAFE.encode("utf-16-be"),
        CAFE_TITLE,
        ["“free pass”", "Café owners"],
        id="utf-16-be-bom",
    ),
    pytest.param(
        CAFE.encode("utf-8-sig"), CAFE_TITLE, ["“free pass”", "Café owners"], id="utf-8-bom"
    ),
    pytest.param(MARKET.encode("euc-kr"), MARKET_TITLE, ["자갈치시장", "부산광역시"], id="euc-kr"),
    pytest.param(MARKET.encode("cp949"), MARKET_TITLE, ["자갈치시장", "부산광역시"], id="cp949"),
    pytest.param(
        CAFE.replace("Café owners", "Naïve café owners").encode("cp1252"),
        CAFE_TITLE,
        ["Naïve café owners"],
        id="cp1252-sparse-accents",
    ),
    pytest.param(
        HOLIDAY.encode("euc-kr"),
        HOLIDAY_TITLE,
        ["Chuseok (추석)", "Korea (한국)"],
        id="euc-kr-two-korean-words",
    ),
]


@pytest.mark.parametrize(("data", "title", "expected"), ENCODINGS)
def test_encoded_article_is_decoded(
    cli: Cli, db: Path, tmp_path: Path, data: bytes, title: str, expected: list[str]
) -> None:
    encoded = tmp_path / "encoded.txt"
    encoded.write_bytes(data)
    good = good_file(tmp_path)

    result = cli("ingest", encoded, good, "--db", db)

    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    articles = by_title(stored(db))
    assert set(articles) == {title, RAIL_TITLE}
    text = articles[title].text
    assert "\ufeff" not in text
    for fragment in expected:
        assert fragment in text


def test_invalid_utf8_bytes_never_crash(cli: Cli, db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(with_bad_bytes(CAFE))
    good = good_file(tmp_path)

    result = cli("ingest", broken, good, "--db", db)

    assert result.exit_code == 0, result.stderr
    articles = stored(db)
    assert len(articles) == 2
    [article] = [a for a in articles if a.uri == broken.resolve().as_uri()]
    assert "Officials said the pass would cover five" in article.text
    assert article.title


def test_invalid_utf8_bytes_keep_the_valid_text(cli: Cli, db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(with_bad_bytes(CAFE))

    result = cli("ingest", broken, "--db", db)

    assert result.exit_code == 0
    [article] = stored(db)
    assert article.title == CAFE_TITLE
    assert "“free pass”" in article.text
    assert "Café owners" in article.text


# --- nothing half-way, nothing lost ----------------------------------------------------------


def test_failures_leave_only_whole_articles(cli: Cli, db: Path, tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(PDF)
    (tmp_path / "report.docx").write_bytes(docx_bytes())
    (tmp_path / "blob.txt").write_bytes(binary_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "chrome.txt").write_text("Back To Top\nMenu\nLink copied\n")
    (tmp_path / "wire.jsonl").write_text("{oops\n")
    (tmp_path / "cafe.txt").write_bytes(CAFE.encode("cp1252"))
    good = good_file(tmp_path)
    inputs = [
        tmp_path / "scan.pdf",
        tmp_path / "cafe.txt",
        tmp_path / "report.docx",
        tmp_path / "missing.txt",
        tmp_path / "blob.txt",
        tmp_path / "empty.txt",
        tmp_path / "chrome.txt",
        tmp_path / "wire.jsonl",
        good,
    ]

    result = cli("ingest", *inputs, "--db", db)

    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 7
    articles = stored(db)
    assert {a.title for a in articles} == {CAFE_TITLE, RAIL_TITLE}
    with Store(db, read_only=True) as store:
        assert store.count_articles() == 2
        for article in articles:
            assert article.text.strip()
            assert article.title
            assert article.n_words > 0
            assert store.raw_document(article.raw_id) is not None


def test_existing_articles_survive_a_failing_run(cli: Cli, db: Path, tmp_path: Path) -> None:
    first = cli("ingest", good_file(tmp_path), "--db", db)
    assert first.exit_code == 0
    before = stored(db)

    (tmp_path / "scan.pdf").write_bytes(PDF)
    market = good_file(tmp_path, "market.txt", MARKET)
    second = cli("ingest", tmp_path / "scan.pdf", tmp_path / "gone.txt", market, "--db", db)

    assert second.exit_code == 1
    after = stored(db)
    assert after[: len(before)] == before
    assert [a.title for a in after] == [RAIL_TITLE, MARKET_TITLE]


# --- directories and stdin -------------------------------------------------------------------


def test_directory_counts(cli: Cli, db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".cache").mkdir()
    good_file(folder, "rail.txt")
    (folder / "sub" / "ferry.html").write_text(FERRY_HTML, encoding="utf-8")
    (folder / ".secret.txt").write_text(CAFE, encoding="utf-8")
    (folder / ".cache" / "market.txt").write_text(MARKET, encoding="utf-8")
    (folder / "photo.png").write_bytes(PNG)
    (folder / "scan.pdf").write_bytes(PDF)

    result = cli("ingest", folder, "--db", db, "--json")

    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    counts = {key: summary[key] for key in ("ingested", "duplicate", "skipped", "failed")}
    assert counts == {"ingested": 2, "duplicate": 0, "skipped": 1, "failed": 1}
    outcomes = {Path(o["uri"]).name: o for o in summary["outcomes"]}
    assert set(outcomes) == {"rail.txt", "ferry.html", "photo.png", "scan.pdf"}
    assert outcomes["photo.png"]["status"] == "skipped"
    assert "not an article file type" in outcomes["photo.png"]["reason"]
    assert outcomes["scan.pdf"]["status"] == "failed"
    assert "PDF is not supported" in outcomes["scan.pdf"]["reason"]
    assert {a.title for a in stored(db)} == {RAIL_TITLE, FERRY_TITLE}
    assert "secret" not in result.stdout
    assert ".cache" not in result.stdout


def test_stdin_article_is_stored(cli: Cli, db: Path) -> None:
    result = cli("ingest", "-", "--db", db, input=RAIL)

    assert result.exit_code == 0, result.stderr
    [row] = listed(cli, db)
    assert row["uri"] == "stdin:"
    assert row["title"] == RAIL_TITLE


def test_stdin_pdf_fails_and_file_is_stored(cli: Cli, db: Path, tmp_path: Path) -> None:
    good = good_file(tmp_path)

    result = cli("ingest", "-", good, "--db", db, input=PDF)

    assert result.exit_code == 1
    line = reason_line(result.stderr, "stdin:")
    assert line.startswith("failed")
    assert "PDF is not supported" in line
    assert [a.uri for a in stored(db)] == [good.resolve().as_uri()]


# --- publication dates -----------------------------------------------------------------------


def dated(text: str, stamp: str) -> str:
    title, rest = text.split("\n", 1)
    return f"{title}\n\n{stamp}\n{rest}"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(RAIL, id="undated"),
        pytest.param(dated(RAIL, "Published : Feb. 3, 2022 - 17:08"), id="dated-in-text"),
    ],
)
def test_given_published_date_wins(cli: Cli, db: Path, tmp_path: Path, text: str) -> None:
    story = good_file(tmp_path, "story.txt", text)

    result = cli("ingest", story, "--db", db, "--published", "2021-07-30")

    assert result.exit_code == 0, result.stderr
    [row] = listed(cli, db)
    assert row["title"] == RAIL_TITLE
    assert row["published"] == "2021-07-30"
    assert row["published_basis"] == "given"


def test_date_in_text_is_read_without_flag(cli: Cli, db: Path, tmp_path: Path) -> None:
    story = good_file(tmp_path, "story.txt", dated(RAIL, "Published : Feb. 3, 2022 - 17:08"))

    assert cli("ingest", story, "--db", db).exit_code == 0

    [row] = listed(cli, db)
    assert row["published"].startswith("2022-02-03")
    assert row["published_basis"] == "explicit"


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_undated_article_has_no_date(cli: Cli, db: Path, tmp_path: Path, source: str) -> None:
    story = good_file(tmp_path, "story.txt")
    old = dt.datetime(2003, 6, 15, 12, 0, tzinfo=dt.UTC).timestamp()
    os.utime(story, (old, old))

    if source == "file":
        result = cli("ingest", story, "--db", db)
    else:
        result = cli("ingest", "-", "--db", db, input=RAIL)

    assert result.exit_code == 0, result.stderr
    [row] = listed(cli, db)
    assert row["published"] is None
    assert row["published_basis"] is None
    [article] = stored(db)
    assert article.published is None
    assert article.published_basis is None


# --- names that look like console markup -----------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("notes[draft].txt", id="bracketed-word"),
        pytest.param("a[/]b.txt", id="closing-tag"),
        pytest.param("notes[1].txt", id="bracketed-number"),
    ],
)
def test_missing_path_with_brackets_is_named(cli: Cli, db: Path, tmp_path: Path, name: str) -> None:
    missing = tmp_path / name
    good = good_file(tmp_path)

    result = cli("ingest", missing, good, "--db", db)

    assert result.exit_code == 1
    line = reason_line(result.stderr, str(missing))
    assert "no such file" in line
    assert [a.title for a in stored(db)] == [RAIL_TITLE]


def test_jsonl_reason_with_brackets_is_printed(cli: Cli, db: Path, tmp_path: Path) -> None:
    records = tmp_path / "wire.jsonl"
    record = {"title": "Rail link", "date": "[unknown]", "text": RAIL.split("\n", 2)[2]}
    records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    good = good_file(tmp_path, "market.txt", MARKET)

    result = cli("ingest", records, good, "--db", db)

    assert result.exit_code == 1
    line = reason_line(result.stderr, "wire.jsonl")
    assert "[unknown]" in line
    assert [a.title for a in stored(db)] == [MARKET_TITLE]
