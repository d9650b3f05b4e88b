"""Ingesting http(s) URLs and feeds through the CLI, against a real local HTTP server.

Every page and feed below is invented for these tests. The server runs on
127.0.0.1 in a background thread for the whole module.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from peninsula.models import Article, Hints, MediaType, RawDocument
from peninsula.pipeline import build_article
from peninsula.store import Store

pytestmark = pytest.mark.network

SLOW_SECONDS = 2.0
TIMEOUT = "0.5"
SMALL_LIMIT = "2KB"  # 2,000 bytes

# --- content -------------------------------------------------------------------------------

ARTICLE_TITLE = "Seoul opens a night ferry to Jeju for summer travellers"
ARTICLE_OUTLET = "Harbor Line Daily"
ARTICLE_AUTHOR = "Han Seo-yeon"
ARTICLE_PUBLISHED = "2021-07-27T10:00+09:00"
ARTICLE_PARAGRAPHS = (
    "A new overnight ferry linking Mokpo with Jeju Island began service on Monday, "
    "giving summer travellers a cheaper option than the crowded morning flights.",
    "The operator said the vessel can carry nine hundred passengers and two hundred cars, "
    "and that cabins for the first two weeks were already nearly sold out.",
    "Local officials in South Jeolla Province hope the route will bring more visitors to "
    "the port city, where hotel bookings have lagged behind the national average.",
    "The company plans to add a second sailing each weekend if demand stays strong "
    "through the end of August, a spokesperson told reporters at the terminal.",
)
# Words that appear only in the page's navigation and footer.
CHROME_WORDS = ("Horoscopes", "Crossword", "Careers at Harbor", "Advertise with us")

ARTICLE_HTML = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{ARTICLE_TITLE}</title>
  <meta property="og:site_name" content="{ARTICLE_OUTLET}">
  <meta name="author" content="{ARTICLE_AUTHOR}">
  <meta property="article:published_time" content="2021-07-27T10:00:00+09:00">
</head>
<body>
  <nav><ul>
    <li><a href="/">Home</a></li><li><a href="/h">Horoscopes</a></li>
    <li><a href="/c">Crossword</a></li><li><a href="/w">Weather</a></li>
  </ul></nav>
  <main>
    <article>
      <h1>{ARTICLE_TITLE}</h1>
      {"".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)}
    </article>
  </main>
  <footer>
    <p><a href="/jobs">Careers at Harbor</a> | <a href="/ads">Advertise with us</a></p>
  </footer>
</body>
</html>
"""

PLAIN_PARAGRAPHS = (
    "Busan's main container terminal handled more boxes in April than in any month "
    "since it opened, the port authority said on Monday.",
    "Officials credited new automated cranes and a rebound in shipments of electronics "
    "to Southeast Asia for the record figures.",
    "Dock workers' unions said they would ask for talks on staffing levels before the "
    "busy autumn season begins.",
)
PLAIN_TEXT = "\n".join(
    [
        "Back To Top",
        "Link copied",
        "",
        "Busan port sets a monthly container record",
        "",
        *(f"{p}\n" for p in PLAIN_PARAGRAPHS),
        "Link copied",
        "Back To Top",
    ]
)

FEED_TITLE = "Peninsula Wire Test Feed"
STORY_EXTRA = {
    1: "Engineers expect the first test trains to run on the new tracks next spring.",
    2: "Volunteers planted more than four thousand pine seedlings on the first day alone.",
}
STORY_SUMMARY = {
    1: "The government approved funding for a high-speed rail line between Gangneung "
    "and Sokcho on Tuesday, officials said.",
    2: "Residents of Andong joined a tree-planting drive on hillsides burned by last "
    "spring's wildfires, the city said.",
}
STORY_TITLE = {
    1: "Rail link to the east coast wins funding",
    2: "Andong volunteers replant fire-damaged hills",
}
STORY_PUBDATE = {
    1: ("Tue, 03 Aug 2021 09:30:00 +0900", "2021-08-03T09:30+09:00"),
    2: ("Wed, 04 Aug 2021 14:15:00 +0900", "2021-08-04T14:15+09:00"),
}


def story_html(number: int) -> str:
    """A full page for a feed item: its summary sentence, more detail, and chrome."""
    paragraphs = (
        STORY_SUMMARY[number],
        "Regional leaders welcomed the decision and said it had been discussed for "
        "more than a decade before the budget was finally agreed.",
        STORY_EXTRA[number],
    )
    return f"""<!doctype html>
<html><head><title>{STORY_TITLE[number]}</title>
<meta property="og:site_name" content="Story Site"></head>
<body><nav><a href="/">Home</a> <a href="/s">Sports</a></nav>
<article><h1>{STORY_TITLE[number]}</h1>
{"".join(f"<p>{p}</p>" for p in paragraphs)}
</article><footer>Contact the newsroom</footer></body></html>
"""


def rss_feed(base: str) -> str:
    items = "".join(
        f"""
    <item>
      <title>{STORY_TITLE[n]}</title>
      <link>{base}/story{n}.html</link>
      <guid>{base}/story{n}.html</guid>
      <pubDate>{STORY_PUBDATE[n][0]}</pubDate>
      <description><![CDATA[<p>{STORY_SUMMARY[n]}</p>]]></description>
    </item>"""
        for n in (1, 2)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{FEED_TITLE}</title>
    <link>{base}/</link>
    <description>Invented stories for tests</description>{items}
  </channel>
</rss>
"""


ATOM_TITLE = "Peninsula Atom Test Feed"
ATOM_ENTRY_TITLE = "Incheon airport adds a fourth runway"
ATOM_SUMMARY = (
    "Incheon International Airport opened its fourth runway on Thursday, "
    "raising its yearly capacity by about a fifth, the airport operator said."
)


def atom_feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{ATOM_TITLE}</title>
  <id>urn:test:atom</id>
  <updated>2021-06-24T08:00:00Z</updated>
  <entry>
    <title>{ATOM_ENTRY_TITLE}</title>
    <link href="{base}/atom-entry.html"/>
    <id>urn:test:atom:1</id>
    <published>2021-06-24T08:00:00Z</published>
    <updated>2021-06-24T08:00:00Z</updated>
    <summary type="html">&lt;p&gt;{ATOM_SUMMARY}&lt;/p&gt;</summary>
  </entry>
</feed>
"""


DRIP_PARAGRAPHS = (
    "Gyeonggi Province will extend late-night bus routes to three more satellite "
    "cities from next month, the provincial office said on Wednesday.",
    "Commuters have complained for years that the last buses leave Seoul before "
    "many office workers finish their shifts.",
    "The province said it would review ridership after six months before deciding "
    "whether to make the new routes permanent.",
)
DRIP_TEXT = "\n\n".join(DRIP_PARAGRAPHS)
DRIP_CHUNKS = 6
DRIP_GAP_SECONDS = 0.3  # each gap is under the 0.5 s timeout, the whole is 1.8 s

# A page as a known outlet would serve it, without og:site_name.
KNOWN_OUTLET_URL = "http://en.yna.co.kr/view/AEN20210801000100315.html"
KNOWN_OUTLET_HTML = """<!doctype html>
<html><head><title>Ulsan shipyards report a surge in orders</title></head>
<body><article><h1>Ulsan shipyards report a surge in orders</h1>
<p>Ulsan's three largest shipyards said on Sunday that they had won more new orders in
the first seven months of the year than in all of last year.</p>
<p>Shipbuilders in Ulsan said orders for liquefied gas carriers in July were the highest
in five years, helped by strong demand from European buyers.</p>
<p>Industry analysts cautioned that rising steel prices could squeeze margins on ships
contracted at last year's lower rates.</p>
</article></body></html>
"""


NO_SITE_NAME_TITLE = "Chuncheon opens a lakeside cycling path"
NO_SITE_NAME_HTML = f"""<!doctype html>
<html><head><title>{NO_SITE_NAME_TITLE}</title></head>
<body><article><h1>{NO_SITE_NAME_TITLE}</h1>
<p>A twelve-kilometre cycling path around Lake Uiam in Chuncheon opened to the public on
Saturday after two years of construction, the city government said.</p>
<p>The path links three existing parks and includes a floating section over the water that
will close during strong winds.</p>
<p>City officials said bicycle rental stations would be added near the railway station by
the end of the year.</p>
</article></body></html>
"""


def relative_atom_feed() -> str:
    """An Atom feed whose entry link is relative to the feed's own URL (RFC 4287 allows it)."""
    return atom_feed("").replace('href="/atom-entry.html"', 'href="story1.html"')


BIG_HTML = (
    "<!doctype html><html><body><article>"
    + "<p>Weather forecasters in Daegu warned of another week of heat.</p>" * 80
    + "</article></body></html>"
)

# --- server --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    send_length: bool = True
    delay: float = 0.0
    drip_gap: float = 0.0  # send the body in DRIP_CHUNKS pieces with this pause between


def routes(base: str) -> dict[str, Route]:
    return {
        "/article.html": Route(200, ARTICLE_HTML.encode()),
        "/missing": Route(404, b"<html><body>Not here</body></html>"),
        "/loop": Route(302, b"", headers=(("Location", "/loop"),)),
        "/slow": Route(200, ARTICLE_HTML.encode(), delay=SLOW_SECONDS),
        "/feed.xml": Route(200, rss_feed(base).encode(), "application/rss+xml"),
        "/atom.xml": Route(200, atom_feed(base).encode(), "application/atom+xml"),
        "/story1.html": Route(200, story_html(1).encode()),
        "/story2.html": Route(200, story_html(2).encode()),
        "/big.html": Route(200, BIG_HTML.encode()),
        "/big-streamed.html": Route(200, BIG_HTML.encode(), send_length=False),
        "/plain.txt": Route(200, PLAIN_TEXT.encode(), "text/plain; charset=utf-8"),
        "/moved": Route(301, b"", headers=(("Location", "/article.html"),)),
        "/error": Route(500, b"<html><body>Server error</body></html>"),
        "/drip.txt": Route(
            200, DRIP_TEXT.encode(), "text/plain; charset=utf-8", drip_gap=DRIP_GAP_SECONDS
        ),
        "/relative-atom.xml": Route(200, relative_atom_feed().encode(), "application/atom+xml"),
        "/plain-feed.xml": Route(
            200,
            rss_feed(base).replace(f"{base}/story1.html", f"{base}/plain.txt").encode(),
            "application/rss+xml",
        ),
        "/feed-with-missing.xml": Route(
            200,
            rss_feed(base).replace(f"{base}/story1.html", f"{base}/missing").encode(),
            "application/rss+xml",
        ),
        "/no-site-name.html": Route(200, NO_SITE_NAME_HTML.encode()),
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    stopping: threading.Event


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        pass

    def _pause(self, seconds: float) -> bool:
        """Sleep in small steps; return False as soon as the server is shutting down."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.server.stopping.wait(0.05):
                return False
        return True

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        route = self.server.routes.get(urlsplit(self.path).path)
        if route is None:
            route = Route(404, b"no such route")
        if route.delay and not self._pause(route.delay):
            return
        try:
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers:
                self.send_header(name, value)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if not route.drip_gap:
                self.wfile.write(route.body)
                return
            size = -(-len(route.body) // DRIP_CHUNKS)
            for start in range(0, len(route.body), size):
                self.wfile.write(route.body[start : start + size])
                self.wfile.flush()
                if not self._pause(route.drip_gap):
                    return
        except OSError:
            pass  # the client gave up (timeout, size limit): nothing to do


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """Start the local server and return its base URL, http://127.0.0.1:PORT."""
    server = _Server(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    server.routes = routes(base)
    server.stopping = threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield base
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- helpers -------------------------------------------------------------------------------

Cli = Callable[..., Any]


def listed(cli: Cli, db: Path) -> list[dict[str, Any]]:
    """The stored articles as printed by ``peninsula articles --json``."""
    if not db.exists():
        return []
    result = cli("articles", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def stored(db: Path) -> list[Article]:
    if not db.exists():
        return []
    with Store(db, read_only=True) as store:
        return list(store.articles())


def summary(stdout: str) -> dict[str, Any]:
    data = json.loads(stdout)
    assert isinstance(data, dict)
    return data


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


# --- one HTML page -------------------------------------------------------------------------


def test_html_page_is_ingested_with_its_metadata(cli: Cli, db: Path, base_url: str) -> None:
    url = f"{base_url}/article.html"
    result = cli("ingest", url, "--db", db, "--quiet")
    assert result.exit_code == 0, result.stderr
    assert "1 ingested" in result.stdout

    [article] = listed(cli, db)
    assert article["uri"] == url
    assert article["title"] == ARTICLE_TITLE
    assert article["outlet"] == ARTICLE_OUTLET
    assert article["author"] == ARTICLE_AUTHOR
    assert article["published"] == ARTICLE_PUBLISHED
    assert article["published_basis"] == "explicit"
    assert article["language"] == "en"
    assert article["n_words"] > 60

    [full] = stored(db)
    assert full.paragraphs == list(ARTICLE_PARAGRAPHS)
    for word in CHROME_WORDS:
        assert word not in full.text


def test_plain_text_url_keeps_paragraphs_and_drops_chrome(
    cli: Cli, db: Path, base_url: str
) -> None:
    url = f"{base_url}/plain.txt"
    result = cli("ingest", url, "--db", db, "--quiet")
    assert result.exit_code == 0, result.stderr

    [article] = stored(db)
    assert article.uri == url
    assert article.paragraphs == list(PLAIN_PARAGRAPHS)
    assert "Back To Top" not in article.text
    assert "Link copied" not in article.text
    assert article.title == "Busan port sets a monthly container record"
    assert article.language == "en"


# --- failures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "extra", "expected"),
    [
        pytest.param("/missing", (), ("404",), id="http-404"),
        pytest.param("/error", (), ("500",), id="http-500"),
        pytest.param("/loop", (), ("redirects",), id="redirect-loop"),
        pytest.param("/slow", ("--timeout", TIMEOUT), ("timed out",), id="timeout"),
        pytest.param(
            "/big.html",
            ("--max-bytes", SMALL_LIMIT),
            ("size limit", "2,000 bytes"),
            id="too-large-declared",
        ),
        pytest.param(
            "/big-streamed.html",
            ("--max-bytes", SMALL_LIMIT),
            ("size limit", "2,000 bytes"),
            id="too-large-streamed",
        ),
    ],
)
def test_failing_url_is_reported_and_nothing_stored(
    cli: Cli, db: Path, base_url: str, path: str, extra: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    url = f"{base_url}{path}"
    started = time.monotonic()
    result = cli("ingest", url, "--db", db, "--quiet", *extra)
    elapsed = time.monotonic() - started

    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert line.startswith("failed")
    assert url in line
    for text in expected:
        assert text in line
    assert "0 ingested" in result.stdout
    assert "1 failed" in result.stdout
    assert listed(cli, db) == []
    assert elapsed < SLOW_SECONDS  # the timeout, not the server, ended the slow request


def test_non_http_scheme_fails_with_a_reason(cli: Cli, db: Path) -> None:
    url = "ftp://example.org/x.txt"
    result = cli("ingest", url, "--db", db, "--json")
    assert result.exit_code == 1
    data = summary(result.stdout)
    assert (data["ingested"], data["failed"]) == (0, 1)
    [outcome] = data["outcomes"]
    assert outcome["uri"] == url
    assert outcome["status"] == "failed"
    assert "unsupported URL scheme" in outcome["reason"]
    assert "http://" in outcome["reason"]

    text = cli("ingest", url, "--db", db, "--quiet")
    assert text.exit_code == 1
    [line] = error_lines(text.stderr)
    assert url in line
    assert "unsupported URL scheme" in line


def test_one_failing_url_does_not_stop_the_others(cli: Cli, db: Path, base_url: str) -> None:
    good, bad = f"{base_url}/article.html", f"{base_url}/missing"
    result = cli("ingest", bad, good, "--db", db, "--json")
    assert result.exit_code == 1
    data = summary(result.stdout)
    assert set(data) >= {"ingested", "duplicate", "skipped", "failed", "outcomes"}
    assert (data["ingested"], data["duplicate"], data["skipped"], data["failed"]) == (1, 0, 0, 1)
    by_uri = {o["uri"]: o for o in data["outcomes"]}
    assert by_uri[bad]["status"] == "failed"
    assert "404" in by_uri[bad]["reason"]
    assert by_uri[good]["status"] == "ingested"
    assert [a["uri"] for a in listed(cli, db)] == [good]


def test_reingesting_a_url_is_a_duplicate(cli: Cli, db: Path, base_url: str) -> None:
    url = f"{base_url}/article.html"
    first = cli("ingest", url, "--db", db, "--json")
    assert first.exit_code == 0, first.stderr
    assert summary(first.stdout)["ingested"] == 1

    second = cli("ingest", url, "--db", db, "--json")
    assert second.exit_code == 0, second.stderr
    data = summary(second.stdout)
    assert (data["ingested"], data["duplicate"], data["failed"]) == (0, 1, 0)
    assert data["outcomes"][0]["status"] == "duplicate"
    assert len(listed(cli, db)) == 1


# --- feeds ---------------------------------------------------------------------------------


def test_rss_feed_entries_are_ingested_from_their_summaries(
    cli: Cli, db: Path, base_url: str
) -> None:
    result = cli("ingest", f"{base_url}/feed.xml", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    assert summary(result.stdout)["ingested"] == 2

    articles = listed(cli, db)
    assert [a["uri"] for a in articles] == [f"{base_url}/story1.html", f"{base_url}/story2.html"]
    for number, article in enumerate(articles, start=1):
        assert article["title"] == STORY_TITLE[number]
        assert article["outlet"] == FEED_TITLE
        assert article["published"] == STORY_PUBDATE[number][1]
        assert article["published_basis"] == "explicit"

    texts = [a.text for a in stored(db)]
    assert texts == [STORY_SUMMARY[1], STORY_SUMMARY[2]]


def test_rss_feed_with_fetch_stores_the_full_pages(cli: Cli, db: Path, base_url: str) -> None:
    result = cli("ingest", f"{base_url}/feed.xml", "--fetch", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    assert summary(result.stdout)["ingested"] == 2

    articles = stored(db)
    assert [a.uri for a in articles] == [f"{base_url}/story1.html", f"{base_url}/story2.html"]
    for number, article in enumerate(articles, start=1):
        assert STORY_EXTRA[number] in article.text  # only on the full page
        assert STORY_SUMMARY[number] in article.text
        assert article.text != STORY_SUMMARY[number]
        assert len(article.paragraphs) == 3
        assert "Sports" not in article.text
        assert "Contact the newsroom" not in article.text
        # The feed's metadata wins over the page's.
        assert article.title == STORY_TITLE[number]
        assert article.outlet == FEED_TITLE
        assert article.published == STORY_PUBDATE[number][1]


def test_atom_feed_entry_is_ingested(cli: Cli, db: Path, base_url: str) -> None:
    result = cli("ingest", f"{base_url}/atom.xml", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    assert summary(result.stdout)["ingested"] == 1

    [article] = listed(cli, db)
    assert article["uri"] == f"{base_url}/atom-entry.html"
    assert article["title"] == ATOM_ENTRY_TITLE
    assert article["outlet"] == ATOM_TITLE
    assert article["published"] is not None
    assert article["published"].startswith("2021-06-24")
    assert article["published_basis"] == "explicit"
    [full] = stored(db)
    assert full.text == ATOM_SUMMARY


def test_feed_with_fetch_continues_after_a_failed_link(cli: Cli, db: Path, base_url: str) -> None:
    result = cli("ingest", f"{base_url}/feed-with-missing.xml", "--fetch", "--db", db, "--json")
    assert result.exit_code == 1
    data = summary(result.stdout)
    assert (data["ingested"], data["failed"]) == (1, 1)
    failed = [o for o in data["outcomes"] if o["status"] == "failed"]
    assert failed[0]["uri"] == f"{base_url}/missing"
    assert "404" in failed[0]["reason"]
    [article] = stored(db)
    assert article.uri == f"{base_url}/story2.html"
    assert STORY_EXTRA[2] in article.text


# --- redirects -----------------------------------------------------------------------------


def test_redirected_url_is_stored_under_its_final_address(
    cli: Cli, db: Path, base_url: str
) -> None:
    result = cli("ingest", f"{base_url}/moved", "--db", db, "--quiet")
    assert result.exit_code == 0, result.stderr
    [article] = listed(cli, db)
    assert article["uri"] == f"{base_url}/article.html"
    assert article["title"] == ARTICLE_TITLE


# --- regressions ---------------------------------------------------------------------------
# Each of these failed against src/ when this file was written (they were strict xfails)
# and passes since the fix landed.


def test_timeout_bounds_a_trickling_response(cli: Cli, db: Path, base_url: str) -> None:
    """--timeout is a budget for the whole request, not only for each socket read."""
    url = f"{base_url}/drip.txt"
    started = time.monotonic()
    result = cli("ingest", url, "--db", db, "--quiet", "--timeout", TIMEOUT)
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert url in line
    assert "timed out" in line
    assert listed(cli, db) == []
    assert elapsed < DRIP_CHUNKS * DRIP_GAP_SECONDS  # cut off before the body ended


@pytest.mark.parametrize(
    "fetch", [pytest.param(False, id="summary"), pytest.param(True, id="fetch")]
)
def test_relative_atom_link_is_resolved_against_the_feed_url(
    cli: Cli, db: Path, base_url: str, fetch: bool
) -> None:
    """An entry's relative link is stored (and fetched) as an absolute URL."""
    flags = ("--fetch",) if fetch else ()
    result = cli("ingest", f"{base_url}/relative-atom.xml", *flags, "--db", db, "--quiet")
    assert result.exit_code == 0, result.stderr
    [article] = listed(cli, db)
    assert article["uri"] == f"{base_url}/story1.html"
    [full] = stored(db)
    assert (STORY_EXTRA[1] in full.text) is fetch


def test_feed_fetch_reads_a_plain_text_page_as_text(cli: Cli, db: Path, base_url: str) -> None:
    """--fetch honours the linked page's Content-Type instead of assuming HTML."""
    result = cli("ingest", f"{base_url}/plain-feed.xml", "--fetch", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    data = summary(result.stdout)
    assert (data["ingested"], data["skipped"]) == (2, 0)
    by_uri = {a.uri: a for a in stored(db)}
    assert by_uri[f"{base_url}/plain.txt"].paragraphs == list(PLAIN_PARAGRAPHS)


def test_known_outlet_domain_names_the_outlet() -> None:
    """A page without og:site_name from a known domain gets the outlet from outlets.yaml.

    Built in-process: the URL is only a label here, no request leaves the machine.
    """
    raw = RawDocument(
        uri=KNOWN_OUTLET_URL,
        data=KNOWN_OUTLET_HTML.encode(),
        media_type=MediaType.HTML,
        hints=Hints(url=KNOWN_OUTLET_URL),
    )
    article = build_article(raw)
    assert isinstance(article, Article)
    assert article.uri == KNOWN_OUTLET_URL
    assert article.outlet == "Yonhap News Agency"


def test_page_without_site_name_on_a_host_with_port_has_no_outlet(
    cli: Cli, db: Path, base_url: str
) -> None:
    result = cli("ingest", f"{base_url}/no-site-name.html", "--db", db, "--quiet")
    assert result.exit_code == 0, result.stderr
    [article] = listed(cli, db)
    assert article["title"] == NO_SITE_NAME_TITLE
    assert article["outlet"] is None
