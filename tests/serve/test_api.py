"""The REST API over a real server on 127.0.0.1 and a real DuckDB file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from peninsula.serve.guard import UnsafeURL, check_url
from tests.serve.conftest import TOKEN, LiveServer

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = (
    "Seoul, June 3 -- South Korea and the United States began joint naval drills "
    "off the east coast on Monday, the South Korean navy said. North Korea denounced "
    "the drills on Tuesday."
)


def _all_pages(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def test_events_page_through_every_event_once(serve: Callable[..., LiveServer]) -> None:
    server = serve()
    with httpx.Client(base_url=server.url) as client:
        total = client.get("/api/health").json()["events"]
        events = _all_pages(client, "/api/events", limit=7)
    assert total > 7  # several pages
    assert len(events) == total
    assert len({e["id"] for e in events}) == total
    days = [e["date"] for e in events if e["date"]]
    assert [d[:4] for d in days] == sorted(d[:4] for d in days)  # oldest first


def test_event_filters_match_the_cli_filters(serve: Callable[..., LiveServer]) -> None:
    server = serve()
    with httpx.Client(base_url=server.url) as client:
        found = _all_pages(client, "/api/events", dyad="KOR-PRK", type="SANCTION")
        assert found
        for event in found:
            assert event["event"] == "SANCTION"
            assert {event["actor"]["code"], event["recipient"]["code"]} == {"KOR", "PRK"}
        one = client.get(f"/api/events/{found[0]['id']}").json()
        assert one["evidence"][0]["event_text"] == found[0]["event_text"]
        article = client.get(f"/api/articles/{found[0]['article']['id']}").json()
        start, end = one["evidence"][0]["start"], one["evidence"][0]["end"]
        assert article["text"][start:end] == found[0]["event_text"]
        everything = _all_pages(client, "/api/events")
        sure = _all_pages(client, "/api/events", min_confidence="0.8")
        assert all(e["confidence"] >= 0.8 for e in sure)
        assert 0 < len(sure) < len(everything)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events?limit=501", 422),
        ("/api/events?limit=0", 422),
        ("/api/events?dyad=north-korea", 422),
        ("/api/events?dyad=PRK-PRK", 422),
        ("/api/events?type=INVADE", 422),
        ("/api/events?since=yesterday", 422),
        ("/api/events?min_confidence=80", 422),
        ("/api/events?cursor=bm90IGEga2V5", 400),
        ("/api/articles?cursor=%%%", 400),
        ("/api/events/e-nosuchevent", 404),
        ("/api/articles/a-nosucharticle", 404),
        ("/api/relations?by=decade", 422),
    ],
)
def test_bad_requests_get_a_clear_client_error(
    serve: Callable[..., LiveServer], path: str, status: int
) -> None:
    response = httpx.get(serve().url + path)
    assert response.status_code == status
    assert response.json()["detail"]


def test_relations_status_and_signals_answer_like_the_cli(
    serve: Callable[..., LiveServer],
) -> None:
    server = serve()
    with httpx.Client(base_url=server.url) as client:
        rows = client.get("/api/relations", params={"dyad": "KOR-PRK", "by": "year"}).json()
        assert rows["items"] and all(r["actor"] == "KOR" for r in rows["items"])
        board = client.get("/api/status").json()["items"]
        hotline = next(c for c in board if c["channel"] == "hotline")
        assert hotline["state"] and hotline["evidence"]
        assert client.get("/api/signals", params={"dyad": "KOR-PRK"}).status_code == 200
        assert client.get("/openapi.json").json()["info"]["title"] == "peninsula"
        assert client.get("/docs").status_code == 200


def test_writes_need_the_token(serve: Callable[..., LiveServer]) -> None:
    server = serve(token=TOKEN)
    body = {"text": ARTICLE, "published": "2024-06-05"}
    with httpx.Client(base_url=server.url) as client:
        before = client.get("/api/health").json()
        assert client.post("/api/articles", json=body).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert client.post("/api/articles", json=body, headers=wrong).status_code == 401
        assert client.get("/api/health").json() == before  # nothing stored


def test_writes_are_off_without_a_configured_token(serve: Callable[..., LiveServer]) -> None:
    server = serve()
    response = httpx.post(server.url + "/api/articles", json={"text": ARTICLE}, headers=AUTH)
    assert response.status_code == 403
    assert "PENINSULA_TOKEN" in response.json()["detail"]


def test_a_posted_article_is_ingested_and_extracted_like_the_cli(
    serve: Callable[..., LiveServer],
) -> None:
    server = serve(token=TOKEN)
    body = {"text": ARTICLE, "title": "Allies drill", "published": "2024-06-05"}
    with httpx.Client(base_url=server.url, timeout=60) as client:
        created = client.post("/api/articles", json=body, headers=AUTH)
        assert created.status_code == 201, created.text
        result = created.json()
        assert result["status"] == "ingested" and result["events"] >= 2
        article = client.get(f"/api/articles/{result['article_id']}").json()
        assert article["title"] == "Allies drill" and article["published"] == "2024-06-05"
        kinds = {client.get(f"/api/events/{e}").json()["event"] for e in article["events"]}
        assert {"MOBILIZE", "ACCUSE"} <= kinds
        again = client.post("/api/articles", json=body, headers=AUTH)
        assert again.status_code == 200 and again.json()["status"] == "duplicate"


@pytest.mark.parametrize(
    "body",
    [{}, {"text": "a", "url": "https://example.org/"}, {"text": ""}, {"html": 3}],
)
def test_a_malformed_article_is_refused(serve: Callable[..., LiveServer], body: object) -> None:
    response = httpx.post(serve(token=TOKEN).url + "/api/articles", json=body, headers=AUTH)
    assert response.status_code == 422


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://example.org/",
        "http://127.0.0.1:8000/api/health",
        "http://localhost/",
        "http://[::1]/",
        "http://10.0.0.8/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
    ],
)
def test_url_ingest_refuses_local_and_private_addresses(
    serve: Callable[..., LiveServer], url: str
) -> None:
    server = serve(token=TOKEN)
    response = httpx.post(server.url + "/api/articles", json={"url": url}, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["detail"].startswith("refused")


def test_private_addresses_can_be_allowed(serve: Callable[..., LiveServer]) -> None:
    with pytest.raises(UnsafeURL):
        check_url("http://127.0.0.1/")
    check_url("http://127.0.0.1/", allow_private=True)  # no error


def test_a_url_on_the_allowed_loopback_is_fetched_through_the_ingest_path(
    serve: Callable[..., LiveServer],
) -> None:
    source = serve()  # a peninsula server is as good an HTTP server as any
    server = serve(token=TOKEN, allow_private_urls=True)
    event = httpx.get(source.url + "/api/events", params={"type": "SANCTION"}).json()["items"][0]
    url = f"{source.url}/events/{event['id']}"  # an evidence page: the article's text in HTML
    response = httpx.post(server.url + "/api/articles", json={"url": url}, headers=AUTH, timeout=60)
    # the page's main text is the stored article's: found again as that article
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "duplicate"
    assert response.json()["article_id"] == event["article"]["id"]


def test_an_oversized_body_is_refused_and_nothing_is_stored(
    serve: Callable[..., LiveServer],
) -> None:
    server = serve(token=TOKEN, max_body_bytes=10_000)
    with httpx.Client(base_url=server.url) as client:
        before = client.get("/api/health").json()["articles"]
        big = {"text": "North Korea fired a missile. " * 1000}
        response = client.post("/api/articles", json=big, headers=AUTH)
        assert response.status_code == 413

        def chunks() -> Any:
            yield b'{"text": "'
            for _ in range(100):
                yield b"x" * 1000
            yield b'"}'

        streamed = client.post(
            "/api/articles",
            content=chunks(),
            headers={**AUTH, "Content-Type": "application/json"},
        )
        assert streamed.status_code == 413
        assert client.get("/api/health").json()["articles"] == before


def test_reads_can_require_the_token(serve: Callable[..., LiveServer]) -> None:
    server = serve(token=TOKEN, reads_need_token=True)
    with httpx.Client(base_url=server.url) as client:
        assert client.get("/api/events").status_code == 401
        assert client.get("/").status_code == 401
        assert client.get("/api/events", headers=AUTH).status_code == 200
