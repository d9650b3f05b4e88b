"""Which states "the two sides", "the two countries" and "the allies" are: the pair
a "between" phrase named just before, else the last pair the text told meeting,
agreeing or acting together (np_actors in arguments.py resolves them through these).
"""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.actors.dictionary import country_names, country_ref
from peninsula.actors.resolver import PAIR_CODES
from peninsula.extract.clauses import subject_of
from peninsula.extract.counted import count_of
from peninsula.extract.lexicon import SYMMETRIC_TYPES, load_plover
from peninsula.extract.reference import IMPLICIT_TARGET_CHARS
from peninsula.extract.tokens import prep_objects
from peninsula.extract.travel import GUEST_VERBS
from peninsula.models import ActorRef, Mention, Modality

# Nouns that "the two" or "both" make a pair of states: "the two sides", "both
# governments", "the two countries".
PAIR_NOUNS = frozenset(
    {"regime", "country", "nation", "state", "side", "government", "leader", "delegation", "man"}
    | {"president", "minister", "ally", "neighbor", "neighbour"}
    # how a hostile statement names them: "the three warmongers agreed to stage ..."
    | {"warmonger", "chieftain"}
)


def pair_noun(head: Token) -> bool:
    """True for "the two sides", "both countries", "the two navies", "the two"
    (the subject), "the sides": a pair of states the text has already named."""
    if head.lower_ == "two" and head.dep_ in ("nsubj", "nsubjpass"):
        return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)  # "the two"
    if head.lower_ == "sides" and [c.lower_ for c in head.children] == ["the"]:
        return True  # "the sides agreed": the parties, whatever their number
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in PAIR_NOUNS
        and any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet")
            for c in head.children
        )
    )


def between_named_before(head: Token) -> list[list[Token]]:
    """The objects of each "between" phrase earlier in the sentence than a pair noun,
    or in the sentence before, in order: "Trade between China and North Korea
    jumped, as the two countries ..."; not a phrase that holds the pair noun itself
    ("the first meeting between the leaders of the two countries" names no two
    states before it). A pair joined by a hyphen counts too: "how far China-ROK
    relations have come since the two countries established ties"."""
    found = []
    sentence = head.sent
    # (or in the sentence before it: "This is a matter between the DPRK and Japan.
    # We hope the two sides can resolve their concerns")
    start = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in sentence.doc[start : sentence.end]:
        if token.i >= head.i:
            break
        after = token.nbor(2) if token.i + 2 < head.i else None
        if after is not None and token.nbor(1).text == "-" and token.head.i == after.i:
            found.append([token, after])
        if token.dep_ == "prep" and token.lower_ == "between":
            found.append(
                [
                    g
                    for g in token.children
                    if g.i < head.i and not pair_noun(g) and not g.is_ancestor(head)
                ]
            )
    return found


def pair_subject_before(head: Token) -> list[Token]:
    """The two subjects of the sentence before a pair noun's, when it had two joined:
    "Russia and China opposed ... In May 2022, the two countries vetoed ..."."""
    sentence = head.sent
    if sentence.start == 0:
        return []
    before = sentence.doc[sentence.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj"), None)  # its first
    joined = [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
    return [subject, joined[0]] if subject is not None and len(joined) == 1 else []


def allies_before(history: list[Mention]) -> list[ActorRef]:
    """The states "the allies" are: the last two told acting together militarily
    ("South Korea-U.S. joint exercises ... The allies kicked off ...")."""
    for mention in reversed(history):
        if (
            mention.event_type == "COOPERATE"
            and "military" in mention.contexts
            and mention.recipient is not None
        ):
            return [mention.actor, mention.recipient]
    return []


def partners_met_before(history: list[Mention]) -> list[ActorRef]:
    """The states "both allies" are: the two or more a state met in the last act told
    with several ("spoke by phone with the foreign ministers of Seoul and Tokyo. He
    reaffirmed the commitment to the defense of both allies")."""
    if not history:
        return []
    last = history[-1]
    group = [m for m in history if m.start == last.start and m.trigger == last.trigger]
    met = {m.recipient.code: m.recipient for m in group if m.recipient is not None}
    if last.event_type != "CONSULT" or len(met) < 2:
        return []
    return list(met.values())


# Relations of friends, whose other party is none the owner just clashed with.
FRIENDLY_RELATIONS = frozenset({"ally", "partner", "patron"})


def partner_before(
    owner: ActorRef, history: list[Mention], relation: str = "neighbour"
) -> list[ActorRef]:
    """The state "its neighbour" or "its ally" is: the other party of the owner's last
    act told with another state ("China let North Korean buses cross ... Beijing
    supported exchanges with its neighbour"); for an ally, of an act that was no
    clash ("condemned the North's balloons and stood with its ally")."""
    quads = load_plover().quads
    for mention in reversed(history):
        if mention.recipient is None or mention.recipient.code == mention.actor.code:
            continue
        if relation in FRIENDLY_RELATIONS and quads[mention.event_type].endswith("conflict"):
            if mention.actor.code == owner.code:
                # "condemned the North's balloon stunt and stood with its ally": the
                # one the condemned state's own hostile act was aimed at
                victims = _aimed_at(mention.recipient, owner, history, quads)
                if victims:
                    return victims
            continue
        other = _other_party(mention, {owner.code})
        if other is not None:
            return [other]
    return []


def meeting_partner(actors: list[ActorRef], history: list[Mention], start: int) -> list[ActorRef]:
    """The other party of the acting state's last meeting told just before ``start``:
    "Koizumi returned from Pyongyang after a summit ... Koizumi pledged 250,000 tons
    of food aid" (aid pledged to the state met)."""
    near = [
        m
        for m in history
        if 0 <= start - m.start <= IMPLICIT_TARGET_CHARS and m.modality is Modality.ASSERTED
    ]
    return _last_partner(actors, near, "CONSULT")


def pact_partner(actors: list[ActorRef], history: list[Mention]) -> list[ActorRef]:
    """The other party of the acting state's last agreement told: "The two Koreas
    signed a military agreement in 2018 ... Seoul suspended the agreement"."""
    return _last_partner(actors, history, "AGREE")


def _last_partner(actors: list[ActorRef], told: list[Mention], event_type: str) -> list[ActorRef]:
    """The other party of the last act of ``event_type`` among ``told`` that the acting
    state did with one other."""
    acting = {a.code for a in actors}
    for mention in reversed(told):
        other = _other_party(mention, acting) if mention.event_type == event_type else None
        if other is not None:
            return [other]
    return []


def _other_party(mention: Mention, acting: set[str]) -> ActorRef | None:
    """The party of a two-state mention that is not among ``acting``, when the other
    one is."""
    recipient = mention.recipient
    if recipient is None:
        return None
    if mention.actor.code in acting and recipient.code not in acting:
        return recipient
    if recipient.code in acting and mention.actor.code not in acting:
        return mention.actor
    return None


def _aimed_at(
    aggressor: ActorRef, besides: ActorRef, history: list[Mention], quads: dict[str, str]
) -> list[ActorRef]:
    """The target of the aggressor's last hostile act, if not ``besides``."""
    for mention in reversed(history):
        if (
            mention.actor.code == aggressor.code
            and mention.recipient is not None
            and mention.recipient.code not in (aggressor.code, besides.code)
            and quads[mention.event_type].endswith("conflict")
        ):
            return [mention.recipient]
    return []


# How far before the last act between two states a meeting told may lie and still
# be the one whose sides "the two sides" are.
STALE_MEETING_CHARS = 800


def pair_met_before(
    history: list[Mention],
    voice: list[ActorRef],
    together_ok: bool = False,
    planned_ok: bool = False,
    fighting: bool = False,
    states_only: bool = False,
) -> list[ActorRef]:
    """The two states of the last meeting or agreement reported: "Moon met Kim on
    Friday. The two sides agreed ...". Sides are a meeting's: the last act between
    two states may be an ally's (joint drills with the U.S.), so no other act counts,
    nor a meeting only planned; with no meeting told, the last pair whose links
    resumed ("Freight trains resumed between Dandong and Sinuiju ... the two sides
    had agreed on the resumption"), but not a drill's partners; else, for "both"
    (``together_ok``), the last two that did one act together ("Russia and China
    vetoed ... we urge both countries", even after a meeting told before them);
    else the last two in a clash ("Iran launched missiles at Israel ... urged
    both sides to show restraint"). In what a state's official says (``voice``),
    the pair includes that state. In what is yet to come (``planned_ok``), the
    sides are those of the last meeting planned as well: "Wang Yi will hold talks
    with Pompeo. The two sides will exchange views ...". Sides that fight
    (``fighting``: "the two sides exchanged fire") are the last two at odds,
    whatever meeting was told before them. With ``states_only`` ("the two
    countries"), a pair with a body in it (the UN chief at a parade) is none. A
    guest at an occasion ("Ban Ki-moon also attended") met no side."""
    linked: list[ActorRef] = []
    clashed: list[ActorRef] = []  # "Iran struck Israel ... urged both sides"
    together: list[ActorRef] = []  # "Russia and China vetoed ... both countries"
    since: list[Mention] = []  # the acts between two states since the last meeting
    later: Mention | None = None
    for mention in reversed(history):
        if (
            not together
            and later is not None
            and (later.start, later.trigger, later.event_type)
            == (mention.start, mention.trigger, mention.event_type)
            and later.actor.code != mention.actor.code
            and mention.modality is Modality.ASSERTED
        ):
            together = [mention.actor, later.actor]
        later = mention
        planned = planned_ok and mention.modality is Modality.FUTURE
        if mention.recipient is None or not (
            mention.modality is Modality.ASSERTED or (planned and mention.event_type == "CONSULT")
        ):
            continue
        pair = [mention.actor, mention.recipient]
        if mention.recipient.code == mention.actor.code or (
            voice and not {v.code for v in voice} & {a.code for a in pair}
        ):
            continue  # "Wang Yi said the two countries could meet": China is one
        if states_only and not {a.code for a in pair} <= country_names().keys():
            continue
        if mention.trigger_lemma in GUEST_VERBS:
            continue  # "Ban Ki-moon also attended" the parade: the guest met no side
        if fighting:
            if load_plover().quads[mention.event_type].endswith("conflict"):
                return pair
            continue
        visitors = _fellow_visitor(mention, history)
        if visitors:
            return visitors  # "Kim arrived in Hanoi ... Trump flew into Hanoi": the two
        if mention.event_type in ("CONSULT", "AGREE"):
            # (not "the two countries", which names states rather than parties to
            # an exchange: "China-ROK ties have come far since the two countries ...")
            exchanged = [] if states_only else _exchange(since)
            if exchanged and since[0].start - mention.start > STALE_MEETING_CHARS:
                # a meeting told long before two states acted toward each other: "Xi
                # met Park ... [paragraphs on] The DPRK expressed regret, the ROK
                # switched off its loudspeakers ... The two sides also agreed"
                return exchanged
            # "both countries" after a meeting and then two acting together: the later
            return together if together_ok and together else pair
        if not (mention.event_type == "COOPERATE" and "military" in mention.contexts):
            since.append(mention)
        if mention.event_type == "COOPERATE" and "military" not in mention.contexts:
            linked = linked or pair
        if mention.event_type in ("ASSAULT", "COERCE"):
            clashed = clashed or pair
    return linked or (together if together_ok else []) or clashed


def _fellow_visitor(visit: Mention, history: list[Mention]) -> list[ActorRef]:
    """The two visitors of a place both arrived in on one day, the one of ``visit``
    and one told before it: "Kim Jong Un arrived in Hanoi on Tuesday ... Trump flew
    into Hanoi on Tuesday evening. The two leaders will meet" (not Trump and his
    hosts)."""
    if visit.mode != "visit" or visit.recipient is None or visit.date is None:
        return []
    for earlier in history:
        if earlier.start >= visit.start:
            break
        if (
            earlier.mode == "visit"
            and earlier.modality is Modality.ASSERTED
            and earlier.recipient is not None
            and earlier.recipient.code == visit.recipient.code
            and earlier.actor.code not in (visit.actor.code, visit.recipient.code)
            and earlier.date == visit.date
        ):
            return [earlier.actor, visit.actor]
    return []


def _exchange(acts: list[Mention]) -> list[ActorRef]:
    """The two states of the latest of ``acts`` (latest first) that one of the others
    answered the other way: "the DPRK expressed regret ..., the ROK switched off its
    loudspeakers"."""
    for act in acts:
        recipient = act.recipient
        if recipient is not None and any(
            (other.actor.code, other.recipient.code) == (recipient.code, act.actor.code)
            for other in acts
            if other.recipient is not None
        ):
            return [act.actor, recipient]
    return []


# What a group of states is called: "the three countries", "the six parties".
GROUP_NOUNS = PAIR_NOUNS | {"party"}


def group_size(head: Token) -> int:
    """How many states "the three countries", "all six parties" or "the 3 leaders"
    name; 0 for no such group (or a pair: see pair_noun)."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in GROUP_NOUNS:
        return 0
    if not any(c.lower_ in ("the", "all") for c in head.children):
        return 0
    counts = [c.lower_ for c in head.children if c.dep_ == "nummod"]
    if not counts:
        return 0
    size = count_of(counts[0])
    return size if size > 2 else 0


def group_met_before(history: list[Mention], size: int) -> list[ActorRef]:
    """The states of the last act told that ``size`` states did together, a meeting
    or an agreement among them all: "delegations from China, ... and Japan met on
    Wednesday. The six parties reached a consensus" (those six); or an act of that
    many doers ("Japan joined the US and South Korea in imposing sanctions ... the
    three countries held drills")."""
    parties: dict[str, ActorRef] = {}
    act: tuple[int, str, str] | None = None
    for mention in reversed(history):
        key = (mention.start, mention.trigger, mention.event_type)
        if key != act:
            if len(parties) == size:
                return list(parties.values())
            act, parties = key, {}
        parties[mention.actor.code] = mention.actor
        if mention.event_type in SYMMETRIC_TYPES and mention.recipient is not None:
            parties[mention.recipient.code] = mention.recipient
    return list(parties.values()) if len(parties) == size else []


# Nouns by which a state's partners in a group are named after it: "the U.S. and
# its two stooges", "Washington and its two allies".
FOLLOWER_NOUNS = frozenset({"ally", "partner", "stooge", "follower", "henchman", "lackey"})


def followers_counted(head: Token, owner: ActorRef, history: list[Mention]) -> list[ActorRef]:
    """The others of the last group told together that ``owner`` was in, for "its
    two stooges" counting them; none if no such group."""
    counts = [c.lower_ for c in head.children if c.dep_ == "nummod"]
    if head.tag_ != "NNS" or head.lemma_.lower() not in FOLLOWER_NOUNS or not counts:
        return []
    size = count_of(counts[0])
    group = group_met_before(history, size + 1) if size else []
    if owner.code not in {a.code for a in group}:
        return []
    return [a for a in group if a.code != owner.code]


def governing_pair(pair: Token) -> list[Token]:
    """The subject and object of the clause a pair noun's clause is told in: "Seoul
    asked Beijing to help when the two met" (Seoul, Beijing; not the pair of a
    meeting told before); none when that clause has no one subject and object."""
    clause = pair.head
    if pair.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in (
        "advcl",
        "conj",
        "ccomp",
        "relcl",
    ):
        return []
    governor = clause.head
    # "urged the North to abide by the agreement signed last year, under which the
    # two sides pledged ...": up from the noun the clause tells of to its verb
    for _ in range(6):
        if clause.dep_ != "relcl" or (governor.pos_ in ("VERB", "AUX") and governor.dep_ != "acl"):
            break
        governor = governor.head
    while governor.dep_ == "xcomp" and governor.head.i != governor.i:
        governor = governor.head  # "asked Beijing to help when the two met"
    # the subject and the first object ("asked Xi to help when the two met, their
    # first talks": the talks are no party)
    subjects = [c for c in governor.children if c.dep_ == "nsubj"]
    if not subjects and clause.dep_ == "relcl":
        # "expressed regret and urged the North to abide by ...": a shared subject
        subject, _passive, _inherited = subject_of(governor)
        subjects = [subject] if subject is not None else []
    objects = [c for c in governor.children if c.dep_ == "dobj"]
    if len(subjects) == 1 and any(c.dep_ == "conj" for c in subjects[0].children):
        # "The DPRK and Japan undertook to normalize relations on the basis of the
        # Pyongyang Declaration, which the two sides signed": the two subjects
        return subjects
    if len(subjects) != 1 or not objects:
        return []
    # "held a phone call with Yoon, during which the two agreed": whom the call was with
    partners = prep_objects(objects[0], frozenset({"with"}))
    return [subjects[0], partners[0] if partners else objects[0]]


def places_of_its_clause(pair: Token) -> list[Token]:
    """The two places a pair noun's own clause tells its act done in: "trade offices
    that the two sides opened in Seoul and Beijing" (Seoul, Beijing); none when it
    tells not two."""
    if pair.dep_ != "nsubj":
        return []
    told = [
        [g, *(c for c in g.children if c.dep_ == "conj")]
        for p in pair.head.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    two = [places for places in told if len(places) == 2]
    return two[0] if len(two) == 1 else []


def across_the_line(actors: list[ActorRef]) -> list[ActorRef]:
    """The other Korea, for an act one Korea does across a line that names no state
    ("floated balloons across the border"), alone or with others ("Seoul and
    Washington suspended their joint drills"); none for acts of neither Korea."""
    codes = {a.code for a in actors} & set(PAIR_CODES)
    if len(codes) != 1:
        return []
    (code,) = set(PAIR_CODES) - codes
    return [country_ref(code, "GOV", country_names()[code])]
