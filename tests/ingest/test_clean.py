"""The cleaner's general rules, on text written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peninsula.ingest.clean import Role, clean, is_prose, normalize

STORY = [
    "North Korea fired two short-range missiles into the sea off its east coast on Monday.",
    "The launch came a day after the allies wrapped up a week of joint naval exercises.",
    "Officials in Seoul said they were analysing the flight data with their US counterparts.",
]


def page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "chrome",
    [
        pytest.param("Back To Top", id="back-to-top"),
        pytest.param("• Link copied", id="bulleted"),
        pytest.param("MENU", id="upper-case"),
        pytest.param("[ad_1]", id="ad-marker"),
        pytest.param("Share on Facebook", id="share"),
        pytest.param("© 2021 Some News Corp. All rights reserved.", id="copyright"),
        pytest.param("ⓒYONHAP News", id="circled-c"),
        pytest.param("187", id="counter"),
        pytest.param("View comments", id="comments"),
        pytest.param(
            "We use cookies to improve your experience. By continuing you consent to this policy.",
            id="cookie-notice",
        ),
    ],
)
def test_chrome_lines_are_dropped(chrome: str) -> None:
    cleaned = clean(page("A headline about the launch", chrome, *STORY, chrome))
    assert cleaned.paragraphs == STORY


def test_a_year_alone_inside_the_story_is_kept_as_the_heading_of_a_timeline() -> None:
    entries = [
        "2019",
        "Feb. 27 - The leaders met in Hanoi and parted without a deal, officials said.",
    ]
    cleaned = clean(page("A headline about the talks", *STORY, *entries, "2021"))
    assert cleaned.paragraphs == [*STORY, *entries]


def test_caption_with_trailing_credit_is_dropped() -> None:
    caption = "Soldiers stand guard at the truce village in Panmunjom. (Yonhap)"
    cleaned = clean(page(STORY[0], caption, caption, *STORY[1:]))
    assert cleaned.paragraphs == STORY


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("A soldier at the border post (AP Photo)", id="ap-photo"),
        pytest.param("A soldier at the border post (file photo)", id="file-photo"),
        pytest.param("A soldier at the border post (EPA-Yonhap)", id="joint-credit"),
        pytest.param(
            "Border post A soldier stands watch at dawn Border post A soldier stands watch at dawn",
            id="caption-printed-twice",
        ),
    ],
)
def test_captions_inside_the_story_are_dropped(caption: str) -> None:
    assert clean(page(STORY[0], caption, *STORY[1:])).paragraphs == STORY


def test_sentence_ending_in_a_parenthesis_is_kept() -> None:
    sentence = "The two sides met at the Peace House on the southern side of the line (Panmunjom)."
    assert sentence in clean(page(*STORY, sentence)).paragraphs


def test_yaml_front_matter_is_parsed_and_removed() -> None:
    text = "---\ntitle: Launch\ndate: 2021-03-25\n---\n\n" + page(*STORY)
    cleaned = clean(text)
    assert cleaned.front_matter == {"title": "Launch", "date": dt.date(2021, 3, 25)}
    assert cleaned.paragraphs == STORY


def test_broken_front_matter_is_left_as_text() -> None:
    text = "---\ntitle: [unclosed\n---\n\n" + page(*STORY)
    assert clean(text).front_matter == {}


def test_hard_wrapped_paragraph_is_rejoined() -> None:
    wrapped = (
        "The United Nations Security Council met behind closed doors on\n"
        "Friday to discuss the launch, the third such meeting this year, and\n"
        "diplomats said no joint statement was expected from the members."
    )
    (paragraph,) = clean(wrapped).paragraphs
    assert paragraph.startswith(
        "The United Nations Security Council met behind closed doors on Friday"
    )
    assert "\n" not in paragraph


def test_kcna_style_comma_runs_split_paragraphs() -> None:
    text = (
        "The committee denounced the drills as a rehearsal for invasion.,  It said the "
        "exercises would be met with a firm response by the army., ,  The statement "
        "was carried by the official news agency on Tuesday."
    )
    assert len(clean(text).paragraphs) == 3


def test_header_and_footer_lines_are_kept_for_metadata() -> None:
    cleaned = clean(page("Missiles fired into the sea", "By Kim Min-ji", *STORY, "Latest News"))
    assert cleaned.lines(Role.HEADER) == ["Missiles fired into the sea", "By Kim Min-ji"]
    assert cleaned.lines(Role.FOOTER) == []


def test_related_links_inside_the_story_are_set_aside() -> None:
    cleaned = clean(page(STORY[0], "Related: Missile talks stall", STORY[1], STORY[2]))
    assert cleaned.paragraphs == STORY
    assert cleaned.lines(Role.ASIDE) == ["Related: Missile talks stall"]


def test_page_of_only_chrome_has_no_text() -> None:
    assert clean(page("Back To Top", "Menu", "Link copied", "Latest News")).text == ""


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        pytest.param("What's behind the new missile threats?", False, id="headline-question"),
        pytest.param("Seoul proposes talks with Pyongyang", False, id="headline"),
        pytest.param("The talks will resume next week, officials said.", True, id="sentence"),
        pytest.param("Go Top.", False, id="too-short"),
    ],
)
def test_prose_detection(unit: str, expected: bool) -> None:
    assert is_prose(unit) is expected


@given(st.text(max_size=2000))
def test_clean_never_fails_and_keeps_only_input_words(text: str) -> None:
    cleaned = clean(text)
    for paragraph in cleaned.paragraphs:
        assert paragraph.strip() == paragraph
        assert "\n\n" not in paragraph
        for word in paragraph.split():
            assert word in normalize(text)


def test_a_leaders_name_glued_to_its_neighbours_is_set_apart() -> None:
    text = "The ComradeKim Jong Unreceived the envoy. Kim Jong Un's aide, Kim Jong Un, left."
    assert normalize(text) == (
        "The Comrade Kim Jong Un received the envoy. Kim Jong Un's aide, Kim Jong Un, left."
    )
