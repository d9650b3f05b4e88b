"""The trigger lexicon (data/lexicon.yaml) and the PLOVER table (data/plover.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from peninsula.data import load_yaml

# Types whose two parties act together: stored undirected.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


@dataclass(frozen=True)
class VerbRule:
    """A verb that reports an event, with the objects it needs."""

    lemmas: frozenset[str]
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    objects: frozenset[str] | None
    particles: frozenset[str] | None
    reverse: bool = False
    felt_by_object: bool = False
    by_speaker: bool = False
    object_modifiers: frozenset[str] | None = None
    pledge: bool = False
    joint: bool = False
    mutual: bool = False
    aimed: bool = False
    bare: bool = False
    destination: bool = False
    predicates: frozenset[str] | None = None
    particle_objects: frozenset[str] | None = None
    # what must describe a particle's object or what it is "of", when given:
    # "removed Japan from its white list", "from its list of trusted partners"
    particle_modifiers: frozenset[str] | None = None
    unanswered: bool = False
    intended: bool = False
    promised: bool = False
    # an act still to come, dated when it is to be: "is due in Tokyo on Wednesday"
    to_come: bool = False
    asking: bool = False
    # what the subject must be, when given: "soldiers crossed the border" (not
    # "tourists crossed the border")
    doers: frozenset[str] | None = None
    # an answer to another's act, aimed at its doer when no target is named:
    # "returned fire after North Korean troops shot at a guard post"
    answers: bool = False
    # the body an act is done in when the text names no one it is aimed at: "vetoed
    # a resolution" is aimed at the Security Council
    in_body: str | None = None
    # aimed at that body whoever argued over the measure before, unless the object
    # names its own state: "rejected the resolution" (not "vetoed the resolution",
    # aimed at those who drafted it)
    body_only: bool = False
    # how the act must be done, when given: "will respond sternly" (not "responded
    # to the letter")
    adverbs: frozenset[str] | None = None
    # aimed only at those the act of force its clause tells was done to, and no
    # event without them: "admitted that its agents kidnapped 13 Japanese" (not
    # "admitted it")
    wronged: bool = False
    # an act of a state's forces only, not of one person: "soldiers crossed the
    # line" (not "the soldier who crossed into its territory", a deserter's own act)
    in_force: bool = False
    # asks by a "that" clause in the base form: "insisted that the South apologise"
    # (not "insisted that Seoul bore full responsibility", a claim)
    mandative: bool = False


@dataclass(frozen=True)
class NounRule:
    """An event noun, with the modifiers it needs."""

    lemmas: frozenset[str]
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    modifiers: frozenset[str] | None
    # the states that alone hold the event, when the text names none: "the family
    # reunions were held at Mount Kumgang" (data/lexicon.yaml, `parties`)
    parties: tuple[str, ...] = ()
    # what the noun is not an event "of": "the exercise of the right to self-defence"
    # is no drill (data/lexicon.yaml, `not_of`)
    not_of: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor reads from data/lexicon.yaml."""

    verbs: tuple[VerbRule, ...]
    nouns: tuple[NounRule, ...]
    light_verbs: frozenset[str]
    striving_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    participation_nouns: frozenset[str]
    rejoining_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    clientele_nouns: frozenset[str]
    people_nouns: frozenset[str]
    span_nouns: frozenset[str]
    exercised_rights: frozenset[str]
    courtesy_nouns: frozenset[str]
    asked_nouns: frozenset[str]
    freeing_nouns: frozenset[str]
    future_heads: frozenset[str]
    hypothetical_heads: frozenset[str]
    belief_passives: frozenset[str]
    belief_verbs: frozenset[str]
    wish_words: frozenset[str]
    proposing_verbs: frozenset[str]
    prospect_words: frozenset[str]
    negating_heads: frozenset[str]
    attempting_verbs: frozenset[str]
    excluding_verbs: frozenset[str]
    affirmed_when_negated: frozenset[str]
    postponing_verbs: frozenset[str]
    cancelling_verbs: frozenset[str]
    stalling_verbs: frozenset[str]
    scaling_verbs: frozenset[str]
    denying_heads: frozenset[str]
    claim_nouns: frozenset[str]
    speculation_nouns: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    hypothetical_predicates: frozenset[str]
    future_predicates: frozenset[str]
    hedging_adverbs: frozenset[str]
    military_nouns: frozenset[str]
    government_nouns: frozenset[str]
    civilian_nouns: frozenset[str]
    person_nouns: frozenset[str]
    stance: dict[str, frozenset[str]]
    stance_patient_of: frozenset[str]
    referring_nouns: dict[str, str]
    weapon_act_nouns: frozenset[str]
    general_anaphors: frozenset[str]
    singular_anaphors: frozenset[str]
    describing_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    thwarting_verbs: frozenset[str]
    invitation_nouns: frozenset[str]
    shared_sites: dict[str, frozenset[str]]
    crossed_lines: frozenset[str]
    front_lines: frozenset[str]
    aimed_sites: frozenset[str]
    crossing_directions: frozenset[str]
    punishing_verbs: frozenset[str]
    charging_verbs: frozenset[str]
    wrongdoing_verbs: frozenset[str]
    wrong_nouns: frozenset[str]
    breaking_verbs: frozenset[str]
    rule_nouns: frozenset[str]
    ending_verbs: frozenset[str]
    failing_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    proposing_words: frozenset[str]
    offering_words: frozenset[str]
    replying_verbs: frozenset[str]
    deal_nouns: frozenset[str]
    pact_nouns: frozenset[str]
    answer_words: frozenset[str]
    latest_words: frozenset[str]
    shortfall_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    series_part_nouns: frozenset[str]
    hosted_shows: dict[str, frozenset[str]]
    fight_nouns: frozenset[str]
    reaction_nouns: frozenset[str]
    blast_nouns: frozenset[str]
    detonation_words: frozenset[str]
    swift_words: frozenset[str]

    @cached_property
    def ordinary_people(self) -> frozenset[str]:
        """Nouns for a state's people, not its officials: "fishermen", "tourists"."""
        return self.people_nouns | self.clientele_nouns

    @cached_property
    def verb_lemmas(self) -> frozenset[str]:
        """Every verb that reports an event by some rule."""
        return frozenset().union(*(rule.lemmas for rule in self.verbs))


@dataclass(frozen=True)
class Plover:
    """PLOVER types: quads and cooperation-conflict scores."""

    quads: dict[str, str]
    scores: dict[str, float]
    mode_scores: dict[tuple[str, str], float]
    contexts: frozenset[str]

    def intensity(self, event_type: str, mode: str | None) -> float:
        """Return the score of a type and mode (the type's score when the mode has none)."""
        if mode is not None and (event_type, mode) in self.mode_scores:
            return self.mode_scores[(event_type, mode)]
        return self.scores[event_type]


def _set(values: object) -> frozenset[str]:
    if not isinstance(values, list):
        return frozenset()
    for value in values:
        if isinstance(value, bool):
            # YAML reads a bare on, off, yes or no as true or false
            raise ValueError(f"lexicon.yaml: {value} in a word list; quote on/off/yes/no")
    return frozenset(str(v).lower() for v in values)


@cache
def load_lexicon() -> Lexicon:
    """Load the trigger lexicon."""
    data = load_yaml("lexicon.yaml")
    verbs = tuple(
        VerbRule(
            lemmas=_set(item["lemmas"]),
            type=item["type"],
            mode=item.get("mode"),
            contexts=tuple(item.get("context", [])),
            objects=_set(item["objects"]) if "objects" in item else None,
            particles=_set(item["particles"]) if "particles" in item else None,
            reverse=bool(item.get("reverse", False)),
            felt_by_object=bool(item.get("felt_by_object", False)),
            by_speaker=bool(item.get("by_speaker", False)),
            object_modifiers=_set(item["object_modifiers"]) if "object_modifiers" in item else None,
            pledge=bool(item.get("pledge", False)),
            joint=bool(item.get("joint", False)),
            mutual=bool(item.get("mutual", False)),
            aimed=bool(item.get("aimed", False)),
            bare=bool(item.get("bare", False)),
            destination=bool(item.get("destination", False)),
            predicates=_set(item["predicates"]) if "predicates" in item else None,
            particle_objects=(
                _set(item["particle_objects"]) if "particle_objects" in item else None
            ),
            particle_modifiers=(
                _set(item["particle_modifiers"]) if "particle_modifiers" in item else None
            ),
            unanswered=bool(item.get("unanswered", False)),
            intended=bool(item.get("intended", False)),
            promised=bool(item.get("promised", False)),
            to_come=bool(item.get("to_come", False)),
            asking=bool(item.get("asking", False)),
            doers=_set(item["doers"]) if "doers" in item else None,
            answers=bool(item.get("answers", False)),
            in_body=item.get("in_body"),
            body_only=bool(item.get("body_only", False)),
            adverbs=_set(item["adverbs"]) if "adverbs" in item else None,
            wronged=bool(item.get("wronged", False)),
            in_force=bool(item.get("in_force", False)),
            mandative=bool(item.get("mandative", False)),
        )
        for item in data["verbs"]
    )
    nouns = tuple(
        NounRule(
            lemmas=_set(item["lemmas"]),
            type=item["type"],
            mode=item.get("mode"),
            contexts=tuple(item.get("context", [])),
            modifiers=_set(item["modifiers"]) if "modifiers" in item else None,
            parties=tuple(item.get("parties", ())),
            not_of=_set(item.get("not_of", ())),
        )
        for item in data["nouns"]
    )
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        light_verbs=_set(data["light_verbs"]),
        striving_verbs=_set(data["striving_verbs"]),
        participation_verbs=_set(data["participation_verbs"]),
        participation_nouns=_set(data["participation_nouns"]),
        rejoining_verbs=_set(data["rejoining_verbs"]),
        occurrence_verbs=_set(data["occurrence_verbs"]),
        clientele_nouns=_set(data["clientele_nouns"]),
        people_nouns=_set(data["people_nouns"]),
        span_nouns=_set(data["span_nouns"]),
        exercised_rights=_set(data["exercised_rights"]),
        courtesy_nouns=_set(data["courtesy_nouns"]),
        asked_nouns=_set(data["asked_nouns"]),
        freeing_nouns=_set(data["freeing_nouns"]),
        future_heads=_set(data["future_heads"]),
        hypothetical_heads=_set(data["hypothetical_heads"]),
        belief_passives=_set(data["belief_passives"]),
        belief_verbs=_set(data["belief_verbs"]),
        wish_words=_set(data["wish_words"]),
        proposing_verbs=_set(data["proposing_verbs"]),
        prospect_words=_set(data["prospect_words"]),
        negating_heads=_set(data["negating_heads"]),
        attempting_verbs=_set(data["attempting_verbs"]),
        excluding_verbs=_set(data["excluding_verbs"]),
        affirmed_when_negated=_set(data["affirmed_when_negated"]),
        postponing_verbs=_set(data["postponing_verbs"]),
        cancelling_verbs=_set(data["cancelling_verbs"]),
        stalling_verbs=_set(data["stalling_verbs"]),
        scaling_verbs=_set(data["scaling_verbs"]),
        denying_heads=_set(data["denying_heads"]),
        claim_nouns=_set(data["claim_nouns"]),
        speculation_nouns=_set(data["speculation_nouns"]),
        future_modifiers=_set(data["future_modifiers"]),
        hypothetical_modifiers=_set(data["hypothetical_modifiers"]),
        hypothetical_predicates=_set(data["hypothetical_predicates"]),
        future_predicates=_set(data["future_predicates"]),
        hedging_adverbs=_set(data["hedging_adverbs"]),
        military_nouns=_set(data["sector_nouns"]["military"]),
        government_nouns=_set(data["sector_nouns"]["government"]),
        civilian_nouns=_set(data["sector_nouns"]["civilian"]),
        person_nouns=_set(data["person_nouns"]),
        stance={event_type: _set(words) for event_type, words in data["stance"].items()},
        stance_patient_of=_set(data["stance_patient_of"]),
        referring_nouns={
            str(word).lower(): event_type
            for event_type, words in data["referring_nouns"].items()
            for word in words
        },
        weapon_act_nouns=_set(data["weapon_act_nouns"]),
        general_anaphors=_set(data["general_anaphors"]),
        singular_anaphors=_set(data["singular_anaphors"]),
        describing_verbs=_set(data["describing_verbs"]),
        intent_nouns=_set(data["intent_nouns"]),
        thwarting_verbs=_set(data["thwarting_verbs"]),
        invitation_nouns=_set(data["invitation_nouns"]),
        shared_sites={
            str(site).lower(): frozenset(parties) for site, parties in data["shared_sites"].items()
        },
        crossed_lines=_set(data["crossed_lines"]),
        front_lines=_set(data["front_lines"]),
        aimed_sites=_set(data["aimed_sites"]),
        crossing_directions=_set(data["crossing_directions"]),
        punishing_verbs=_set(data["punishing_verbs"]),
        charging_verbs=_set(data["charging_verbs"]),
        wrongdoing_verbs=_set(data["wrongdoing_verbs"]),
        wrong_nouns=_set(data["wrong_nouns"]),
        breaking_verbs=_set(data["breaking_verbs"]),
        rule_nouns=_set(data["rule_nouns"]),
        ending_verbs=_set(data["ending_verbs"]),
        failing_verbs=_set(data["failing_verbs"]),
        outcome_verbs=_set(data["outcome_verbs"]),
        warning_verbs=_set(data["warning_verbs"]),
        proposing_words=_set(data["proposing_words"]),
        offering_words=_set(data["offering_words"]),
        replying_verbs=_set(data["replying_verbs"]),
        deal_nouns=_set(data["deal_nouns"]),
        pact_nouns=_set(data["pact_nouns"]),
        answer_words=_set(data["answer_words"]),
        latest_words=_set(data["latest_words"]),
        shortfall_nouns=_set(data["shortfall_nouns"]),
        occasion_nouns=_set(data["occasion_nouns"]),
        series_part_nouns=_set(data["series_part_nouns"]),
        hosted_shows={
            str(show).lower(): frozenset(verbs) for show, verbs in data["hosted_shows"].items()
        },
        fight_nouns=_set(data["fight_nouns"]),
        reaction_nouns=_set(data["reaction_nouns"]),
        blast_nouns=_set(data["blast_nouns"]),
        detonation_words=_set(data["detonation_words"]),
        swift_words=_set(data["swift_words"]),
    )


@cache
def load_plover() -> Plover:
    """Load the PLOVER table."""
    data = load_yaml("plover.yaml")
    quads = {t: quad for quad, types in data["quads"].items() for t in types}
    scores = {t: float(v["score"]) for t, v in data["types"].items()}
    mode_scores = {
        (t, mode): float(score)
        for t, v in data["types"].items()
        for mode, score in (v.get("modes") or {}).items()
    }
    return Plover(quads, scores, mode_scores, frozenset(data["contexts"]))
