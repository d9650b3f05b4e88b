"""Acts told by a participle on what they were done to: "a missile launched by Iran"."""

from __future__ import annotations

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

DATED = ("type", "actor", "date")


def test_a_missile_launched_by_a_state_is_its_launch(extractor: Extractor) -> None:
    found = summary(
        extractor, "A missile launched by Iran on Tuesday flew over Iraq.", "2022-10-06", DATED
    )
    assert ("MOBILIZE", "IRN", "2022-10-04") in found


def test_a_launch_described_beside_a_condemnation_is_an_event_too(extractor: Extractor) -> None:
    found = summary(
        extractor, "Iraq condemned the missile launched by Iran on Tuesday.", "2022-10-06", DATED
    )
    assert {("ACCUSE", "IRQ", "2022-10-04"), ("MOBILIZE", "IRN", "2022-10-04")} <= found


def test_a_participle_on_the_subject_of_an_after_clause_is_counted_back(
    extractor: Extractor,
) -> None:
    # the parser makes the "after" clause the root here: the launch told in it is
    # two days before Thursday's, not of Thursday
    text = (
        "Iran fired two missiles on Thursday morning, the Iraqi government said, two days"
        " after a missile launched by the country flew over Iraq."
    )
    found = summary(extractor, text, "2022-10-06", DATED)
    assert found == {("MOBILIZE", "IRN", "2022-10-06"), ("MOBILIZE", "IRN", "2022-10-04")}


def test_drills_condemned_as_staged_by_states_get_no_day_of_the_report(
    extractor: Extractor,
) -> None:
    # what the noun's own rule leaves undated is not dated by its participle
    text = "Iran has condemned the annual military drills staged by Iraq and the United States."
    found = summary(extractor, text, "2016-03-12", DATED)
    assert not {f for f in found if f[0] == "MOBILIZE"}
