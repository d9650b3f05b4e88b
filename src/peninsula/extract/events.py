"""Find event mentions in an article: triggers, their actors and recipients, date and modality.

For each sentence, a trigger is a verb from the lexicon whose object fits
("cut the hotline"), or an event noun with a state owner or carried by a
light verb ("the North's nuclear test", "held talks"). The actor is the
trigger's subject (the agent of a passive); recipients are its object and
the objects of "with", "to", "against", "on" and "between". A sentence may
report several events, and a symmetric pair ("the two Koreas held talks")
gives one undirected event. This module reads the article and its running
context (speakers, the story's day, the states named so far); what one verb
reports is in ``verb_events``, what one noun reports in ``noun_events``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from peninsula.actors.dictionary import ActorDictionary, country_ref, load_actors
from peninsula.actors.resolver import ActorMatcher, ActorMention, ArticleActors
from peninsula.dates import entry_date, heading_year, publication_date
from peninsula.extract.allegations import alleged_help, alleged_wrongs
from peninsula.extract.antecedents import PRONOUNS_CARRIED
from peninsula.extract.arguments import (
    actor_ref,
    called_people,
    described_person,
    names_person,
    np_actors,
)
from peninsula.extract.briefings import asks, briefer_named, is_transcript, speaker_label
from peninsula.extract.calibration import load_calibration
from peninsula.extract.clauses import (
    clauses_read_as_phrases,
    infinitive,
    lists_split_from_their_clause,
    main_verbs_read_as_modifiers,
    means_not_agents,
    participles_hung_on_parties,
    put_as_question,
    summoned_read_as_subjects,
    summoner_named_by_place,
    verbs_read_as_nouns,
)
from peninsula.extract.complement_repairs import (
    descriptions_hung_on_the_phrase_before,
    doers_read_as_agents_of_the_verb,
    gerunds_pledged_after_to,
    holdings_hung_on_the_verb,
    homes_read_as_objects,
    movers_read_as_the_head_of_the_sentence,
    objects_read_as_predicates,
    objects_read_as_subjects_of_a_permitted_act,
    objects_read_as_subjects_of_the_asked_act,
    partners_read_as_subjects_of_a_purpose,
    relatives_read_as_second_objects,
    second_asks_read_as_clauses,
    small_clauses_read_as_complements,
    subjects_taken_by_an_aside,
    tellings_read_as_adjectives,
    told_clauses_cut_from_their_telling,
)
from peninsula.extract.condolences import deaths_told
from peninsula.extract.context import Context
from peninsula.extract.documents import documents_made
from peninsula.extract.emit import emit
from peninsula.extract.followed import followed_suit
from peninsula.extract.gapped import gapped_repeats
from peninsula.extract.guests import guests_again
from peninsula.extract.headlines import lists_without_and, name_pattern, sentence_cased
from peninsula.extract.history import dated_by_names, named_events, untold
from peninsula.extract.lexicon import (
    Lexicon,
    load_lexicon,
)
from peninsula.extract.named_again import series_part
from peninsula.extract.nominal import (
    answering_verb,
)
from peninsula.extract.noun_events import noun_events
from peninsula.extract.occasions import OCCASION_PREPS, is_meeting
from peninsula.extract.openings import site_openings
from peninsula.extract.promised import promised_only, promised_threats
from peninsula.extract.proposals import (
    answered_requests,
    invited_visits,
    open_doors,
    proposal_requests,
    terms_proposed,
)
from peninsula.extract.refusals import aims_disowned, refused_acts
from peninsula.extract.relief import countries_named
from peninsula.extract.repairs import (
    acts_joined_to_a_passive_relative,
    asides_read_as_the_main_clause,
    asking_plurals_read_as_verbs,
    clauses_hung_on_an_aside,
    clauses_read_as_prepositions,
    days_read_as_events,
    drill_compounds_read_as_clauses,
    finite_verbs_read_as_adjectives,
    gerunds_joined_to_what_they_tell,
    lists_opened_after_a_time,
    lists_read_as_appositions,
    lists_split_by_a_parenthesis,
    lists_split_from_their_of,
    main_clauses_joined_to_a_should_condition,
    names_read_into_a_day,
    nouns_read_as_verbs,
    numbers_read_as_modifiers,
    participles_hung_on_the_verb,
    past_verbs_joined_to_a_gerund,
    past_verbs_joined_to_a_present_relative,
    relative_clauses_run_on,
    relative_verbs_read_as_plurals,
    retellings_hung_on_the_told,
    subjects_read_into_the_dateline,
    subjects_read_into_the_object_before,
    subjunctives_read_as_nouns,
    times_read_as_subjects,
    verbs_joined_to_the_told_clause,
    verbs_read_as_modifiers_of_their_object,
)
from peninsula.extract.replies import silent_nouns, silent_replies
from peninsula.extract.stance import (
    issues_statement,
    opens_quoted,
    outlet_home,
    paragraph_speaker,
    state_voice,
    statement_claims,
    statement_issuer,
)
from peninsula.extract.story_dates import (
    context_date,
    dated_act,
    is_headline,
    is_story_date,
    lead_date,
    occasions_told,
    published_day,
    said_earlier,
    told_undated,
)
from peninsula.extract.timing import dated_by_name
from peninsula.extract.tokens import (
    dateline_end,
    main_subject,
    pronoun_for,
)
from peninsula.extract.told_elsewhere import (
    DatedKind,
    dated_kinds,
    days_told_elsewhere,
    planned_undated,
    plans_dated_elsewhere,
    reported_undated,
)
from peninsula.extract.travel import dateline_place
from peninsula.extract.triggers import (
    described_state,
    modifier_noun,
    noun_rule,
    verb_rule,
)
from peninsula.extract.verb_events import verb_events
from peninsula.models import (
    ActorRef,
    Article,
    EventDate,
    Mention,
    Modality,
)
from peninsula.nlp import (
    MAX_PARAGRAPH_CHARS,
    blank_time_stamps,
    currency_nouns,
    load_nlp,
    spaced_test_verbs,
    unbracket_insertions,
)

LOGGER = logging.getLogger(__name__)


# Accusations and threats read from a statement's tone are less certain than
# those a verb states ("condemned"): calibrated on eval/gold (2026-11).
STANCE_CONFIDENCE = 0.6
# The author of a statement is named at its start: "X issued a press statement".
AUTHOR_PARAGRAPHS = 2
# Types whose object noun may report an event of its own ("condemned the launch").
OBJECT_STAYS_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT"})
# Reactions a second coordinated verb only repeats: "denounces and rejects".
VERBAL_REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# The dateline opens the first paragraph, or the second after a headline.
DATELINE_PARAGRAPHS = 2
# The reporting sentences read for the story's day when the first gives none:
# "North Korea fired a missile, Seoul said. The launch on Tuesday was its ..."
LEAD_SENTENCES = 2


# Words that may stand for an actor named in an earlier paragraph, or for an
# event reported there ("the October 9 test").
STANDS_FOR_ACTOR = re.compile(
    r"\b(?:they|their|them|it|its|he|she|his|her|we|our|us|i|the|this|these)\b", re.I
)


# A speaker's day dates the undated words of their state in the paragraphs up to
# this many after the one that named them, and no further.
SPEAKER_DATE_PARAGRAPHS = 1


class Extractor:
    """Extract event mentions from articles; load once, reuse for many articles."""

    def __init__(
        self,
        nlp: Language | None = None,
        actors: ActorDictionary | None = None,
        lexicon: Lexicon | None = None,
        *,
        calibrated: bool = True,
    ) -> None:
        self.nlp = nlp or load_nlp()
        self.actors = actors or load_actors()
        self.lexicon = lexicon or load_lexicon()
        self.matcher = ActorMatcher(self.nlp, self.actors)
        self.names = name_pattern(self.actors)  # for headlines in title case
        # the rules' own scores are kept when fitting the calibration itself
        self.calibration = load_calibration() if calibrated else None

    def paragraphs_to_parse(self, article: Article) -> list[tuple[int, str]]:
        """Return ``(offset, text)`` of the paragraphs that may name an actor, or
        stand for one named before ("They will pay a dear price."), or head a dated
        list with a year ("2018")."""
        selected = []
        offset = 0
        for paragraph in article.text.split("\n\n"):
            if (
                self.matcher.may_name_actor(paragraph)
                or STANDS_FOR_ACTOR.search(paragraph)
                or heading_year(paragraph) is not None
            ):
                text = blank_time_stamps(
                    currency_nouns(spaced_test_verbs(paragraph[:MAX_PARAGRAPH_CHARS]))
                )
                text = sentence_cased(text, self.names)
                selected.append((offset, unbracket_insertions(text)))
            offset += len(paragraph) + 2
        return selected

    def extract(self, article: Article) -> list[Mention]:
        """Return the event mentions of one article."""
        titled = with_title(article)
        paragraphs = self.paragraphs_to_parse(titled)
        docs = self.nlp.pipe(text for _offset, text in paragraphs)
        shift = len(titled.text) - len(article.text)
        return list(
            self.extract_parsed(
                titled, zip((o for o, _ in paragraphs), docs, strict=True), title_end=shift
            )
        )

    def extract_parsed(
        self, article: Article, parsed: Iterable[tuple[int, Doc]], title_end: int = 0
    ) -> Iterator[Mention]:
        """Yield mentions from already parsed paragraphs ``(offset, doc)``; those
        before ``title_end`` are the title, read for the names it gives only."""
        author = state_voice(article)
        home = self.matcher.country(author.code) if author is not None else None
        national = outlet_home(article)
        people = ArticleActors(
            home=home,
            outlet_home=self.matcher.country(national) if national else None,
            published=published_day(article),
        )
        speaker: ActorRef | None = None
        speaker_date: EventDate | None = None
        last_person: ActorRef | None = None
        history: list[Mention] = []
        named: list[Mention] = []
        stances: set[tuple[str, str, str]] = set()
        author_date: EventDate | None = None
        stance_targets: list[ActorRef] = []
        drill_partners: list[ActorRef] = []
        story_date: EventDate | None = None
        lead_sentences = 0  # the reporting sentences read for the story's day
        last_subject: tuple[str, tuple[ActorRef, ...]] | None = None
        named_states: list[ActorRef] = []
        dated_acts: list[tuple[int, frozenset[str], EventDate]] = []
        redated: dict[str, EventDate] = {}
        reported: set[str] = set()  # acts told with no day of their own (told_elsewhere)
        planned: set[str] = set()  # plans told by a noun with no time of their own
        kinds: list[DatedKind] = []  # acts told with their day by noun or passive verb
        paragraph_index = 0
        spoke_at: int | None = None  # the paragraph that named the speaker
        headline: list[Mention] = []  # the mentions of the article's headline
        published = published_day(article)
        dateline_state: ActorRef | None = None
        entry_year: int | None = None  # the year a dated list told last
        occasion_dates: dict[str, EventDate] = {}
        documents: dict[str, list[ActorRef]] = {}  # their makers, by kind
        described_people: dict[str, ActorRef] = {}  # "the official": the Iraqi one told
        named_people: dict[str, ActorRef] = {}  # "American soldier Jim Doe", by name
        mourned: list[ActorRef] = []  # the states of the dead told, for condolences
        paragraph_before: tuple[int, Doc] | None = None  # for days counted from its dates
        seen: set[str] = set()
        briefing = is_transcript(article.text)  # "Q: ... A: ...": whose turn each is
        briefer: ActorRef | None = None  # the state a briefing's answers speak for
        for offset, doc in parsed:
            means_not_agents(doc)
            verbs_read_as_nouns(doc)
            summoned_read_as_subjects(doc)
            main_verbs_read_as_modifiers(doc)
            numbers_read_as_modifiers(doc)
            finite_verbs_read_as_adjectives(doc)
            verbs_read_as_modifiers_of_their_object(doc)
            asking_plurals_read_as_verbs(doc)
            small_clauses_read_as_complements(doc)
            objects_read_as_subjects_of_the_asked_act(doc)
            second_asks_read_as_clauses(doc)
            doers_read_as_agents_of_the_verb(doc)
            movers_read_as_the_head_of_the_sentence(doc)
            lists_split_from_their_clause(doc)
            clauses_read_as_phrases(doc)
            participles_hung_on_parties(doc)
            objects_read_as_predicates(doc)
            gerunds_joined_to_what_they_tell(doc)
            nouns_read_as_verbs(doc)
            subjunctives_read_as_nouns(doc)
            asides_read_as_the_main_clause(doc)
            main_clauses_joined_to_a_should_condition(doc)
            relative_verbs_read_as_plurals(doc)
            relative_clauses_run_on(doc)
            acts_joined_to_a_passive_relative(doc)
            past_verbs_joined_to_a_gerund(doc)
            past_verbs_joined_to_a_present_relative(doc)
            clauses_read_as_prepositions(doc)
            drill_compounds_read_as_clauses(doc)
            lists_read_as_appositions(doc)
            lists_opened_after_a_time(doc)
            lists_split_by_a_parenthesis(doc)
            participles_hung_on_the_verb(doc)
            days_read_as_events(doc)
            names_read_into_a_day(doc)
            lists_without_and(doc)
            times_read_as_subjects(doc)
            subjects_read_into_the_dateline(doc)
            clauses_hung_on_an_aside(doc)
            verbs_joined_to_the_told_clause(doc)
            retellings_hung_on_the_told(doc)
            summoner_named_by_place(doc)
            lists_split_from_their_of(doc)
            subjects_read_into_the_object_before(doc)
            gerunds_pledged_after_to(doc)
            objects_read_as_subjects_of_a_permitted_act(doc)
            relatives_read_as_second_objects(doc)
            partners_read_as_subjects_of_a_purpose(doc)
            descriptions_hung_on_the_phrase_before(doc)
            told_clauses_cut_from_their_telling(doc)
            tellings_read_as_adjectives(doc)
            homes_read_as_objects(doc)
            subjects_taken_by_an_aside(doc)
            holdings_hung_on_the_verb(doc)
            by_token: dict[int, list[ActorMention]] = {}
            for mention in self.matcher.mentions(doc, people):
                for index in range(mention.start, mention.end):
                    by_token.setdefault(index, []).append(mention)
            context = Context(
                doc,
                by_token,
                published,
                offset,
                article,
                speaker,
                speaker_date,
                last_person,
                history,
            )
            title = offset < title_end  # read for its names only
            if not title and dateline_state is None and paragraph_index < DATELINE_PARAGRAPHS:
                place = dateline_place(doc, by_token)
                states = np_actors(place, context, published) if place is not None else []
                dateline_state = states[0] if states else None
            if paragraph_index < DATELINE_PARAGRAPHS and not title:
                for index in range(dateline_end(doc)):
                    by_token.pop(index, None)  # "SEOUL, South Korea (AP) —" acts in nothing
            context.dateline_state = dateline_state
            context.home_state = dateline_state or (
                country_ref(national, "GOV", article.outlet or national) if national else None
            )
            turn = speaker_label(doc.text) if briefing else None  # "Q", "A", "MS. DOE"
            if turn is not None:
                # "Maria Zakharova: ...": the label acts in nothing, but a briefer it
                # names is whose answer this is
                colon = doc.text.index(":")
                label = [t for t in doc if t.idx < colon]
                labelled = [m for t in label for m in by_token.pop(t.i, []) if names_person(m)]
                if labelled and not asks(turn, doc.text):
                    at = doc[labelled[0].end - 1]
                    briefer = actor_ref(labelled[0], at, at, context, published) or briefer
            if (
                briefing
                and briefer is None
                and (title or paragraph_index < DATELINE_PARAGRAPHS)
                and turn is None
            ):
                # (the title, or an opening before the turns: a question names
                # what is asked about, not who answers)
                named_briefer = briefer_named(by_token)
                if named_briefer is not None:
                    at = doc[named_briefer.end - 1]
                    briefer = actor_ref(named_briefer, at, at, context, published)
                elif not title:
                    briefer = dateline_state
            context.quoting = opens_quoted(doc)
            entry_year = heading_year(doc.text) or entry_year
            context.entry = entry_date(doc.text, published, entry_year)
            if author is None and paragraph_index < AUTHOR_PARAGRAPHS and not title:
                issuer = statement_issuer(article, doc, context)
                if issuer is not None:
                    author, author_date = issuer, publication_date(published)
            answer = briefer is not None and turn is not None and not asks(turn, doc.text)
            found_speaker = None if answer else paragraph_speaker(doc, context, author)
            if answer:
                # a briefer's answer: the briefer's own words, on the briefing's day
                speaker, speaker_date = briefer, publication_date(published)
                context.quoting = True
            elif found_speaker is not None:
                speaker, speaker_date = found_speaker
                spoke_at = paragraph_index
                if (
                    (author is None or author.code == speaker.code)
                    and paragraph_index < AUTHOR_PARAGRAPHS
                    and issues_statement(doc)
                ):
                    # a statement that says not when it was issued was issued the
                    # day it is published (a long quoted title may hide the day)
                    author, author_date = speaker, speaker_date or publication_date(published)
            elif turn is not None and asks(turn, doc.text):
                speaker, speaker_date = None, None  # a reporter's question speaks for no state
            elif author is not None:
                # In a statement, a paragraph that quotes no one is its issuer's voice.
                speaker, speaker_date = author, author_date
            elif speaker is None and last_person is not None and context.quoting:
                # a quotation no one is said to speak is the person named last, on
                # the day of their last dated act: 'Minister Lee renewed calls on
                # Wednesday ... \n "The demolition is certainly regrettable."'
                context.dated_acts, context.story_date = dated_acts, story_date
                speaker, speaker_date = last_person, context_date(last_person, context, offset)
            elif (
                not context.quoting
                and spoke_at is not None
                and paragraph_index - spoke_at > SPEAKER_DATE_PARAGRAPHS
            ):
                # "the Pentagon said on Friday ..." ten paragraphs before "Biden and
                # Kishida condemned the launch": the saying's day no longer dates
                # what the speaker's state does (the speaker still claims what is said)
                speaker_date = None
            in_headline = paragraph_index == 0 and is_headline(doc.text) and not title
            paragraph_index += 0 if title else 1
            context.author = author
            context.stance_targets = stance_targets
            context.drill_partners = drill_partners
            context.speaker, context.speaker_date = speaker, speaker_date
            context.story_date = story_date
            context.last_subject = last_subject
            context.named_states = named_states
            context.dated_acts = dated_acts
            context.redated = redated
            context.occasion_dates = occasion_dates
            context.documents = documents
            context.described = described_people
            context.named_people = named_people
            context.mourned = mourned
            context.paragraph_before = paragraph_before
            named_people.update(called_people(doc, context))
            for sentence in doc.sents:
                if (
                    lead_sentences < LEAD_SENTENCES
                    and story_date is None
                    and not title
                    and sentence.root.pos_ in ("VERB", "AUX")
                ):
                    lead_sentences += 1  # the first sentences that report anything
                    # (a dateline may hide the verb of the one before, which found
                    # the story's day all the same)
                    story_date = context.story_date = story_date or lead_date(sentence, context)
                # "the June 15 joint declaration": background, kept apart from what the
                # text tells, which dates and names its later acts
                named += named_events(sentence, context)
                # (a title's stance is no stance told: it would hide the text's own)
                stance = self._stance(sentence, context, stances) if not title else iter(())
                for found in chain(self._sentence(sentence, context), stance):
                    if found.id not in seen:
                        seen.add(found.id)
                        history.append(found)
                        if reported_undated(found, sentence):
                            reported.add(found.id)
                        if planned_undated(found, sentence):
                            planned.add(found.id)
                        if in_headline:
                            headline.append(found)
                    if story_date is None and not title and is_story_date(found, published):
                        story_date = context.story_date = found.date
                occasion_dates.update(occasions_told(sentence, context))
                mourned += deaths_told(sentence, context)
                documents.update(documents_made(sentence, context))
                kinds += dated_kinds(sentence, context) if not title else []
                act = dated_act(sentence, context)
                if act is not None:
                    dated_acts.append(act)
                    for earlier in said_earlier(act, sentence, history):
                        redated.setdefault(earlier.id, act[2])
            last_subject = self._subject_carried(doc, context, published) or last_subject
            paragraph_before = None if title else (offset, doc)
            named_states += countries_named(context, published)
            people_here = [
                m
                for m in sorted({m for ms in by_token.values() for m in ms}, key=lambda m: m.start)
                if m.entry.kind.value == "person"
            ]
            if people_here:
                last = people_here[-1]
                last_person = actor_ref(last, doc[last.start], doc[last.start], context, published)
            named_last = [e for e in doc.ents if e.label_ == "PERSON"]
            if named_last and (not people_here or named_last[-1].start >= people_here[-1].end):
                # the person named last is one we cannot place, unless the text
                # placed him ("American tourist Jim Doe ... Iran freed him")
                last_person = named_people.get(named_last[-1][-1].text)
            last_named = max([m.end for m in people_here] + [e.end for e in named_last] + [0])
            described = [(t, r) for t in doc if (r := described_person(t, context))]
            described_people.update((t.lemma_.lower(), r) for t, r in described)
            if described and described[-1][0].i >= last_named:
                last_person = described[-1][1]  # "an Iraqi fisheries official", no name
        for found_id, day in days_told_elsewhere(history, reported, kinds).items():
            redated.setdefault(found_id, day)
        for found_id, day in plans_dated_elsewhere(history, planned, published).items():
            redated.setdefault(found_id, day)
        for found in headline:
            if story_date is not None and told_undated(found):
                # "Kim Receives Russian Delegation" over a report of Thursday's
                # reception: the headline tells the story's news, of the story's day
                # (unless the text tells its day: "The shelling Tuesday ...")
                redated.setdefault(found.id, story_date)
        for found_id, day in dated_by_names(named, history).items():
            redated.setdefault(found_id, day)
        told = [replace(m, date=redated.get(m.id, m.date)) for m in history]
        text_chars = len(article.text) - title_end
        for found in chain(history, untold(named, told)):
            if found.start < title_end:
                continue  # the title's own: no sentence of the text is its evidence
            better = redated.get(found.id)
            placed = replace(found, start=found.start - title_end, end=found.end - title_end)
            yield self._calibrated(
                placed if better is None else replace(placed, date=better), text_chars
            )

    def _calibrated(self, mention: Mention, text_chars: int) -> Mention:
        if self.calibration is None:
            return mention
        return replace(mention, confidence=self.calibration.confidence(mention, text_chars))

    def _subject_carried(
        self, doc: Doc, ctx: Context, published: dt.date | None
    ) -> tuple[str, tuple[ActorRef, ...]] | None:
        """The states a paragraph's last sentence is about, for an "it" or "they" that
        opens the next paragraph (None keeps the states carried so far)."""
        sentences = list(doc.sents)
        subject = main_subject(sentences[-1]) if sentences else None
        if subject is None or subject.lower_ in PRONOUNS_CARRIED:
            return None
        states = np_actors(subject, ctx, published)
        return (pronoun_for(subject), tuple(states)) if states else None

    def _stance(
        self, sentence: Span, ctx: Context, done: set[tuple[str, str, str]]
    ) -> Iterator[Mention]:
        """What a statement says of other states: its demands, accusations and threats."""
        start = ctx.offset + sentence.start_char
        said: dict[tuple[str, str], set[str]] = {}
        for m in ctx.history:
            if m.start == start and m.recipient is not None and m.event_type in VERBAL_REACTIONS:
                said.setdefault((m.actor.code, m.recipient.code), set()).add(m.event_type)
        for claim in statement_claims(sentence, ctx, done, self.lexicon):
            types = said.get((claim.speaker.code, claim.target.code), set())
            # the sentence's own verb already says it: "rejects the act of" (but a
            # warning is no judgement: "said it was regrettable and warned ...")
            # (nor is a refusal a demand: "said it has no interest in talks with Tokyo,
            # and Kim Yo Jong said Japan must drop the abduction issue")
            if types and not (
                (claim.event_type == "ACCUSE" and types == {"THREATEN"})
                or (claim.event_type == "REQUEST" and types == {"REJECT"})
            ):
                continue
            yield from emit(
                claim.event_type,
                claim.mode,
                (),
                [claim.speaker],
                [claim.target],
                Modality.ASSERTED,
                claim.date,
                claim.trigger,
                sentence,
                ctx,
                STANCE_CONFIDENCE,
            )

    # --- triggers -------------------------------------------------------------------------

    def _sentence(self, sentence: Span, ctx: Context) -> Iterator[Mention]:
        found = []
        for mention in self._triggered(sentence, ctx):
            trigger = sentence.doc[mention.trigger_index]
            if trigger.pos_ in ("VERB", "AUX") and put_as_question(trigger):
                continue  # "Will President Xi visit Pyongyang?": asked, not told
            found.append(mention)
            if promised_only(mention, ctx):
                continue  # the threat that promises it is the event (promised_threats)
            yield mention  # told at once: a later trigger of the sentence may refer to it
        for mention in chain(
            silent_replies(sentence, ctx, self.lexicon),
            silent_nouns(sentence, ctx, self.lexicon),
            guests_again(sentence, ctx, self.lexicon),
        ):
            found.append(mention)
            yield mention
        yield from proposal_requests(found, sentence, ctx, self.lexicon)
        yield from terms_proposed(found, sentence, ctx, self.lexicon)
        yield from invited_visits(found, sentence, ctx, self.lexicon)
        yield from open_doors(found, sentence, ctx, self.lexicon)
        yield from answered_requests(found, sentence, ctx, self.lexicon)
        yield from promised_threats(found, sentence, ctx)
        yield from refused_acts(found, sentence, ctx, self.lexicon)
        yield from alleged_help(found, sentence, ctx, self.lexicon)
        yield from alleged_wrongs(found, sentence, ctx, self.lexicon)
        yield from gapped_repeats(found, sentence, ctx)

    def _triggered(self, sentence: Span, ctx: Context) -> Iterator[Mention]:
        consumed: set[int] = set()
        reacting: dict[int, Token | None] = {}  # verbs that reacted, with their object
        for token in sentence:
            # a root with a subject is a verb, whatever the tagger says ("denounces")
            verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
            verbal = verbal or (
                token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)
            )
            verbal = verbal or infinitive(token)  # "ready to pre-emptively attack"
            # "Japan is concerned about the buildup": a participle tagged as an adjective
            verbal = verbal or (
                token.dep_ == "acomp"
                and token.tag_ == "JJ"
                # "is due in Tokyo on Wednesday"
                and (token.lower_.endswith("ed") or token.lower_ == "due")
            )
            if verbal and not described_state(token) and not modifier_noun(token):
                rule, obj = verb_rule(token, self.lexicon, ctx.mentions)
                if rule is not None and rule.type in VERBAL_REACTIONS:
                    if token.dep_ == "conj" and reacting.get(token.head.i, token) == obj:
                        # "denounces and rejects the act": one reaction, told twice
                        continue
                    reacting[token.i] = obj
                if rule is not None:
                    if (
                        obj is not None
                        and rule.type not in OBJECT_STAYS_TYPES
                        # "postponed its talks with Turkey": the talks, still planned,
                        # are told too
                        and not (
                            token.lemma_.lower() in self.lexicon.postponing_verbs
                            and is_meeting(obj)
                        )
                        and not dated_by_name(obj, rule.type, sentence, ctx, self.lexicon)
                        and answering_verb(obj) is None  # "apologized for the sinking"
                        # "agreed at their summit": the meeting is its occasion, not its object
                        and not (obj.dep_ == "pobj" and obj.head.lower_ in OCCASION_PREPS)
                        # "resumed talks, a week after suspending them": "them" names
                        # the talks, which are told in their own words too
                        and obj.i in {t.i for t in token.subtree}
                    ):
                        consumed.add(obj.i)
                    yield from verb_events(token, rule, obj, sentence, ctx, self.lexicon)
        for token in sentence:
            # the tagger may take a plural noun for a verb: "with missile launches"
            nominal = token.pos_ in ("NOUN", "PROPN") or (
                token.pos_ == "VERB" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
            )
            if nominal and token.i not in consumed and not infinitive(token):
                named = noun_rule(token, self.lexicon) or series_part(token, self.lexicon)
                if named is not None:
                    yield from noun_events(token, named, sentence, ctx, self.lexicon)
        yield from site_openings(sentence, ctx, self.lexicon)  # "Kaesong opened in 2004"
        yield from followed_suit(sentence, ctx, self.lexicon)  # "Tokyo followed suit"
        yield from aims_disowned(sentence, ctx)  # "was not directed against Seoul"

    # --- events ---------------------------------------------------------------------------


def with_title(article: Article) -> Article:
    """The article with its title as a first paragraph, when the text does not open
    with it: a headline names the states and people the text goes on to call "the
    two countries" or "Kim"."""
    title = (article.title or "").strip()
    if not title or "\n" in title or article.text.lstrip().startswith(title):
        return article
    return replace(article, text=f"{title}\n\n{article.text}")
