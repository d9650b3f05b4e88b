"""Events told by a noun: "the North's nuclear test", "held talks with Japan".

An event noun reports an event when a state owns it or a light verb carries it;
its owners are the actors, and the verb's subject acts when the verb carries
the noun ("North Korea raised tension with missile launches").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import country_ref
from peninsula.dates import publication_date
from peninsula.extract import meeting_occasions
from peninsula.extract.arguments import np_actors, others_than
from peninsula.extract.asked import STRIVEN_PREPS
from peninsula.extract.clauses import agents, asked_not_to, subject_of
from peninsula.extract.context import Context
from peninsula.extract.counted import coarsened
from peninsula.extract.emit import emit, offered_meeting, threat_of_force
from peninsula.extract.guests import among_three, guests_meeting
from peninsula.extract.history_names import exercise_parties
from peninsula.extract.lexicon import SYMMETRIC_TYPES, Lexicon, NounRule
from peninsula.extract.modality import verb_modality
from peninsula.extract.named_again import (
    drilled_before,
    met_before,
    next_of_its_kind,
    parties_of_last_talks,
    sanctioned_before,
    such_before,
    tested_before,
    told_before,
)
from peninsula.extract.nominal import (
    JOINT_WORDS,
    OUTCOME_NOUNS,
    answered_when,
    answering_verb,
    asked_about,
    between_parties,
    carrying_participle,
    held_by_clause,
    joint_partners,
    light_verb,
    paired_states,
    phrase_parties,
    placed_in_time,
)
from peninsula.extract.noun_moods import (
    PLANNING_VERBS,
    modifier_mood,
    noun_modality,
    put_off_mood,
    under_ban,
    what_would_have_been,
)
from peninsula.extract.noun_parties import (
    acting_where,
    held_between,
    host_of_place,
    partners_of_its_body,
)
from peninsula.extract.phrases import CAUSATIVE_VERBS, amount_in, counting_noun, reporting_subject
from peninsula.extract.recipients import PARTY_PREPS, TARGETED_TYPES
from peninsula.extract.reference import guessed_referents, reacted_to
from peninsula.extract.refusals import declines_to_meet, speaker_of_none
from peninsula.extract.sanctions import provoker
from peninsula.extract.sites import SITE_TYPES, site_partners
from peninsula.extract.threats import show_of_force_targets
from peninsula.extract.timing import event_date
from peninsula.extract.tokens import (
    determined,
    of_objects,
    prep_objects,
    present_tense,
    verb_above,
    word_forms,
)
from peninsula.extract.told_dates import first_date_within, named_date, own_date
from peninsula.extract.travel import TO, compared_destination
from peninsula.extract.triggers import (
    concluding_participle,
    joined_by_pronoun,
    takes_part,
    venues,
)
from peninsula.extract.weapons import system_owners
from peninsula.models import DateBasis, EventDate, Mention, Modality, Precision

# Speech acts a light verb may carry, naming its addressee: "issued a warning to".
SPEECH_ACT_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE"})


def _scheduled_occurrence(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb of occurring an event noun is the subject of, through a verb or an
    adjective of scheduling: "the drills are scheduled to begin next week", "the
    talks are due to start on Monday" (begin, start)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    holders = [noun.head, *(c for c in noun.head.children if c.dep_ == "acomp")]
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "xcomp" and word_forms(c) & lexicon.occurrence_verbs
        ),
        None,
    )


# Verbs whose object is a topic, not a party: "discussed North Korea with Wang".
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "negotiate", "address", "raise"})


# Nouns of a deed done to be seen: "in a show of force", "in a display of might".
SHOW_NOUNS = frozenset({"show", "display", "demonstration"})


def noun_events(
    noun: Token, rule: NounRule, sentence: Span, ctx: Context, lexicon: Lexicon
) -> Iterator[Mention]:
    """The events an event noun reports: "the North's nuclear test", "held talks"."""
    if noun.dep_ in ("nsubj", "nsubjpass") and word_forms(noun.head) & lexicon.stalling_verbs:
        return  # "talks have stalled since 2019": none are being held
    if what_would_have_been(noun):
        return  # "in what would have been the first summit": none was held
    if rule.mode == "troops" and any(
        o.lemma_.lower() in lexicon.exercised_rights for o in of_objects(noun)
    ):
        return  # "a legitimate exercise of its right to self-defence": no drill
    governor = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") else None
    if governor is not None and noun.dep_ == "pobj":
        governor = governor.head if governor.dep_ in ("prep", "agent") else None
        # "heightened tension with the demolition": climb nouns to their verb
        for _ in range(2):
            if governor is None or governor.pos_ in ("VERB", "AUX"):
                break
            # "come back to the table", "flew in ahead of talks": through the adverb
            # the parser hung the preposition on
            climbs = governor.dep_ in ("dobj", "pobj", "prep") or governor.lower_ in (
                "back",
                "ahead",
            )
            governor = governor.head if climbs else None
    counting = counting_noun(noun)
    counted_subject = counting if counting is not None and counting.dep_ == "nsubj" else None
    if counted_subject is not None:
        # "The first round of talks took place in Seoul in September 1990": the
        # round's verb is the talks' own
        governor = counted_subject.head
    # "Washington is open to talks with Iran": the talks offered, by the subject
    offer = offered_meeting(noun) if rule.type == "CONSULT" else None
    if offer is not None:
        # ("left the door open to talks": the leaving, through the door)
        governor = offer.head.head if offer.dep_ == "amod" else offer.head
    joined = governor is not None and takes_part(governor, noun, lexicon)
    # "Iran is in talks with Iraq": the subject is holding them
    joined = joined or (
        governor is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.i == governor.i
        and governor.lemma_.lower() == "be"
    )
    striven_for = governor is not None and _striven_for(noun, governor, lexicon)
    light = governor is not None and (
        offer is not None
        or striven_for
        or light_verb(governor, lexicon)
        or (
            (noun.dep_ == "nsubj" or counted_subject is not None)
            and governor.lemma_.lower() in lexicon.occurrence_verbs
        )
        or joined
    )
    modality = noun_modality(noun, governor if light else None, lexicon)
    if modality is Modality.NEGATED and light and governor is not None and asked_not_to(governor):
        return  # "urged the North not to carry out a nuclear test": the asking is the event
    to_occur = _scheduled_occurrence(noun, lexicon)
    if to_occur is not None:
        # "joint drills are scheduled to begin next week": to come, on that day
        modality = verb_modality(to_occur, lexicon)
    if (
        noun.dep_ == "nsubj"
        and word_forms(noun.head) & lexicon.occurrence_verbs
        and verb_modality(noun.head, lexicon) is Modality.NEGATED
    ):
        modality = Modality.NEGATED  # "an expected visit to Baghdad has not happened"
    if rule.type != "AGREE":
        # "the visit was postponed" (an agreement scrapped was made all the same)
        modality = put_off_mood(noun, lexicon) or modality
    # "flew a bomber for a combined drill with Japan": a drill held, not one sought
    drilled_for = _joint_drill_for(noun, rule)
    # "pushing for tougher sanctions": wanted, not yet done
    sought = light and not joined and noun.dep_ == "pobj" and noun.head.lower_ == "for"
    sought = sought and drilled_for is None
    sought = sought or offer is not None or striven_for
    if sought and modality is Modality.ASSERTED:
        modality = Modality.FUTURE
    # "agreed to expand the scale of their joint drills": drills to come, planned then
    scaled = (
        modality is Modality.ASSERTED
        and governor is not None
        and bool(word_forms(governor) & lexicon.scaling_verbs)
        and verb_modality(governor, lexicon) is Modality.FUTURE
    )
    if scaled:
        modality = Modality.FUTURE
    if modality in (Modality.HYPOTHETICAL, Modality.FUTURE) and _named_in_past(
        noun, light, sentence, ctx, lexicon
    ):
        modality = Modality.ASSERTED  # "could scrap the 2018 accord": it was made in 2018
    through = noun.dep_ == "pobj" and (
        noun.head.lower_ in ("with", "through", "via")
        # "bombers flew over the South in a show of force": the flight is the show
        or (noun.head.lower_ == "in" and noun.lemma_.lower() in SHOW_NOUNS)
    )
    answered_for = answering_verb(noun) is not None
    if answered_for:
        modality = Modality.ASSERTED  # "has yet to apologize for the sinking": it sank
    date = event_date(noun, sentence, ctx, modality)
    if date is None and to_occur is not None:
        date = event_date(to_occur, sentence, ctx, modality)
    if scaled and governor is not None:
        date = event_date(governor, sentence, ctx, modality) or date
    if answered_for and date is None:
        # "has yet to take responsibility over the destruction ... in June 2020":
        # the parser may hang the act's date on the answering, which has none
        date = own_date(answering_verb(noun) or noun, sentence, ctx)
    if answered_for and date is None:
        return  # an act answered for happened before, on a day the text does not give
    if date is None and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in OUTCOME_NOUNS:
        # "the collapse of the summit in 2019": the summit's end dates it
        date = event_date(noun.head.head, sentence, ctx, modality)
    their_occasion = governor is not None and meeting_occasions.their_occasion(
        noun, governor, rule, ctx
    )
    occasion_with = governor is not None and meeting_occasions.occasion_with(noun, governor, rule)
    # "will visit Seoul on Friday before a three-way summit with Lee and Hatoyama
    # over the weekend": a meeting the subject goes on to, on the day it names
    dated_here = own_date(noun, sentence, ctx)
    if modality is Modality.FUTURE and meeting_occasions.done_since(
        noun, governor, dated_here, ctx
    ):
        # "deployed interceptors ahead of Pyongyang's April 13 launch", in August
        modality, date = Modality.ASSERTED, dated_here
    ahead_with = (
        governor is not None
        and meeting_occasions.ahead_with(noun, governor, rule)
        and dated_here is not None
    )
    if (
        date is None
        and noun.dep_ == "nsubj"
        and (
            _was_when(noun.head)
            or noun.head.lemma_.lower() in lexicon.failing_verbs | lexicon.outcome_verbs
        )
    ):
        # "Xi's last trip to Pyongyang was in June 2019": when it is said to be;
        # "the satellite launch failed in April": when it failed; "the meeting in
        # London on May 5 produced a statement": when it yielded it
        date = event_date(noun.head, sentence, ctx, modality)
    if date is None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in CAUSATIVE_VERBS:
        # "North Korea's first nuclear test, in 2006, prompted Japan to ...": then
        # (not the day of what it prompted: "prompted Israel to act on Monday")
        said_of_it = {
            t.i for c in noun.head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree
        }
        date = first_date_within(said_of_it, sentence, ctx)
    if (
        date is None
        and governor is not None
        and (light or through or their_occasion or occasion_with)
    ):
        # "North Korea in June heightened tension with the demolition of ..."; "on
        # Thursday pushed for talks": the day they were sought, which is past
        seeking = verb_modality(governor, lexicon) if sought and offer is None else modality
        date = event_date(governor, sentence, ctx, seeking)
    if date is None and drilled_for is not None:
        date = event_date(drilled_for, sentence, ctx, modality)
    if date is None and governor is not None and modality is Modality.ASSERTED:
        date = _before_the_act(noun, governor, sentence, ctx)
    if dated_here is None and _spanned(noun, lexicon):
        return  # "the whole course of the dialogue": no one act, on no day told
    if under_ban(noun):
        return  # "lifted its ban on visits to the North": no visit made
    if (
        governor is not None
        and governor.dep_ == "relcl"
        and present_tense(governor)
        and dated_here is None
        and modality is Modality.ASSERTED
    ):
        return  # "the committee that oversees sanctions on North Korea": a standing role
    if reacted_to(noun, governor, lexicon) and dated_here is None:
        return  # "condemned the drills": done before, on a day this text does not give
    if (
        noun.dep_ == "dobj"
        and not light
        and (date is None or date.basis is DateBasis.PUBLICATION)
        and _definite(noun)
        and not any(held_by_clause(c, lexicon) for c in noun.children)  # "talks Iran held"
    ):
        # "will counter the drills": acted upon as known, not told here (but "to
        # honour the first visit of Kim Il Sung to the USSR in March 1949")
        return
    when = date.date if date else ctx.published
    owners, recipients = phrase_parties(noun, rule, ctx, when, lexicon)
    if rule.mode == "visit" and owners and not recipients:
        # "the first to visit Iraq since the president's state visit": there too
        places = compared_destination(noun, ctx.mentions)
        recipients = others_than([a for p in places for a in np_actors(p, ctx, when)], owners)
    confidence = 0.65
    # "held a new round of talks": the talks are what the verb carries
    counted = counting is not None and counting.dep_ == "dobj"
    counted = counted or amount_in(noun) is not None  # "announced $2 million in aid"
    carried = light and (noun.dep_ == "dobj" or counted or sought or joined)
    # "called off talks with Iraq", "cancelled a planned summit": the subject's
    # (not "postponed the drill planned for December", which is no longer then)
    called_off = noun.dep_ == "dobj" and put_off_mood(noun, lexicon) is Modality.NEGATED
    carried = carried or called_off
    staging = lexicon.hosted_shows.get(noun.lemma_.lower())
    if staging is not None and governor is not None and not word_forms(governor) & staging:
        carried = False  # "Shoigu watched the parade": a guest at it, not its stager
    # "raised tension with missile launches": the verb's subject did it.
    if governor is not None and (carried or (through and not owners)):
        subject, _passive, inherited = subject_of(governor)
        subject_actors = np_actors(subject, ctx, when)
        if not subject_actors and offer is not None and subject is not None:
            # "Davies said the door to talks remained open": who says so offers them
            teller = reporting_subject(governor)
            subject_actors = np_actors(teller, ctx, when) if teller is not None else []
        if subject_actors:
            owners = subject_actors + [
                o for o in owners if o.code not in {s.code for s in subject_actors}
            ]
            confidence = (0.75 if carried else 0.6) - (0.1 if inherited else 0.0)
    if not owners and rule.type == "CONSULT":
        # "sports talks held at the inter-Korean liaison office": the venue's pair;
        # "the September summit in Pyongyang, where Moon and Kim signed ...": those
        # who acted there
        owners = held_between(noun, ctx, when) or acting_where(noun, ctx, when)
    # ("told Iraq's president during their talks": "their" alone names one of them)
    one_side = not recipients and len({o.code for o in owners}) < 2
    if one_side and governor is not None and their_occasion:
        # "At their summit in Pyongyang, Moon and Kim agreed ...": those who act there;
        # "Xi told Yoon during talks": the one told too
        subject, _passive, inherited = subject_of(governor)
        owners = np_actors(subject, ctx, when)
        addressed = [
            a
            for o in governor.children
            # (what is discussed is a topic: "discussed North Korea in a phone call")
            if o.dep_ in ("dobj", "dative") and governor.lemma_.lower() not in TOPIC_VERBS
            for a in np_actors(o, ctx, when)
        ]
        owners += others_than(addressed, owners)
        if len({o.code for o in owners}) < 2:
            return  # one state at a meeting that names no one: with whom?
        confidence = 0.65 - (0.1 if inherited else 0.0)
        # "agreed to resume talks during a meeting": the meeting took place
        told = governor.head if governor.dep_ == "xcomp" else governor
        modality = meeting_occasions.occasion_mood(told, Modality.ASSERTED, lexicon)
    if not owners and recipients and governor is not None and (occasion_with or ahead_with):
        # "During talks with Xi on Tuesday, Kim said ...": the clause's subject met Xi
        subject, _passive, inherited = subject_of(governor)
        owners = others_than(np_actors(subject, ctx, when), recipients)
        confidence = 0.65 - (0.1 if inherited else 0.0)
        modality = meeting_occasions.occasion_mood(governor, modality, lexicon)
        if ahead_with and governor.tag_ == "VBD" and modality is Modality.FUTURE:
            # "came weeks ahead of his summit with Kim in June that year": held, long
            # before publication (not "arrived on Monday ahead of talks on Wednesday")
            held = event_date(noun, sentence, ctx, Modality.ASSERTED)
            if meeting_occasions.long_before(held, ctx.published):
                modality, date = Modality.ASSERTED, held
    if not owners and drilled_for is not None:
        # "flew a bomber over the peninsula for a combined air drill with South
        # Korea": the clause's subject drills, with the partner named
        subject, _passive, inherited = subject_of(drilled_for)
        owners = np_actors(subject, ctx, when)
        confidence = 0.6 - (0.1 if inherited else 0.0)
    if owners and not recipients and governor is not None and _prompted(noun, rule):
        # "the Council met at Washington's request": asked of whoever acted on it;
        # asked already, even of a meeting to come ("will meet today at its request")
        subject, _passive, inherited = subject_of(governor)
        recipients = others_than(np_actors(subject, ctx, when), owners)
        confidence = 0.65 - (0.1 if inherited else 0.0)
        if modality is Modality.FUTURE:
            modality = Modality.ASSERTED
            if date is None or (ctx.published and date.date > ctx.published):
                date = publication_date(ctx.published)
    if owners:
        # "joint drills with South Korea": the partner drills too
        owners += [
            p for p in joint_partners(noun, rule.type, ctx, when, governor) if p not in owners
        ]
    aimed = rule.type in SPEECH_ACT_TYPES | TARGETED_TYPES | {"AID"}
    if carried and governor is not None and aimed:
        # "issued a warning to North Korea", "launched cyber warfare against Britain",
        # "announced emergency aid to North Korea": the verb says at whom, or for whom
        aims = ("to", "on", "against") if rule.type in SPEECH_ACT_TYPES else ("on", "against")
        aims = ("to", "for") if rule.type == "AID" else aims
        recipients += [
            a
            for child in governor.children
            if child.dep_ in ("prep", "dative") and child.lower_ in aims
            for g in child.children
            if g.dep_ == "pobj"
            for a in np_actors(g, ctx, when)
            if a.code not in {o.code for o in owners}
        ]
    if carried and governor is not None and rule.type in SYMMETRIC_TYPES:
        # "pledged to restore dialogue with China", "with" hung on the verb; "held the
        # first meeting of the Consultative Group with Seoul", on what it is of
        known = owners + recipients
        recipients += others_than(
            [a for g in prep_objects(governor, PARTY_PREPS) for a in np_actors(g, ctx, when)]
            + partners_of_its_body(noun, ctx, when),
            known,
        )
    if carried and rule.type in SYMMETRIC_TYPES and owners and not others_than(recipients, owners):
        # "Seoul proposed holding an inter-Korean football match": the other of the
        # two states the noun's modifiers pair, one of them the one holding it
        paired = paired_states(noun, ctx, when)
        if {o.code for o in owners} < {p.code for p in paired}:
            recipients += others_than(paired, owners)
    if carried and governor is not None and rule.mode == "visit" and not recipients:
        # "made a trip abroad to Beijing", "made his first trip as leader to Beijing":
        # where the trip went, the parser hanging "to" on the verb or on the role
        roles = prep_objects(governor, frozenset({"as"}))
        recipients += [
            a
            for holder in (governor, *roles)
            for g in prep_objects(holder, TO)
            for a in np_actors(g, ctx, when)
            if a.code not in {o.code for o in owners}
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
    if not owners and concluded is not None:
        # "the agreement signed by the two Koreas in 2018": those who signed it
        signers = [a for g in agents(concluded) for a in np_actors(g, ctx, when)]
        if len({a.code for a in signers}) >= 2:
            owners, recipients = signers, []
        else:
            # "the agreement signed on Sept. 19 last year, under which the two sides
            # pledged ...": those its terms bind
            bound = [
                a
                for clause in (*noun.children, *concluded.children)
                if clause.dep_ == "relcl"
                for subject in clause.children
                if subject.dep_ == "nsubj"
                for a in np_actors(subject, ctx, when)
            ]
            if len({a.code for a in bound}) >= 2:
                owners, recipients = bound, []
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
            # "the first inter-Korean summit in 2000": a meeting told with its own date
            or (dated_here is not None and dated_here.basis is not DateBasis.PUBLICATION)
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
        for guessed in guessed_referents(noun, owners, dated_here, ctx.history, lexicon):
            ctx.redated[guessed.id] = dated_here
    # "The drills began Monday", "the visit, which began on Sunday": it took place
    began = next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl" and word_forms(c) & lexicon.occurrence_verbs
        ),
        None,
    )
    # ("The exercise is set to begin Monday": to occur, as scheduled)
    occurring = (
        began is not None
        or to_occur is not None
        or (noun.dep_ == "nsubj" and bool(word_forms(noun.head) & lexicon.occurrence_verbs))
    )
    if began is not None and began.tag_ == "VBD" and modality is Modality.FUTURE:
        modality = Modality.ASSERTED  # "the drills, which began Monday, will run 11 days"
    if began is not None and date is None:
        # "the visit, which began on Sunday": the day it began
        begun = event_date(began, sentence, ctx, Modality.ASSERTED)
        if begun is not None and begun.basis is not DateBasis.PUBLICATION:
            date = begun
    carried_out = carrying_participle(noun, lexicon)
    if carried_out is not None and (date is None or date.basis is not DateBasis.EXPLICIT):
        # "the two test-fires of the rocket, conducted on July 4": the day it was done
        done = event_date(carried_out, sentence, ctx, modality)
        # (a weekday or "last month" only where the text gave no other time)
        timed = date is not None and date.basis is not DateBasis.PUBLICATION
        bases = (DateBasis.EXPLICIT,) if timed else (DateBasis.EXPLICIT, DateBasis.RELATIVE)
        date = done if done is not None and done.basis in bases else date
    if date is None or date.basis is DateBasis.PUBLICATION:
        date = answered_when(noun, rule, sentence, ctx) or date  # "sanctions imposed after"
    if not owners and rule.mode == "troops":
        owners = exercise_parties(noun)  # "The Foal Eagle drills began on Monday"
    if not owners and rule.mode == "weapons":
        owners = system_owners(noun)  # "The Unha-3 launch failed"
    if not owners and staging is not None:
        owners = host_of_place(noun, ctx, when)  # "a military parade in Pyongyang"
    if (
        not owners
        and rule.parties
        and (
            light
            or (
                governor is None
                and dated_here is not None
                and dated_here.basis is not DateBasis.PUBLICATION
            )
        )
    ):
        # "family reunions were held in May", "the May family reunions" (not "proposed
        # family reunions in May", "prepared for family reunions": not held)
        told_as = noun.doc[noun.left_edge.i : noun.i + 1].text
        owners = [country_ref(code, "GOV", told_as) for code in rule.parties]
    if not owners and rule.mode == "troops" and _definite(noun) and occurring:
        # "The Freedom Shield drills began Monday", after "combined U.S.-South Korean
        # exercises": the drills told just before
        owners = drilled_before(ctx)
    if (
        not owners
        and rule.mode == "weapons"
        and _definite(noun)
        and dated_here is not None
        and dated_here.basis is not DateBasis.PUBLICATION
    ):
        # "the January nuclear test", after the North's tests were told: its test
        owners = tested_before(ctx)
    if (
        not owners
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ == "amod" and c.lower_ == "such" for c in noun.children)
    ):
        # "agreed to resume talks within weeks, but no such talks have been held":
        # the sides of the last act of its kind told (not "was the first such
        # meeting", which says what another was)
        owners, recipients = such_before(rule.type, ctx)
    if not owners and rule.type == "CONSULT" and (series := next_of_its_kind(noun)) is not None:
        # "The next round of talks will be held in Doha"
        owners = parties_of_last_talks(ctx, sentence)
        date = event_date(series, sentence, ctx, modality) or date  # ("in October")
    if not owners and rule.type == "CONSULT" and _definite(noun) and occurring:
        # "The visit, which began on Sunday, ...", after "Kim held talks with Xi in
        # Beijing": the visit told just before
        owners, recipients = met_before(ctx, rule.mode, noun)
    if not owners and rule.type == "CONSULT" and (owners := speaker_of_none(noun, ctx, when)):
        # "said there would be no talks with Seoul": a refusal, made as it is said
        rule, modality = replace(rule, type="REJECT", mode="meet"), Modality.ASSERTED
        date = event_date(noun.head.head, sentence, ctx, modality)
    if not owners:
        return
    # "answered hours later with a live-fire drill": at the foe answered
    answered = show_of_force_targets(
        rule.type, modality, [noun, governor], owners, recipients, ctx, when, lexicon
    )
    recipients = answered or recipients
    if rule.type == "SANCTION" and not others_than(recipients, owners) and _more_of(noun):
        # "Seoul halted trade with the North ... Japan was considering additional
        # sanctions of its own": more on the one the last sanctions were on
        recipients = others_than(sanctioned_before(ctx), owners)
    if (
        rule.type == "SANCTION"
        and not others_than(recipients, owners)
        and governor is not None
        and word_forms(governor) & PLANNING_VERBS
    ):
        # "The Security Council is drafting new sanctions": on whom the last act of
        # force told was done by
        recipients = provoker(owners, ctx.history, ctx.offset + sentence.start_char)
    if not recipients and (rule.type in SITE_TYPES or rule.type == "RETREAT"):
        # "the destruction of the joint liaison office": the state sharing it;
        # "its halting of loudspeaker broadcasting": the other Korea
        recipients = site_partners(noun, noun, owners, lexicon)
    if (
        rule.type == "CONSULT"
        and governor is not None
        and declines_to_meet(governor, owners, modality, ctx)
    ):
        # "said it would never hold talks with Seoul": a refusal, made now
        rule, modality, date = replace(rule, type="REJECT", mode="meet"), Modality.ASSERTED, None
    if date is None and modality is Modality.ASSERTED:
        date = told_before(rule.type, owners, recipients, ctx)
    yield from emit(
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
        aimed=bool(answered),
    )
    met = {r.code: r for r in recipients if r.code not in {o.code for o in owners}}
    if rule.type == "CONSULT" and len(met) >= 2 and among_three(noun):
        # "a three-way summit with Lee and Hatoyama"
        yield from guests_meeting(
            list(met.values()), rule.contexts, modality, date, noun, sentence, ctx, confidence
        )
    if (
        rule.type == "CONSULT"
        and modality is Modality.ASSERTED
        and _ended_without_deal(noun, lexicon)
    ):
        # "the summit in Hanoi collapsed without a deal": no agreement was made there
        yield from emit(
            "AGREE",
            None,
            (),
            owners,
            recipients,
            Modality.NEGATED,
            date,
            noun,
            sentence,
            ctx,
            confidence,
        )
    yield from threat_of_force(
        rule.type, modality, owners, recipients, governor or noun, sentence, ctx, confidence
    )
    for joiner in joined_by_pronoun(noun, sentence, lexicon):
        # "the U.S., which led the sanctions on the DPRK, and Japan, which joined it"
        joining = verb_modality(joiner, lexicon)
        yield from emit(
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


# Prepositions by which an act is told as one a dated act followed or answered:
# "withdrew its workers after its third nuclear test", "sanctions over the tests",
# "days before the summit".
PRIOR_PREPS = frozenset({"after", "following", "over", "before"})


def _before_the_act(noun: Token, governor: Token, sentence: Span, ctx: Context) -> EventDate | None:
    """The date of an act told as one a dated act followed, answered or came just
    before: the year of an act of a year ("in 2013, ... after its third nuclear
    test"), the month of one "days before" it. None when the act is dated to a
    day or month, which says not when the other was."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ in PRIOR_PREPS):
        return None
    told = event_date(governor, sentence, ctx, Modality.ASSERTED)
    if told is None or told.basis is DateBasis.PUBLICATION:
        return None
    if told.precision is Precision.YEAR:
        return told
    measured = any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "hour") and not list(c.children)
        for c in noun.head.children
    )  # "days before", not "two days before" (counted elsewhere)
    return coarsened(told, Precision.MONTH) if measured else None


def _prompted(noun: Token, rule: NounRule) -> bool:
    """True for a request an act is done "at": "met at Washington's request", "at
    the request of Iran"."""
    return rule.type == "REQUEST" and noun.dep_ == "pobj" and noun.head.lower_ == "at"


def _joint_drill_for(noun: Token, rule: NounRule) -> Token | None:
    """The verb of the act a joint drill with a partner was for or part of: "flew a
    bomber over the peninsula for a combined air drill with South Korea" (the parser
    may hang "for" on a noun on the way); None for other nouns, and for "condemned
    the joint drills", which the verb's subject does not hold."""
    if not (
        rule.mode == "troops"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("for", "in", "during")
        and any(c.dep_ == "amod" and c.lower_ in JOINT_WORDS for c in noun.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    ):
        return None
    return verb_above(noun)


def _striven_for(noun: Token, governor: Token, lexicon: Lexicon) -> bool:
    """True for an event a striving verb's "for" or "toward" phrase names, which the
    subject seeks: "agreed to work for an early summit with Japan"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in STRIVEN_PREPS
        and noun.head.head.i == governor.i
        and bool(word_forms(governor) & lexicon.striving_verbs)
    )


def _ended_without_deal(noun: Token, lexicon: Lexicon) -> bool:
    """True for a meeting that "ended without agreement", "collapsed" or "broke down"."""
    verb = noun.head
    if noun.dep_ != "nsubj":
        return False
    without = prep_objects(verb, frozenset({"without"}))
    if verb.lemma_.lower() in lexicon.ending_verbs and any(
        g.lemma_.lower() in lexicon.deal_nouns for g in without
    ):
        return True
    # "the Hanoi summit collapsed", "broke down" (not "broke new ground")
    lemma = verb.lemma_.lower()
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return lemma in lexicon.failing_verbs and (lemma != "break" or down)


def _was_when(copula: Token) -> bool:
    """True for a "be" whose complement is a time: "was in June 2019"."""
    return copula.lemma_ == "be" and any(
        g.ent_type_ == "DATE" for p in copula.children if p.dep_ == "prep" for g in p.children
    )


def _spanned(noun: Token, lexicon: Lexicon) -> bool:
    """True for events a span of time runs through: "the course of the dialogue",
    "decades of sanctions"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in lexicon.span_nouns
    )


def _definite(noun: Token) -> bool:
    """True for "the drills", "these exercises": ones the text has told of."""
    return determined(noun, frozenset({"the", "these", "those"}))


def _named_in_past(
    noun: Token, light: bool, sentence: Span, ctx: Context, lexicon: Lexicon
) -> bool:
    """True for an event its name dates before the article: "the 2018 military
    accord", "the South's 2016 missile test". It happened, whatever the clause
    speculates about it, unless its own words doubt it ("the proposed 2018
    summit") or a light verb makes it the clause's own act ("could have held
    talks in 2018")."""
    if light or modifier_mood(noun, lexicon) is not None or ctx.published is None:
        return False
    named = named_date(noun, sentence, ctx)
    return named is not None and named.last_day() < ctx.published


# Words that make a penalty one more of those told: "additional sanctions".
MORE_WORDS = frozenset({"additional", "further", "more", "extra", "fresh", "new"})


def _more_of(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in MORE_WORDS for c in noun.children)
