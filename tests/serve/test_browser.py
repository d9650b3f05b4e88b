"""The dashboard in a real headless Chromium (Debian's), driven by Playwright.

A person opens the page, filters the timeline, opens an event's evidence and
reads the sentence highlighted in its article. Screenshots of what they see are
saved in build/screenshots/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.serve.conftest import HOSTILE_TITLE, LiveServer

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
CHROMIUM = os.environ.get("PENINSULA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    opened.on("dialog", lambda dialog: pytest.fail(f"a page opened a dialog: {dialog.message}"))
    yield opened
    context.close()


def test_filter_the_timeline_and_open_an_events_evidence(
    serve: Callable[..., LiveServer], page: Page
) -> None:
    server = serve()
    page.goto(server.url + "/")
    expect(page.locator("header .brand")).to_have_text("peninsula")
    rows = page.locator("#timeline tr.event")
    assert rows.count() > 5
    # the chart and the channel board are drawn
    chart = page.locator("#chart img")
    expect(chart).to_be_visible()
    assert page.evaluate("img => img.naturalWidth", chart.element_handle()) > 100
    expect(page.locator("#board tbody tr").first).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)

    # filter by type: the page reloads with only that type
    with page.expect_navigation():
        page.select_option("#f-type", "SANCTION")
    assert "type=SANCTION" in page.url
    types = page.locator("#timeline td.type").all_inner_texts()
    assert types and set(types) == {"SANCTION"}
    # and by dyad, keeping the type
    with page.expect_navigation():
        page.select_option("#f-dyad", "KOR-PRK")
    dyads = page.locator("#timeline td.dyad").all_inner_texts()
    assert dyads and all({"KOR", "PRK"} == set(d.replace(" ", "").split("→")) for d in dyads)
    assert set(page.locator("#timeline td.type").all_inner_texts()) == {"SANCTION"}

    # open the first event's evidence: its sentence is highlighted in the article
    snippet = page.locator("#timeline td.quote").first.inner_text().rstrip(".…")
    with page.expect_navigation():
        page.locator("#timeline a.evidence-link").first.click()
    mark = page.locator("mark.evidence").first
    expect(mark).to_be_visible()
    assert mark.inner_text().startswith(snippet[:80])
    expect(page.locator("#event h1")).to_contain_text("SANCTION")
    expect(page.locator(".report .meta").first).to_contain_text("published")
    page.screenshot(path=str(SCREENSHOTS / "evidence.png"), full_page=True)


def test_article_text_and_titles_cannot_run_script(
    serve: Callable[..., LiveServer], page: Page
) -> None:
    server = serve()
    page.goto(server.url + "/?since=2024-05-01")
    rows = page.locator("#timeline tr.event")
    assert rows.count() >= 1
    with page.expect_navigation():
        page.locator("#timeline a.evidence-link").first.click()
    # the hostile title is shown as text, and nothing it holds ran
    expect(page.locator(".report h2").first).to_have_text(HOSTILE_TITLE)
    assert "onerror" in page.locator(".article-text").first.inner_text()
    assert page.evaluate("window.pwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("script").count() == 1  # only our own /static/app.js


def test_the_page_works_without_the_internet(serve: Callable[..., LiveServer], page: Page) -> None:
    server = serve()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server.url + "/")
    page.wait_for_load_state("networkidle")
    assert requested and all(url.startswith(server.url) for url in requested)
