"""Clean raw article text: drop site chrome, keep the story's paragraphs.

The rules are general, not per site:

* YAML front matter is parsed off the top;
* the text is cut into units (lines, with hard-wrapped lines re-joined);
* units that are known chrome phrases (``data/boilerplate.yaml``), photo
  captions (a trailing credit such as "(Yonhap)", or a caption repeated twice
  on one line), repeats of an earlier unit, or bare punctuation are dropped;
* the body runs from the first to the last unit with sentence structure;
  inside it, units without sentence structure (related-story links, counters,
  subheads) are set aside. Units before and after the body are the header
  and footer, where metadata (title, byline, date) is looked for.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from peninsula.actors.dictionary import load_actors
from peninsula.data import load_yaml
from peninsula.dates import heading_year

# A unit with at least this many words is prose even without final punctuation
# (a scraped paragraph cut mid-sentence, a quote ending in "he added"). Headlines
# and captions rarely reach it; chosen on the seeds and corpus in ../shared.
PROSE_MIN_WORDS_UNPUNCTUATED = 20
# A punctuated unit needs this many words to count as a sentence, so that
# "Go Top." or "Related:" never start the body.
PROSE_MIN_WORDS = 6
# Questions this short are headlines ("What's behind U.S. war threats?").
QUESTION_MIN_WORDS = 15
# Hard-wrapped blocks (e-mail, plain-text exports) have most lines in this range.
WRAP_MIN_CHARS, WRAP_MAX_CHARS = 40, 100
FRONT_MATTER_MAX_LINES = 80

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_JOIN_STOPPERS = re.compile(r"[.!?…:;)\]\"'”’]$")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)
_LABEL_CAPTION = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}:\s+\S")
_TRAILING_CREDIT = re.compile(r"\(([^()]{1,40})\)\s*$")
# KCNA's scrape turned paragraph breaks into ".,  " and "., ,  " runs.
_COMMA_BREAKS = re.compile(r"(?<=[.!?\"”])(?:\s*,){1,}\s{2,}(?=[\"“A-Z])|(?<=[.!?\"”])\s*,\s*,\s+")
# Korean names glued to their neighbours have three words ("Kim Jong Un"); shorter
# names could be the start of a longer one ("Wang Yi" of "Wang Yingfan").
GLUED_NAME_WORDS = 3
_GLUED_DASH = re.compile(r"(?<=\s)--(?=\w)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Unicode hyphens that spell compounds ("test‑firing") become the ASCII hyphen.
_INVISIBLE.update({0x2010: ord("-"), 0x2011: ord("-")})


class Role(enum.StrEnum):
    """Where a kept unit sits relative to the story."""

    HEADER = "header"
    BODY = "body"
    ASIDE = "aside"  # inside the body span, but no sentence structure
    FOOTER = "footer"


@dataclass(frozen=True)
class Unit:
    """One line or re-joined paragraph of the input, with its role."""

    text: str
    role: Role


@dataclass(frozen=True)
class CleanText:
    """The story's paragraphs plus the surrounding units metadata is read from."""

    units: tuple[Unit, ...]
    front_matter: Mapping[str, Any] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        """Return the body paragraphs."""
        return [unit.text for unit in self.units if unit.role is Role.BODY]

    @property
    def text(self) -> str:
        """Return the cleaned article text: paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def lines(self, *roles: Role) -> list[str]:
        """Return the unit texts with one of ``roles``, in document order."""
        return [unit.text for unit in self.units if unit.role in roles]


@dataclass(frozen=True)
class _Rules:
    phrases: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    inline: tuple[re.Pattern[str], ...]
    credits: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load_yaml("boilerplate.yaml")
    return _Rules(
        phrases=frozenset(p.casefold() for p in data["phrases"]),
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["patterns"]),
        inline=tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in data["inline"]),
        credits=frozenset(c.casefold() for c in data["caption_credits"]),
    )


def word_count(text: str) -> int:
    """Count the words in ``text``."""
    return len(_WORD.findall(text))


def normalize(text: str) -> str:
    """Normalise line breaks and invisible characters; keep everything else."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    # Datelines glued to the story: "(KCNA) --Kim Jong Un" -> "(KCNA) -- Kim Jong Un".
    text = _GLUED_DASH.sub("-- ", text)
    before, after = _glued_names()
    return after.sub(r"\1 ", before.sub(" ", text))


@cache
def _glued_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Three-word names of people glued to the words around them, as KCNA's pages
    print a leader's name in its own span: "ComradeKim Jong Unreceived"."""
    names = {
        alias.text
        for alias in load_actors().aliases
        if alias.entry.kind.value == "person"
        and len(alias.text.split()) == GLUED_NAME_WORDS
        and alias.text.isascii()
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # a lower-case letter on either side (not an apostrophe, a space or a hyphen)
    before = re.compile(rf"(?<=[a-z])(?=(?:{alternatives}))")
    after = re.compile(rf"({alternatives})(?=[a-z]{{2}})")
    return before, after


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (``---`` ... ``---``) off the top of ``text``."""
    stripped = text.lstrip()
    if not stripped.startswith("---"):
        return {}, text
    lines = stripped.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for index in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        if lines[index].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("\n".join(lines[1:index]))
            except yaml.YAMLError:
                return {}, text
            if not isinstance(data, dict):
                return {}, text
            return data, "\n".join(lines[index + 1 :])
    return {}, text


def _units(text: str) -> Iterator[str]:
    for block in re.split(r"\n[ ]*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        inner = lines[:-1]
        wrapped = len(lines) >= 3 and sum(
            WRAP_MIN_CHARS <= len(line) <= WRAP_MAX_CHARS for line in inner
        ) >= 0.8 * len(inner)
        merged: list[str] = []
        for line in lines:
            if merged and not _JOIN_STOPPERS.search(merged[-1]):
                previous = merged[-1]
                if line[0].islower() or (wrapped and len(previous) >= WRAP_MIN_CHARS):
                    merged[-1] = f"{previous} {line}"
                    continue
            merged.append(line)
        yield from merged


def _is_chrome(unit: str) -> bool:
    rules = _rules()
    bare = unit.strip(" •·|*>#»«-–—:").casefold()
    if not any(ch.isalnum() for ch in bare):
        return True
    if bare in rules.phrases:
        return True
    return any(pattern.search(unit) for pattern in rules.patterns)


def _is_doubled(unit: str) -> bool:
    words = unit.split()
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]


def _is_caption(unit: str) -> bool:
    match = _TRAILING_CREDIT.search(unit)
    if not match:
        return False
    credit = match.group(1).strip().casefold()
    credits = _rules().credits
    if credit in credits:
        return True
    parts = [part.strip() for part in re.split(r"[-/,&;]| and ", credit) if part.strip()]
    if parts and all(part in credits for part in parts):
        return True
    return bool(re.search(r"\b(photo|picture|image|courtesy)\b", credit))


def is_prose(unit: str) -> bool:
    """Return True when ``unit`` reads like a sentence of running text."""
    words = word_count(unit)
    if _TERMINAL.search(unit):
        if unit.rstrip("\"'”’)]").endswith("?"):
            return words >= QUESTION_MIN_WORDS
        return words >= PROSE_MIN_WORDS
    if _LABEL_CAPTION.match(unit):
        return False
    return words >= PROSE_MIN_WORDS_UNPUNCTUATED


def clean(raw: str) -> CleanText:
    """Clean raw page text into paragraphs plus header, aside and footer units."""
    rules = _rules()
    text = normalize(raw)
    front_matter, text = split_front_matter(text)
    text = _COMMA_BREAKS.sub("\n\n", text)
    for pattern in rules.inline:
        text = pattern.sub(" ", text)
    kept: list[str] = []
    seen: set[str] = set()
    for unit in _units(text):
        key = unit.casefold()
        if key in seen or _is_chrome(unit) or _is_doubled(unit) or _is_caption(unit):
            continue
        seen.add(key)
        kept.append(unit)
    prose = [index for index, unit in enumerate(kept) if is_prose(unit)]
    units: list[Unit] = []
    for index, unit in enumerate(kept):
        if not prose or index < prose[0]:
            role = Role.HEADER
        elif index > prose[-1]:
            role = Role.FOOTER
        else:
            # a year alone between paragraphs heads the dated entries after it
            role = Role.BODY if is_prose(unit) or heading_year(unit) is not None else Role.ASIDE
        units.append(Unit(unit, role))
    return CleanText(units=tuple(units), front_matter=front_matter)
