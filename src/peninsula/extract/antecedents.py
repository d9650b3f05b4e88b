"""What a pronoun or a place word stands for, read from the parse alone.

"It" opening a sentence carries the subject of the one before; "its imports" are
the importing verb's subject's; "which have taken the lead" after a list is
about the names the verb's number says; "he" in what a titled speaker says is
the speaker; "in Seoul" names a place, no party. ``arguments`` turns the words
found here into actors.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from peninsula.extract.clauses import subject_of
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.phrases import (
    DEMANDING_VERBS,
    MEETING_VERBS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    antecedent,
    asked_object,
    reporting_subject,
)
from peninsula.extract.tokens import (
    first_conjunct,
    main_subject,
    opens_sentence,
    phrase_head,
    prep_objects,
    verb_above,
)

# Prepositions that make a state's name a place: "a missile over Japan".
PLACE_PREPS = frozenset(
    {"over", "in", "into", "near", "across", "off", "around", "through", "inside", "within"}
)
# Meetings and texts a capital may name as their venue: "the Seoul summit", "the
# Pyongyang declaration" (the capital is no party there).
VENUE_NAMED = frozenset(
    {"summit", "talks", "meeting", "conference", "forum", "declaration", "statement"}
)
# Nouns whose "over" phrase names whom, not where: "its influence over North Korea".
SWAY_NOUNS = frozenset(
    {"influence", "leverage", "sway", "clout", "control", "power", "pressure", "grip", "hold"}
)
# Subject pronouns that a new paragraph may open with for the states before it.
PRONOUNS_CARRIED = frozenset({"it", "they"})
# The subject pronoun a possessive one carries over as: "Its leader" is "it"'s.
CARRIED_FORMS = {"its": "it", "their": "they"}


def quoted_as_saying(person: Token) -> bool:
    """True for the one a report quotes: "KCNA quoted Pak as saying"."""
    return (
        person.dep_ == "dobj"
        and person.head.lemma_.lower() in ("quote", "cite")
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in person.head.children)
    )


def speaking_of_oneself(pronoun: Token) -> Token | None:
    """The titled speaker a "he" or "she" stands for in what that speaker says:
    "Japan's prime minister said he was ready to meet Kim" (not "the agency said
    he", someone else). A named speaker is found as the nearest person anyway."""
    if pronoun.dep_ != "nsubj":
        return None
    speaker = reporting_subject(pronoun.head)
    if speaker is None or speaker.lemma_.lower() not in load_lexicon().person_nouns:
        return None
    return speaker


def a_place(token: Token) -> bool:
    """True for a word of a state named as a place: "over northern Japan", "in Seoul",
    "at the Seoul summit"."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in VENUE_NAMED:
        return True
    head = phrase_head(token)
    if head.dep_ != "pobj" or head.head.lower_ not in PLACE_PREPS:
        return False
    return head.head.lower_ != "over" or head.head.head.lemma_.lower() not in SWAY_NOUNS


# Verbs of weapons fired or tested, which a reporter of them does not do itself.
FIRING_VERBS = frozenset({"fire", "launch", "test", "test-fire", "detonate", "shoot", "conduct"})


def subject_ahead(pronoun: Token) -> Token | None:
    """The person the main clause names as its subject, whom "he" or "she" in a clause
    set before it stands for: "Five years after he embraced Moon, Kim Jong Un has
    declared ..." (none when a person is named before the pronoun)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    if any(t.ent_type_ == "PERSON" for t in pronoun.sent if t.i < pronoun.i):
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i > clause.i]
    people = load_lexicon().person_nouns
    if subjects and (subjects[0].ent_type_ == "PERSON" or subjects[0].lemma_.lower() in people):
        return subjects[0]  # "Kim Jong Un", "Iran's president Ali Rezaei"
    return None


def owns_main_subject(pronoun: Token) -> bool:
    """True for "its" or "their" owning the subject of its sentence's main verb:
    "In a joint statement, their foreign ministers urged ..."."""
    return (
        pronoun.dep_ == "poss"
        and pronoun.head.dep_ in ("nsubj", "nsubjpass")
        and pronoun.head.head.i == pronoun.sent.root.i
    )


def previous_subject(pronoun: Token) -> Token | None:
    """For a sentence-initial subject "it"/"they", the main subject of the sentence
    before; also for "its" owning the main subject after an occasion ("At the summit
    on Saturday, its leader and ... agreed")."""
    sentence = pronoun.sent
    if not (opens_sentence(pronoun) or owns_main_subject(pronoun)) or sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = main_subject(before)
    # "Washington began lobbying for sanctions, and Pyongyang declared ... On June 13
    # it quit the IAEA": the subject of the last clause joined to the main one
    joined = [
        g
        for c in before.root.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PROPN"
    ]
    subject = joined[-1] if joined else subject
    if subject is None or subject.lower_ in ("this", "that"):
        return None
    if pronoun.head.lemma_.lower() in FIRING_VERBS:
        # "South Korea's military said the North had fired two missiles. It tested
        # ...": who fires again is the one reported firing, not the reporter
        reported = [
            c
            for clause in before.root.children
            if clause.dep_ == "ccomp" and before.root.lemma_.lower() in SPEECH_VERBS
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and clause.lemma_.lower() in FIRING_VERBS
        ]
        if reported:
            return reported[0]
    form = CARRIED_FORMS.get(pronoun.lower_, pronoun.lower_)
    if subject.lower_ in PRONOUNS_CARRIED and subject.lower_ != form:
        return None
    if subject.lower_ == "it" and before.root.lemma_ == "be":
        # "It was the U.S. that reduced this land to ashes. In July it sent ...": the
        # state a cleft sentence puts forward
        cleft = any(
            c.dep_ == "ccomp"
            and any(g.dep_ == "nsubj" and g.lower_ in ("that", "who") for g in c.children)
            for c in before.root.children
        )
        put_forward = [
            c
            for c in before.root.children
            if c.dep_ == "attr" and (cleft or any(g.dep_ == "relcl" for g in c.children))
        ]
        if put_forward:
            return put_forward[0]
        # "It was the North's third launch this week. On Tuesday it fired ...": the
        # state whose act "it" was
        owners = [
            g
            for c in before.root.children
            if c.dep_ == "attr"
            for g in c.subtree
            if g.dep_ == "poss"
        ]
        if owners:
            return owners[0]
    return subject  # a pronoun there is resolved in turn


# Types of acts a state does with its own goods, staff or programmes ("cut its
# imports", "resumed its tours"); a verb of judging ("condemned its launch")
# speaks of another's.
OWN_GOODS_TYPES = frozenset({"SANCTION", "AID", "COOPERATE", "MOBILIZE", "RETREAT"})


JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "REQUEST", "THREATEN"})


@cache
def _own_goods_verbs() -> frozenset[str]:
    """Verbs of acts on one's own goods that no rule reads as a judgement."""
    lexicon = load_lexicon()
    own = {lemma for rule in lexicon.verbs if rule.type in OWN_GOODS_TYPES for lemma in rule.lemmas}
    judging = {
        lemma for rule in lexicon.verbs if rule.type in JUDGING_TYPES for lemma in rule.lemmas
    }
    return frozenset(own - judging)


def object_owner(possessive: Token) -> Token | None:
    """The subject of the verb whose direct object "its" owns, which "its" stands
    for: "Beijing backed the sanctions and cut its imports" (not the U.N. named
    between). The verb may share its subject with the one it is coordinated with."""
    noun = possessive.head
    if possessive.lower_ != "its" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _own_goods_verbs():
        return None  # "opposes its bombs", "condemned its launch": another's
    for holder in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def fronted_owner(possessive: Token) -> list[Token]:
    """The subject, with those listed with it, that "its" or "their" in a phrase put
    before it stands for: "At their June 12 summit in Singapore, Trump and Kim
    signed a joint statement", "In its statement, China said" (empty when the
    phrase does not come before the subject of the verb it hangs on)."""
    noun = possessive.head
    prep = noun.head
    if possessive.lower_ not in ("its", "their") or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verb = prep.head
    # (the last subject: "the first between leaders of the two countries" may be
    # read as another)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > prep.i]
    if verb.pos_ not in ("VERB", "AUX") or not subjects:
        return []
    subject = subjects[-1]
    return [subject, *(c for c in subject.children if c.dep_ == "conj")]


def plural_people_before(pronoun: Token) -> Token | None:
    """The people "them" stands for: the last plural noun for people before it in its
    paragraph ("Two American journalists ... were on their way home after Kim
    pardoned them"), or None when there is none."""
    if pronoun.lower_ != "them":
        return None
    lexicon = load_lexicon()
    people = lexicon.ordinary_people | lexicon.person_nouns
    return next(
        (
            t
            for t in reversed(pronoun.doc[: pronoun.i])
            if t.tag_ == "NNS" and t.lemma_.lower() in people
        ),
        None,
    )


def listed_antecedents(pronoun: Token) -> list[Token]:
    """The names of a list that a relative clause is about, by its verb's number.

    The parser hangs "which" on one name of a list, the first or the last. "the
    U.S. and the ROK, which have taken the lead": the plural says both; "Canada
    and Japan, which has led": the singular says the name just before. None when
    the clause follows no list or its verb does not show its number.
    """
    clause = pronoun.head
    if pronoun.lower_ not in RELATIVE_PRONOUNS or clause.dep_ != "relcl":
        return []
    first = first_conjunct(clause.head)
    listed = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.i < pronoun.i)]
    listed = sorted(set(listed), key=lambda t: t.i)
    if len(listed) < 2:
        return []
    finite = [c for c in clause.children if c.dep_ in ("aux", "auxpass")] or [clause]
    if finite[0].tag_ == "VBP" or finite[0].lower_ == "were":
        return listed
    if finite[0].tag_ == "VBZ" or finite[0].lower_ == "was":
        return listed[-1:]
    return []


def _modifies_a_phrase(token: Token) -> bool:
    """True for a state named as the modifier of a prepositional object, which "its"
    after it does not stand for: "has been under U.N. sanctions since its first
    test" (the subject's test, not the U.N.'s)."""
    return token.dep_ in ("compound", "amod") and token.head.dep_ == "pobj"


def _object_of_another_clause(token: Token, clause: Token | None) -> bool:
    """True for a word of a prepositional object in a clause that neither is nor
    governs ``clause``: "a deal with the United States" where "its" is in "the
    council condemned its launch" (but "called on China to use its influence")."""
    head = phrase_head(token)
    if head.dep_ != "pobj" or clause is None:
        return False
    own = verb_above(head)
    return own is None or own.i not in _governing(clause)


def _governing(clause: Token) -> set[int]:
    """The indices of a clause's verb and of the verbs it is a complement of, up to
    one it is coordinated with ("said it was bound by ... and the council condemned
    ...": "bound" does not govern "condemned")."""
    found = {clause.i}
    while clause.dep_ != "conj" and clause.head.i != clause.i:
        clause = clause.head
        found.add(clause.i)
    return found


def possessor_candidates(possessive: Token) -> list[int]:
    """The indices of the words before "its" or "their" in its sentence that may name
    its owner, nearest first. Skipped: a place ("fired a missile over northern
    Japan, and ... its ICBM"), a word inside another phrase's relative clause ("the
    talks, which also involve Japan, ... condemned its launch") and a modifier of a
    prepositional object. A prepositional object of another clause comes after the
    rest: in "Iran said it was no longer bound by a deal with the United States, a
    day after the council condemned its launch", the launch is Iran's."""
    sentence = possessive.sent
    aside = {
        t.i
        for clause in sentence
        if clause.dep_ == "relcl" and possessive.i not in {t.i for t in clause.subtree}
        for t in clause.subtree
    }
    doc = possessive.doc
    words = [
        doc[index]
        for index in range(possessive.i - 1, sentence.start - 1, -1)
        if not (a_place(doc[index]) or index in aside or _modifies_a_phrase(doc[index]))
    ]
    own = verb_above(possessive)
    words.sort(key=lambda word: _object_of_another_clause(word, own))
    return [word.i for word in words]


def asked_before(pronoun: Token) -> Token | None:
    """The main subject of the sentence before, for an "it" asked to act that has no
    noun before it in its own sentence: "North Korea cut the hotlines. The South
    urged it to restore them", "... The Council demanded that it halt all launches"."""
    if pronoun.lower_ != "it" or antecedent(pronoun) is not pronoun:
        return None
    verb = pronoun.head
    asked = asked_object(pronoun) or (
        pronoun.dep_ == "nsubj"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in DEMANDING_VERBS
    )
    sentence = pronoun.sent
    if not asked or sentence.start == 0:
        return None
    return main_subject(pronoun.doc[sentence.start - 1].sent)


# Numbers that stand alone for people or states named before: "The two held talks".
GROUP_NUMBERS = frozenset({"two", "three", "four", "five", "both"})


def numbered_group(head: Token) -> list[Token]:
    """The subject of the sentence before and those joined to it, for a subject that
    is a bare number: "Trump and Kim arrived at Panmunjom. The two held talks",
    "Hwang was accompanied by Choe and Kim. The three held talks over lunch"."""
    if (
        head.lower_ not in GROUP_NUMBERS
        or head.dep_ != "nsubj"
        # ("Lee spoke with Obama, and the two agreed": the two of its own sentence)
        or head.left_edge.i != head.sent.start
        or head.pos_ not in ("NUM", "PRON", "DET")
        or any(c.dep_ in ("prep", "compound", "amod") for c in head.children)
    ):
        return []
    sentence = head.sent
    if sentence.start == 0:
        return []
    subject = main_subject(head.doc[sentence.start - 1].sent)
    return [subject, *subject.conjuncts] if subject is not None else []


def met_parties(meeting: Token | None) -> list[Token]:
    """Those a meeting verb says were met: "met Kim", "met with Xi"."""
    if meeting is None or meeting.lemma_.lower() not in MEETING_VERBS:
        return []
    met = [c for c in meeting.children if c.dep_ == "dobj"]
    return met + prep_objects(meeting, frozenset({"with"}))


# Words that own a noun or describe it: "North Korea's leader", "Iranian troops".
OWNING_MODIFIERS = ("amod", "compound", "poss", "nmod")


def in_speaker(token: Token) -> bool:
    """True for a word of who says a sentence: "North Korea fired two missiles, the
    Japanese government said, two days after a missile launched by the country flew
    over Japan" (the country is not the one reporting)."""
    head = phrase_head(token, OWNING_MODIFIERS)
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_VERBS


def participle_doer(possessive: Token) -> Token | None:
    """The subject of the clause a participle with no subject of its own comments on,
    for a possessive in the participle's object: "signed the guidelines, thus
    betraying their intention" (the parser may hang the participle on the object)."""
    owned = possessive.head
    participle = owned.head
    if owned.dep_ != "dobj" or participle.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return None
    set_off = participle.doc[participle.i - 1].is_punct or any(
        c.lower_ in ("thus", "thereby") for c in participle.children
    )
    if participle.dep_ in ("advcl", "xcomp"):
        clause = participle.head
    elif participle.dep_ == "acl" and set_off and participle.head.dep_ == "dobj":
        clause = participle.head.head
    else:
        return None
    return subject_of(clause)[0]
