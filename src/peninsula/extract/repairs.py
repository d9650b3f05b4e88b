"""Repairs of parses the small model gets wrong in news prose, made before events
are read from a paragraph: lists split by a comma or a parenthesis, objects read
into the word said of them, verbs and nouns mistaken for each other, clauses hung
on the wrong verb, a day's name taken for an event's."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from peninsula.dates import WEEKDAYS, names_a_day
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.modality import inverted_should
from peninsula.extract.phrases import SPEECH_VERBS, retelling
from peninsula.extract.tokens import STATEMENT_NOUNS, dateline_end, of_objects


def lists_split_from_their_of(doc: Doc) -> None:
    """Repair a list of states the parser split after its first one, making the rest
    a second subject: "The envoys of South Korea, the US and Japan held talks" (the
    US and Japan are listed with South Korea, not the talks' other subject)."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 2:
            continue
        first, second = subjects
        listed = [g for g in of_objects(first) if g.ent_type_ == "GPE"]
        comma = doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
        if (
            listed
            and second.ent_type_ == "GPE"
            and comma is not None
            and comma.text == ","
            and comma.i == listed[0].right_edge.i + 1
            and any(c.dep_ == "conj" for c in second.children)
        ):
            second.head, second.dep_ = listed[0], "conj"
            comma.head = listed[0]


def gerunds_joined_to_what_they_tell(doc: Doc) -> None:
    """Repair a participle the parser joined to the clause its sibling reports:
    "condemned the launch, while stressing that the door remained open and urging
    Pyongyang to return to talks" ("urging" read as going on from "remained"). A
    bare "-ing" form cannot go on from a finite verb; it goes on from the "-ing"
    form that reports it."""
    for gerund in doc:
        told = gerund.head
        if (
            gerund.dep_ == "conj"
            and gerund.tag_ == "VBG"
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in gerund.children)
            and told.tag_ in ("VBD", "VBZ", "VBP")
            and told.dep_ == "ccomp"
            and told.head.tag_ == "VBG"
        ):
            gerund.head = told.head


def nouns_read_as_verbs(doc: Doc) -> None:
    """Repair a noun in "-ment" the tagger took for the verb of a reported clause,
    leaving the clause's real verb with no subject: "reaffirmed that the U.S.
    commitments to the defense of Japan are ironclad" ("commitments" read as a
    verb whose subject is "U.S."). The noun is the subject of the verb after it."""
    for noun in doc:
        if (
            not noun.lower_.endswith(("ment", "ments"))
            or noun.pos_ != "VERB"
            or noun.dep_ not in ("ccomp", "conj")
        ):
            continue
        verb = next(
            (
                c
                for c in noun.head.children
                if c.i > noun.right_edge.i
                and c.dep_ == noun.dep_
                and c.pos_ in ("VERB", "AUX")
                and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            ),
            None,
        )
        if verb is None:
            continue
        for word in list(noun.lefts):
            if word.dep_ == "nsubj":
                word.dep_ = "compound"  # "the U.S. commitments": the owner's name
            elif word.dep_ == "mark":
                word.head = verb  # "that" opens the clause of the verb
        noun.head, noun.dep_ = verb, "nsubj"
        noun.tag_ = "NNS" if noun.lower_.endswith("s") else "NN"
        noun.pos_ = "NOUN"
        noun.lemma_ = noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_


# Plural nouns of asking or offering that the tagger may take for verbs: "U.S. calls".
ASKING_PLURALS = frozenset({"calls", "demands", "requests", "offers", "appeals", "pleas"})
# Verbs that take what was asked or offered as their object: "rejected U.S. calls".
ANSWERING_VERBS = frozenset(
    {"reject", "dismiss", "rebuff", "spurn", "ignore", "welcome", "accept", "heed", "back"}
)


def asking_plurals_read_as_verbs(doc: Doc) -> None:
    """Repair a plural noun of asking or offering after a state's name that the
    tagger took for a verb with the name as its subject: "China rejected US calls for
    tougher sanctions" (read as "rejected [that] US calls for ..."), "has not
    responded to repeated U.S. offers to meet" (the name read as the object of "to").
    The noun is what the verb answers, the name its owner."""
    for noun in doc:
        if noun.tag_ not in ("VBZ", "NNS") or noun.lower_ not in ASKING_PLURALS or noun.i == 0:
            continue
        name = doc[noun.i - 1]
        if name.pos_ != "PROPN" or not name.whitespace_ or name.ent_type_ not in ("GPE", "NORP"):
            continue
        lefts = [c for c in name.children if c.i < name.i and c.dep_ in ("amod", "det")]
        if name.dep_ == "pobj" and noun.tag_ == "VBZ" and noun.head.i == name.head.head.i:
            noun.head, noun.dep_ = name.head, "pobj"  # "responded to repeated U.S. offers"
        elif (
            name.dep_ == "nsubj"
            and name.head.i == noun.i
            and noun.dep_ == "ccomp"
            and noun.head.lemma_.lower() in ANSWERING_VERBS
            and not any(c.dep_ in ("aux", "mark") for c in noun.children)
        ):
            noun.dep_ = "dobj"  # "rejected US calls for tougher sanctions"
        else:
            continue
        for word in lefts:
            word.head = noun
        name.head, name.dep_ = noun, "compound"
        noun.tag_, noun.pos_, noun.lemma_ = "NNS", "NOUN", noun.lower_[:-1]


def subjunctives_read_as_nouns(doc: Doc) -> None:
    """Repair a base-form verb of a "that" clause the tagger took for a noun, its
    subject for the noun's modifier: "insisted that the South apologise" ("South
    apologise" read as one noun). The name before it is its subject."""
    for noun in doc:
        if noun.dep_ != "ccomp" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        lefts = list(noun.lefts)
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in lefts) or any(
            c.dep_ == "nsubj" for c in lefts
        ):
            continue
        names = [c for c in lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names or names[-1].i != noun.i - 1:
            continue
        subject = names[-1]
        for word in lefts:
            if word.dep_ in ("det", "compound", "amod") and word.i < subject.i:
                word.head = subject  # "the South", "North Korea"
        subject.dep_ = "nsubj"
        noun.tag_, noun.pos_ = "VB", "VERB"


def relative_clauses_run_on(doc: Doc) -> None:
    """Repair what follows a relative clause's closing comma that the parser hung on
    the clause's verb: "walked out of the talks, which also involve Japan and the
    United States, in April after the Council condemned its launch" (the walking
    out was in April, after the condemning). It goes back to the verb before."""
    for clause in doc:
        if clause.dep_ != "relcl" or clause.left_edge.i == 0:
            continue
        if doc[clause.left_edge.i - 1].text != ",":
            continue  # a clause set off by commas only
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None or doc[obj.right_edge.i].text != ",":
            continue
        closing = obj.right_edge.i
        governor = next((t for t in clause.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if governor is None or governor.i > clause.i:
            continue
        for child in list(clause.children):
            if child.i > closing and child.dep_ in ("prep", "advcl", "npadvmod"):
                child.head = governor


def acts_joined_to_a_passive_relative(doc: Doc) -> None:
    """Repair an act the parser joined to a passive relative clause: "postponed talks
    with the North that had been set for Thursday and halted a shipment of aid" (the
    halting is Seoul's, not the North's). A verb in the past with an object of its
    own and no subject cannot share the clause's "that" as its passive subject; it
    goes back to the past-tense verb the clause's noun hangs from."""
    for clause in doc:
        if clause.dep_ != "relcl" or not any(
            c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in clause.children
        ):
            continue
        governor = next((t for t in clause.head.ancestors if t.pos_ == "VERB"), None)
        if governor is None or governor.tag_ != "VBD":
            continue
        for joined in list(clause.children):
            if (
                joined.dep_ == "conj"
                and joined.tag_ == "VBD"
                and any(c.dep_ == "dobj" for c in joined.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in joined.children)
            ):
                joined.head = governor


def past_verbs_joined_to_a_gerund(doc: Doc) -> None:
    """Repair a past-tense verb the parser joined to a gerund after a preposition:
    "blamed Iraq for sinking a boat and cut off most trade" (the cutting is the
    blamer's, in the past, not a second charge), or to the infinitive the gerund
    takes ("accused Washington of plotting to stifle it and branded the IAEA a
    tool"). It goes to the past-tense verb the preposition hangs from."""
    for joined in doc:
        gerund = joined.head
        if gerund.tag_ == "VB" and gerund.dep_ == "xcomp":
            gerund = gerund.head
        if joined.dep_ != "conj" or joined.tag_ != "VBD" or gerund.tag_ != "VBG":
            continue
        if gerund.dep_ != "pcomp" or any(c.dep_ == "nsubj" for c in joined.children):
            continue
        governor = gerund.head.head
        if governor.tag_ == "VBD" and governor.i < gerund.i:
            joined.head = governor


# Gerunds that name a kind of drill before its noun: "a cruise missile firing drill".
DRILL_GERUNDS = frozenset({"firing", "launching", "shooting", "bombing"})
DRILL_NOUNS = frozenset({"drill", "exercise", "test", "practice"})


def drill_compounds_read_as_clauses(doc: Doc) -> None:
    """Repair a compound the parser read as a clause: "watched a strategic cruise
    missile firing drill" ("missile" read as the object, "firing drill" as a clause
    on it). The drill is the object, the rest its modifiers."""
    for gerund in doc:
        if gerund.lower_ not in DRILL_GERUNDS or gerund.dep_ != "acl":
            continue
        noun = gerund.head
        drill = next((c for c in gerund.children if c.dep_ == "dobj" and c.i == gerund.i + 1), None)
        if drill is None or drill.lemma_.lower() not in DRILL_NOUNS or noun.i != gerund.i - 1:
            continue
        drill.head, drill.dep_ = (noun.head if noun.head is not noun else drill), noun.dep_
        for word in list(noun.children):
            if word.i < noun.i:
                word.head = drill  # "a strategic cruise missile": the drill's
        for word in list(gerund.children):
            if word.dep_ == "prep":
                word.head = drill  # "aboard a patrol ship"
        noun.head, noun.dep_ = drill, "compound"
        gerund.head, gerund.dep_ = drill, "compound"
        gerund.pos_, gerund.tag_ = "NOUN", "NN"


def lists_read_as_appositions(doc: Doc) -> None:
    """Repair a list of names whose second the parser took for an apposition of the
    first, the rest joined to it: "the delegations of China, the DPRK, the United
    States, Russia and Japan" ("the DPRK" read as another name for China)."""
    for name in doc:
        if (
            name.dep_ == "appos"
            and name.pos_ == "PROPN"
            and name.head.pos_ == "PROPN"
            and name.head.ent_type_ in ("GPE", "ORG", "NORP")
            and any(c.dep_ == "conj" for c in name.children)
        ):
            name.dep_ = "conj"


def lists_opened_after_a_time(doc: Doc) -> None:
    """Repair a list of subjects whose first name, after a time that opens the
    sentence, the parser took for another time: "Last month Japan, the United
    States and South Korea held drills" ("Japan" read as a modifier of "held").
    The first name heads the list again."""
    for name in doc:
        if name.dep_ != "npadvmod" or name.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue
        if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
            continue
        subject = next(
            (c for c in name.head.children if c.dep_ == "nsubj" and c.left_edge.i == name.i + 2),
            None,
        )
        if subject is None or not any(c.dep_ == "conj" for c in subject.children):
            continue
        name.dep_ = "nsubj"
        for joined in [c for c in subject.children if c.dep_ in ("conj", "cc")]:
            joined.head = name
        subject.head, subject.dep_ = name, "conj"


# Dashes that set off a parenthesis: "Ban Ki-moon — appointed last week — and Aso".
PARENTHESIS_DASHES = frozenset({"—", "–", "--"})


def lists_split_by_a_parenthesis(doc: Doc) -> None:
    """Repair a list the parser split at a parenthesis between dashes, joining what
    comes after it to a verb: "sat down with Ban Ki-moon — appointed last week as
    the next U.N. secretary-general — and Taro Aso" (Aso read as going on from
    "appointed" or "sat"). The name after it goes on from the name before it."""
    for name in doc:
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.pos_ != "VERB":
            continue
        if name.left_edge.i < 2:
            continue
        joint, closing = doc[name.left_edge.i - 1], doc[name.left_edge.i - 2]
        if joint.dep_ != "cc" or closing.text not in PARENTHESIS_DASHES:
            continue
        opening = next(
            (t for t in reversed(doc[: closing.i]) if t.text in PARENTHESIS_DASHES), None
        )
        if opening is None or opening.i == 0:
            continue
        listed = doc[opening.i - 1]
        while listed.dep_ in ("compound", "flat") and listed.head.i > listed.i:
            listed = listed.head
        if listed.pos_ != "PROPN" or listed.dep_ not in ("pobj", "dobj", "nsubj", "conj"):
            continue
        name.head = listed
        joint.head = listed


def participles_hung_on_the_verb(doc: Doc) -> None:
    """Repair a participle right after a statement the parser hung on the clause's
    verb: "went ahead despite a Security Council statement on Oct. 6 warning it of
    consequences" ("warning" read as what North Korea did while going ahead). With
    no comma between them, the participle tells what the statement says."""
    for participle in doc:
        verb = participle.head
        if (
            participle.dep_ != "advcl"
            or participle.tag_ != "VBG"
            or not 0 < verb.i < participle.i
            or any(c.dep_ in ("nsubj", "mark", "aux") for c in participle.children)
        ):
            continue
        # the phrases that end right before it: "statement on Oct. 6", "statement"
        before = doc[participle.i - 1]
        ending = [before] + [t for t in before.ancestors if t.right_edge.i == before.i]
        statement = next((t for t in ending if t.i > verb.i and _is_statement(t)), None)
        if statement is None or statement.dep_ not in ("pobj", "dobj"):
            continue
        # (not the end of a clause the statement tells: "an announcement that it
        # would halt operations ..., following the launch")
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[statement.i + 1 : participle.i]):
            participle.head, participle.dep_ = statement, "acl"


def retellings_hung_on_the_told(doc: Doc) -> None:
    """Repair a participle of saying the parser hung on the clause that was said:
    "Trump has said he wants to meet Kim again, telling Lee at the White House on
    August 25 that ..." (the telling, and its day, is the saying's, not the
    meeting's). With a comma before it and no subject of its own, it goes with the
    speaker."""
    for participle in doc:
        if not retelling(participle) or doc[participle.i - 1].lower_ != ",":
            continue
        told = participle.head
        while told.dep_ in ("xcomp", "conj") and told.head.i != told.i:
            told = told.head
        teller = told.head
        if (
            told.dep_ == "ccomp"
            and teller.i < told.i
            and teller.lemma_.lower() in SPEECH_VERBS
            and teller.i < participle.i
        ):
            participle.head = teller


def _is_statement(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in STATEMENT_NOUNS


def verbs_joined_to_the_told_clause(doc: Doc) -> None:
    """Repair a verb the parser joined to the clause its sibling reports: "the
    inquiry has concluded that Iran committed violations, and has urged the Council
    to act"; "warned Iran that its officials could be aiding crimes, and asked it to
    stop" ("has urged" and "asked" read as going on from "committed" and "aiding").
    A verb with no subject in the teller's own form, which the told verb does not
    share, goes on from the teller."""
    for verb in doc:
        told = verb.head
        teller = told.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in ("VBD", "VBZ", "VBN")
            or told.dep_ != "ccomp"
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in told.children)
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        if _form(verb) == _form(teller) != _form(told):
            verb.head = teller


def _form(verb: Token) -> tuple[str, tuple[str, ...]]:
    """A verb's tense form: its tag and its auxiliaries ("has urged", "could be aiding")."""
    return verb.tag_, tuple(c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass"))


def days_read_as_events(doc: Doc) -> None:
    """Repair a day's name the tagger took for an event's: "in his New Year's Day
    speech" (read as the name of an event, so no date), "in his New Year's speech"."""
    doc.ents = [
        Span(doc, e.start, e.end, label="DATE")
        if e.label_ not in ("DATE", "TIME")
        and names_a_day(e.text, doc[e.end].lemma_.lower() if e.end < len(doc) else "")
        else e
        for e in doc.ents
    ]


def names_read_into_a_day(doc: Doc) -> None:
    """Repair a name the parser read as a modifier of the bare day after it: "met
    Syrian President Bashar Assad Tuesday" (one phrase headed by "Tuesday", so no
    one met). The name heads its phrase in the day's place; the day tells when."""
    for day in doc:
        if day.lower_ not in WEEKDAYS or day.ent_type_ != "DATE" or day.i == 0:
            continue
        name = doc[day.i - 1]
        if name.head != day or name.dep_ != "compound" or name.ent_type_ in ("", "DATE"):
            continue
        head, dep = day.head, day.dep_
        if dep == "npadvmod":
            if any(c.dep_ == "dobj" for c in head.children):
                continue
            dep = "dobj"
        name.head, name.dep_ = head, dep
        for modifier in [c for c in day.children if c.i < name.i]:
            modifier.head = name
        day.head, day.dep_ = head.head if day.dep_ == "pobj" else head, "npadvmod"


def subjects_read_into_the_dateline(doc: Doc) -> None:
    """Repair a subject the parser took for an apposition of the dateline's place:
    "MOSCOW, Nov 29 (TASS) -- Russian Defense Minister Andrei Belousov arrived in
    Pyongyang" ("MOSCOW" read as who arrived, the minister as another name for it).
    The apposition after the dateline is the subject."""
    end = dateline_end(doc)
    for place in doc[:end]:
        if place.dep_ != "nsubj" or place.head.i < end:
            continue
        named = next((c for c in place.children if c.dep_ == "appos" and c.i >= end), None)
        if named is not None:
            named.head, named.dep_ = place.head, "nsubj"
            place.dep_ = "npadvmod"


# Conjunctions that open a clause of the time of the main act.
TIME_MARKS = frozenset({"as", "when", "while"})


def clauses_hung_on_an_aside(doc: Doc) -> None:
    """Repair a clause of time the parser hung on a participle set off by commas:
    "agreed to resume visits, suspended since 2011, as they held their first summit"
    ("as they held" read as of the suspending, so dated 2011). A clause with a
    subject of its own goes back to the verb the aside hangs on."""
    for clause in doc:
        aside = clause.head
        if clause.dep_ != "advcl" or aside.tag_ != "VBN" or aside.dep_ not in ("advcl", "acl"):
            continue
        if aside.i == 0 or doc[aside.left_edge.i - 1].text != ",":
            continue
        marked = any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)
        if marked and any(c.dep_ == "nsubj" for c in clause.children):
            clause.head = aside.head


# Nouns of a stretch of time, which name when an act was done, never its doer.
TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "month", "year"})


def times_read_as_subjects(doc: Doc) -> None:
    """Repair a time the parser took for the subject of a verb joined to another:
    "blamed Pyongyang for the mines and that day resumed broadcasts" ("that day"
    read as what resumed). The time modifies the verb, whose subject is the first
    verb's."""
    for time in doc:
        verb = time.head
        if time.dep_ != "nsubj" or time.lemma_.lower() not in TIME_NOUNS or verb.dep_ != "conj":
            continue
        if any(c.dep_ == "det" and c.lower_ in ("that", "the") for c in time.children) and (
            time.i < verb.i and all(t.i > verb.head.i for t in time.subtree)
        ):
            time.dep_ = "npadvmod"


# Words that open a clause and that the parser may read as a preposition.
CLAUSE_OPENERS = frozenset({"after", "before", "since", "until"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def clauses_read_as_prepositions(doc: Doc) -> None:
    """Repair a clause whose subject the parser took for a preposition's object,
    leaving its verb with no subject: "a day after a North Korean artillery barrage
    on a front-line island killed two marines" ("after a barrage" read as a phrase,
    "killed" as a clause of its own). The barrage is what killed, "after" opens it."""
    for opener in doc:
        if opener.lower_ not in CLAUSE_OPENERS or opener.dep_ != "prep":
            continue
        subject = next((c for c in opener.children if c.dep_ == "pobj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        aside, after = _aside_after(subject)
        verb = doc[after] if after < len(doc) else None
        if (
            verb is None
            or verb.tag_ not in FINITE_TAGS
            or verb.dep_ not in ("advcl", "conj", "ccomp", "dep")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or opener.head.i > verb.i
        ):
            continue
        subject.head, subject.dep_ = verb, "nsubj"
        opener.head, opener.dep_ = verb, "mark"
        if aside is not None:
            aside.head = verb  # "Lee, addressing parliament, proposed": Lee's addressing


def _aside_after(subject: Token) -> tuple[Token | None, int]:
    """The participle of a clause set off by commas just after ``subject`` ("President
    Lee, addressing the new parliament for the first time, proposed ..."), and where
    the words after it start; (None, the index after the subject) if there is none."""
    doc = subject.doc
    comma = subject.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None, comma
    participle = doc[comma + 1]
    if participle.tag_ not in ("VBG", "VBN") or participle.dep_ not in ("advcl", "acl"):
        return None, comma
    closing = participle.right_edge.i
    if doc[closing].text != ",":
        closing += 1
    if closing >= len(doc) or doc[closing].text != ",":
        return None, comma
    return participle, closing + 1


def _before_past_modifier(verb: Token) -> Token | None:
    """The word before a past verb the parser read as a modifier of a noun ("The two
    held talks", "Trump pressed Beijing"); None for any other word."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    return verb.doc[verb.i - 1]


# Numbers that may stand alone as a subject: "The two held talks".
LONE_NUMBERS = frozenset({"two", "three", "four", "five"})


def numbers_read_as_modifiers(doc: Doc) -> None:
    """Repair a bare number the parser read as counting the object: "The two held
    talks for an hour" (read as one phrase, "the two held talks", with no verb in
    the sentence, or as the subject of the verb joined after it: "The three held
    talks ... and later exchanged greetings"; not "the two seized ships were
    Iraqi"). The past verb right after the number heads the clause, the number is
    its subject."""
    for verb in doc:
        noun = verb.head
        number = _before_past_modifier(verb)
        if (
            number is None
            or number.lower_ not in LONE_NUMBERS
            or number.head.i != noun.i
            or noun.i <= verb.i
            or noun.pos_ != "NOUN"
        ):
            continue
        joined = noun.head  # "The three held talks ... and later exchanged greetings"
        joins = [c for c in noun.children if c.dep_ == "cc" and c.i < joined.i]
        if noun.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        elif noun.dep_ == "nsubj" and joined.dep_ == "ROOT" and joined.i > noun.i and joins:
            verb.head, verb.dep_ = verb, "ROOT"
            joined.head, joined.dep_ = verb, "conj"
            joins[-1].head = verb
        else:
            continue
        for word in list(noun.lefts):
            if word.i < number.i and word.dep_ == "det":
                word.head = number  # "The"
        number.head, number.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"


# Dependents that belong to a clause's head rather than to a name in it.
CLAUSE_DEPENDENTS = frozenset(
    {"xcomp", "ccomp", "advcl", "prep", "advmod", "npadvmod", "punct", "cc", "conj", "dobj"}
)


def name_before_past_modifier(verb: Token) -> Token | None:
    """The capitalised word set off before a past verb the parser read as a modifier
    ("Trump pressed", "the North proposed"; not "the Iran-backed militia")."""
    name = _before_past_modifier(verb)
    if name is None or not name.whitespace_ or not name.text[:1].isupper():
        return None
    return name


def finite_verbs_read_as_adjectives(doc: Doc) -> None:
    """Repair a past verb between two names that the parser read as an adjective of
    the second, the first heading a sentence with no verb: "Trump pressed Beijing to
    work hard" (read as "the Trump-pressed Beijing"). The verb heads the clause, the
    first name is its subject, the second its object, and what the parser hung on
    the first name (the "to" clause) is the verb's."""
    for verb in doc:
        named = verb.head
        subject = name_before_past_modifier(verb)
        if (
            subject is None
            or subject.dep_ != "ROOT"
            or subject.pos_ not in ("PROPN", "NOUN")
            or named.pos_ != "PROPN"
            or named.i <= verb.i
            # (the second name's own words between: "Trump pressed Xi Jinping")
            or any(
                doc[i].head.i != named.i or doc[i].dep_ != "compound"
                for i in range(verb.i + 1, named.i)
            )
        ):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for moved in [c for c in subject.children if c.dep_ in CLAUSE_DEPENDENTS]:
            moved.head = verb
        subject.head, subject.dep_ = verb, "nsubj"
        named.head, named.dep_ = verb, "dobj"


def verbs_read_as_modifiers_of_their_object(doc: Doc) -> None:
    """Repair a past verb after a name that the parser read as an adjective of the
    noun after it, that noun heading a sentence with no verb: "On Feb. 28, the North
    proposed Red Cross talks at Panmunjom" (read as "the North-proposed talks"). The
    verb heads the clause, the name is its subject and the noun its object; what
    the parser hung on the noun before the verb, or as a clause after it, is the
    verb's."""
    for verb in doc:
        noun = verb.head
        subject = name_before_past_modifier(verb)
        if (
            subject is None
            or noun.dep_ != "ROOT"
            or noun.pos_ != "NOUN"
            or noun.i <= verb.i
            or subject.head.i not in (verb.i, noun.i)
            or subject.pos_ != "PROPN"
        ):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for moved in [c for c in noun.children if c.i < subject.i or c.dep_ in VERB_CLAUSES]:
            moved.head = subject if moved.dep_ == "det" and moved.i == subject.i - 1 else verb
        subject.head, subject.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"


# Clauses hung on a sentence's head that belong to its verb: "to settle the matter".
VERB_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "punct", "conj", "cc"})


def asides_read_as_the_main_clause(doc: Doc) -> None:
    """Repair an aside after a comma that the parser read as the sentence's main
    clause, with all before it as what that clause's verb says: "Kuwait accused
    Iraq of smuggling oil, a charge Baghdad denies" (read as Baghdad denying that
    Kuwait accused it). The first clause is the main one; "a charge" is an aside
    on it, and "Baghdad denies" a relative clause of the aside's noun, as the
    parser reads "..., a move Pyongyang condemned"."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i]
        if len(clauses) != 1 or len(nouns) != 1:
            continue
        clause, noun = clauses[0], nouns[0]
        first = noun.left_edge
        if (
            first.i == 0
            or doc[first.i - 1].text != ","
            or first.lower_ not in ("a", "an")
            or clause.right_edge.i != first.i - 2
            or not any(c.dep_ == "nsubj" and noun.i < c.i < verb.i for c in verb.children)
        ):
            continue
        clause.head, clause.dep_ = clause, "ROOT"
        for moved in [c for c in verb.children if c.dep_ == "punct"]:
            moved.head = clause
        noun.head, noun.dep_ = clause, "npadvmod"
        verb.head, verb.dep_ = noun, "relcl"


def _third_person_lemma(form: str) -> str:
    """The base form of a verb in "-s": "denies" deny, "dismisses" dismiss, "rejects"."""
    if form.endswith("ies"):
        return form[:-3] + "y"
    if form.endswith(("sses", "shes", "ches", "xes")):
        return form[:-2]
    return form[:-1]


def relative_verbs_read_as_plurals(doc: Doc) -> None:
    """Repair the verb of a relative clause after a name that the tagger took for a
    plural noun: "an accusation Baghdad rejects", "a claim Kuwait disputes", or with
    the claim read into the phrase, ", a charge Beijing rejects" (one noun phrase
    "a charge Beijing rejects"). A state's name before a word in "-s" closing the
    clause of a noun is the subject of that word, a verb in the present."""
    claims = load_lexicon().claim_nouns
    for verb in doc:
        if verb.tag_ != "NNS" or not verb.lower_.endswith("s") or verb.i < 2:
            continue
        name, noun = doc[verb.i - 1], doc[verb.i - 2]
        closing = verb.i + 1 == len(doc) or doc[verb.i + 1].pos_ == "PUNCT"
        if name.pos_ != "PROPN" or name.head.i != verb.i or not closing:
            continue
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in claims:
            pass  # "an accusation Baghdad rejects": the clause is read, its verb is not
        elif noun.lemma_.lower() in claims and noun.head.i == verb.i:
            noun.head, noun.dep_ = verb.head, verb.dep_  # ", a charge Beijing rejects"
            verb.head = noun
            for det in [c for c in verb.children if c.dep_ == "det"]:
                det.head = noun
        else:
            continue
        verb.dep_, verb.tag_, verb.pos_ = "relcl", "VBZ", "VERB"
        verb.lemma_ = _third_person_lemma(verb.lower_)
        name.dep_ = "nsubj"


def subjects_read_into_the_object_before(doc: Doc) -> None:
    """Repair the subject of a second clause that the parser listed with the first
    clause's object: "Iran condemned Iraq and Kuwait imposed sanctions" (read as
    condemning Iraq and Kuwait, and Iran imposing sanctions). A name listed last
    right before a finite verb that has no subject of its own is that verb's
    subject."""
    for verb in doc:
        first = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or first.i >= verb.i
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        name = doc[verb.i - 1]  # the last word of a name, right before the verb
        if name.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN"):
            continue
        listed = name.head
        # (not an agent: "drills staged by Japan and the U.S. began", the parser
        # taking "staged" for the main verb)
        if listed.dep_ != "dobj" or not any(
            c.dep_ == "cc" and listed.i < c.i < name.i for c in listed.children
        ):
            continue
        name.head, name.dep_ = verb, "nsubj"
        for cc in [c for c in listed.children if c.dep_ == "cc" and c.i < name.i]:
            cc.head = first


def past_verbs_joined_to_a_present_relative(doc: Doc) -> None:
    """Repair a past verb the parser joined to a present relative clause: "called the
    firing a provocation that threatens peace and urged the North to stop" (the
    urging is the caller's, not the provocation's). A past verb with no subject of
    its own cannot go on from a present one; it goes on from the verb the relative
    clause's noun hangs on, when that verb is past."""
    for verb in doc:
        clause = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VBD"
            or clause.dep_ != "relcl"
            or clause.tag_ not in ("VBZ", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        governor = clause.head.head
        if governor.tag_ == "VBD" and governor.i < clause.i:
            verb.head = governor


def main_clauses_joined_to_a_should_condition(doc: Doc) -> None:
    """Repair the main clause after an inverted "should" condition that the parser
    joined to the condition as its second verb: "Should the U.S. persist in its
    accusations, the army will strike at the White House" (read as "persist ... and
    will strike"). The later clause, with its own subject, after a comma, is the
    sentence's head; the condition hangs on it."""
    for condition in doc:
        if condition.dep_ != "ROOT" or not inverted_should(condition):
            continue
        main = next(
            (
                c
                for c in condition.children
                if c.dep_ == "conj"
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                and c.left_edge.i > 0
                and doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        if main is None:
            continue
        main.head, main.dep_ = main, "ROOT"
        condition.head, condition.dep_ = main, "advcl"
