"""The packaged data files agree with the PLOVER ontology."""

from __future__ import annotations

from peninsula.actors.dictionary import country_names, load_actors
from peninsula.data import load_yaml
from peninsula.extract.lexicon import load_lexicon, load_plover


def test_plover_table_has_sixteen_types_in_four_quads() -> None:
    plover = load_plover()
    assert len(plover.scores) == 16
    assert set(plover.quads) == set(plover.scores)
    assert set(plover.quads.values()) == {
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
    }
    assert plover.intensity("ACCUSE", None) == -3
    assert plover.intensity("CONSULT", "visit") == 4
    assert plover.intensity("AID", "nonexistent-mode") == 10
    assert all(-10 <= v <= 10 for v in [*plover.scores.values(), *plover.mode_scores.values()])


def test_every_lexicon_entry_uses_plover_types_modes_and_contexts() -> None:
    plover = load_plover()
    lexicon = load_lexicon()
    for rule in [*lexicon.verbs, *lexicon.nouns]:
        assert rule.type in plover.scores, rule
        assert rule.mode is None or (rule.type, rule.mode) in plover.mode_scores, rule
        assert set(rule.contexts) <= plover.contexts, rule


def test_lexicon_entries_are_not_empty() -> None:
    data = load_yaml("lexicon.yaml")
    for entry in [*data["verbs"], *data["nouns"]]:
        assert entry["lemmas"], entry
        assert entry.get("objects", ["x"]), entry


def test_no_word_in_the_lexicon_was_read_as_true_or_false() -> None:
    # YAML reads a bare off, on, yes or no as a boolean: "set off" would never match
    def words(node: object) -> list[object]:
        if isinstance(node, dict):
            return [w for value in node.values() for w in words(value)]
        if isinstance(node, list):
            return [
                w
                for item in node
                for w in (words(item) if isinstance(item, dict | list) else [item])
            ]
        return []

    assert not [w for w in words(load_yaml("lexicon.yaml")) if isinstance(w, bool)]


def test_every_shared_site_is_shared_by_two_known_countries() -> None:
    countries = country_names()
    for site, parties in load_lexicon().shared_sites.items():
        assert len(parties) == 2 and parties <= set(countries), site


def test_every_state_a_noun_rule_says_holds_its_event_is_a_known_country() -> None:
    countries = set(country_names())
    held = [rule for rule in load_lexicon().nouns if rule.parties]
    assert held
    for rule in held:
        assert len(set(rule.parties)) >= 2 and set(rule.parties) <= countries, rule


def test_every_body_a_rule_names_is_in_the_actor_dictionary() -> None:
    # a misspelt name would quietly turn the rule off ("vetoed a resolution")
    names = {entry.name for entry in load_actors().entries}
    bodies = {rule.in_body for rule in load_lexicon().verbs if rule.in_body is not None}
    assert bodies and bodies <= names
