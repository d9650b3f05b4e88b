"""What the argument finders know about the paragraph being read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from peninsula.actors.resolver import ActorMention
from peninsula.models import ActorRef, Article, EventDate, Mention

# The code a dated act with no state as its subject is recorded with: the next acts
# of its paragraph follow its day, whoever does them.
ANY_ACTOR = "*"


@dataclass
class Context:
    """What the argument finders know about the paragraph being read."""

    doc: Doc
    mentions: dict[int, list[ActorMention]]
    published: dt.date | None
    offset: int
    article: Article
    speaker: ActorRef | None = None  # who "I" and "we" are in this paragraph
    speaker_date: EventDate | None = None  # when the speaker spoke
    last_person: ActorRef | None = None  # the person named last in earlier paragraphs
    history: list[Mention] = field(default_factory=list)  # mentions found so far
    # better dates for mentions found so far, by mention id: "the October 9 test"
    # dates the test reported before with no date of its own
    redated: dict[str, EventDate] = field(default_factory=dict)
    author: ActorRef | None = None  # the state whose statement the article is
    stance_targets: list[ActorRef] = field(default_factory=list)  # last accused states
    # the states of the last joint drill held back ("called off its summer exercise
    # with South Korea"): "the allies" when no joint drill held was told
    drill_partners: list[ActorRef] = field(default_factory=list)
    story_date: EventDate | None = None  # the day the report's news happened
    named_states: list[ActorRef] = field(default_factory=list)  # in earlier paragraphs
    # (offset, state codes, date) of sentences whose subject acted on a stated day,
    # whether or not the act was an event ("the minister traveled ... on Wednesday");
    # the codes are ANY_ACTOR when the subject names no state ("talks ended on Aug 25")
    dated_acts: list[tuple[int, frozenset[str], EventDate]] = field(default_factory=list)
    # the states the last paragraph's last sentence had as subject, and the pronoun
    # ("it" or "they") that may stand for them
    last_subject: tuple[str, tuple[ActorRef, ...]] | None = None
    dateline_state: ActorRef | None = None  # the state "here" is, from the dateline
    # the state a report is from, by its dateline or its national outlet: whose
    # "local" people are
    home_state: ActorRef | None = None
    quoting: bool = False  # the paragraph is a quotation that names no speaker
    # where the date heading a dated entry ends, and its date ("- June 29, 2002: a
    # patrol boat attacked ..."): the day of the entry's acts that tell none
    entry: tuple[int, EventDate] | None = None
    # the last date told for each kind of occasion ("parade", "talks"), by lemma,
    # for an act told later as done "at the parade"
    occasion_dates: dict[str, EventDate] = field(default_factory=dict)
    # the makers of the last document told of each kind ("report", "resolution"),
    # for "rejected the report" later
    documents: dict[str, list[ActorRef]] = field(default_factory=dict)
    # the state of the last person told by state and calling, by the calling's
    # lemma ("a South Korean fisheries official"), for "the official" later
    described: dict[str, ActorRef] = field(default_factory=dict)
    # people the text named with their state and calling ("American soldier Jim
    # Doe", "Jim Doe, a U.S. soldier"), by each part of the name, for "expelled Doe"
    named_people: dict[str, ActorRef] = field(default_factory=dict)
    # the states of the dead the text has told of, last last, for "offered
    # condolences" later (extract/condolences.py)
    mourned: list[ActorRef] = field(default_factory=list)
    # the paragraph before, by its offset, whose dates a counted day may count from
    # ("Kang flew out on Monday. \n\n North Korea responded the same day")
    paragraph_before: tuple[int, Doc] | None = None
