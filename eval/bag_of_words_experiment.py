"""Would a learned classifier over our own gold find what the rules miss? An experiment.

A multinomial naive Bayes model reads each sentence that names two states as a bag
of its words (the lemmas of its verbs, nouns and adjectives, the states' own names
left out, and a negation mark) and decides which PLOVER type, if any, the sentence
tells between them. It is trained on the four dev sets the rules were written
against (wire, state, mixed, recent), their international gold lines aligned to
sentences through the rules' own matches and the miss tables in eval/analysis,
and scored on the two dev sets no rule was written from (blind, unseen).

Scoring is lenient on purpose: a gold event counts as found when the article has a
prediction for the same two states (either order) with an acceptable type, whatever
its date and modality, so the figures are a ceiling for what such a model adds.
The rules are scored the same way, alone and together with the model.

    .venv/bin/python eval/bag_of_words_experiment.py            # margins 0, 3 and 6
    .venv/bin/python eval/bag_of_words_experiment.py --margin 3

``--margin`` is how much likelier (in log odds) than "no event" a type must be before
the model reports it. Results are in docs/recall.md (fourteenth session).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gold_store import REPO, ingest_gold_articles

from peninsula import Store
from peninsula.actors.resolver import ArticleActors
from peninsula.evaluate import Gold, GoldEvent, load_gold, matches
from peninsula.extract.events import Extractor

TRAINING_SETS = ("wire", "state", "mixed", "recent")
TEST_SETS = ("blind", "unseen")
NO_EVENT = "NONE"
# Words every sentence of this news has, which tell no type apart.
COMMON = frozenset(
    {
        *("be", "have", "do", "say", "tell", "also", "year", "month", "day", "week", "time"),
        *("official", "ministry", "minister", "president", "leader", "country", "state"),
        *("government", "report", "statement", "agency", "news"),
    }
)


@dataclass
class Sentence:
    text: str
    words: Counter[str]
    states: list[str]  # codes, in the order first named


@dataclass
class Bayes:
    """Multinomial naive Bayes with add-one smoothing."""

    prior: Counter[str] = field(default_factory=Counter)
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def fit(self, rows: list[tuple[Counter[str], str]]) -> Bayes:
        for words, label in rows:
            self.prior[label] += 1
            self.counts[label].update(words)
        return self

    def predict(self, words: Counter[str], margin: float) -> str:
        vocabulary = len({w for c in self.counts.values() for w in c})
        total = sum(self.prior.values())
        scores = {}
        for label, seen in self.prior.items():
            size = sum(self.counts[label].values())
            scores[label] = math.log(seen / total) + sum(
                k * math.log((self.counts[label][w] + 1) / (size + vocabulary))
                for w, k in words.items()
            )
        best = max(scores, key=lambda label: scores[label])
        if best != NO_EVENT and scores[best] - scores[NO_EVENT] < margin:
            return NO_EVENT
        return best


def sentences(extractor: Extractor, path: Path, published: dt.date) -> list[Sentence]:
    """Each sentence of an article with its words and the states it names."""
    people = ArticleActors(home=None)
    found = []
    for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
        doc = extractor.nlp(paragraph)
        mentions = list(extractor.matcher.mentions(doc, people))
        for sentence in doc.sents:
            inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
            states: list[str] = []
            for mention in inside:
                code = mention.entry.role_on(published).code
                if code not in states:
                    states.append(code)
            named = {i for m in inside for i in range(m.start, m.end)}
            words: Counter[str] = Counter()
            for token in sentence:
                lemma = token.lemma_.lower()
                if token.i in named or token.is_stop or token.is_punct or token.like_num:
                    continue
                if token.pos_ in ("VERB", "NOUN", "ADJ", "PROPN") and lemma not in COMMON:
                    words[f"{token.pos_[0]}:{lemma}"] += 1
                if token.dep_ == "neg":
                    words["NEG"] += 1
            found.append(Sentence(sentence.text, words, states))
    return found


def international(gold: Gold) -> list[GoldEvent]:
    return [g for g in gold.events if g.actor and g.recipient and g.actor != g.recipient]


def rules_mentions(gold: Gold) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "e.duckdb") as store:
        ingest_gold_articles(gold, store)
        return list(store.mentions())


def pairs(sentence: Sentence) -> list[frozenset[str]]:
    codes = sentence.states
    return [frozenset((a, b)) for n, a in enumerate(codes) for b in codes[n + 1 :]]


def training_rows(extractor: Extractor) -> list[tuple[Counter[str], str]]:
    """One row per sentence and pair of states it names, labelled with the type of the
    gold event aligned to it, or NONE."""
    told_in: dict[tuple[str, str, str], str] = {}  # (set, article, note) -> sentence start
    for table in sorted((REPO / "eval" / "analysis").glob("*_misses.csv")):
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                told_in[(row["set"], row["article"], row["note"].strip())] = row["sentence_start"]
    rows: list[tuple[Counter[str], str]] = []
    for name in TRAINING_SETS:
        gold = load_gold(REPO / "eval" / "gold" / f"dev_{name}.jsonl")
        found = rules_mentions(gold)
        for article, published in gold.articles.items():
            events = [g for g in international(gold) if g.article == article]
            told = sentences(extractor, REPO / article, dt.date.fromisoformat(str(published)))
            labels: dict[tuple[int, frozenset[str]], str] = {}
            for event in events:
                start = next((m["event_text"] for m in found if matches(m, event)), None)
                start = start or told_in.get((name, Path(article).stem, event.note.strip()))
                if not start:
                    continue
                for index, sentence in enumerate(told):
                    if sentence.text.startswith(start[:40]) or start.startswith(sentence.text[:40]):
                        key = (index, frozenset((event.actor or "", event.recipient or "")))
                        labels.setdefault(key, event.types[0])
                        break
            for index, sentence in enumerate(told):
                for pair in pairs(sentence):
                    rows.append((sentence.words, labels.get((index, pair), NO_EVENT)))
    return rows


def score(
    predicted: set[tuple[str, frozenset[str], str]], events: list[GoldEvent]
) -> tuple[int, int]:
    """Gold events found, and predictions that are right, by article, pair and type."""
    found = sum(
        any((g.article, frozenset((g.actor, g.recipient)), t) in predicted for t in g.types)
        for g in events
    )
    right = sum(
        any(
            article == g.article and pair == frozenset((g.actor, g.recipient)) and kind in g.types
            for g in events
        )
        for article, pair, kind in predicted
    )
    return found, right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--margin", type=float, nargs="*", default=[0.0, 3.0, 6.0])
    options = parser.parse_args()
    extractor = Extractor()
    rows = training_rows(extractor)
    model = Bayes().fit(rows)
    positives = sum(label != NO_EVENT for _words, label in rows)
    print(f"training: {len(rows)} sentence-pairs, {positives} with an aligned gold event")
    for name in TEST_SETS:
        gold = load_gold(REPO / "eval" / "gold" / f"dev_{name}.jsonl")
        events = international(gold)
        rules = {
            (
                m["uri"].split("eval/dev/", 1)[-1],
                frozenset((m["actor"], m["recipient"])),
                m["event"],
            )
            for m in rules_mentions(gold)
            if m["recipient"] and m["recipient"] != m["actor"]
        }
        rules = {("eval/dev/" + a, p, t) for a, p, t in rules}
        told = {
            article: sentences(extractor, REPO / article, dt.date.fromisoformat(str(published)))
            for article, published in gold.articles.items()
        }
        found, right = score(rules, events)
        print(f"{name}: {len(events)} international gold events")
        print(f"  rules          found {found:3d}, right {right:3d} of {len(rules):3d}")
        for margin in options.margin:
            learned = {
                (article, pair, kind)
                for article, told_sentences in told.items()
                for sentence in told_sentences
                if (kind := model.predict(sentence.words, margin)) != NO_EVENT
                for pair in pairs(sentence)
            }
            both = rules | learned
            found_l, right_l = score(learned, events)
            found_b, right_b = score(both, events)
            print(
                f"  margin {margin:3.0f}  model found {found_l:3d}, right {right_l:3d} of"
                f" {len(learned):3d}; with the rules found {found_b:3d}, right {right_b:3d}"
                f" of {len(both):3d}"
            )


if __name__ == "__main__":
    main()
