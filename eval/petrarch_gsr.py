"""How far the extractor carries to news it was not written for: the PETRARCH-2
validation records (MIT, read from ../shared at run time, never copied).

Each of the 78 records is a news sentence with the CAMEO events a coder found in it
(source, target, CAMEO code). For each event between two different states, this
reports whether peninsula codes an event between the same two states (either way)
and whether it falls in the same PLOVER quad as the CAMEO code (01-05 verbal
cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material
conflict). PETRARCH codes some things peninsula does not by design (a meeting's
venue as a party, drills as aimed at a state, non-state actors), so the figures
compare extractor versions rather than measure recall:

    .venv/bin/python eval/petrarch_gsr.py [--misses]

``--misses`` lists the events not found with what peninsula coded instead.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from peninsula.extract.events import Extractor
from peninsula.extract.lexicon import load_plover
from peninsula.models import Article

DATA = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/datasets/universalpetrarch_petr2_gsr/PETR2_GSR_validation.xml"
)
# Records with no date of their own (the TEST ones) are read as of this day.
UNDATED = "2015-01-01"
RECORD = re.compile(r"<Sentence ([^>]*)>(.*?)<Text>(.*?)</Text>", re.S)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def cameo_quad(code: str) -> str:
    root = int(code[:2])
    if root <= 5:
        return "verbal_cooperation"
    if root <= 8:
        return "material_cooperation"
    return "verbal_conflict" if root <= 13 else "material_conflict"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the events not found")
    options = parser.parse_args()
    extractor = Extractor()
    quads = load_plover().quads
    events = paired = same_quad = 0
    for attributes, codings, text in RECORD.findall(DATA.read_text(encoding="utf-8")):
        day = dict(ATTRIBUTE.findall(attributes)).get("date", "")
        published = f"{day[:4]}-{day[4:6]}-{day[6:]}" if len(day) == 8 else UNDATED
        sentence = " ".join(text.split())
        article = Article.from_text(sentence, uri="petrarch:", published=published)
        found = [
            (m.actor.code, m.recipient.code, quads[m.event_type])
            for m in extractor.extract(article)
            if m.recipient is not None
        ]
        for coding in re.findall(r"<EventCoding ([^>]*)>", codings):
            event = dict(ATTRIBUTE.findall(coding))
            source, target = event.get("sourcecode", "")[:3], event.get("targetcode", "")[:3]
            if "eventcode" not in event or not source or not target or source == target:
                continue
            events += 1
            same = [q for a, r, q in found if {a, r} == {source, target}]
            paired += bool(same)
            same_quad += cameo_quad(event["eventcode"]) in same
            if options.misses and cameo_quad(event["eventcode"]) not in same:
                print(f"{source}->{target} {event['eventcode']}: {found} | {sentence[:160]}")
    print(f"{events} coded events between two states; the same two states: {paired}; ", end="")
    print(f"and the same quad: {same_quad}")


if __name__ == "__main__":
    main()
