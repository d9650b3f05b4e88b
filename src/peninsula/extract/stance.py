"""Who speaks, and with what stance: the speakers, and a statement's evaluative words.

"The reckless provocations of the U.S." in a DPRK ministry's statement is the
DPRK accusing the US; "they will pay a dear price" is a threat. These helpers
find whom such words describe, and `statement_claims` says what each statement
claims; the extractor turns the claims into events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from peninsula.data import load_yaml
from peninsula.extract.arguments import actor_ref, np_actors
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon, load_lexicon
from peninsula.extract.modality import premise
from peninsula.extract.phrases import SPEECH_VERBS, reporting_subject
from peninsula.extract.reference import answered_actors
from peninsula.extract.story_dates import context_date
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import STATEMENT_NOUNS, first_person, main_subject, word_forms
from peninsula.models import ActorRef, Article, EventDate, Modality

# Verbs by which a party voices a view: their subject speaks in that sentence.
EVALUATION_VERBS = frozenset(
    {
        "express",
        "voice",
        "describe",
        "call",
        "brand",
        "denounce",
        "condemn",
        "criticize",
        "criticise",
    }
)
# Dependencies inside a noun phrase, climbed to find what the phrase does.
NP_LINKS = frozenset({"compound", "amod", "conj", "appos", "det", "nmod", "cc"})


def issues_statement(doc: Doc) -> bool:
    """Return True when the paragraph says a statement is issued ("released a
    statement", "a press statement was released by ...")."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in STATEMENT_NOUNS
        for token in doc
        for c in token.children
    )


# A title that says the text is a statement: "Statement from the NSC Spokesperson
# on ...", "Press Statement: ...", "Joint Statement of ...", "Readout of ...".
STATEMENT_TITLE = re.compile(
    r"^\W*(?:(?:joint|press|official|foreign ministry)\s+)?"
    r"(?:statement|readout|press release|communiqu[eé])\b",
    re.IGNORECASE,
)


def statement_issuer(article: Article, doc: Doc, ctx: Context) -> ActorRef | None:
    """The state a statement speaks for, when its title says it is one and its first
    sentence is that state's ("Statement from NSC Spokesperson ...", then "The
    United States strongly condemns ..."): its "we" and unattributed words are
    that state's."""
    if not STATEMENT_TITLE.match(article.title or ""):
        return None
    first = next(iter(doc.sents), None)
    subject = main_subject(first) if first is not None else None
    states = np_actors(subject, ctx, ctx.published) if subject is not None else []
    return states[0] if len({s.code for s in states}) == 1 else None


def acting_states(sentence: Span, ctx: Context, speaker: ActorRef) -> list[ActorRef]:
    """Return the states that do something in the sentence: subjects and owners."""
    targets: dict[str, ActorRef] = {}
    for token in sentence:
        for mention in ctx.mentions.get(token.i, []):
            if token.i != mention.end - 1:
                continue
            head = token
            while head.dep_ in NP_LINKS and head.head.i != head.i:
                head = head.head
            acts = head.dep_ in ("nsubj", "nsubjpass", "poss") or (
                head.dep_ == "pobj" and head.head.lower_ in ("by", "of") and not _wronged(head)
            )
            ref = actor_ref(mention, token, token, ctx, ctx.published) if acts else None
            if ref is not None and ref.code != speaker.code:
                targets.setdefault(ref.code, ref)
    return list(targets.values())


def _wronged(pobj: Token) -> bool:
    """True for the "of" phrase of a wrong done to it: "violation of UN resolutions"."""
    preposition = pobj.head
    return (
        preposition.lower_ == "of"
        and preposition.head.lemma_.lower() in load_lexicon().stance_patient_of
    )


def described_states(word: Token, ctx: Context) -> list[ActorRef]:
    """Return the states an evaluative word describes: its noun's owner, else its doer."""
    noun = word.head if word.dep_ in ("amod", "compound") else word
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    # "violation of UN resolutions": the "of" phrase is what was wronged
    holders += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("of", "by")
        for g in c.children
        if g.dep_ == "pobj" and not _wronged(g)
    ]
    # "Seoul's act is a provocation", "China's drills are deeply regrettable"
    if noun.dep_ in ("dobj", "attr", "acomp") and noun.head.pos_ in ("VERB", "AUX"):
        holders += [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        holders.append(noun)
    return [ref for holder in holders for ref in np_actors(holder, ctx, ctx.published)]


def paragraph_speaker(
    doc: Doc, ctx: Context, voice: ActorRef | None = None
) -> tuple[ActorRef, EventDate | None] | None:
    """Return the state actor who speaks in a paragraph (the subject of "said"), and when.

    Inside a statement issued by ``voice``, another state speaks only where its
    words are reported ("the U.S. said it would ..."); "the U.S. made public a
    statement" is the issuer telling of an act.
    """
    for token in doc:
        lemma = token.lemma_.lower()
        speech = lemma in SPEECH_VERBS or (
            token.pos_ == "VERB"
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in token.children
            )
        )
        # "A press statement was released on Friday by Kim Yo Jong": its issuer speaks
        issued = token.pos_ == "VERB" and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in STATEMENT_NOUNS for c in token.children
        )
        if not speech and not issued:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if issued:
            subjects = [g for c in token.children if c.dep_ == "agent" for g in c.children]
        if subjects and not first_person(subjects[0]):
            found = np_actors(subjects[0], ctx, ctx.published)
            reported = any(c.dep_ in ("ccomp", "parataxis") for c in token.children)
            if not found:
                continue
            first = _voice_first(found, voice)
            if voice is None or first.code == voice.code or reported:
                return first, event_date(token, token.sent, ctx, Modality.ASSERTED)
    return None


def _voice_first(speakers: list[ActorRef], voice: ActorRef | None) -> ActorRef:
    """The one of several speakers ("the two sides said") a statement speaks for:
    its issuer when among them, else the first named."""
    return next((s for s in speakers if voice is not None and s.code == voice.code), speakers[0])


def sentence_speaker(sentence: Span, ctx: Context) -> tuple[ActorRef | None, Token | None]:
    """Return the sentence's state speaker and speech verb, or just the verb.

    "A spokesman for the ministry said on Oct. 18 that ...": the verb dates
    the statement even when its subject names no state.
    """
    said: Token | None = None
    for token in sentence:
        if token.lemma_.lower() in SPEECH_VERBS | EVALUATION_VERBS:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            found = np_actors(subjects[0], ctx, ctx.published) if subjects else []
            if found:
                return _voice_first(found, ctx.author), token
            said = said or token
    return None, said


@cache
def _voices() -> dict[str, str]:
    return {o["name"]: o["voice_of"] for o in load_yaml("outlets.yaml") if o.get("voice_of")}


@cache
def _homes() -> dict[str, str]:
    return {o["name"]: o["home"] for o in load_yaml("outlets.yaml") if o.get("home")}


def outlet_home(article: Article) -> str | None:
    """The country of the national outlet an article is from (Yonhap: KOR), or None."""
    return _homes().get(article.outlet or "")


def state_voice(article: Article) -> ActorRef | None:
    """Return the state an outlet speaks for (KCNA: PRK), whose statement the article is."""
    code = _voices().get(article.outlet or "")
    return ActorRef(code, "MED", article.outlet or code, article.outlet or code) if code else None


# Marks that open or close quoted words (straight, curly, or as the tokenizer
# rewrites them).
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
# What a speaker says a state will do, in a threat's own words.
FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo", "must"})
# Modals by which a speaker tells another state what to do: "Pyongyang must stop".
DEMAND_MODALS = frozenset({"must", "should"})
# "the U.S. should worry about its security": a view of it, not a demand of it.
STATE_OF_MIND_VERBS = frozenset(
    {
        "worry",
        "fear",
        "know",
        "understand",
        "remember",
        "realize",
        "realise",
        "feel",
        "think",
        "bear",
        "expect",
        "wonder",
    }
)


@dataclass(frozen=True)
class Claim:
    """One thing a statement says of another state: a demand, accusation or threat."""

    event_type: str
    mode: str | None
    speaker: ActorRef
    target: ActorRef
    date: EventDate | None
    trigger: Token


def statement_claims(
    sentence: Span, ctx: Context, done: set[tuple[str, str, str]], lexicon: Lexicon
) -> Iterator[Claim]:
    """A statement's demands, and its evaluative words about other states.

    Only in statements (the article's author issued one, or the sentence has a
    state speaker). The target is whoever the word describes: the owner of "the
    provocative act of the U.S.", the subject of "they are staging reckless drills".
    Each speaker, target and type gives one claim per article (``done``).
    """
    quoted, said = sentence_speaker(sentence, ctx)
    # "Watching the launch, Kim said ...": words said in the sentence, with no day of
    # their own, are of the day the story tells (not of the statement reporting them)
    told = (
        context_date(quoted, ctx, ctx.offset + sentence.start_char, verbal=True)
        if quoted is not None and said is not None
        else None
    )
    if quoted is None and ctx.speaker is not None and ctx.quoting:
        quoted = ctx.speaker  # a quoted paragraph is its speaker's own words
    speaker = quoted or ctx.author
    if speaker is None:
        return
    date = (
        (event_date(said, sentence, ctx, Modality.ASSERTED) if said else None)
        or told
        or ctx.speaker_date
    )
    yield from _demands(sentence, ctx, speaker, date, done)
    yield from _conditions(sentence, ctx, speaker, date, done)
    # tone only in statements, or in a state speaker's quoted words: elsewhere in a
    # news report the tone is the reporter's
    own_words = ctx.author is not None
    future = any(t.lower_ in FUTURE_WORDS for t in sentence)
    for event_type, words in lexicon.stance.items():
        if event_type == "THREATEN" and not future:
            continue
        described = [
            t
            for t in sentence
            if word_forms(t) & words
            and (own_words or (quoted is not None and (quoted_word(t) or _judged(t, said))))
        ]
        if not described:
            continue
        targets: dict[str, ActorRef] = {}
        for word in described:
            for ref in described_states(word, ctx):
                if ref.code != speaker.code:
                    targets.setdefault(ref.code, ref)
        # in a statement, the states acting in the sentence; in a quote in a news
        # report, only the states described, or those whose act the words name
        acting = acting_states(sentence, ctx, speaker) if own_words else []
        found = list(targets.values()) or acting or _answered_in(sentence, speaker, ctx, lexicon)
        if not found and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("they", "it") for t in sentence
        ):
            found = list(ctx.stance_targets)  # "They will pay a dear price."
        if found:
            ctx.stance_targets[:] = found
        for target in found:
            key = (speaker.code, target.code, event_type)
            if key in done:
                continue
            done.add(key)
            yield Claim(event_type, None, speaker, target, date, sentence.root)


def opens_quoted(paragraph: Doc) -> bool:
    """True for a paragraph that opens with a quotation mark and names no speaker:
    the words of whoever spoke last."""
    first = next((t for t in paragraph if not t.is_space), None)
    if first is None or first.text not in QUOTE_MARKS:
        return False
    return not any(t.lemma_.lower() in SPEECH_VERBS for t in paragraph)


# Verbs by which a speaker says what an act is: "said the deployment marked a
# significant escalation", "constitutes a violation", "poses a threat".
JUDGING_VERBS = frozenset({"mark", "constitute", "represent", "pose", "amount"})


def _judged(word: Token, said: Token | None) -> bool:
    """True for what a speaker is reported to say something is: "Iran said Iraq's
    decision was a grave provocation", "... marked an escalation" (the speaker's
    judgement, not the reporter's)."""
    if said is None:
        return False
    if word.lemma_.lower() in load_lexicon().wrong_nouns and any(
        c.dep_ == "poss" for c in word.children
    ):
        # "said Moscow was trying to cover up its own violations": a state's wrongs,
        # in what the speaker says
        return any(a.i == said.i for a in word.ancestors)
    if word.dep_ in ("amod", "compound") and word.head.dep_ in ("attr", "acomp"):
        word = word.head  # "said the sanctions were a hostile act"
    copula = word.head
    if copula.dep_ == "prep" and copula.lower_ == "to":
        copula = copula.head  # "amounted to a declaration of war"
    if word.dep_ in ("attr", "acomp"):
        judging = copula.lemma_ == "be"
    else:
        judging = word.dep_ in ("dobj", "pobj") and copula.lemma_.lower() in JUDGING_VERBS
    return judging and copula.dep_ == "ccomp" and copula.head.i == said.i


def quoted_word(token: Token) -> bool:
    """True for a word inside quotation marks in its sentence."""
    before = token.sent[: token.i - token.sent.start]
    return sum(1 for t in before if t.text in QUOTE_MARKS) % 2 == 1


def _answered_in(
    sentence: Span, speaker: ActorRef, ctx: Context, lexicon: Lexicon
) -> list[ActorRef]:
    """Who did the events a sentence names ("forcing the launch is a provocation")."""
    for token in sentence:
        if token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            found = answered_actors(token, [speaker], ctx.history, lexicon)
            if found:
                return found
    return []


def _well_advised(verb: Token) -> bool:
    """ "The U.S. would be well advised to stop ...": advice that is a demand."""
    return verb.lemma_.lower() == "advise" and any(
        c.dep_ == "advmod" and c.lower_ == "well" for c in verb.children
    )


def _demands(
    sentence: Span,
    ctx: Context,
    speaker: ActorRef,
    date: EventDate | None,
    done: set[tuple[str, str, str]],
) -> Iterator[Claim]:
    """What a speaker says another state must or should do is a demand of it.

    "Pyongyang must immediately cease its provocative actions", in a White
    House statement: a REQUEST from the US to North Korea.
    """
    for verb in sentence:
        if verb.lemma_.lower() in STATE_OF_MIND_VERBS or premise(verb):
            continue  # "Should the U.S. infringe upon ...": a condition, not a demand
        if not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in verb.children) and not (
            _well_advised(verb)
        ):
            continue
        # a state named as the subject; a pronoun may be anyone ("he that ... must")
        holder = verb.head if verb.dep_ == "acomp" else verb  # "would be well advised"
        subjects = [
            c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        ]
        targets = np_actors(subjects[0], ctx, ctx.published) if subjects else []
        # ("..., and Kim Yo Jong said in March that Japan must drop ...": the day of
        # the saying the demand is told in)
        saying = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
        said_on = event_date(saying, sentence, ctx, Modality.ASSERTED) if saying else None
        yield from _asked(targets, speaker, said_on or date, done, verb)


# What a speaker's offer or hope is told to follow from: "could be resolved if", "is
# ready to talk if" (not "will take countermeasures if", a threat).
HOPED_OUTCOMES = frozenset(
    {"resolve", "settle", "solve", "ready", "willing", "prepared", "open", "talk", "meet"}
    | {"improve", "help", "consider", "interesting", "welcome", "possible", "better"}
)


# Verbs of the other side asking or wanting, on which an offer is conditioned: the
# offer answers its wish, and asks nothing of it.
WISHING_VERBS = frozenset({"request", "ask", "want", "wish", "seek", "need", "desire"})


def _conditions(
    sentence: Span,
    ctx: Context,
    speaker: ActorRef,
    date: EventDate | None,
    done: set[tuple[str, str, str]],
) -> Iterator[Claim]:
    """What a speaker's offer or hope is conditioned on another state doing is asked
    of it: "Kim told Xi the issue could be resolved if South Korea and the United
    States responded with goodwill" (a REQUEST from the North to each)."""
    for condition in sentence:
        if condition.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "if" for c in condition.children
        ):
            continue
        if any(c.dep_ == "neg" for c in condition.children):
            continue  # "if Seoul does not stop": a warning
        if condition.lemma_.lower() in WISHING_VERBS:
            continue  # "would consider providing aid if the North requests it": its wish
        outcome = condition.head
        hoped = {outcome.lemma_.lower()} | {
            c.lemma_.lower() for c in outcome.children if c.dep_ in ("acomp", "xcomp", "attr")
        }
        if not hoped & HOPED_OUTCOMES:
            continue
        subjects = [c for c in condition.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        targets = np_actors(subjects[0], ctx, ctx.published) if subjects else []
        yield from _asked(targets, speaker, date, done, condition)


def _asked(
    targets: list[ActorRef],
    speaker: ActorRef,
    date: EventDate | None,
    done: set[tuple[str, str, str]],
    trigger: Token,
) -> Iterator[Claim]:
    """A demand of each state but the speaker, once per article."""
    for target in targets:
        key = (speaker.code, target.code, "REQUEST")
        if target.code == speaker.code or key in done:
            continue
        done.add(key)
        yield Claim("REQUEST", "change", speaker, target, date, trigger)


def claimed_by(verb: Token, event_type: str, ctx: Context, when: dt.date | None) -> ActorRef | None:
    """Who makes the claim a verb tells of another: the state that says it ("Seoul
    said Pyongyang had violated the pact"), or, in a statement or a quotation, its
    speaker. A charge the reporter tells of ("its admission that it had violated
    the deal") is no one's; a threat is the speaker's however it is told."""
    reporter = reporting_subject(verb)
    said = np_actors(reporter, ctx, when) if reporter is not None else []
    if said:
        return said[0]
    if event_type == "ACCUSE" and ctx.author is None and not ctx.quoting:
        return None
    return ctx.speaker
