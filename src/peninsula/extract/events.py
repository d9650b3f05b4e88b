"""Find event mentions in an article: triggers, their actors and recipients, date and modality.

For each sentence, a trigger is a verb from the lexicon whose object fits
("cut the hotline"), or an event noun with a state owner or carried by a
light verb ("the North's nuclear test", "held talks"). The actor is the
trigger's subject (the agent of a passive); recipients are its object and
the objects of "with", "to", "against", "on" and "between". A sentence may
report several events, and a symmetric pair ("the two Koreas held talks")
gives one undirected event.
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

from peninsula.actors.dictionary import ActorDictionary, load_actors
from peninsula.actors.resolver import ActorMatcher, ActorMention, ArticleActors
from peninsula.dates import publication_date
from peninsula.extract.arguments import (
    OBJECT_CONTROL_VERBS,
    PRONOUNS_CARRIED,
    Context,
    actor_ref,
    first_person,
    main_subject,
    np_actors,
    owning_participle,
    pronoun_for,
    subject_of,
)
from peninsula.extract.lexicon import (
    SYMMETRIC_TYPES,
    Lexicon,
    NounRule,
    VerbRule,
    load_lexicon,
    load_plover,
)
from peninsula.extract.modality import noun_modality, verb_modality
from peninsula.extract.nominal import (
    OUTCOME_NOUNS,
    answering_verb,
    asked_about,
    between_parties,
    clientele_states,
    joint_partners,
    paired_states,
    phrase_parties,
    placed_in_time,
)
from peninsula.extract.recipients import TARGETED_TYPES, recipient_heads
from peninsula.extract.reference import (
    REACTION_TYPES,
    answered_actors,
    guessed_referents,
    implicit_targets,
    parties_of,
    reacted_to,
)
from peninsula.extract.stance import (
    issues_statement,
    paragraph_speaker,
    state_voice,
    statement_claims,
)
from peninsula.extract.threats import threat_said, threatened_targets
from peninsula.extract.timing import (
    context_date,
    dated_act,
    dated_by_name,
    event_date,
    is_story_date,
    lead_date,
    named_date,
    own_date,
    present_tense,
    published_day,
    said_earlier,
    undated_past,
)
from peninsula.extract.triggers import (
    concluding_participle,
    described_state,
    joined_by_pronoun,
    noun_rule,
    takes_part,
    venues,
    verb_rule,
)
from peninsula.models import (
    ActorRef,
    Article,
    EventDate,
    Mention,
    Modality,
)
from peninsula.nlp import MAX_PARAGRAPH_CHARS, load_nlp, unbracket_insertions

LOGGER = logging.getLogger(__name__)


# Types that can be reported without a target state: a missile test, a drill.
UNDIRECTED_OK = frozenset({"MOBILIZE"})
# Confidence adjustment per type, calibrated on the gold events of ../shared
# (eval/gold, 2026-11): accusations and refusals were right 14 times in 15,
# assaults 0 in 4, asserted meetings 6 in 16. Re-check with `peninsula eval`
# when the lexicon changes, so that events at >= 0.8 stay right >= 80% of the time.
TYPE_RELIABILITY = {
    "ACCUSE": 0.05,
    "REJECT": 0.05,
    "AID": 0.05,
    "CONSULT": -0.1,
    "AGREE": -0.1,
    "SUPPORT": -0.1,
    "SANCTION": -0.05,
    "ASSAULT": -0.15,
}
# Accusations and threats read from a statement's tone are less certain than
# those a verb states ("condemned"): calibrated on eval/gold (2026-11).
STANCE_CONFIDENCE = 0.6
# A warning with no stated target (reference.implicit_targets) is less sure.
IMPLICIT_TARGET_PENALTY = 0.15
# The author of a statement is named at its start: "X issued a press statement".
AUTHOR_PARAGRAPHS = 2
# Speech acts a light verb may carry, naming its addressee: "issued a warning to".
SPEECH_ACT_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
# Types whose object noun may report an event of its own ("condemned the launch").
OBJECT_STAYS_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT"})
# Reactions a second coordinated verb only repeats: "denounces and rejects".
VERBAL_REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# Acts whose target may be a state's civilians: "killed a South Korean fisherman",
# "detained a Japanese national".
BEFALLS_CIVILIANS = frozenset({"ASSAULT", "COERCE"})
# Words that make a meeting with several parties several meetings.
APART_WORDS = frozenset({"separately", "respectively", "individually"})
# Types whose object names the parties when no subject does: "the inter-Korean
# hotline was restored", "Pyongyang severed the inter-Korean hotline".
PARTIES_IN_OBJECT = frozenset({"COOPERATE", "SANCTION"})


# Words that may stand for an actor named in an earlier paragraph, or for an
# event reported there ("the October 9 test").
STANDS_FOR_ACTOR = re.compile(
    r"\b(?:they|their|them|it|its|he|she|his|her|we|our|us|i|the|this|these)\b", re.I
)


class Extractor:
    """Extract event mentions from articles; load once, reuse for many articles."""

    def __init__(
        self,
        nlp: Language | None = None,
        actors: ActorDictionary | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.nlp = nlp or load_nlp()
        self.actors = actors or load_actors()
        self.lexicon = lexicon or load_lexicon()
        self.matcher = ActorMatcher(self.nlp, self.actors)

    def paragraphs_to_parse(self, article: Article) -> list[tuple[int, str]]:
        """Return ``(offset, text)`` of the paragraphs that may name an actor, or
        stand for one named before ("They will pay a dear price.")."""
        selected = []
        offset = 0
        for paragraph in article.text.split("\n\n"):
            if self.matcher.may_name_actor(paragraph) or STANDS_FOR_ACTOR.search(paragraph):
                selected.append((offset, unbracket_insertions(paragraph[:MAX_PARAGRAPH_CHARS])))
            offset += len(paragraph) + 2
        return selected

    def extract(self, article: Article) -> list[Mention]:
        """Return the event mentions of one article."""
        paragraphs = self.paragraphs_to_parse(article)
        docs = self.nlp.pipe(text for _offset, text in paragraphs)
        return list(
            self.extract_parsed(article, zip((o for o, _ in paragraphs), docs, strict=True))
        )

    def extract_parsed(
        self, article: Article, parsed: Iterable[tuple[int, Doc]]
    ) -> Iterator[Mention]:
        """Yield mentions from already parsed paragraphs ``(offset, doc)``."""
        people = ArticleActors()
        speaker: ActorRef | None = None
        speaker_date: EventDate | None = None
        last_person: ActorRef | None = None
        history: list[Mention] = []
        stances: set[tuple[str, str, str]] = set()
        author = state_voice(article)
        author_date: EventDate | None = None
        stance_targets: list[ActorRef] = []
        story_date: EventDate | None = None
        lead_read = False
        last_subject: tuple[str, tuple[ActorRef, ...]] | None = None
        named_states: list[ActorRef] = []
        dated_acts: list[tuple[int, frozenset[str], EventDate]] = []
        redated: dict[str, EventDate] = {}
        paragraph_index = 0
        published = published_day(article)
        seen: set[str] = set()
        for offset, doc in parsed:
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
            found_speaker = paragraph_speaker(doc, context, author)
            if found_speaker is not None:
                speaker, speaker_date = found_speaker
                if (
                    (author is None or author.code == speaker.code)
                    and paragraph_index < AUTHOR_PARAGRAPHS
                    and issues_statement(doc)
                ):
                    author, author_date = speaker, speaker_date
            elif author is not None:
                # In a statement, a paragraph that quotes no one is its issuer's voice.
                speaker, speaker_date = author, author_date
            paragraph_index += 1
            context.author = author
            context.stance_targets = stance_targets
            context.speaker, context.speaker_date = speaker, speaker_date
            context.story_date = story_date
            context.last_subject = last_subject
            context.named_states = named_states
            context.dated_acts = dated_acts
            context.redated = redated
            for sentence in doc.sents:
                if not lead_read and sentence.root.pos_ in ("VERB", "AUX"):
                    lead_read = True  # the first sentence that reports anything
                    story_date = context.story_date = lead_date(sentence, context)
                for found in chain(
                    self._sentence(sentence, context), self._stance(sentence, context, stances)
                ):
                    if found.id not in seen:
                        seen.add(found.id)
                        history.append(found)
                    if story_date is None and is_story_date(found, published):
                        story_date = context.story_date = found.date
                act = dated_act(sentence, context)
                if act is not None:
                    dated_acts.append(act)
                    for earlier in said_earlier(act, sentence, history):
                        redated.setdefault(earlier.id, act[2])
            last_subject = self._subject_carried(doc, context, published) or last_subject
            named_states += [
                a
                for m in sorted({m for ms in by_token.values() for m in ms}, key=lambda m: m.start)
                if m.entry.kind.value == "country"
                and (a := actor_ref(m, doc[m.end - 1], doc[m.end - 1], context, published))
            ]
            people_here = [
                m
                for m in sorted({m for ms in by_token.values() for m in ms}, key=lambda m: m.start)
                if m.entry.kind.value == "person"
            ]
            if people_here:
                last = people_here[-1]
                last_person = actor_ref(last, doc[last.start], doc[last.start], context, published)
        for found in history:
            better = redated.get(found.id)
            yield found if better is None else replace(found, date=better)

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
        said = {
            (m.actor.code, m.recipient.code)
            for m in ctx.history
            if m.start == start and m.recipient is not None and m.event_type in VERBAL_REACTIONS
        }
        for claim in statement_claims(sentence, ctx, done, self.lexicon):
            if (claim.speaker.code, claim.target.code) in said:
                continue  # the sentence's own verb already says it: "rejects the act of"
            yield from self._emit(
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
        consumed: set[int] = set()
        reacting: dict[int, Token | None] = {}  # verbs that reacted, with their object
        for token in sentence:
            # a root with a subject is a verb, whatever the tagger says ("denounces")
            verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
            verbal = verbal or (
                token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)
            )
            if verbal and not described_state(token):
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
                        and not dated_by_name(obj, rule.type, sentence, ctx, self.lexicon)
                        and answering_verb(obj) is None  # "apologized for the sinking"
                    ):
                        consumed.add(obj.i)
                    yield from self._verb_event(token, rule, obj, sentence, ctx)
        for token in sentence:
            # the tagger may take a plural noun for a verb: "with missile launches"
            nominal = token.pos_ in ("NOUN", "PROPN") or (
                token.pos_ == "VERB" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
            )
            if nominal and token.i not in consumed:
                named = noun_rule(token, self.lexicon)
                if named is not None:
                    yield from self._noun_event(token, named, sentence, ctx)

    def _threat_of_force(
        self,
        event_type: str,
        modality: Modality,
        actors: list[ActorRef],
        recipients: list[ActorRef],
        clause: Token,
        sentence: Span,
        ctx: Context,
        confidence: float,
    ) -> Iterator[Mention]:
        """Force a state says it will or may use is a threat it makes now.

        "North Korea said it is ready to attack the South": besides the
        hypothetical attack, an asserted THREATEN, dated when it was said.
        """
        speech = threat_said(event_type, modality, actors, clause, ctx)
        if speech is None:
            return
        date = event_date(speech, sentence, ctx, Modality.ASSERTED)
        yield from self._emit(
            "THREATEN",
            None,
            (),
            actors,
            recipients,
            Modality.ASSERTED,
            date,
            speech,
            sentence,
            ctx,
            confidence - 0.1,
        )

    # --- arguments ------------------------------------------------------------------------

    # --- events ---------------------------------------------------------------------------

    def _verb_event(
        self, verb: Token, rule: VerbRule, obj: Token | None, sentence: Span, ctx: Context
    ) -> Iterator[Mention]:
        if rule.pledge and verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS | {"call"}:
            return  # "urged China to take necessary steps" is a request, not China's threat
        modality = verb_modality(verb, self.lexicon)
        if rule.pledge and modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
            modality = Modality.ASSERTED  # "will take necessary steps": the threat is made now
        date = event_date(verb, sentence, ctx, modality)
        subject, passive, inherited = subject_of(verb)
        if date is None and subject is not None and first_person(subject):
            date = ctx.speaker_date  # "I condemn ...": the statement's own date
        when = date.date if date else ctx.published
        if passive:
            actors = []
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
            actors = np_actors(agents[0] if agents else None, ctx, when)
            if not agents and rule.type == "MOBILIZE":
                # "a U.S. THAAD unit will be deployed": the forces' state moves them
                actors = [
                    a
                    for moved in verb.children
                    if moved.dep_ == "nsubjpass"
                    for c in moved.children
                    if c.dep_ in ("compound", "amod", "nmod", "poss") or owning_participle(c)
                    for a in np_actors(c, ctx, when)
                ]
        else:
            actors = np_actors(subject, ctx, when)
            # "Japan, the ROK and the U.S. will stage ...": a list the parser split
            for other in (c for c in verb.children if c.dep_ == "nsubj" and c != subject):
                codes = {a.code for a in actors}
                actors += [a for a in np_actors(other, ctx, when) if a.code not in codes]
        if actors and obj is not None:
            # "staged joint drills with Japan": Japan drills too
            actors += [
                p for p in joint_partners(obj, rule.type, ctx, when, verb) if p not in actors
            ]
        recipients: list[ActorRef] = []
        for head in recipient_heads(verb, obj, rule.type):
            recipients += np_actors(
                head,
                ctx,
                when,
                civilians=rule.type in BEFALLS_CIVILIANS,
                # one does not violate, attack or condemn one's own "its airspace"
                besides=frozenset(a.code for a in actors if rule.type in TARGETED_TYPES),
            )
        is_passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        if is_passive and not recipients and verb.dep_ in ("xcomp", "advcl", "conj"):
            # "requested talks, only to be refused by Washington": the refused is
            # the governing clause's subject.
            patient, _, _ = subject_of(verb.head)
            recipients = np_actors(patient, ctx, when)
        if (
            date is None
            and ctx.speaker is not None
            and any(a.code == ctx.speaker.code for a in actors)
            and load_plover().quads[rule.type].startswith("verbal")
        ):
            date = ctx.speaker_date  # a statement's claims are dated when it was made
        if rule.by_speaker:
            if ctx.speaker is None:
                return
            recipients = actors
            actors = [ctx.speaker]
            modality = Modality.ASSERTED  # the threat is made now, whatever it foretells
            date = date or ctx.speaker_date
        if rule.felt_by_object:
            # "the test angered China and the United States"
            actors, recipients = recipients, actors
        if rule.reverse:
            senders = [
                g
                for holder in (verb, obj)
                if holder is not None
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            recipients = actors
            actors = [a for head in senders for a in np_actors(head, ctx, when)]
        if rule.type in REACTION_TYPES:
            # "repeated China's opposition": the owner of a stance is its actor
            recipients = [r for r in recipients if r.code not in {a.code for a in actors}]
        if not recipients and obj is not None and rule.type in REACTION_TYPES:
            # "condemned the demolition": the target is whoever did the event named.
            recipients = answered_actors(obj, actors, ctx.history, self.lexicon)
        if rule.type == "THREATEN" and actors and not recipients:
            recipients = threatened_targets(verb, actors, ctx, when, self.lexicon)
        implicit = False
        if (
            not recipients
            and actors
            and rule.type in ("THREATEN", "ACCUSE")
            and not rule.by_speaker
        ):
            # "North Korea threatened a physical response": a warning answers the
            # other side's latest act, reported just before.
            recipients = implicit_targets(actors, ctx.history, ctx.offset + sentence.start_char)
            implicit = bool(recipients)
        if rule.type in PARTIES_IN_OBJECT and obj is not None:
            parties = np_actors(obj, ctx, when)
            if not actors and passive and rule.type == "COOPERATE" and len(parties) >= 2:
                actors = parties
            elif actors:
                known = {a.code for a in actors} | {r.code for r in recipients}
                recipients += [p for p in parties if p.code not in known]
        if not actors and not passive and subject is not None and rule.type == "AGREE":
            # "The talk reached a satisfactory consensus": the talk's parties agreed
            actors = parties_of(subject, ctx.history, self.lexicon)
        if not actors and passive and obj is not None and rule.type in SYMMETRIC_TYPES:
            # "an agreement between the DPRK ministry and the Russian ministry was signed"
            actors = between_parties(obj, ctx, when)
        acting = {a.code for a in actors}
        if rule.joint and len(acting) < 2:
            return  # "Seoul decided to ...": one state's decision agrees with no one
        if rule.type in PARTIES_IN_OBJECT and actors and all(r.code in acting for r in recipients):
            recipients = clientele_states(sentence, ctx, when, acting, self.lexicon.clientele_nouns)
        confidence = 0.8 - (0.1 if inherited else 0.0) + (0.05 if recipients else 0.0)
        confidence -= IMPLICIT_TARGET_PENALTY if implicit else 0.0
        yield from self._emit(
            rule.type,
            rule.mode,
            rule.contexts,
            actors,
            recipients,
            modality,
            date,
            verb,
            sentence,
            ctx,
            confidence,
        )
        yield from self._threat_of_force(
            rule.type, modality, actors, recipients, verb, sentence, ctx, confidence
        )
        met = {r.code: r for r in recipients if r.code not in {a.code for a in actors}}
        if (
            rule.type == "CONSULT"
            and rule.mode != "phone"
            and len(met) >= 2
            and not any(t.lower_ in APART_WORDS for t in sentence)
        ):
            # "met his South Korean and Japanese counterparts": a three-way meeting
            yield from self._emit(
                "CONSULT",
                "multilateral",
                rule.contexts,
                list(met.values()),
                [],
                modality,
                date,
                verb,
                sentence,
                ctx,
                confidence - 0.1,
            )
        # "proposed talks": the talks themselves are a future CONSULT.
        if rule.type == "REQUEST" and obj is not None:
            named = noun_rule(obj, self.lexicon)
            if named is not None and named.type == "CONSULT":
                future = Modality.FUTURE if modality is Modality.ASSERTED else modality
                yield from self._emit(
                    "CONSULT",
                    named.mode,
                    named.contexts,
                    actors,
                    recipients,
                    future,
                    None,
                    obj,
                    sentence,
                    ctx,
                    confidence - 0.1,
                )

    def _noun_event(
        self, noun: Token, rule: NounRule, sentence: Span, ctx: Context
    ) -> Iterator[Mention]:
        governor = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") else None
        if governor is not None and noun.dep_ == "pobj":
            governor = governor.head if governor.dep_ in ("prep", "agent") else None
            # "heightened tension with the demolition": climb nouns to their verb
            for _ in range(2):
                if governor is None or governor.pos_ in ("VERB", "AUX"):
                    break
                governor = governor.head if governor.dep_ in ("dobj", "pobj", "prep") else None
        joined = governor is not None and takes_part(governor, noun, self.lexicon)
        light = governor is not None and (
            governor.lemma_.lower() in self.lexicon.light_verbs
            or (noun.dep_ == "nsubj" and governor.lemma_.lower() in self.lexicon.occurrence_verbs)
            or joined
        )
        modality = noun_modality(noun, governor if light else None, self.lexicon)
        # "pushing for tougher sanctions": wanted, not yet done
        sought = light and noun.dep_ == "pobj" and noun.head.lower_ == "for"
        if sought and modality is Modality.ASSERTED:
            modality = Modality.FUTURE
        through = noun.dep_ == "pobj" and noun.head.lower_ in ("with", "through", "via")
        answered_for = answering_verb(noun) is not None
        if answered_for:
            modality = Modality.ASSERTED  # "has yet to apologize for the sinking": it sank
        date = event_date(noun, sentence, ctx, modality)
        if answered_for and date is None:
            return  # an act answered for happened before, on a day the text does not give
        if date is None and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in OUTCOME_NOUNS:
            # "the collapse of the summit in 2019": the summit's end dates it
            date = event_date(noun.head.head, sentence, ctx, modality)
        if date is None and governor is not None and (light or through):
            # "North Korea in June heightened tension with the demolition of ..."
            date = event_date(governor, sentence, ctx, modality)
        dated_here = own_date(noun, sentence, ctx)
        if reacted_to(noun, governor, self.lexicon) and dated_here is None:
            return  # "condemned the drills": done before, on a day this text does not give
        when = date.date if date else ctx.published
        owners, recipients = phrase_parties(noun, rule, ctx, when, self.lexicon)
        confidence = 0.65
        carried = light and (noun.dep_ == "dobj" or sought or joined)
        # "raised tension with missile launches": the verb's subject did it.
        if governor is not None and (carried or (through and not owners)):
            subject, _passive, inherited = subject_of(governor)
            subject_actors = np_actors(subject, ctx, when)
            if subject_actors:
                owners = subject_actors + [
                    o for o in owners if o.code not in {s.code for s in subject_actors}
                ]
                confidence = (0.75 if carried else 0.6) - (0.1 if inherited else 0.0)
        if owners:
            # "joint drills with South Korea": the partner drills too
            owners += [p for p in joint_partners(noun, rule.type, ctx, when) if p not in owners]
        if carried and governor is not None and rule.type in SPEECH_ACT_TYPES:
            # "issued a warning to North Korea": the verb says to whom
            recipients += [
                a
                for child in governor.children
                if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "on", "against")
                for g in child.children
                if g.dep_ == "pobj"
                for a in np_actors(g, ctx, when)
            ]
        if rule.type in SPEECH_ACT_TYPES and not recipients:
            recipients = asked_about(noun, owners, ctx, when)
        concluded = concluding_participle(noun)
        named_on = named_date(noun, sentence, ctx) if rule.type == "AGREE" else None
        # "has a defence pact with the U.S." holds an agreement; it makes none
        holds = governor is not None and governor.lemma_.lower() == "have"
        if rule.type == "AGREE" and (not light or holds):
            if named_on is not None:
                date = named_on  # "the 1994 agreement": made in 1994
                if not owners and recipients and governor is not None:
                    # "violated a 1994 agreement with the U.S.": a party to it
                    owners = np_actors(subject_of(governor)[0], ctx, when)
            elif concluded is None or dated_here is None:
                return  # an agreement named, not reported made on a day the text gives
            else:
                date = dated_here
        if not owners and (rule.type in SYMMETRIC_TYPES or rule.mode == "troops"):
            # "the strategic dialogue between the ministries of China and South Korea",
            # "joint exercises between the U.S., Japan and the ROK"
            between = between_parties(noun, ctx, when)
            if between:
                owners, recipients = between, []
            elif (
                light
                or noun.dep_ in ("nsubj", "nsubjpass")
                or placed_in_time(noun)
                or concluded is not None
                or named_on is not None
            ):
                # "the Washington-Pyongyang summit", "inter-Korean talks": the
                # modifiers name the two parties (one place, "the Hanoi summit", does not);
                # "the agreement reached at the DPRK-Russia summit": the summit's
                for named_by in [noun, *(venues(concluded) if concluded is not None else [])]:
                    named = paired_states(named_by, ctx, when)
                    if len({a.code for a in named}) >= 2:
                        owners, recipients = named, []
                        break
        if dated_here is not None:
            for guessed in guessed_referents(noun, owners, dated_here, ctx.history, self.lexicon):
                ctx.redated[guessed.id] = dated_here
        if not owners:
            return
        yield from self._emit(
            rule.type,
            rule.mode,
            rule.contexts,
            owners,
            recipients,
            modality,
            date,
            noun,
            sentence,
            ctx,
            confidence,
        )
        yield from self._threat_of_force(
            rule.type, modality, owners, recipients, governor or noun, sentence, ctx, confidence
        )
        for joiner in joined_by_pronoun(noun, sentence, self.lexicon):
            # "the U.S., which led the sanctions on the DPRK, and Japan, which joined it"
            joining = verb_modality(joiner, self.lexicon)
            yield from self._emit(
                rule.type,
                rule.mode,
                rule.contexts,
                np_actors(subject_of(joiner)[0], ctx, when),
                recipients,
                joining,
                event_date(joiner, sentence, ctx, joining) or date,
                joiner,
                sentence,
                ctx,
                confidence - 0.05,
            )

    def _emit(
        self,
        event_type: str,
        mode: str | None,
        contexts: tuple[str, ...],
        actors: list[ActorRef],
        recipients: list[ActorRef],
        modality: Modality,
        date: EventDate | None,
        trigger: Token,
        sentence: Span,
        ctx: Context,
        confidence: float,
    ) -> Iterator[Mention]:
        if not actors:
            return
        if event_type in UNDIRECTED_OK:
            recipients = []  # a test or a drill has no target, whoever it is aimed at
        actor_codes = {a.code for a in actors}
        others = [r for r in recipients if r.code not in actor_codes]
        paired = event_type in SYMMETRIC_TYPES and len(actor_codes) >= 2
        if not others and not paired and event_type not in UNDIRECTED_OK:
            return  # an accusation, a visit, a sanction ... needs a target state
        pairs: list[tuple[ActorRef, ActorRef | None]] = []
        if event_type in SYMMETRIC_TYPES and len(actors) >= 2 and not others:
            # "Seoul and Washington reaffirm their alliance": the pairs themselves
            pairs += [
                (a, b) for n, a in enumerate(actors) for b in actors[n + 1 :] if a.code != b.code
            ]
        else:
            for actor in actors:
                targets = [r for r in recipients if r.code != actor.code]
                pairs += [(actor, r) for r in targets] or [(actor, None)]
        if date is None and modality is not Modality.FUTURE and undated_past(trigger):
            return  # it happened, but the text says not when ("plans to regularly stage
            # drills" is a plan, made now)
        if date is None:
            date = (
                context_date(actors[0], ctx, ctx.offset + sentence.start_char)
                if modality is Modality.ASSERTED and not present_tense(trigger)
                else None
            ) or publication_date(ctx.published)
        elif date.basis.value != "publication":
            confidence += 0.05
        if event_type == "MOBILIZE" and mode == "troops" and len(actor_codes) >= 2:
            # "The U.S. and the ROK staged drills": states that drill together
            # cooperate militarily.
            yield from self._emit(
                "COOPERATE",
                None,
                ("military",),
                actors,
                [],
                modality,
                date,
                trigger,
                sentence,
                ctx,
                confidence - 0.1,  # derived from the drill, not read
            )
        confidence += TYPE_RELIABILITY.get(event_type, 0.0)
        start = ctx.offset + sentence.start_char
        emitted: set[frozenset[str | None] | tuple[str, str | None]] = set()
        for actor, recipient in pairs:
            pair = (actor.code, recipient.code if recipient else None)
            key = frozenset(pair) if event_type in SYMMETRIC_TYPES else pair
            if key in emitted:
                continue
            emitted.add(key)
            yield Mention(
                article_id=ctx.article.id,
                event_type=event_type,
                mode=mode,
                contexts=contexts,
                actor=actor,
                recipient=recipient,
                modality=modality,
                date=date,
                event_text=ctx.article.text[start : start + len(sentence.text)],
                start=start,
                end=start + len(sentence.text),
                trigger=f"{trigger.lemma_.lower()}@{trigger.i}",
                confidence=round(max(0.05, min(0.99, confidence)), 2),
            )
