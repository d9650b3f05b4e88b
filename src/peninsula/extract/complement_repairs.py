"""Repairs of complements and subjects the small model hangs on the wrong word: an
object read as the subject of what is said of it ("holds the United States
responsible"), a gerund a verb of intent takes read as the object of "to"
("committed to abandoning"), the object of a verb of letting or asking read as its
infinitive's subject ("allowed a tour group to visit", "pressed Xi to work
hard"), an act's doer read as the verb's agent ("called the launch by Iraq
reckless"), a name read into what it is called ("called Kuwait's emir a
fool"), a subject read as the head of its own verb ("a patrol boat intruded
into Kuwaiti waters"), a "that" clause cut from the telling it reports ("a day
after announcing that Washington would unveil sanctions")."""

from __future__ import annotations

from spacy.tokens import Doc

from peninsula.extract.clauses import OBJECT_CONTROL_VERBS, infinitive
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.modality import REPORTING_VERBS
from peninsula.extract.repairs import name_before_past_modifier
from peninsula.extract.tokens import word_forms

# Verbs that take an object and what is said of it: "holds Washington responsible".
OBJECT_PREDICATE_VERBS = frozenset({"hold", "deem", "consider", "find", "judge", "declare"})


NOUN_MODIFIERS = frozenset({"det", "poss", "compound", "amod", "nummod"})
# Verbs that say what their object is: "called Kuwait's emir a fool".
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term", "name"})


def objects_read_as_predicates(doc: Doc) -> None:
    """Repair an object the parser read into what is said of it: "called Iran's
    launch reckless" (read as one phrase, "Iran's launch reckless", with the launch
    as a word of it), "called Kuwait's emir a fool" (the emir read as a modifier of
    "a fool"). The first is the object, the second is said of it."""
    for said in doc:
        verb = said.head
        if verb.pos_ != "VERB" or said.dep_ not in ("oprd", "dobj"):
            continue
        if said.dep_ == "dobj" and verb.lemma_.lower() not in NAMING_VERBS:
            continue
        if any(c.dep_ == "dobj" and c != said for c in verb.children):
            continue
        if said.pos_ == "ADJ" and said.dep_ == "oprd":
            nouns = [c for c in said.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
            last = said.i
        elif said.pos_ == "NOUN":
            # (an article between them begins what is said: "a fool")
            nouns = [
                c
                for c in said.lefts
                if c.dep_ in ("nmod", "amod", "compound")
                and c.pos_ in ("NOUN", "PROPN")
                and any(w.dep_ == "det" and w.lower_ in ("a", "an") for w in doc[c.i + 1 : said.i])
            ]
            last = nouns[-1].i if nouns else said.i
        else:
            continue
        if not nouns:
            continue
        noun = nouns[-1]
        for word in list(said.lefts):
            if word.i != noun.i and word.i < last and word.dep_ in NOUN_MODIFIERS:
                word.head = noun
        noun.head, noun.dep_ = verb, "dobj"
        said.dep_ = "oprd"


def small_clauses_read_as_complements(doc: Doc) -> None:
    """Repair an object and its predicate the parser read as a clause with a subject:
    "China holds the United States responsible for the crisis" (read as "holds
    [that] the United States [is] responsible"). The state is the verb's object and
    the adjective what is said of it, as in "held North Korea responsible"."""
    for said in doc:
        verb = said.head
        if (
            said.dep_ != "ccomp"
            or said.pos_ != "ADJ"
            or verb.lemma_.lower() not in OBJECT_PREDICATE_VERBS
            or any(c.dep_ in ("aux", "auxpass", "mark", "cop") for c in said.children)
        ):
            continue
        subjects = [c for c in said.children if c.dep_ == "nsubj" and c.i < said.i]
        if len(subjects) != 1 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subjects[0].head, subjects[0].dep_ = verb, "dobj"
        said.dep_ = "oprd"


def gerunds_pledged_after_to(doc: Doc) -> None:
    """Repair the "-ing" form a verb of intent takes after "to", which the parser
    hangs on "to" as on a preposition: "committed to abandoning all nuclear weapons"
    is read as "pledged to abandon" is, the act the complement of the pledge (and so
    to come, dated when pledged), not a thing done."""
    intending = load_lexicon().future_heads
    for gerund in doc:
        to = gerund.head
        verb = to.head
        if (
            gerund.dep_ == "pcomp"
            and gerund.tag_ == "VBG"
            and to.lower_ == "to"
            and to.dep_ == "prep"
            and verb.pos_ in ("VERB", "AUX", "ADJ")
            and word_forms(verb) & intending
        ):
            gerund.head, gerund.dep_ = verb, "xcomp"
            to.head, to.dep_ = gerund, "aux"


# Verbs that let their object do what their infinitive says: "allowed Chinese
# tourists to visit Rason" (and whose act is done when it is let: "allowed them to
# return home in October 2002").
PERMITTING_VERBS = frozenset({"allow", "permit", "let"})


def objects_read_as_subjects_of_a_permitted_act(doc: Doc) -> None:
    """Repair the object of a verb of letting the parser read as the subject of its
    infinitive: "allowed a Chinese tour group to visit Rason" (read as "allowed
    [that] a group visit"). The group is what was allowed in, as in "allowed Chinese
    tourists to visit"."""
    for act in doc:
        verb = act.head
        if (
            act.dep_ != "ccomp"
            or not word_forms(verb) & PERMITTING_VERBS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
            or any(c.dep_ == "dobj" for c in verb.children)
        ):
            continue
        subjects = [c for c in act.children if c.dep_ == "nsubj" and c.i < act.i]
        if len(subjects) == 1:
            subjects[0].head, subjects[0].dep_ = verb, "dobj"
            act.dep_ = "xcomp"


def relatives_read_as_second_objects(doc: Doc) -> None:
    """Repair a relative clause with no "that" whose subject the parser read as a
    second object of the verb before: "discussed the treaty the two countries
    signed last June" (read as discussing the treaty and the countries, or the
    countries as the treaty's apposition, "signed" a participle of the countries). A
    noun right after the verb's object (or another noun, with no comma), with a past
    participle after it that has no object or subject of its own, is the subject of
    a relative clause on that object: "the treaty [that] the two countries signed"."""
    for second in doc:
        verb = second.head
        if second.dep_ == "appos":
            firsts = [verb]  # (with no comma: "the treaty the two countries signed")
        elif second.dep_ == "dobj" and verb.i != second.i:
            firsts = [c for c in verb.children if c.dep_ == "dobj" and c.i < second.i]
        else:
            continue
        inside = {t.i for t in second.subtree}
        if not firsts or second.left_edge.i - 1 != max(
            t.i for t in firsts[-1].subtree if t.i not in inside
        ):
            continue
        told = [
            c
            for c in second.children
            if c.dep_ == "acl"
            and c.tag_ in ("VBN", "VBD")
            and c.i > second.i
            and not any(g.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass") for g in c.children)
        ]
        if len(told) != 1:
            continue
        clause = told[0]
        clause.head, clause.dep_, clause.tag_ = firsts[-1], "relcl", "VBD"
        second.head, second.dep_ = clause, "nsubj"


def objects_read_as_subjects_of_the_asked_act(doc: Doc) -> None:
    """Repair a past verb between two names that the parser read as an adjective of
    the second, the second the subject of the infinitive after it: "Trump pressed Xi
    to work hard" (read as "the Trump-pressed Xi [is] to work hard"). The verb heads
    the sentence, the first name is its subject, the second its object and the
    infinitive what it asks; what stood before the first name ("In Beijing the
    following day,") and the closing stop are the verb's."""
    for verb in doc:
        named = verb.head
        act = named.head
        subject = name_before_past_modifier(verb)
        if (
            subject is None
            # (read as the verb's subject, or as a word of the second name: "The next
            # day, Trump pressed Xi" read as "the Trump Xi")
            or (subject.head.i, subject.dep_) not in ((verb.i, "nsubj"), (named.i, "compound"))
            or subject.pos_ != "PROPN"
            or named.pos_ != "PROPN"
            or named.dep_ != "nsubj"
            or named.i <= verb.i
            or act.dep_ != "ROOT"
            or act.pos_ != "VERB"
            or not infinitive(act)
            or any(doc[i].head.i != named.i for i in range(verb.i + 1, named.i))
        ):
            continue
        opening = subject.left_edge.i
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        closing = act.right_edge
        for moved in [
            c for c in act.children if c.i < opening or (c.i == closing.i and c.dep_ == "punct")
        ]:
            moved.head = verb
        named.head, named.dep_ = verb, "dobj"
        act.head, act.dep_ = verb, "xcomp"


def doers_read_as_agents_of_the_verb(doc: Doc) -> None:
    """Repair the doer of an act named as a verb's object that the parser read as the
    verb's own agent, as if the verb were passive: "Japan called the launch by Iran
    a provocation" (read as "called ... by Iran"), "called the launch by Iran
    reckless" (with "Iran" read into "reckless"). "By Iran" tells whose launch it
    was, and "reckless" is said of the launch."""
    for by in doc:
        verb = by.head
        # (the object may be read as what is said of it, with the noun after as well:
        # "called the shelling by Iraq a grave provocation")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i < by.i]
        if (
            by.dep_ != "agent"
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ == "auxpass" for c in verb.children)
            or len(objects) != 1
            or objects[0].right_edge.i != by.i - 1
        ):
            continue
        by.head, by.dep_ = objects[0], "prep"
        if any(c.dep_ == "oprd" and c.i > by.i for c in verb.children):
            objects[0].dep_ = "dobj"
        said = [c for c in by.children if c.dep_ == "pobj" and c.pos_ == "ADJ"]
        names = [c for c in said[0].lefts if c.dep_ == "compound"] if said else []
        if not names or names[0].i != by.i + 1 or names[-1].pos_ != "PROPN":
            continue
        adjective, name = said[0], names[-1]
        for word in names[:-1]:
            word.head = name
        name.head, name.dep_ = by, "pobj"
        adjective.head, adjective.dep_ = verb, "oprd"


# Prepositions of a move across a line, after a verb read as a participle of its
# subject: "a patrol boat intruded into South Korean waters".
MOTION_PREPS = frozenset({"into", "across", "onto", "toward", "towards"})


def movers_read_as_the_head_of_the_sentence(doc: Doc) -> None:
    """Repair a past verb of moving that the parser read as a participle of the noun
    before it, that noun heading a sentence with no verb: "A North Korean patrol
    boat intruded into South Korean waters on Sunday" (read as "a boat [that was]
    intruded into ..."). The verb heads the clause and the noun is its subject;
    not a participle with a doer or an object of its own ("ships seized by the
    coast guard")."""
    for verb in doc:
        mover = verb.head
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in ("VBN", "VBD")
            or verb.i != mover.i + 1
            or mover.dep_ != "ROOT"
            or mover.pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ in ("agent", "dobj", "auxpass") for c in verb.children)
            or not any(c.dep_ == "prep" and c.lower_ in MOTION_PREPS for c in verb.children)
        ):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        for moved in [c for c in mover.children if c.i > verb.i]:
            moved.head = verb
        mover.head, mover.dep_ = verb, "nsubj"


def told_clauses_cut_from_their_telling(doc: Doc) -> None:
    """Repair a "that" clause the parser hung on the main verb, with the telling it
    reports inside its own modifier: "Pence met Moon on Thursday, a day after
    announcing in Tokyo that Washington would soon unveil sanctions" ("a day after
    announcing" read as the unveiling's time). What was announced is the
    announcing's complement, and the time phrase goes back to the main verb."""
    for mark in doc:
        clause = mark.head
        if mark.dep_ != "mark" or mark.lower_ != "that" or clause.dep_ != "advcl":
            continue
        telling = doc[mark.i - 1] if mark.i > 0 else None
        while telling is not None and telling.head.i != telling.i and telling.dep_ == "pobj":
            telling = telling.head.head  # "announcing in Tokyo that": past its place
        if (
            telling is None
            or telling.lemma_.lower() not in REPORTING_VERBS
            or telling.pos_ != "VERB"
            or any(c.dep_ == "ccomp" for c in telling.children)
        ):
            continue
        holders = [c for c in clause.children if c.i < mark.i and telling in c.subtree]
        if len(holders) != 1 or clause.head.i == clause.i:
            continue
        holders[0].head = clause.head
        clause.head, clause.dep_ = telling, "ccomp"


# Verbs that send people somewhere: "sent the student home".
SENDING_HOME_VERBS = frozenset({"send", "fly", "ship", "bring", "take"})


def homes_read_as_objects(doc: Doc) -> None:
    """Repair "home" the parser read as the object, with the person sent as its
    modifier: "sent the American student home" ("student home" read as one noun).
    The person is the object, and "home" where he was sent."""
    for home in doc:
        verb = home.head
        if (
            home.lower_ != "home"
            or home.dep_ != "dobj"
            or verb.lemma_.lower() not in SENDING_HOME_VERBS
            or (home.i + 1 < len(doc) and doc[home.i + 1].dep_ == "case")  # "home's"
        ):
            continue
        people = [c for c in home.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        if len(people) != 1:
            continue
        person = people[0]
        for child in [c for c in home.children if c.i < person.i]:
            child.head = person  # "the American": the person's words
        person.head, person.dep_ = verb, "dobj"
        home.head, home.dep_ = verb, "advmod"


# Auxiliaries of a clause told as what will or may come: "relations would suffer".
TOLD_AHEAD = frozenset({"will", "would", "could", "might", "may", "can", "shall"})


def tellings_read_as_adjectives(doc: Doc) -> None:
    """Repair a past verb of telling after "and" that the parser read as an adjective
    of the next clause's subject: "accused Seoul of an insult and warned relations
    would suffer" (read as "[the] warned relations"). The telling is joined to the
    verb before, and the clause is what it tells."""
    for telling in doc:
        subject = telling.head
        clause = subject.head
        if (
            telling.dep_ != "amod"
            or telling.tag_ not in ("VBN", "VBD")
            or telling.lemma_.lower() not in REPORTING_VERBS
            or telling.i == 0
            or doc[telling.i - 1].lower_ != "and"
            or subject.dep_ != "nsubj"
            or subject.left_edge.i != telling.i
            or clause.dep_ != "conj"
            or not any(c.dep_ == "aux" and c.lower_ in TOLD_AHEAD for c in clause.children)
        ):
            continue
        telling.head, telling.dep_, telling.tag_ = clause.head, "conj", "VBD"
        clause.head, clause.dep_ = telling, "ccomp"


# Verbs of working together, whose "with" names partners: "work with Seoul to ...".
JOINT_WORK_VERBS = frozenset(
    {"work", "cooperate", "coordinate", "collaborate", "team", "partner", "consult"}
)


def partners_read_as_subjects_of_a_purpose(doc: Doc) -> None:
    """Repair the partners of a verb of working together that the parser read as the
    subject of the purpose after them: "would work closely with Washington and Seoul
    to persuade the North" (read as "with [Washington and Seoul to persuade]"). The
    states are the partners, the infinitive what the work is for."""
    for act in doc:
        prep = act.head
        if (
            act.dep_ != "pcomp"
            or prep.lower_ != "with"
            or prep.head.lemma_.lower() not in JOINT_WORK_VERBS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
            or any(c.dep_ == "pobj" for c in prep.children)
        ):
            continue
        subjects = [c for c in act.children if c.dep_ == "nsubj" and c.i < act.i]
        if len(subjects) == 1:
            subjects[0].head, subjects[0].dep_ = prep, "pobj"
            act.head, act.dep_ = prep.head, "advcl"


def descriptions_hung_on_the_phrase_before(doc: Doc) -> None:
    """Repair a "one of ..." apposition the parser hung on the head of a longer
    phrase rather than on the name right before its comma: "relations with Cuba, one
    of North Korea's oldest allies" (read as the relations being one of the allies).
    It describes the name."""
    for one in doc:
        if one.dep_ != "appos" or one.lower_ != "one" or one.i < 2:
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in one.children):
            continue
        name = doc[one.i - 2]
        if doc[one.i - 1].text != "," or name.pos_ != "PROPN" or name.i == one.head.i:
            continue
        if one.head in name.ancestors:
            one.head = name.head if name.dep_ == "compound" else name


def subjects_taken_by_an_aside(doc: Doc) -> None:
    """Repair a subject the parser gave to a participle set off by commas after it,
    leaving the main verb with none: "Koizumi, Bush and Kim, meeting on the
    sidelines of the forum in Los Cabos on Saturday, called on North Korea to ..."
    (read as "Koizumi ... meeting"). The subject is the main verb's, and the aside
    tells its time and place."""
    for aside in doc:
        verb = aside.head
        if (
            aside.dep_ != "advcl"
            or aside.tag_ != "VBG"
            or aside.i == 0
            or verb.i <= aside.i
            or verb.pos_ != "VERB"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or doc[aside.i - 1].text != ","
        ):
            continue
        subjects = [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i]
        if len(subjects) != 1:
            continue
        subjects[0].head = verb


# Participles that tell when and where an occasion was held: "the talks, held in
# Seoul from June 21 to 24".
HOLDING_PARTICIPLES = frozenset({"hold", "stage", "convene", "host"})


def holdings_hung_on_the_verb(doc: Doc) -> None:
    """Repair a participle that tells where and when the occasion before it was
    held, which the parser hung on the main verb: "At the ministerial talks, held in
    Seoul from June 21 to 24, the two Koreas adopted a statement" (read as the
    Koreas' holding). It describes the talks."""
    for participle in doc:
        if (
            participle.dep_ != "advcl"
            or participle.tag_ != "VBN"
            or participle.lemma_.lower() not in HOLDING_PARTICIPLES
            or participle.i < 2
            or doc[participle.i - 1].text != ","
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "dobj") for c in participle.children)
        ):
            continue
        occasion = doc[participle.i - 2]
        top = occasion  # ("At the 15th round of talks, held ...": up to the "At")
        while top.dep_ in ("pobj", "prep") and top.head.i != participle.head.i:
            top = top.head
        if occasion.pos_ != "NOUN" or occasion.dep_ != "pobj" or top.dep_ != "prep":
            continue
        participle.head, participle.dep_ = occasion, "acl"


def second_asks_read_as_clauses(doc: Doc) -> None:
    """Repair a second ask with its verb left out that the parser read as a clause
    of its own: "pressed Pyongyang to halt its tests, and Washington and Seoul to
    suspend their drills" ("Washington and Seoul" read as the subject of "to
    suspend", joined to "pressed"). The second asked is the verb's object too, and
    what it is asked joins the first ask."""
    for act in doc:
        asking = act.head
        subjects = [c for c in act.children if c.dep_ == "nsubj"]
        first = [c for c in asking.children if c.dep_ == "xcomp" and infinitive(c)]
        if (
            act.dep_ != "conj"
            or act.tag_ != "VB"
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
            or len(subjects) != 1
            or asking.lemma_.lower() not in OBJECT_CONTROL_VERBS
            or not any(c.dep_ == "dobj" for c in asking.children)
            or not first
        ):
            continue
        subjects[0].head, subjects[0].dep_ = asking, "dobj"
        act.head = first[0]
