"""Arguments of an event: actors in noun phrases, subjects, recipients, and coreference.

Works on spaCy tokens plus the actor mentions of the paragraph (``Context``):
"The South Korean government" is KOR (GOV), "North Korean troops" is PRK
(MIL), "Chinese tourists" is no state at all; "it" and "that" resolve to the
noun they stand for, "I" and "we" to the statement's speaker, "he" and "she"
to the last person named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from peninsula.actors.dictionary import STATE_SECTORS, AliasKind
from peninsula.actors.resolver import ActorMention
from peninsula.actors.titles import ROLE_WORDS
from peninsula.extract.antecedents import (
    CARRIED_FORMS,
    OWNING_MODIFIERS,
    asked_before,
    fronted_owner,
    in_speaker,
    listed_antecedents,
    met_parties,
    numbered_group,
    object_owner,
    owns_main_subject,
    participle_doer,
    plural_people_before,
    possessor_candidates,
    previous_subject,
    quoted_as_saying,
    speaking_of_oneself,
    subject_ahead,
)
from peninsula.extract.clauses import (
    agents,
    subject_of,
)
from peninsula.extract.context import Context
from peninsula.extract.lexicon import Lexicon, load_lexicon
from peninsula.extract.phrases import (
    antecedent,
    np_tokens,
    reporting_subject,
)
from peninsula.extract.roles import (
    adversary,
    opening_place,
    scene_place,
    third_party,
    unnamed_body_sector,
)
from peninsula.extract.sides import (
    allies_before,
    between_named_before,
    followers_counted,
    governing_pair,
    group_met_before,
    group_size,
    pair_met_before,
    pair_noun,
    pair_subject_before,
    partner_before,
    partners_met_before,
    places_of_its_clause,
)
from peninsula.extract.tokens import (
    RELATION_NOUNS,
    THIRD_PERSON,
    determined,
    expletive,
    first_person,
    listed_as_apposition,
    listed_with,
    main_subject,
    of_objects,
    opens_sentence,
    prep_objects,
    pronoun_for,
)
from peninsula.extract.triggers import HOSTILE_EXCHANGES, hostile_exchange, names_drills
from peninsula.models import ActorRef

RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "upon", "toward", "towards", "at", "into"}
    | {"beside", "alongside"}
)
# Words by which a state's name modifies a noun phrase: "the Japanese government".
# Descriptions that stand for a state named before them: "the regime", "the
# isolated country" ("the government" is left out: news often means its own).
STATE_DESCRIPTIONS = frozenset({"regime", "country", "nation", "state"})
# What a leader's "his" or "her" owns that acts for the state: "his cabinet".
LEADERS_BODIES = STATE_DESCRIPTIONS | {"government", "cabinet", "administration", "ministry"}
# Bodies of a state that sit in its capital: "officials in Seoul", "the foreign
# ministry in Madrid" (not an embassy, which sits in another's).
SEATED_BODIES = frozenset(
    {"official", "government", "ministry", "authority", "spokesman", "spokeswoman"}
)
# What is done for a state named by its "of": "the defense of both allies".
GUARDED_NOUNS = frozenset({"defense", "defence", "security", "protection"})
# Who may act for a pair of states named by "of": "officials of the two countries",
# "the leaders of both sides" (not "the relationship of the two countries").
PAIR_MEMBERS = frozenset(
    {
        *("official", "officer", "leader", "delegate", "delegation", "minister", "chief"),
        *("representative", "envoy", "negotiator", "diplomat", "military", "navy"),
    }
)
# A state's envoys posted at a body: "North Korea's U.N. envoy", "the Iranian U.N.
# ambassador" speak for their state, not for the body.
POSTED_ENVOYS = frozenset(
    {"ambassador", "envoy", "representative", "delegate", "delegation", "mission", "diplomat"}
)
# Who speaks for a state: "a spokesman for the DPRK ministry ... The spokesman warned".
VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})
# Nouns for the states that make up an organisation: "NATO members".
MEMBER_NOUNS = frozenset({"member", "state", "country", "nation", "ally"})
# What a state says, standing for it when it names no one: "North Korea's military
# said ... The statement also warned of countermeasures".
SAID_NOUNS = frozenset({"statement", "announcement"})


def _unknown_person(token: Token, ctx: Context) -> bool:
    """True for the last word of a person's name that names no actor we know."""
    return (
        token.ent_type_ == "PERSON"
        and token.dep_ != "case"  # "Kim Jong Il's": the tagger may take in the "'s"
        # "the Amur region": a name that tells which place, whatever the tagger says
        and not (token.dep_ == "compound" and token.head.pos_ == "NOUN")
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
        and not any(names_person(m) for m in ctx.mentions.get(token.i, []))
    )


def names_person(mention: ActorMention) -> bool:
    """True for a mention of a person: one the dictionary knows, or one the text
    introduced with a state's title ("Pak Rim Su, chief of North Korea's ...")."""
    return mention.entry.kind.value == "person" or mention.kind is AliasKind.LEARNED


def last_person(pronoun: Token, ctx: Context) -> ActorRef | None:
    """Resolve "he"/"she" to the nearest person named before it, here or earlier."""
    nearest: ActorRef | None = None
    in_phrase: ActorRef | None = None  # one named inside a prepositional phrase
    # "Kim met him": an object pronoun is not its own verb's subject
    # (nor the subject it shares with a verb before it: "met his counterpart and
    # told him not to launch missiles")
    subject = subject_of(pronoun.head)[0] if pronoun.dep_ in ("dobj", "dative") else None
    own_subject = {t.i for t in subject.subtree} if subject is not None else set()
    for index in range(pronoun.i - 1, -1, -1):
        if index in own_subject:
            continue
        if index == pronoun.sent.start - 1 and nearest is not None:
            return nearest  # "Kim's pledge echoed the declaration he signed": Kim
        sentence = ctx.doc[index].sent
        if index == sentence.end - 1 and index < pronoun.sent.start and not (nearest or in_phrase):
            # "Iran's foreign minister told reporters ... He warned": the titled
            # subject of a sentence before, named or not
            described = _titled_subject(sentence, ctx)
            if described is not None:
                return described
        if nearest is None and in_phrase is None and _unknown_person(ctx.doc[index], ctx):
            # "Chinese envoy Jane Doe flew to Iraq, where she met ...": the state her
            # title names; "an envoy, Jane Doe, said ... He": someone we cannot place
            # (but "American soldier Jim Doe ... expelled him": the American)
            return _titled_person(ctx.doc[index], ctx) or ctx.named_people.get(ctx.doc[index].text)
        token = ctx.doc[index]
        if token.lower_ == pronoun.lower_ and token.dep_ in ("nsubj", "nsubjpass"):
            # "he told Kim: '...' He urged China ...": the subject goes on being "he",
            # not the one he spoke to
            return last_person(token, ctx)
        refs = [
            actor_ref(mention, token, token, ctx, ctx.published)
            for mention in ctx.mentions.get(index, [])
            if names_person(mention) and index == mention.end - 1
        ]
        # "an Iraqi fisheries official ... Troops shot him" (not "ROK envoys ...
        # conveyed his wish": many are no "he")
        if not refs and token.tag_ != "NNS":
            described = described_person(token, ctx)
            refs = [described] if described is not None else []
        for ref in refs:
            # A subject is likelier to be "he" again than an object is, and one
            # quoted as saying is a speaker ("quoted Pak as saying in his message
            # to Thurman. He called ..."); an object likelier than a phrase's noun.
            if token.dep_ in ("nsubj", "nsubjpass") or quoted_as_saying(token):
                return ref
            if token.dep_ == "pobj":
                in_phrase = in_phrase or ref
            else:
                nearest = nearest or ref
    return nearest or in_phrase or ctx.last_person


@cache
def _described_people() -> frozenset[str]:
    """Nouns for a person a state's adjective places (lexicon: people, titles, clientele)."""
    lexicon = load_lexicon()
    return lexicon.person_nouns | lexicon.ordinary_people


def described_person(noun: Token, ctx: Context) -> ActorRef | None:
    """The one state of a person told by description, not by name: "an Iraqi
    fisheries official", "a Japanese tourist" (for the "he" or "him" after it)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _described_people():
        return None
    if any(t.ent_type_ == "PERSON" for t in noun.subtree):
        return None  # "Iraq's envoy Jane Doe": a named person
    found = np_actors(noun, ctx, ctx.published) or civilians_of(noun, ctx, ctx.published)
    states = {a.code: a for a in found}
    if not states and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return ctx.described.get(noun.lemma_.lower())  # "the fisherman", told before
    return next(iter(states.values())) if len(states) == 1 else None


def called_people(doc: Doc, ctx: Context) -> dict[str, ActorRef]:
    """The people a paragraph names with their state and calling, by each part of
    their name: "American soldier Jim Doe", "Jim Doe, an American soldier"."""
    found: dict[str, ActorRef] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(t.i in ctx.mentions for t in ent):
            continue
        name = ent.root
        callings = [c for c in name.children if c.dep_ in ("appos", "compound")]
        callings += [name.head] if name.dep_ == "appos" else []
        told = next((r for c in callings if (r := described_person(c, ctx)) is not None), None)
        if told is not None:
            found.update((t.text, told) for t in ent if t.is_title and t.is_alpha and len(t) > 1)
    return found


def _told_officer(noun: Token) -> bool:
    """True for "envoy", "spokesman" (not "the president", often a leader named)."""
    return noun.lemma_.lower() in POSTED_ENVOYS | VOICES


def _definite_people(noun: Token) -> bool:
    """True for "the soldier", "the fishermen": people told of before."""
    people = load_lexicon().ordinary_people
    return noun.lemma_.lower() in people and determined(noun, frozenset({"the"}))


def _people_told_before(noun: Token, ctx: Context) -> ActorRef | None:
    """The one state of people told of before by their state's adjective: "the
    soldier" after "an American soldier crossed into Iran" (here or in a paragraph
    before)."""
    lemma = noun.lemma_.lower()
    for token in reversed(ctx.doc[: noun.i]):
        if token.lemma_.lower() == lemma and (told := described_person(token, ctx)) is not None:
            return told
    return ctx.described.get(lemma)


def civilians_of(noun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The states whose people a noun names by their adjective or possessive: "a
    Kuwaiti fisherman", "Chinese tourists" (no state acting: its civilians)."""
    return [
        ActorRef(mention.entry.role_on(when).code, "CVL", mention.text, mention.entry.name)
        for child in noun.children
        if child.dep_ in ("amod", "compound", "nmod", "poss")
        for mention in ctx.mentions.get(child.i, [])
        if mention.entry.kind.value == "country"
    ]


def _titled_person(name: Token, ctx: Context) -> ActorRef | None:
    """The one state the title of a person the dictionary does not know names, in
    the person's own noun phrase or the title it is set beside: "Chinese envoy Jane
    Doe", "Iran's ambassador, Jane Doe,"."""
    titled = any(t.lower_ in ROLE_WORDS for t in name.subtree if t.i < name.i)
    if not titled and name.dep_ == "appos" and name.head.lower_ in ROLE_WORDS:
        name = name.head  # "Iran's U.N. ambassador, Ali Reza, said his government"
        titled = True
    states = {a.code: a for a in np_actors(name, ctx, ctx.published)} if titled else {}
    return next(iter(states.values())) if len(states) == 1 else None


def _group_named_before(pronoun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The last two or more states its sentence named together ("Seoul and
    Washington") before ``pronoun``, outside the subject of the pronoun's verb."""
    verb = pronoun.head
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if token.i in subject or not any(c.dep_ == "conj" for c in token.children):
            continue
        named = np_actors(token, ctx, when)
        if len({a.code for a in named}) >= 2:
            return named
    return []


def _subject_before(
    pronoun: Token, form: str, ctx: Context, when: dt.date | None
) -> list[ActorRef] | None:
    """The states a sentence-opening pronoun ("it", "they", or "its"/"their" read as
    ``form``) carries over: the subject of the sentence before ("The Joint Chiefs
    said ... It urged the North to stop"), or of the paragraph before for one that
    opens a paragraph ("On June 26, they resumed ..."); None if neither."""
    previous = previous_subject(pronoun)
    if previous is not None:
        return np_actors(previous, ctx, when)
    opening = opens_sentence(pronoun) or owns_main_subject(pronoun)
    if pronoun.sent.start == 0 and opening and ctx.last_subject is not None:
        carried_form, states = ctx.last_subject
        if carried_form == form:
            return list(states)
    return None


def _titled_subject(sentence: Span, ctx: Context) -> ActorRef | None:
    """The state of a sentence's subject told by title alone: "Iran's foreign
    minister" (a named one is found as a person mention)."""
    subject = main_subject(sentence)
    if subject is None or subject.lemma_.lower() not in load_lexicon().person_nouns:
        return None
    if subject.tag_ == "NNS":
        return None  # "Iranian officials approached the man. A boat fired at him"
    if any(t.i in ctx.mentions and t.ent_type_ == "PERSON" for t in subject.subtree):
        return None
    found = np_actors(subject, ctx, ctx.published)
    return found[0] if len(found) == 1 else None


def others_than(refs: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
    """The states among ``refs`` that are not among ``actors``."""
    acting = {a.code for a in actors}
    return [r for r in refs if r.code not in acting]


def np_actors(
    head: Token | None,
    ctx: Context,
    when: dt.date | None,
    *,
    civilians: bool = False,
    besides: frozenset[str] = frozenset(),
) -> list[ActorRef]:
    """The actors a noun phrase names; its state's civilians ("a South Korean
    fisherman") only with ``civilians``, for those an act of force befalls.

    ``besides`` holds the codes "its" cannot stand for: in "North Korean drones
    violated its airspace" the airspace is not the drones' own state's.
    """
    if head is None or third_party(head):
        return []
    group = listed_antecedents(head)
    if group:
        # "the U.S. and the ROK, which have taken the lead": both, not the ROK alone
        return _unique(
            [
                ref
                for named in group
                for ref in _refs_in(named.doc[named.left_edge.i : named.i + 1], named, ctx, when)
            ]
        )
    head = antecedent(head, ctx)
    if first_person(head) and (ctx.speaker or ctx.author) is not None:
        return [ctx.speaker or ctx.author]  # type: ignore[list-item]
    if head.lower_ in THIRD_PERSON:
        speaker = speaking_of_oneself(head) or subject_ahead(head)  # "after he met Moon, Kim"
        if speaker is not None:
            return np_actors(speaker, ctx, when)
        person = last_person(head, ctx)
        # "he and President Roh denounced the test": "he", and those listed with him
        others = [a for c in head.children if c.dep_ == "conj" for a in np_actors(c, ctx, when)]
        return _unique(([person] if person is not None else []) + others)
    if head.lower_ == "their" and head.dep_ == "poss":
        doer = participle_doer(head)
        if doer is not None:
            # "The U.S. and the ROK signed the guidelines ..., thus betraying their
            # sinister intention": the signers', not the last state named
            return np_actors(doer, ctx, when)
    listed = [c for c in head.children if c.dep_ == "conj"]
    possessive = next((c for c in head.children if c.dep_ == "poss"), None)
    if listed and possessive is not None and possessive.lower_ in ("its", "their"):
        # "Its chief executive and the ROK president agreed": the state "its"
        # stands for, and those of the others listed
        return _unique(
            np_actors(possessive, ctx, when, besides=besides)
            + [a for c in listed for a in np_actors(c, ctx, when)]
        )
    if head.lower_ in ("its", "their") and head.dep_ == "poss":
        # "condemns the DPRK for its launch": the nearest state named before;
        # "their" is that state with those listed with it ("Japan, Canada and
        # Australia, which joined it, and all their hostile acts")
        # "the talks, which also involve Japan and the U.S., ... condemned its launch":
        # not a state named inside another phrase's relative clause
        subject = object_owner(head)
        owners = [subject] if subject is not None else fronted_owner(head)
        found = _unique([a for o in owners for a in np_actors(o, ctx, when, besides=besides)])
        if found:
            return found  # "Beijing cut its imports": Beijing's own
        for index in possessor_candidates(head):
            for mention in ctx.mentions.get(index, []):
                ref = actor_ref(mention, ctx.doc[index], ctx.doc[index], ctx, when)
                if ref is not None and ref.code in besides:
                    continue
                if ref is not None and head.lower_ == "their":
                    listed = listed_with(ctx.doc[index])
                    return _unique([ref, *(a for t in listed for a in np_actors(t, ctx, when))])
                if ref is not None:
                    return [ref]
        # "Russia praised the North. Its foreign minister met ...": the state that was
        # the subject of the sentence before, as for "it" and "they"
        carried = _subject_before(head, CARRIED_FORMS[head.lower_], ctx, when)
        return [a for a in carried or [] if a.code not in besides]
    if head.lower_ == "both" and head.dep_ == "nsubj" and head.head.dep_ == "relcl":
        # "accused Iran and North Korea of ..., which both deny": the two named before
        return [a for a in _group_named_before(head, ctx, when) if a.code not in besides]
    if head.lower_ == "them" and head.dep_ in ("dobj", "dative"):
        # "criticised Seoul and Washington and urged them to halt it": the states
        # its sentence named together before it, other than the one acting
        together = _group_named_before(head, ctx, when)
        if together:
            return [a for a in together if a.code not in besides]
        people = plural_people_before(head) if civilians else None
        theirs = civilians_of(people, ctx, when) if people is not None else []
        if theirs:
            return theirs  # "Kim pardoned them": the (American) journalists
    if head.lower_ == "it" and expletive(head):
        return []  # "It is the stand of the DPRK to oppose ...": no one
    asked = asked_before(head)
    if asked is not None:
        # "North Korea cut the hotlines. The South urged it to restore them"
        return [a for a in np_actors(asked, ctx, when) if a.code not in besides]
    numbered = numbered_group(head)
    if numbered:
        # "Trump and Kim arrived at Panmunjom. The two held talks"
        return _unique([a for t in numbered for a in np_actors(t, ctx, when)])
    if head.lower_ in ("it", "they") and head.dep_ == "nsubj":
        reporter = reporting_subject(head.head)
        if reporter is not None:
            return np_actors(reporter, ctx, when) + _met_with(head, reporter, ctx, when)
        carried = _subject_before(head, head.lower_, ctx, when)
        if carried is not None:
            # "Trump met Kim in Singapore. They met again in Hanoi": both sides
            return _unique(carried + _met_before(head, ctx, when))
    # "China and Russia, both members of the Security Council": the apposition
    # describes the states named; it counts only when the head names none.
    for appositions in (False, True):
        found = _refs_in(np_tokens(head, appositions=appositions), head, ctx, when, civilians)
        if found and not appositions:
            found += [a for c in listed_as_apposition(head) for a in np_actors(c, ctx, when)]
            # "the U.S. and its two stooges": the others of its group too
            if len(found) == 1:
                found += [
                    a
                    for c in head.children
                    if c.dep_ == "conj"
                    for a in followers_counted(c, found[0], ctx.history)
                ]
            if head.lemma_.lower() in POSTED_ENVOYS:
                # "North Korea's U.N. envoy": the state's, posted at the UN
                found = [a for a in found if a.sector != "IGO"] or found
        if found:
            return _unique(found)
    if head.lemma_.lower() in SEATED_BODIES and not any(c.dep_ == "poss" for c in head.children):
        # "officials in Seoul": the state whose capital it is
        seats = prep_objects(head, frozenset({"in"}))
        found = [a for g in seats if g.ent_type_ == "GPE" for a in np_actors(g, ctx, when)]
        if found:
            return _unique(found)
    # "its military": the state "its" stands for; "our military": the speaker's
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "our")]
    if owners and owners[0].lower_ == "our":
        voice = ctx.speaker or ctx.author
        return [voice] if voice is not None else []
    if owners and head.lemma_.lower() in RELATION_NOUNS:
        # "supported exchanges with its neighbour": the other state of the owner's
        # last act told with one, not the owner
        owner = np_actors(owners[0], ctx, when)
        if len(owner) != 1:
            return []
        return partner_before(owner[0], ctx.history, head.lemma_.lower())
    if owners:
        return np_actors(owners[0], ctx, when, besides=besides)
    # "Abe said his cabinet was working with Seoul": the state of the person named
    leaders = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    if leaders and head.lemma_.lower() in LEADERS_BODIES:
        person = last_person(leaders[0], ctx)
        return [person] if person is not None else []
    if (
        head.lower_ == "allies"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not group_size(head)
    ):  # ("the three allies": the three told before)
        # "The allies kicked off training" (with no drill told, the pair told before)
        allies = allies_before(ctx.history) or list(ctx.drill_partners)
        # ("held talks ... the allies held a meeting": with no act of arms together, the
        # last pair; not for "the allies' drills" after two that drill with a third met)
        drilling = head.dep_ == "poss" and names_drills(head.head, load_lexicon())
        if not allies and not drilling:
            allies = pair_met_before(ctx.history, [], together_ok=True, states_only=True)
        if allies or not pair_noun(head):
            return allies
    met = partners_met_before(ctx.history) if head.lower_ == "allies" else []
    if met and any(c.lower_ in ("both", "two") for c in head.children):
        return met  # "the defense of both allies" (else the pair, as "the two sides")
    if head.lemma_.lower() in GUARDED_NOUNS:
        # "commitment to the defense of both allies": those defended
        return [a for g in of_objects(head) for a in np_actors(g, ctx, when, besides=besides)]
    if pair_noun(head):
        # "Trade between China and North Korea jumped, as the two countries resumed ..."
        for named in between_named_before(head):
            found = [a for g in named for a in np_actors(g, ctx, when)]
            if len({a.code for a in found}) == 2:
                return found
        # "Seoul asked Beijing to help when the two met in Lima": the governing
        # clause's two parties
        found = _governing_pair(head, ctx, when) or _leaders_named(head, ctx, when)
        if found:
            return found
        found = _unique([a for g in pair_subject_before(head) for a in np_actors(g, ctx, when)])
        if len({a.code for a in found}) == 2:
            return found
        # in what a state's official says, "the two countries" include the speaker's
        reporter = reporting_subject(head.head) if head.dep_ == "nsubj" else None
        speakers = np_actors(reporter, ctx, when) if reporter is not None else []
        # "both countries", "the two countries" (not "the two sides", a meeting's) may
        # be two that acted together: "Russia and China press the Council ... the
        # two countries circulated a draft"
        both = any(c.lower_ == "both" for c in head.children) or head.lemma_.lower() in (
            "country",
            "nation",
            "government",
        )
        # ("the two sides will exchange views": the sides of the talks planned)
        planned = head.dep_ == "nsubj" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in head.head.children
        )
        # ("the two sides exchanged fire": those at odds, not the last to meet)
        fighting = head.dep_ == "nsubj" and any(
            hostile_exchange(c) or c.lemma_.lower() in HOSTILE_EXCHANGES
            for c in head.head.children
            if c.dep_ == "dobj"
        )
        states = head.lemma_.lower() in ("country", "nation", "state")
        return pair_met_before(
            ctx.history, speakers, both, planned, fighting, states_only=states
        ) or _pair_named_before(head, ctx, when)
    size = group_size(head)
    if size:
        return group_met_before(ctx.history, size)  # "the six parties reached a consensus"
    # "officials of the two countries will meet", "the two sides' defense chiefs sign"
    pairs = [g for g in of_objects(head) if pair_noun(g)]
    pairs += [c for c in head.children if c.dep_ == "poss" and pair_noun(c)]
    if pairs and head.lemma_.lower() in PAIR_MEMBERS:
        return np_actors(pairs[0], ctx, when)
    if head.lemma_.lower() in STATE_DESCRIPTIONS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        # "Pyongyang might engage after the regime had rebuffed Seoul": the state named last
        return _state_named_before(head, ctx, when)
    if head.lemma_.lower() == "government" and head.dep_ == "nsubj":
        # "Kim's office said the government backed the agreement": the speaker's own
        reporter = reporting_subject(head.head)
        speakers = np_actors(reporter, ctx, when) if reporter is not None else []
        if len({a.code for a in speakers}) == 1 and any(c.lower_ == "the" for c in head.children):
            return speakers[:1]
    if civilians and head.is_title and head.text in ctx.named_people:
        return [ctx.named_people[head.text]]  # "will expel Doe": the American soldier
    home = ctx.home_state
    if civilians and home and any(t.lower_ == "local" for t in head.subtree if t.i < head.i):
        # "a local fisheries official", in a report from Seoul: its civilians
        return [ActorRef(home.code, "CVL", head.text, home.name)]
    if civilians and _definite_people(head):
        told = _people_told_before(head, ctx)  # "detained the soldier": the American one
        if told is not None:
            return [told]
    if head.tag_ == "NN" and _told_officer(head) and determined(head, frozenset({"the"})):
        # "new ambassador of China ... the ambassador", "a spokesman for the DPRK
        # defence ministry ... The spokesman warned"
        told = _people_told_before(head, ctx)
        if told is not None:
            return [told]
    sector = unnamed_body_sector(head, ctx.mentions)
    scene = scene_place(head) if sector is not None else None
    if scene is not None and scene.i in ctx.mentions:
        return np_actors(scene, ctx, when)  # "In Tokyo, ... the government is considering"
    if ctx.dateline_state is not None and sector is not None:
        # "SEOUL (Yonhap) -- ... the defense ministry urged the North": where a report
        # is filed from, a ministry that names no state is that state's
        local = ctx.dateline_state
        return [ActorRef(local.code, sector, head.text, local.name)]
    if _the_statement(head):
        # "North Korea's military said Sunday ... The statement, issued by a
        # spokesman, also warned ...": the one who spoke before
        carried = _subject_before(head, "it", ctx, when)
        if carried:
            return carried
    if ctx.author is not None and adversary(head):
        # "The hostile forces staged ...", in a statement: the states it accused last
        return list(ctx.stance_targets)
    place = opening_place(head)  # "In Beijing, a foreign ministry spokeswoman urged"
    return np_actors(place, ctx, when) if place is not None else []


def _the_statement(head: Token) -> bool:
    """True for a bare "the statement" opening its sentence as its subject."""
    return (
        head.lemma_.lower() in SAID_NOUNS
        and head.dep_ == "nsubj"
        and opens_sentence(head)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ in OWNING_MODIFIERS for c in head.children)
    )


def _pair_named_before(pair: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """With no meeting told before, the two states its sentence named before a pair
    noun, if it named just two: "Kim Jong Il has told Russian President Dmitry
    Medvedev ..., the Kremlin said after the two leaders met"."""
    found = _unique(_refs_in(pair.doc[pair.sent.start : pair.i], pair, ctx, when))
    return found if len({a.code for a in found}) == 2 else []


def _governing_pair(pair: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The two states of the places a pair noun's clause names, or of its governor's."""
    heads = places_of_its_clause(pair) or governing_pair(pair)
    found = _unique([a for p in heads for a in np_actors(p, ctx, when)])
    return found if len(found) == 2 else []


def _leaders_named(pair: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The two people of two states a "two leaders" sentence names: "Kim agreed ...,
    and the two leaders agreed to resume talks, Koizumi told reporters"."""
    if pair.lemma_.lower() != "leader":
        return []
    people = [t for t in pair.sent if t.ent_type_ == "PERSON" and t.i in ctx.mentions]
    found = _unique([a for t in people for a in np_actors(t, ctx, when)])
    return found if len(found) == 2 else []


def _refs_in(
    tokens: Iterable[Token],
    head: Token,
    ctx: Context,
    when: dt.date | None,
    civilians: bool = False,
) -> list[ActorRef]:
    """The actors named in these tokens of the phrase ``head`` heads, once each.

    A body named in lower case after an owner is the owner's: "Yoon Suk Yeol's
    national security council" is Seoul's, not the U.S. National Security Council.
    """
    owners = [c for c in head.children if c.dep_ == "poss" and c.i in ctx.mentions]
    owned = [
        m
        for m in ctx.mentions.get(head.i, [])
        if head.is_lower and owners and m.start > owners[0].i
    ]
    return _unique(
        [
            ref
            for token in tokens
            for mention in ctx.mentions.get(token.i, [])
            if mention not in owned
            if (ref := actor_ref(mention, token, head, ctx, when, civilians=civilians)) is not None
        ]
    )


def _met_with(
    pronoun: Token, reporter: Token, ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """For "X met Y and said they had agreed", the states X met: "they" is both sides."""
    if pronoun.lower_ != "they" or pronoun_for(reporter) != "it":
        return []
    speech = pronoun.head.head
    meeting = speech.head if speech.dep_ == "conj" else None
    return [a for token in met_parties(meeting) for a in np_actors(token, ctx, when)]


def _met_before(pronoun: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """For a "they" opening the sentence after "X met Y", the states X met."""
    previous = previous_subject(pronoun) if pronoun.lower_ == "they" else None
    meeting = previous.head if previous is not None else None
    return [a for token in met_parties(meeting) for a in np_actors(token, ctx, when)]


def _state_named_before(token: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """The state "the regime" or "the country" stands for: the last one named before
    it in the paragraph, other than its own clause's subject ("the U.S. cut off
    shipments to the impoverished country" does not mean the U.S.)."""
    clause = token
    while clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl") and clause.head.i != clause.i:
        clause = clause.head
    own_subject = {
        t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    }
    if token.tag_ != "NN":
        return []  # "the hostile states": several, not the one named last
    # a state that is a subject before first, as a reader takes it ("North Korea
    # fired two missiles toward the Sea of Japan ..., after a missile launched by
    # the country flew over Japan"; not one that owns the subject, "U.S. bombers
    # flew over South Korea ... after the communist state tested"), then any state
    for subjects_only in (True, False):
        for index in range(token.i - 1, -1, -1):
            if index in own_subject or in_speaker(ctx.doc[index]):
                continue
            word = ctx.doc[index]
            several = any(c.dep_ == "conj" for c in word.children)  # "X and Y signed ..."
            if subjects_only and (word.dep_ not in ("nsubj", "nsubjpass") or several):
                continue
            for mention in ctx.mentions.get(index, []):
                if mention.entry.kind.value == "country" and index == mention.end - 1:
                    ref = actor_ref(mention, ctx.doc[index], ctx.doc[index], ctx, when)
                    if ref is not None:
                        return [ref]
    # none in this paragraph: the one state the paragraph before was about ("North
    # Korea set off its third device, drawing condemnation from Tokyo. // The blast
    # came from the site where the isolated state had tested in 2006"), else the
    # state named last in the paragraphs before
    subject_states = {
        a.code
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
        for a in np_actors(c, ctx, when)
    }
    carried = ctx.last_subject[1] if ctx.last_subject is not None else ()
    if len(carried) == 1 and carried[0].code not in subject_states:
        return [carried[0]]
    for state in reversed(ctx.named_states):
        if state.code not in subject_states:
            return [state]
    return []


def _sector_noun(noun: Token, lexicon: Lexicon) -> str:
    """The word of a noun phrase that tells an actor's sector: its head, or where the
    head is a name, the noun before it ("Japanese broadcaster NHK")."""
    words = [
        noun.lemma_.lower(),
        *(c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"),
    ]
    known = lexicon.civilian_nouns | lexicon.military_nouns | lexicon.government_nouns
    return next((word for word in words if word in known), words[0])


def actor_ref(
    mention: ActorMention,
    token: Token,
    head: Token,
    ctx: Context,
    when: dt.date | None,
    *,
    civilians: bool = False,
) -> ActorRef | None:
    role = mention.entry.role_on(when or ctx.published)
    sector = role.sector
    # The noun the actor itself modifies decides the sector: "North Korean troops",
    # "the deportation of Iraqi refugees" (Iraq's people, not its state).
    noun = head if not (mention.start <= head.i < mention.end) else None
    if token.head.i != token.i and token.dep_ in ("compound", "amod", "poss"):
        outer = token.head
        if not (mention.start <= outer.i < mention.end):
            noun = outer
    if noun is not None and sector == "IGO" and noun.lemma_.lower() in MEMBER_NOUNS:
        return None  # "NATO members are taking part": some of its states, not NATO
    if noun is not None and mention.entry.kind.value == "country":
        lexicon = load_lexicon()
        lemma = _sector_noun(noun, lexicon)
        if lemma in lexicon.civilian_nouns:
            if not civilians:
                return None
            sector = "CVL"
        if lemma in lexicon.military_nouns:
            sector = "MIL"
        elif lemma in lexicon.government_nouns:
            sector = "GOV"
    if sector not in STATE_SECTORS and not (civilians and sector == "CVL"):
        return None
    return ActorRef(role.code, sector, mention.text, mention.entry.name)


def staged_by(participle: Token, ctx: Context, when: dt.date | None) -> list[ActorRef]:
    """Who did what a participle describes: "the drills staged by Seoul and Washington"."""
    return [a for g in agents(participle) for a in np_actors(g, ctx, when)]


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.code, ref)
    return list(seen.values())


def with_partners(
    verb: Token, obj: Token | None, ctx: Context, when: dt.date | None
) -> list[ActorRef]:
    """The states a "with" phrase on a verb or its object names: "would halt its
    exercises with South Korea", "shared intelligence with Iraq"."""
    with_ = frozenset({"with"})
    withs = prep_objects(obj, with_) if obj is not None else []
    return [a for g in withs + prep_objects(verb, with_) for a in np_actors(g, ctx, when)]
