"""Article files as sites and scrapers save them: Markdown exports with front
matter, pages saved under a server script's name, scraped JSON records with a
placeholder date. All text here is invented for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peninsula.ingest.metadata import date_in_url
from peninsula.models import Article
from peninsula.store import Store

Cli = Callable[..., Any]

STORY = (
    "South Korea and China will hold defence talks in Seoul on Thursday, officials said."
    " The two sides last met in 2019 to discuss maritime incidents in the Yellow Sea."
)

# A WordPress export: "published: true" is a flag, the date is "post_date"; the
# body is the page's HTML, with an entity in the title.
MARKDOWN_EXPORT = f"""---
ID: 42
post_title: 'Seoul and Beijing to hold defence talks &#8211; Example Wire'
author: Staff Writer
post_date: 2016-01-14 00:12:37
layout: post
published: true
---
<span class="focus"><p><span class="loc">SEOUL</span> {STORY}</p></span>
<p>Officials from both ministries are expected to discuss the North's latest weapons
test and the safety of fishing boats near the maritime border.</p>
"""

SAVED_PAGE = f"""<!doctype html>
<html><head><title>Seoul and Beijing to hold defence talks</title></head>
<body><article><h1>Seoul and Beijing to hold defence talks</h1>
<p>{STORY}</p>
<p>Officials from both ministries are expected to discuss fishing boats near the
maritime border and the North's latest weapons test, a ministry spokesman said.</p>
</article></body></html>
"""


def _ingested(cli: Cli, db: Path, path: Path, text: str) -> Article:
    """The one article stored from a file of ``text`` saved at ``path``."""
    path.write_text(text)
    result = cli("ingest", path, "--db", db)
    assert result.exit_code == 0, result.stderr
    with Store(db, read_only=True) as store:
        (article,) = store.articles()
    return article


def test_a_markdown_export_is_read_with_its_front_matter(
    cli: Cli, db: Path, tmp_path: Path
) -> None:
    article = _ingested(cli, db, tmp_path / "defence-talks.md", MARKDOWN_EXPORT)
    assert article.title == "Seoul and Beijing to hold defence talks \u2013 Example Wire"
    assert (article.published or "").startswith("2016-01-14")
    assert "<p>" not in article.text and "<span" not in article.text
    assert article.text.startswith("SEOUL South Korea and China will hold defence talks")


def test_a_page_saved_under_a_script_name_is_read_as_html(
    cli: Cli, db: Path, tmp_path: Path
) -> None:
    article = _ingested(cli, db, tmp_path / "article.php", SAVED_PAGE)
    assert article.title == "Seoul and Beijing to hold defence talks"
    assert STORY in article.text


def test_a_scraped_record_dated_1970_takes_its_day_from_its_link(
    cli: Cli, db: Path, tmp_path: Path
) -> None:
    record = {
        "story": STORY + " The talks are the first since the pandemic began.",
        "date": "1970-01-01",
        "index.link": "http://news.example.org/item/2012/201201/news16/20120116-26ee.html",
        "title": "Seoul and Beijing to hold defence talks",
    }
    article = _ingested(cli, db, tmp_path / "record.json", json.dumps(record))
    assert article.published == "2012-01-16"
    assert article.published_basis is not None and article.published_basis.value == "inferred"


def test_dates_in_news_urls() -> None:
    assert date_in_url("https://example.org/2016/01/14/defence-talks/") == "2016-01-14"
    assert date_in_url("http://example.org/item/2012/201201/news16/20120116-26ee.html") == (
        "2012-01-16"
    )
    assert date_in_url("https://example.org/news/1234567/defence-talks") is None
    assert date_in_url("https://example.org/2016/13/45/x") is None
