"""Events a verb reports: "North Korea fired two missiles", "Seoul proposed talks".

For a trigger verb the lexicon knows (``triggers.verb_rule``), find the event's
modality and date, its actors (the subject, an agent, a document's makers, those
"joined" in it) and its recipients (objects, "with"/"against" phrases, whoever
did the event a reaction answers, the body a veto is cast in), and emit one
mention per pair. ``events.Extractor`` calls it for every verb of a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from spacy.tokens import Span, Token

from peninsula.actors.dictionary import party_ref
from peninsula.extract.arguments import (
    np_actors,
    others_than,
    with_partners,
)
from peninsula.extract.clauses import (
    asked_not_to,
    subject_of,
)
from peninsula.extract.condolences import mourned
from peninsula.extract.context import Context
from peninsula.extract.declared import declared_now
from peninsula.extract.destinations import HOSTED_NOUNS, bargained_with
from peninsula.extract.documents import (
    addressees,
    document_makers,
    issuing_verb,
    makers_of,
    sent_message,
)
from peninsula.extract.emit import done_over_time, emit, threat_of_force
from peninsula.extract.guests import guests_meeting
from peninsula.extract.lexicon import (
    SYMMETRIC_TYPES,
    Lexicon,
    VerbRule,
    load_plover,
)
from peninsula.extract.meeting_occasions import reached_at_meeting, talks_day
from peninsula.extract.modality import no_longer, premise, verb_modality
from peninsula.extract.named_again import (
    COUNCIL_MEASURES,
    channel_partners,
    council_askers,
    pact_acted_on,
    pact_parties,
)
from peninsula.extract.nominal import (
    BEFALLS_CIVILIANS,
    between_parties,
    clientele_states,
    joint_partners,
    unnamed_victims,
)
from peninsula.extract.occasions import OCCASION_PREPS, done_in_person, occasion_partners
from peninsula.extract.passives import passive_actors
from peninsula.extract.phrases import (
    SPEECH_VERBS,
    by_phone,
    claimants,
    reciprocal,
    reporting_subject,
)
from peninsula.extract.proposals import earlier_proposers
from peninsula.extract.purposes import stopped
from peninsula.extract.recipients import (
    TARGETED_TYPES,
    TELLING_VERBS,
    VOTED_DOCUMENTS,
    names_topic,
    recipient_heads,
    wronged_in,
)
from peninsula.extract.reference import (
    REACTION_TYPES,
    act_it_stands_for,
    addressee_of_main_clause,
    answered_actors,
    answered_events,
    askers,
    claim_makers,
    event_parties,
    generic_kind,
    held_back_targets,
    implicit_targets,
    made_by_others,
    names_a_stimulus,
    own_act,
    parties_of,
    referred_type,
    response_day,
)
from peninsula.extract.refusals import cannot_accept, declines_to_meet
from peninsula.extract.replies import press_inquiry
from peninsula.extract.roles import GOVERNING_BODIES
from peninsula.extract.sanctions import APPLYING_VERBS, sanctions_targets
from peninsula.extract.sides import across_the_line
from peninsula.extract.sites import site_partners, sites_between
from peninsula.extract.stance import claimed_by
from peninsula.extract.story_dates import VERBAL_TYPES, not_before_answered
from peninsula.extract.threats import (
    blame_laid,
    foretold_of_others,
    penalised_doers,
    refuses_to_disarm,
    retaliation,
    show_of_force_targets,
)
from peninsula.extract.timing import adopted_date, event_date, now_told
from peninsula.extract.tokens import (
    THIRD_PERSON,
    first_person,
    past_tense,
    prep_objects,
)
from peninsula.extract.told_dates import answered_day, lasting_since, own_date, since_date
from peninsula.extract.told_otherwise import CEASING_VERBS, told_otherwise
from peninsula.extract.travel import (
    awaited_traveller,
    destinations,
    goes_here,
    is_traveller,
    travelling_in,
)
from peninsula.extract.triggers import (
    acting_beside,
    joined_in,
    names_drills,
    noun_rule,
    particle_objects,
)
from peninsula.extract.verb_targets import (
    asked_alongside,
    asked_of,
    held_by_no_state,
    names_an_act,
    refusal_day,
    targets_by_kind,
)
from peninsula.extract.weapons import system_owners
from peninsula.models import (
    ActorRef,
    Mention,
    Modality,
)

# A warning with no stated target (reference.implicit_targets) is less sure.
IMPLICIT_TARGET_PENALTY = 0.15
# Acts against what is another state's own: "violated its airspace", "condemned
# its test" ("its" is then not the actor's; "ended its program" may be).
INTRUSION_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE"})
# Words that make a meeting with several parties several meetings.
APART_WORDS = frozenset({"separately", "respectively", "individually"})
# Verbs of looking on at a show, whose company are fellow guests, not a meeting:
# "watched the parade together with Shoigu and Li" (each is with the host).
SPECTATING_VERBS = frozenset({"watch", "view", "observe", "witness", "see"})
# An actor found through "he" or "she" is a guess among the persons named before.
PRONOUN_ACTOR_PENALTY = 0.1
FROM = frozenset({"from"})
# What one state may carry from another to a third ("received a call from X" is X's).
CARRIED_WORDS = frozenset({"letter", "message"})
# Types whose object names the parties when no subject does: "the inter-Korean
# hotline was restored", "Pyongyang severed the inter-Korean hotline".
PARTIES_IN_OBJECT = frozenset({"COOPERATE", "SANCTION"})


def _none_of(obj: Token) -> bool:
    """True for an object the verb's act had none of, "sent no envoy", or a subject
    none of whom did it, "no Chinese leader has visited"; also through what the
    object is "of", "sent no message of sympathy"."""
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj":
        obj = obj.head.head
    return obj.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in obj.children
    )


# Passives that tell the subject's own standing, not an act done to it.
STATIVE_PASSIVES = frozenset({"bind"})


def verb_events(
    verb: Token,
    rule: VerbRule,
    obj: Token | None,
    sentence: Span,
    ctx: Context,
    lexicon: Lexicon,
) -> Iterator[Mention]:
    """The events a trigger verb reports: who did it to whom, when, how surely."""
    if told_otherwise(verb, rule, obj, ctx, lexicon):
        return  # another word tells the act, or none is done
    modality = verb_modality(verb, lexicon)
    if modality is Modality.NEGATED and asked_not_to(verb):
        return  # "told him not to launch missiles": the asking is the event
    # (a rule may be told by the "no" itself: "has no intention of holding talks")
    denied_by_rule = "no" in (rule.object_modifiers or frozenset())
    if modality is Modality.ASSERTED and obj is not None and _none_of(obj) and not denied_by_rule:
        modality = Modality.NEGATED  # "has sent no envoy", "imposed no sanctions"
    if modality is Modality.ASSERTED and any(
        c.dep_ in ("nsubj", "nsubjpass") and _none_of(c) for c in verb.children
    ):
        modality = Modality.NEGATED  # "no Chinese leader has visited the North since 2019"
    if rule.intended and (modality is not Modality.FUTURE or verb.tag_ != "VB"):
        return  # "relations have deepened", "bolstering ties": no act on a day
    silent_offer = False
    ceased = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CEASING_VERBS
    if ceased and not rule.unanswered and verb.tag_ == "VBG":
        return  # "stopped blaring noise broadcasts": the act ended (its halt is told)
    if rule.unanswered:
        awaited = any(c.lower_ == "yet" for c in chain(verb.children, verb.head.children))
        if ceased:
            # "has stopped answering the hotline calls": the channel went silent
            rule = replace(rule, type="SANCTION", mode="discontinue", unanswered=False)
            modality = Modality.ASSERTED
        else:
            # "did not respond to the offer of talks", "has yet to respond to the offer":
            # the talks offered were not held (docs/gold.md); calls not answered were
            # refused, and an answer given, or one awaited to calls, is no event
            silent_offer = obj is not None and obj.lemma_.lower() in OFFERS
            ended = modality is Modality.NEGATED or no_longer(verb)
            if not (silent_offer if awaited else ended):
                return
        if press_inquiry(verb):
            return  # "did not immediately respond to a request for comment": a
            # reporter's question unanswered, no state's refusal
        modality = Modality.ASSERTED  # "has not answered the calls": it refused them
    if rule.pledge and rule.adverbs is not None and modality is Modality.ASSERTED:
        return  # "responded sternly to the letter": a reply made, no response promised
    if blame_laid(verb, rule, modality):
        rule = replace(rule, type="ACCUSE", mode="disapprove", pledge=False)
    if cannot_accept(verb, modality):  # "could not accept the demand": refused
        rule, modality = replace(rule, type="REJECT", mode=None), Modality.ASSERTED
    if rule.pledge and modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
        if premise(verb):
            return  # "if the United States takes corresponding measures": no one warns
        modality = Modality.ASSERTED  # "will take necessary steps": the threat is made now
    modality = declared_now(verb, rule.type, modality)  # "pledged to seek dialogue"
    if rule.to_come and modality is Modality.ASSERTED:
        modality = Modality.FUTURE  # "is due in Tokyo on Wednesday"
    date = event_date(verb, sentence, ctx, modality)
    if rule.destination and rule.type == "CONSULT":
        date = talks_day(verb, sentence, ctx, modality) or date  # flew Sunday, talks Monday
    reply_from = answered_day(verb, sentence, ctx) if date is not None else None
    if reply_from is not None and date is not None and date.last_day() < reply_from.date:
        # "in response to Saturday's statement ... regret over the firing on Friday":
        # Friday is the firing's; the reply came no earlier than Saturday
        date = reply_from
    if date is None and (rule.unanswered or lasting_since(rule.type, verb, modality)):
        # "has not answered the calls since Tuesday afternoon": it fell silent then;
        # "has refused all aid since July 2019": the refusal began then
        date = since_date(verb, sentence, ctx)
    if rule.promised and modality is Modality.ASSERTED:
        # "offered flood aid on Friday": promised that day, not given
        modality = Modality.FUTURE
    subject, passive, inherited = subject_of(verb)
    if verb.lemma_.lower() in STATIVE_PASSIVES:
        # "it was no longer bound by the pact": the one bound left it
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), subject)
        passive = False
    if rule.destination:
        # "is expected in Moscow", "we expect her in Moscow": the one awaited travels
        subject = awaited_traveller(verb, passive) or subject
        passive = False
    if date is None and modality is Modality.ASSERTED:
        date = adopted_date(subject, sentence, ctx)  # "a resolution adopted in 2017 banned"
    # "sent a message to the North to ask ...", "sent a letter proposing talks":
    # the message says it, sent by the sender when the sending was
    spoken = load_plover().quads[rule.type].startswith("verbal")
    sending = sent_message(verb) if spoken else None
    if sending is not None:
        modality = verb_modality(sending, lexicon)
        date = event_date(sending, sentence, ctx, modality)
        subject, passive, inherited = subject_of(sending)
    issuing = issuing_verb(verb) if date is None and spoken else None
    if issuing is not None:
        # "adopted a resolution on Thursday condemning the launch": said the day the
        # text was adopted, not on the day of the acts told before
        date = event_date(issuing, sentence, ctx, Modality.ASSERTED)
    # "the hotline was restored", "flights between Pyongyang and Beijing resumed":
    # what the verb acts on is its subject
    undergoes = passive or (obj is not None and obj in (subject, verb.head))
    if date is None and subject is not None and first_person(subject):
        date = ctx.speaker_date  # "I condemn ...": the statement's own date
    when = date.date if date else ctx.published
    if passive:
        actors = passive_actors(verb, rule, ctx, when)
    else:
        # "a resolution condemning North Korea": the document acts for its makers
        document = verb.head if subject is None and verb.dep_ == "acl" else subject
        actors = np_actors(subject, ctx, when) or document_makers(document, ctx, when)
        if not actors and rule.type == "AGREE":
            actors = reached_at_meeting(verb, ctx, when)
        if not actors and rule.type == "MOBILIZE" and verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "North Korea's long-range rocket launched on Wednesday": whose it was
            held = verb.head
            owners = [c for c in held.children if c.dep_ in ("poss", "compound", "amod")]
            actors = [a for c in owners for a in np_actors(c, ctx, when)] or system_owners(held)
        # "Japan, the ROK and the U.S. will stage ...": a list the parser split
        for other in (c for c in verb.children if c.dep_ == "nsubj" and c != subject):
            codes = {a.code for a in actors}
            actors += [a for a in np_actors(other, ctx, when) if a.code not in codes]
    if actors:
        # "Tokyo joined Washington and Seoul in condemning the tests": they condemn too
        beside = acting_beside(verb, rule.type)
        joined = [a for g in (*joined_in(verb), *beside) for a in np_actors(g, ctx, when)]
        actors += [a for a in joined if a.code not in {b.code for b in actors}]
    if rule.type == "CONSULT" and declines_to_meet(verb, actors, modality, ctx):
        # "We will not sit face to face with the puppets": a refusal, made now
        rule, modality, date = replace(rule, type="REJECT", mode="meet"), Modality.ASSERTED, None
    if actors and obj is not None:
        # "staged joint drills with Japan": Japan drills too
        actors += [p for p in joint_partners(obj, rule.type, ctx, when, verb) if p not in actors]
    if actors and obj is not None and rule.type == "RETREAT":
        # "called off its summer exercise with South Korea": the allies, held back
        held_with = joint_partners(obj, "MOBILIZE", ctx, when, verb)
        if held_with:
            ctx.drill_partners[:] = [*actors, *held_with]
    recipients: list[ActorRef] = []
    if rule.destination:
        if not is_traveller(subject, ctx.mentions, lexicon.government_nouns):
            return  # "Chinese troops arrived in Korea", "tourists flew to Pyongyang"
        if goes_here(verb) and ctx.dateline_state is not None:
            recipients.append(ctx.dateline_state)
    if rule.destination:
        heads = destinations(verb, rule.particles, ctx.mentions)
    elif rule.wronged:
        heads = wronged_in(verb)  # "admitted that its agents kidnapped 13 Japanese"
    else:
        heads = recipient_heads(verb, obj, rule.type)
        heads = [h for h in heads if h not in acting_beside(verb, rule.type)]
    # "allowed five Japanese abductees to return", "freed Otto Warmbier, an American
    # student ..., his family said" (the name parsed as the saying's subject): theirs
    if rule.mode == "release" and obj is not None and obj.dep_ == "nsubj":
        if rule.predicates or obj.head.lemma_.lower() in SPEECH_VERBS:
            heads.append(obj)
    if sending is not None:
        heads += addressees(sending)
    for head in heads:
        recipients += np_actors(
            head,
            ctx,
            when,
            # "released six South Korean fishermen": their state has them back
            civilians=rule.type in BEFALLS_CIVILIANS or rule.mode == "release",
            # one does not violate, attack or condemn one's own "its airspace"
            # (one may end one's own program: "press it to end its program")
            besides=frozenset(a.code for a in actors if rule.type in INTRUSION_TYPES),
        )
    if not recipients and rule.type == "ASSAULT":
        # "SEOUL -- ... a North Korean barrage killed two marines": the South's
        recipients = unnamed_victims(heads, {a.code for a in actors}, verb, ctx)
    if rule.type == "CONSULT" and obj is not None and obj.lemma_.lower() in CARRIED_WORDS:
        # "will deliver a message from Kim to Trump": Kim wrote it, Trump is met
        wrote = {a.code for h in prep_objects(obj, FROM) for a in np_actors(h, ctx, when)}
        recipients = [r for r in recipients if r.code not in wrote]
    if rule.wronged and not recipients:
        return  # "admitted it": no wrong done to another told
    if not recipients and actors and not rule.destination:
        # "visited Pyongyang in October 2009, signing a deal": with the host
        acting = {a.code for a in actors}
        recipients = [
            a
            for place in occasion_partners(verb, lexicon, ctx)
            for a in np_actors(place, ctx, when)
            if a.code not in acting
        ]
    is_passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if is_passive and not recipients and verb.dep_ in ("xcomp", "advcl", "conj"):
        # "requested talks, only to be refused by Washington": the refused asked
        patient, _, _ = subject_of(verb.head)
        recipients = np_actors(patient, ctx, when)
    if (
        date is None
        and ctx.speaker is not None
        and any(a.code == ctx.speaker.code for a in actors)
        # "The two sides agreed ...": done with another, not claimed in the statement
        and not (rule.type in SYMMETRIC_TYPES and len({a.code for a in actors}) >= 2)
        and load_plover().quads[rule.type].startswith("verbal")
        and not now_told(verb)  # "... on Wednesday, and Iran is now seeking": of today
        and not done_over_time(verb)  # "Washington has repeatedly pressed Beijing"
        # ("Over the weekend, Blinken spoke with ... He reaffirmed our commitment": an
        # act the statement tells of another, done when told, not the statement's own)
        and not (past_tense(verb) and subject is not None and subject.lower_ in THIRD_PERSON)
    ):
        date = ctx.speaker_date  # a statement's claims are dated when it was made
    if rule.by_speaker:
        speaker = claimed_by(verb, rule.type, ctx, when)
        if speaker is None:
            return
        if not actors and subject is not None:  # "said any such launch would breach ...":
            actors = [m.actor for m in answered_events(subject, [], ctx.history, lexicon)]
        recipients = actors
        actors = [speaker]
        modality = Modality.ASSERTED  # the threat is made now, whatever it foretells
        # the charge is made when said, not when the act it tells of was done ("staged
        # drills last week, seriously threatening peace", in a statement of today)
        reporter = reporting_subject(verb)
        said = event_date(reporter.head, sentence, ctx, modality) if reporter else None
        own = reporter is None and speaker is ctx.speaker
        date = said or (ctx.speaker_date if own else None) or date or ctx.speaker_date
    if rule.felt_by_object:
        # "the test angered China and the United States"
        actors, recipients = recipients, actors
    if rule.reverse:
        # what is drawn or come under: "drew criticism", "came under U.N. sanctions"
        drawn = [obj] if obj is not None else []
        if rule.particle_objects is not None:
            drawn += prep_objects(verb, rule.particles or frozenset())
        senders = [
            g
            for holder in (verb, *drawn)
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not senders:
            # "drew U.N. sanctions", "prompted Chinese criticism": whose they are
            senders = [
                c
                for held in drawn
                for c in held.children
                if c.dep_ in ("compound", "amod", "nmod", "poss")
            ]
        recipients = actors
        actors = [a for head in senders for a in np_actors(head, ctx, when)]
        if rule.type == "REJECT":
            # "could not accept aid from Iraq": refused by the one it was to go to
            actors, recipients = recipients, actors
        if not recipients and subject is not None and rule.type in REACTION_TYPES:
            # "the launch drew condemnation from Washington": who launched
            recipients = answered_actors(subject, actors, ctx.history, lexicon)
    if rule.type in REACTION_TYPES:
        # "repeated China's opposition": the owner of a stance is its actor
        recipients = [r for r in recipients if r.code not in {a.code for a in actors}]
    if rule.type == "REJECT" and obj is not None and obj.lemma_.lower() in lexicon.claim_nouns:
        # "dismissed the reports of North Korean troops": refused to whoever made
        # the claim ("Seoul's claims", "the claims by Kuwait"), not to whom it is about
        recipients = [r for head in claimants(obj) for r in np_actors(head, ctx, when)]
        # ("Washington accused China of ..., a charge Beijing rejects": who accused it)
        recipients = recipients or claim_makers(
            actors, ctx.history, ctx.offset + sentence.start_char
        )
    pact = pact_acted_on(obj, particle_objects(verb, rule) if rule.particles else [], lexicon)
    if not recipients and pact is not None:
        # "suspended a 2018 inter-Korean agreement, and Pyongyang then scrapped the
        # accord", "scrapped the Comprehensive Military Agreement": the pact's others
        recipients = others_than(pact_parties(pact, sentence, ctx, when, lexicon), actors)
    if not recipients and rule.type == "SUPPORT" and modality is Modality.ASSERTED:
        recipients = others_than(mourned(obj, sentence, ctx), actors)  # "offered condolences"
    hosted = obj is not None and obj.lemma_.lower() in HOSTED_NOUNS
    # "... on the day of the blast, and he and Roh used their summit to denounce it":
    # an "it" judged is the act its sentence named, not a state named near it
    said_it = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"]
    act_said = act_it_stands_for(said_it[0], lexicon) if said_it else None
    if act_said is not None and rule.type in REACTION_TYPES:
        # (not whom the words are to: "describing it as a warning to Washington")
        read_in_it = {a.code for a in np_actors(said_it[0], ctx, when)}
        recipients = [r for r in recipients if r.code not in read_in_it]
        # "welcomed the U.S. decision, and China issued a statement welcoming it"
        recipients = recipients or others_than(np_actors(act_said, ctx, when), actors)
    if not recipients and actors and rule.type in REACTION_TYPES:
        # "blamed the United States for the sanctions, calling them a declaration of
        # war": the participle goes on judging the one its clause judged
        recipients = addressee_of_main_clause(verb, actors, ctx.history, ctx.offset, REACTION_TYPES)
    if (
        not recipients
        and obj is not None
        and rule.type == "REJECT"
        and rule.in_body is None
        and obj.lemma_.lower() in COUNCIL_MEASURES
    ):
        # "... at Washington's request, though Russia is likely to block any new
        # sanctions", "still opposed sanctions": refused to who asked the Council
        recipients = council_askers(actors, sentence, ctx, lexicon)
    if (
        (not recipients or hosted)
        and obj is not None
        and rule.type in REACTION_TYPES
        # ("will block any new sanctions": none told before)
        and not (rule.type == "REJECT" and generic_kind(obj))
        # ("Japan imposed its own sanctions": the act itself, not one told before)
        and not (rule.type == "SANCTION" and own_act(obj, lexicon))
    ):
        # "condemned the demolition": the target is whoever did the event named;
        # "opposes the deployment in South Korea": its host, and who deploys
        known = {r.code for r in recipients}
        # "... called the shelling unforgivable, and the UN chief condemned it": the
        # act "it" stands for, before the noun the parser would give it
        answered = answered_events(said_it[0], actors, ctx.history, lexicon) if said_it else []
        answered = answered or answered_events(obj, actors, ctx.history, lexicon)
        if rule.type == "SUPPORT":
            answered = made_by_others(answered, actors)  # not its own pact's praise
        parties = event_parties(answered, actors)
        recipients += [a for a in parties if a.code not in known]
        if date is None:
            date = not_before_answered(
                answered, actors, sentence, ctx, verbal=rule.type in VERBAL_TYPES
            )
    elif date is None and obj is not None and rule.type in REACTION_TYPES:
        # "supported South Korea's decision": not before the decision told before
        targets = {r.code for r in recipients}
        theirs = [m for m in ctx.history if m.actor.code in targets]
        answered = answered_events(obj, actors, theirs, lexicon)
        date = not_before_answered(
            answered, actors, sentence, ctx, verbal=rule.type in VERBAL_TYPES
        )
    if date is None and actors:
        date = response_day(verb, actors, ctx.history, lexicon)  # "responded ... by expelling"
    if not recipients and obj is not None and rule.type in REACTION_TYPES:
        # "rejected the report": its makers'
        recipients = makers_of(obj, actors, ctx, backing=rule.type == "SUPPORT")
    if not recipients and actors and rule.type == "ACCUSE":
        # "condemned the launch after Iran fired a missile": who did what it follows
        recipients = penalised_doers(verb, obj, actors, ctx, when, lexicon)
    if not recipients and rule.type in ("REJECT", "AGREE", "CONCEDE") and obj is not None:
        # "Seoul proposed a match, but the North turned down the idea"; "Kim invited
        # Xi to visit, and Xi accepted the invitation"
        if referred_type(obj, lexicon) == "REQUEST":
            # (or, told in a sentence before, "Iraq proposed talks. Kuwait accepted the
            # proposal": whoever last asked it)
            recipients = earlier_proposers(verb, actors, sentence, ctx, lexicon) or askers(
                actors, ctx.history, ctx.offset + sentence.start_char
            )
    if not recipients:  # "fired warning shots to stop two North Korean boats"
        stopping = [a for t in stopped(verb) for a in np_actors(t, ctx, when)]
        recipients = others_than(stopping, actors)
    recipients, rule, sent_to_front = targets_by_kind(
        verb, obj, rule, actors, recipients, sentence, ctx, when, lexicon
    )
    if rule.type == "THREATEN" and foretold_of_others(verb, actors, ctx, when):
        return  # "warned that the North could test again": a risk foretold, no threat
    if date is None and rule.type == "REJECT":
        date = refusal_day(verb, actors, sentence, ctx)  # "... China refused": the day asked
    # "fired two missiles in response to the launch": at the launcher (a readiness
    # rule has its own target)
    answered_force = (
        []
        if rule.answers
        else show_of_force_targets(
            rule.type, modality, [verb, obj], actors, recipients, ctx, when, lexicon
        )
    )
    recipients = answered_force or recipients
    if rule.type == "SANCTION":
        recipients, date = sanctions_targets(
            verb, obj, rule.mode, modality, actors, recipients, date, sentence, ctx, when, lexicon
        )
    implicit = False
    retaliating = rule.type in TARGETED_TYPES and bool(retaliation(verb))
    if (
        not recipients
        and actors
        and (rule.type in ("THREATEN", "ACCUSE") or retaliating)
        and not rule.by_speaker
        # "opposed any actions that escalate tensions" opposes no one's act (a
        # threat of "all necessary measures" still answers the last one)
        and not (rule.type == "ACCUSE" and obj is not None and generic_kind(obj))
        # "criticised the previous government's policy": a rival at home, no state
        and not (obj is not None and held_by_no_state(obj, ctx, when))
        # "called the deployment an expansion of the war": a named act whose doer was
        # not found is no one else's latest act
        and not (rule.type == "ACCUSE" and obj is not None and names_an_act(obj, lexicon))
    ):
        # "North Korea threatened a physical response": a warning answers the
        # other side's latest act, reported just before.
        start = ctx.offset + sentence.start_char
        chorus = rule.type == "ACCUSE" and not names_a_stimulus(verb, lexicon)
        recipients = asked_alongside(verb, actors, ctx, when, lexicon)
        recipients = recipients or implicit_targets(actors, ctx.history, start, chorus=chorus)
        if rule.type == "ACCUSE" and obj is not None:
            # "opposes interference in China's internal affairs": not at the state
            # its object tells was wronged
            wronged = {
                a.code for t in obj.subtree if t.i in ctx.mentions for a in np_actors(t, ctx, when)
            }
            recipients = [r for r in recipients if r.code not in wronged]
        implicit = bool(recipients)
    if rule.type == "REQUEST" and actors and not others_than(recipients, actors):
        recipients = asked_of(verb, obj, actors, sentence, ctx, lexicon) or recipients
    if rule.body_only and obj is not None:
        # "rejected the resolution": the body's, not that of those who argued over it
        # before (but "rejected the U.S. draft resolution": its drafter's)
        recipients = others_than(np_actors(obj, ctx, when), actors)
    if rule.in_body is not None and actors and not recipients:
        recipients = [party_ref(rule.in_body, "IGO", rule.in_body)]  # "vetoed a resolution"
    if rule.type == "RETREAT" and obj is not None and names_drills(obj, lexicon):
        recipients = []  # "stopped its joint exercises with Seoul": a partner, no target
    if rule.type == "REJECT" and actors and not recipients:
        # "expressed sympathy to the North's people, while refusing to send a delegation"
        recipients = addressee_of_main_clause(verb, actors, ctx.history, ctx.offset)
    if rule.type in ("RETREAT", "CONCEDE") and actors and not others_than(recipients, actors):
        # "pledged to give up its weapons in return for guarantees from Washington",
        # "offered a freeze if Washington resumed talks": given up to whom it is asked of
        bargained = [a for h in bargained_with(verb) for a in np_actors(h, ctx, when)]
        recipients = others_than(bargained, actors)
    if rule.type == "RETREAT" and rule.mode is None and actors and not recipients:
        recipients = held_back_targets(actors, ctx.history)  # "halted the scattering"
        if not recipients and obj is not None and names_drills(obj, lexicon):
            # "Seoul and Washington suspended their joint drills", "would halt its
            # exercises with South Korea": toward the North
            recipients = across_the_line(actors + with_partners(verb, obj, ctx, when))
    # "voted for the Council's resolutions": the Council made them, it is no party
    if (
        rule.type in PARTIES_IN_OBJECT
        and obj is not None
        and obj.lemma_.lower() not in VOTED_DOCUMENTS
        # ("to cooperate on North Korea": what, not with whom)
        and not (rule.type == "COOPERATE" and names_topic(obj))
    ):
        parties = np_actors(obj, ctx, when)
        # (a state's body we cannot place is a party itself: "urged the administration
        # to work with Seoul and Tokyo" links no two of them)
        unplaced = subject is not None and subject.lemma_.lower() in STATE_BODY_NOUNS
        if (
            not actors
            and (undergoes or subject is not None)
            and rule.type == "COOPERATE"
            and not unplaced
        ):
            # "trains crossed between North Korea and China": the "between" may
            # hang on the verb; "trains between Dandong and Sinuiju": shared sites;
            # "the airline resumed flights from Pyongyang to Beijing": a doer that
            # is no state links the two
            parties += others_than(recipients, parties)
            if len(parties) == 1:
                # "a North Korean freight train crossed ... into Dandong": the
                # state sharing the place it went to
                parties += site_partners(verb, None, parties, lexicon)
            parties = parties if len(parties) >= 2 else sites_between(obj, lexicon)
            if len(parties) >= 2:
                actors, recipients = parties, []
        elif actors:
            known = {a.code for a in actors} | {r.code for r in recipients}
            recipients += [p for p in parties if p.code not in known]
    if (
        rule.type in PARTIES_IN_OBJECT | {"AGREE"}
        and actors
        and obj is not None
        and not others_than(recipients, actors)
        and any(c.lower_ in ("the", "these", "those", "its", "their") for c in obj.children)
    ):
        # "The two Koreas restored the hotlines ... The North cut off the lines in
        # June last year": the other party of the channel told before; "signed a
        # treaty ... North Korea ratified the treaty": the other party to it
        kinds = frozenset({"AGREE"}) if rule.type == "AGREE" else PARTIES_IN_OBJECT
        recipients += channel_partners(obj, actors, ctx.history, kinds)
    if not actors and not passive and subject is not None and rule.type == "AGREE":
        # "The talk reached a satisfactory consensus": the talk's parties agreed
        actors = parties_of(subject, ctx.history, lexicon)
    if not actors and undergoes and obj is not None and rule.type in SYMMETRIC_TYPES:
        # "an agreement between the DPRK ministry and the Russian ministry was signed"
        actors = between_parties(obj, ctx, when)
    if not actors and passive and rule.type == "AGREE":
        # "The reunions were agreed at the April 27 summit between Moon and Kim":
        # by those who met there
        for occasion in prep_objects(verb, OCCASION_PREPS):
            actors = actors or between_parties(occasion, ctx, when)
    if (
        rule.mode == "withdraw"
        and not recipients
        and obj is not None
        and obj.lemma_.lower() in STAFF
    ):
        return  # "pulled out its workers during a period of tension": from where?
    if silent_offer:
        rule = replace(rule, type="CONSULT", mode=None)
        modality = Modality.NEGATED
    traveller = None
    if undergoes and obj is not None and rule.type == "COOPERATE":
        traveller = travelling_in(obj, ctx.mentions, when)
    if traveller is not None:
        # "Kim Jong Un's armoured train crossed into Russia": his visit there, no traffic
        parties = actors + others_than(recipients, actors)
        actors = [p for p in parties if p.code == traveller]
        recipients = others_than(parties, actors)
        if not actors or not recipients:
            return
        rule = replace(rule, type="CONSULT", mode="visit")
    acting = {a.code for a in actors}
    if rule.joint and len(acting) < 2:
        # "Iran shared intelligence with Iraq": with the partner named (but "Seoul
        # decided to ...": one state's decision agrees with no one)
        recipients = others_than(with_partners(verb, obj, ctx, when), actors)
        if not recipients:
            return
    elif rule.joint and rule.type == "COOPERATE":
        recipients = []  # "shared data on the missiles of the DPRK": among themselves
    if rule.type in PARTIES_IN_OBJECT and actors and all(r.code in acting for r in recipients):
        recipients = clientele_states(sentence, ctx, when, acting, lexicon.clientele_nouns)
    confidence = 0.8 - (0.1 if inherited else 0.0) + (0.05 if recipients else 0.0)
    if subject is not None and subject.lower_ in THIRD_PERSON:
        confidence -= PRONOUN_ACTOR_PENALTY  # "He called the drills reckless": who is he?
    confidence -= IMPLICIT_TARGET_PENALTY if implicit else 0.0
    if rule.type == "SANCTION" and verb.lemma_ in APPLYING_VERBS:
        recipients = [r for r in recipients if r.code != "UNO"]  # "U.N. sanctions on Iraq"
    if rule.type == "THREATEN" and refuses_to_disarm(verb, lexicon, ctx.mentions):
        rule = replace(rule, type="REJECT", mode=None)  # "vowed never to give up its arms"
    sides = [(actors, recipients)]
    parties = actors + others_than(recipients, actors)
    if not recipients and len(acting) >= 2 and reciprocal(verb, obj):
        rule = replace(rule, mutual=True)  # "accused each other", "aid to one another"
    if rule.mutual:
        # "the two Koreas exchanged fire", "exchanged fire with India": each
        # party acts on the others
        sides = [([party], others_than(parties, [party])) for party in parties]
    for acting_side, acted_on in sides:
        yield from emit(
            rule.type,
            rule.mode,
            rule.contexts,
            acting_side,
            acted_on,
            modality,
            date,
            verb,
            sentence,
            ctx,
            confidence,
            # "raised its alert after the North fired": readied against the North
            aimed=(rule.answers and rule.type == "MOBILIZE")
            or bool(answered_force or sent_to_front),
        )
    yield from threat_of_force(
        rule.type, modality, actors, recipients, verb, sentence, ctx, confidence
    )
    met = {r.code: r for r in recipients if r.code not in {a.code for a in actors}}
    if (
        rule.type == "CONSULT"
        and rule.mode not in ("phone", "visit")  # "received the Russian and Chinese
        # delegations": each received, not a meeting of the guests
        and not by_phone(verb)  # "spoke by phone with his Japanese and Korean
        # counterparts": a call with each, not a meeting of the two
        and verb.lemma_.lower() not in TELLING_VERBS  # "briefed them": told, not met
        and verb.lemma_.lower() not in SPECTATING_VERBS
        and len(met) >= 2
        and not any(t.lower_ in APART_WORDS for t in sentence)
        # "spoke with his Korean counterpart and with Japan's": one talk with each
        and sum(t.lower_ == "with" and t.dep_ in ("prep", "conj") for t in verb.subtree) < 2
    ):
        # "met his South Korean and Japanese counterparts": a three-way meeting
        yield from guests_meeting(
            list(met.values()), rule.contexts, modality, date, verb, sentence, ctx, confidence
        )
    if rule.type == "AGREE" and len(parties) >= 2 and done_in_person(verb, obj, ctx):
        # "Putin and Kim signed a treaty in Pyongyang": they met there to sign it
        yield from guests_meeting(
            parties, rule.contexts, modality, date, verb, sentence, ctx, confidence, mode=None
        )
    # "proposed talks": the talks themselves are a future CONSULT, dated (with no
    # day of their own) when they were proposed, as plans are
    if rule.type == "REQUEST" and obj is not None:
        named = noun_rule(obj, lexicon)
        if named is not None and named.type == "CONSULT":
            future = Modality.FUTURE if modality is Modality.ASSERTED else modality
            parties, partners = actors, recipients
            bodies = [a for a in np_actors(obj, ctx, when) if a.sector == "IGO"]
            if bodies and {r.code for r in recipients} <= {b.code for b in bodies}:
                # "asked for a Security Council meeting": the body's own session, not
                # one the askers hold with it
                parties, partners = bodies[:1], []
            # ("proposed holding talks next month": the time of the holding)
            holding = obj.head if obj.head.i != verb.i and obj.head.tag_ == "VBG" else obj
            yield from emit(
                "CONSULT",
                named.mode,
                named.contexts,
                parties,
                partners,
                future,
                own_date(obj, sentence, ctx) or own_date(holding, sentence, ctx) or date,
                obj,
                sentence,
                ctx,
                confidence - 0.1,
            )


# Nouns of a state's own body or officer: one that names no state is still a party.
STATE_BODY_NOUNS = GOVERNING_BODIES | {
    *("administration", "authority", "leadership", "president", "minister", "regime")
}


# What is offered, left unanswered: the talks offered were not held.
OFFERS = frozenset({"offer", "proposal", "overture", "invitation"})


# People a state withdraws from a place, who name no state by themselves (an envoy
# withdrawn is one from the state he was sent to; walking out of talks needs none).
STAFF = frozenset({"staff", "personnel", "official", "worker", "employee"})
