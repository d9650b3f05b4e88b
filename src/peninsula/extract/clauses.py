"""The clauses around a verb: its subject, through coordination, control and the
parser's slips ("urged Seoul to resume talks": Seoul resumes), and who means to
do what an intent noun's clause says ("Seoul's decision to resume aid")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.tokens import DATELINE_DASHES, STATEMENT_NOUNS, first_conjunct, word_forms

# Verbs whose object does the complement: "urged Seoul to resume talks".
OBJECT_CONTROL_VERBS = frozenset(
    {
        "urge",
        "ask",
        "call",
        "press",
        "order",
        "force",
        "allow",
        "permit",
        "invite",
        "encourage",
        "persuade",
        "tell",
        "help",
        "request",
        "demand",
        "push",
        "compel",
        "enable",
        "expect",
        "prompt",  # "the test prompted Japan to impose sanctions"
        "lead",
        "spur",
        *("warn", "caution", "counsel", "advise"),  # "warned Tehran not to attack Iraq"
    }
)
# Verbs whose subject does their "to" complement: "threatened to close the office".
SUBJECT_CONTROL_VERBS = frozenset(
    {
        *("threaten", "vow", "pledge", "promise", "agree", "decide", "plan", "offer"),
        *("intend", "seek", "aim", "attempt", "try", "prepare", "refuse", "hope", "commit"),
    }
)
# Object-control verbs that ask the object to act: "urged Seoul to resume talks".
REQUESTING_VERBS = frozenset(
    {"urge", "ask", "call", "press", "request", "demand", "encourage", "persuade", "push", "invite"}
)
# Passives whose subject does their "to" clause's act: "is expected to impose",
# "is believed to have tested", "was forced to close" (not "is entitled to").
RAISING_PASSIVES = frozenset(
    {
        "expect",
        "believe",
        "say",
        "report",
        "think",
        "understand",
        "know",
        "see",
        "schedule",
        "slate",
        "set",
        "plan",
        "force",
        "ask",
        "urge",
        "order",
        "require",
        "compel",
        "suppose",
        "allege",
        "claim",
        "consider",
    }
)


def infinitive(token: Token) -> bool:
    """True for a word "to" makes a verb, whatever the tagger says: "ready to
    pre-emptively attack" (not "to the attack", where "to" is a preposition)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def complement_governor(verb: Token) -> Token:
    """The verb a chain of "to" clauses and coordinated verbs hangs from: "agreed" in
    "agreed to boost cooperation and to hold events"; the verb itself if none."""
    governor = verb
    while governor.dep_ in ("xcomp", "conj") and governor.head.i != governor.i:
        governor = governor.head
    return governor


def controlled(clause: Token) -> bool:
    """True for a verb's "to" complement, which the parser may also hang as an
    adverbial clause: "called on China on Wednesday to use its influence",
    "press it to end its programme" (not "requested talks, only to be refused",
    nor the purpose in "suspended operations to punish Pyongyang")."""
    if clause.dep_ == "xcomp":
        return True
    if clause.dep_ != "advcl" or not infinitive(clause):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children):
        return False  # "requested talks, only to be refused": a result, not a complement
    asker = clause.head
    if asker.lemma_.lower() in SUBJECT_CONTROL_VERBS:
        return True  # "threatened on Thursday to close the office"
    # "suspended operations to punish Pyongyang": a purpose, which no asking verb governs
    return asker.lemma_.lower() in OBJECT_CONTROL_VERBS and bool(asked(asker))


def _verbless_subject(verb: Token) -> Token | None:
    """The subject of a sentence whose verb the parser hung on its subject as a
    modifier: "A delegation led by Liu, member of ..., left here for home", "Trump
    called North Korea a rogue state" (the sentence's root is a noun, and the verb
    has no "by" of its own, and follows a comma or takes an object, which a
    participle modifying a noun does not)."""
    root = verb.sent.root
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or root.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return None
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if not after_comma and not any(c.dep_ == "dobj" for c in verb.children):
        return None
    # the noun phrase that heads the sentence, or stands beside a dateline heading it
    return next((a for a in verb.ancestors if a == root or a.head == root), None)


# Verbs of speech that a report's parser may coordinate with what was said: "said
# that the suspension was a declaration of war and accused Park of ...".
SAYING_VERBS = frozenset({"say", "state", "tell", "declare", "claim", "insist", "sneer", "scoff"})
ACCUSING_VERBS = frozenset(
    {"accuse", "blame", "condemn", "denounce", "urge", "warn", "slam", "call", "brand"}
)


def _speaker_before(participle: Token) -> Token | None:
    """The subject of the relative clause of saying that a participle of saying
    follows: "plan to hold an exercise, which the North's foreign ministry denounced
    as a breach, warning that it could ..." (the parser hangs "warning" on "plan")."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    if participle.lemma_.lower() not in SAYING_VERBS | ACCUSING_VERBS:
        return None
    if participle.i < 2 or not participle.doc[participle.i - 1].is_punct:
        return None
    within = {t.i for t in participle.head.subtree}
    clause = next(
        (
            a
            for a in participle.doc[participle.i - 2].ancestors
            # (the parser may make the clause an adverbial one, its "which" kept)
            if a.dep_ in ("relcl", "advcl")
            and any(c.tag_ in ("WDT", "WP") for c in a.children)
            and a.i in within
        ),
        None,
    )
    if clause is None or clause.lemma_.lower() not in SAYING_VERBS | ACCUSING_VERBS:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _past_dateline(subjects: list[Token]) -> Token:
    """The subject after a dateline the parser read as a first subject: in "MOSCOW
    (Reuters) - Iraq's president arrived", the president."""
    first = subjects[0]
    if len(subjects) > 1:
        between = first.doc[first.i + 1 : subjects[1].left_edge.i]
        if any(t.text in DATELINE_DASHES for t in between):
            return subjects[1]
    return first


def _past_beside_modal(verb: Token) -> bool:
    """True for a past verb the parser joined to a "would" clause it cannot belong to
    ("would violate ... and urged"): it goes with the verb that said the clause."""
    return verb.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "may", "must")
        for c in verb.head.children
    )


# Words that open a time clause the parser may head with its subject's name.
TIME_CLAUSE_WORDS = frozenset({"when", "as", "after", "before", "while"})


def _name_read_as_clause(verb: Token) -> Token | None:
    """The subject of a verb the parser joined to the main clause when a long
    apposition split it from its name: in "the mood of Oct. 4, when Hwang, director
    of ..., arrived at Incheon" the name heads the "when" clause and "arrived" is
    joined to "stand"."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "advcl"
            and c.pos_ == "PROPN"
            and verb.head.i < c.i < verb.i
            and any(g.dep_ == "advmod" and g.lower_ in TIME_CLAUSE_WORDS for g in c.children)
        ),
        None,
    )


def subject_of(verb: Token) -> tuple[Token | None, bool, bool]:
    """Return ``(subject, passive, inherited)`` of a verb, climbing coordination and control."""
    current = verb
    inherited = False
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.lemma_.lower() in SAYING_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and (
            # what was said is a judgement, not an act
            (verb.lemma_.lower() in ACCUSING_VERBS and verb.head.lemma_ == "be")
            or _past_beside_modal(verb)
        )
    ):
        # "X said that the suspension was a declaration of war and accused Park",
        # "said any cooperation would violate the resolutions and urged Moscow to
        # act": the sayer accuses and urges, not the suspension or the cooperation
        current = verb.head.head
        inherited = True
    fronted = _fronted_relative_subject(verb)
    if fronted is not None:
        return fronted, False, True
    speaking = _speaker_before(verb)
    if speaking is not None:
        return speaking, False, True
    named = _name_read_as_clause(verb)
    if named is not None:
        return named, False, False
    for _ in range(4):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in current.children)
        for child in current.children:
            if child.dep_ == "agent":
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj[0], False, inherited
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return _past_dateline(subjects), False, inherited
        if participle_beside_told_passive(verb, current):
            # "told parliament that the lines would be reconnected, while scorning
            # the offer": the parser hangs the participle on the told clause; the
            # teller scorns
            current = current.head
            inherited = True
            continue
        for child in current.children:
            if child.dep_ == "nsubjpass":
                if current is not verb and passive and current.lemma_.lower() in RAISING_PASSIVES:
                    # "the Council is expected to impose", "the North is believed to
                    # have tested": the subject of the passive does the clause's act
                    return child, False, inherited
                return None, True, inherited
        if controlled(current) and current.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            objects = [c for c in current.head.children if c.dep_ == "dobj"]
            # "called on Pyongyang to return to talks": Pyongyang returns
            objects += [o for o in asked(current.head) if o not in objects]
            if objects:
                return objects[0], passive, True
        if current.dep_ == "advcl" and intent_noun(current) is not None:
            return intender(current), False, True  # "blocked a U.S. push to tighten ..."
        # "is ready to attack": through the adjective to the subject of "is"
        # ('called the statement "rude," warning that ...': a participle the parser
        # left as "dep" after quotation marks, on the verb it goes with)
        participle = current.dep_ == "dep" and current.tag_ == "VBG"
        if (
            current.dep_ == "acl"
            and current.tag_ == "VBG"
            and current.head.dep_ == "pobj"
            and current.head.head.lower_ == "as"
            and current.nbor(-1).is_punct
        ):
            # ('slammed the relisting as a "serious provocation," warning that ...': a
            # participle the parser hung on the noun of "as", after a comma)
            current = current.head.head.head
            inherited = True
            continue
        # ("went so far as to slander": through the adverb the clause hangs on)
        adverb = current.dep_ == "advmod" and current.pos_ == "ADV" and current is not verb
        if (
            current.dep_ in ("xcomp", "conj", "advcl", "acomp") or participle or adverb
        ) and current.head is not current:
            current = current.head
            inherited = True
            continue
        if current.dep_ == "relcl":
            return current.head, passive, True
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ == "PROPN":
            # "Kelly, visiting Seoul on Monday, hinted ...": the one named does it
            return current.head, passive, True
        if current.dep_ == "pcomp" and current.head.head.i != current.head.i:
            objects = [c for c in current.head.head.children if c.dep_ == "dobj"]
            if current.head.lower_ in ("for", "of", "against", "from") and objects:
                # "punish North Korea for conducting a test", "accused Seoul of
                # sending drones": the one punished or accused did it; "warned
                # Tehran against attacking Iraq", "stop defectors from sending
                # leaflets": the one warned or stopped would do it
                return objects[0], passive, True
            # "launched a rocket after conducting a test": the main clause's subject
            current = current.head.head
            inherited = True
            continue
        verbless = _verbless_subject(current)
        if verbless is not None:
            return verbless, False, inherited
        if current.dep_ == "acl" and current.tag_ == "VBG":
            maker = _words_maker(current.head)
            if maker is not None:
                # "ignored a Security Council statement warning it": the Council warns
                return maker, False, True
        if current.dep_ == "acl" and passive is False:
            return intender(current), False, True
        break
    if verb.dep_ == "conj":
        # A coordinated verb the parser hung on the wrong head ("express concern
        # at ... flouting ..., and condemn it"): fall back to the sentence's subject.
        root = verb.sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
        if subjects:
            return subjects[0], False, True
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded, False, True
    return None, False, inherited


def participle_beside_told_passive(verb: Token, current: Token) -> bool:
    """True when ``current`` is a passive "that" clause a participle set off by a
    comma after it (``verb``) hangs on, which names no doer of its own."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i == current.i
        and current.dep_ == "ccomp"
        and current.i < verb.i
        and verb.doc[verb.i - 1].text in (",", "while", "whilst")
        and any(c.dep_ == "nsubjpass" for c in current.children)
        and not any(c.dep_ == "agent" for c in current.children)
    )


def _fronted_relative_subject(verb: Token) -> Token | None:
    """The state a sentence opens with, set off by a relative clause, for a finite
    verb right after a comma that the parser gave no subject: "China, which fears
    the radar could be used to spy on it, summoned ..." (the parser hangs "China"
    on "used", or nowhere)."""
    sentence = verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < sentence.start + 3:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if not verb.doc[verb.i - 1].is_punct or verb.doc[verb.i - 1].text != ",":
        return None
    for token in sentence:
        if token.pos_ != "PROPN":
            break
        relatives = [c for c in token.children if c.dep_ == "relcl"]
        if not relatives:
            continue
        clause = {t.i for t in relatives[0].subtree}
        opener = verb.doc[token.i + 1 : token.i + 3]
        if opener[0].text == "," and opener[1].lower_ in ("which", "who") and verb.i not in clause:
            return token
        break
    return None


# Links by which the parser may hang a sentence's subject inside a phrase before
# its verb: "In a statement carried by state media, Kim Yo Jong, the sister of
# leader Kim Jong Un, warned ..." ("Kim Yo Jong" a conjunct of "media").
STRANDING_DEPS = frozenset({"pobj", "prep", "appos", "compound", "amod", "poss"})


def _stranded_subject(verb: Token) -> Token | None:
    """The noun phrase just before a finite root verb the parser gave no subject:
    the last phrase before it, climbed out of its appositions and prepositions."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    if before < verb.sent.start or verb.doc[before].pos_ not in ("PROPN", "NOUN"):
        return None
    token = verb.doc[before]
    for _ in range(8):
        if token.dep_ not in STRANDING_DEPS or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ in ("PROPN", "NOUN") and token.i < verb.i else None


def asked(verb: Token) -> list[Token]:
    """Whom an object-control verb asks: "urged Seoul to ...", "called on China to
    help" (not "called his counterpart to discuss it", a phone call)."""
    if verb.lemma_.lower() != "call":
        return [c for c in verb.children if c.dep_ == "dobj"]
    # "called on China", not "On Nov. 2, Tillerson called Lavrov" or "called him on Monday"
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i > verb.i
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
    ]


# Verbs whose "not to" (or "that ... not") clause asks a state to refrain.
REFRAIN_ASKING_VERBS = REQUESTING_VERBS | {"tell", "warn"}


def asked_not_to(verb: Token) -> bool:
    """True for an act a state is asked not to do: "told him plainly not to launch
    missiles", "demanded that Pyongyang not conduct any further test". The request
    is the event; the act was neither done nor refused."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    current = first_conjunct(verb)
    head = current.head.lemma_.lower()
    return head in REFRAIN_ASKING_VERBS and (controlled(current) or current.dep_ == "ccomp")


# Words that open a question: "Will Xi visit Pyongyang?", "Did Seoul agree?".
QUESTION_OPENERS = frozenset(
    {
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
    }
)


def put_as_question(verb: Token) -> bool:
    """True for the main verb of a question asked outright, which tells no act: "Will
    President Xi visit Pyongyang?" (but not what it takes as known: "Is it linked to
    the latest launch?")."""
    sentence = verb.sent
    words = [t for t in sentence if not t.is_punct and t.lower_ not in ("q", "question")]
    if not sentence.text.rstrip().endswith("?") or not words:
        return False
    if words[0].lower_ not in QUESTION_OPENERS:
        return False
    main = first_conjunct(verb)
    while main.dep_ in ("xcomp", "ccomp") and main.head.i != main.i:
        main = main.head
    return main.dep_ == "ROOT"


def intent_noun(clause: Token) -> Token | None:
    """The intent noun whose "to" clause this is ("a decision to deploy"), if any;
    also where the parser hangs the clause on the verb of the noun just before it
    ("blocked a U.S. push to tighten sanctions")."""
    if not infinitive(clause):
        return None
    intents = load_lexicon().intent_nouns
    if clause.dep_ == "acl" and clause.head.lemma_.lower() in intents:
        return clause.head
    if clause.dep_ == "advcl":
        for noun in clause.head.children:
            between = clause.doc[noun.right_edge.i + 1 : clause.left_edge.i]
            if (
                noun.dep_ == "dobj"
                and noun.lemma_.lower() in intents
                # ("their proposal last month to restore the lines": a date between)
                and all(t.ent_type_ in ("DATE", "TIME") for t in between)
            ):
                return noun
    return None


# Participles that make the state named with them the owner of an intent: "a
# U.S.-led push", "a Japan-drafted proposal".
LEADING_PARTICIPLES = frozenset({"led", "backed", "drafted", "sponsored", "proposed"})


def _named_owner(noun: Token) -> Token | None:
    """A state or body that a noun's modifiers name as its owner: "a U.S. push", "a
    Chinese proposal", "a U.S.-led effort", "a bid by Japan" (not "a peace proposal")."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in OWNER_ENTITIES:
            return child
        if child.dep_ == "prep" and child.lower_ == "by":  # "a push by France to ..."
            agents = [g for g in child.children if g.dep_ == "pobj"]
            if agents:
                return agents[0]
        if child.dep_ == "amod" and child.lower_ in LEADING_PARTICIPLES:
            named = [g for g in child.children if g.ent_type_ in OWNER_ENTITIES]
            if named:
                return named[0]
    return None


def _words_maker(noun: Token) -> Token | None:
    """Who made a statement or letter: "Iraq's statement", "a Security Council
    statement", "a statement by Iraq"."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners[0] if owners else _named_owner(noun)


# Entity kinds that may own an intent: states, peoples, and bodies.
OWNER_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def intender(clause: Token) -> Token | None:
    """Who means to do a "to" clause on an intent noun: "Seoul's decision to resume
    aid", "the allies made a final decision to deploy THAAD"."""
    noun = intent_noun(clause)
    if noun is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if noun.lemma_.lower() in load_lexicon().invitation_nouns:
        owners = []  # "accepted Moon's invitation to visit": the one who accepts visits
    # "the enemy announced their plan to stage drills": "their" is the subject's
    if owners and owners[0].pos_ != "PRON":
        return owners[0]
    named = _named_owner(noun) if not owners else None
    if named is not None and noun.lemma_.lower() not in load_lexicon().invitation_nouns:
        return named  # "China blocked a U.S. push to tighten sanctions": the U.S.'s
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        subject, _passive, _inherited = subject_of(noun.head)
        if owners and owners[0].lower_ in ("his", "her") and subject is not None:
            if subject.tag_ == "NNS" or subject.lower_ == "they":
                return owners[0]  # "the envoys conveyed his wish to meet Trump": not theirs
        return subject
    return owners[0] if owners else None


def agents(verb: Token) -> list[Token]:
    """The heads of a passive's "by" phrases."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def doers_told(clause: Token) -> list[Token]:
    """Who did what a clause on a noun tells: the "by" of a participle ("the drills
    staged by Seoul"), the subject of a relative clause of staging or proposing ("the
    drills which Seoul began", "the plan Iran had proposed"; not "the launch Japan
    called a provocation")."""
    if clause.dep_ != "relcl":
        return agents(clause)
    lexicon = load_lexicon()
    if not word_forms(clause) & (lexicon.light_verbs | lexicon.proposing_verbs):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]


# Means by which states speak, which the parser may take for a passive's doer:
# "Biden and Kishida spoke by phone" (the phone did not speak).
MEANS_NOUNS = frozenset(
    {"phone", "telephone", "video", "videoconference", "teleconference", "letter"}
    | {"email", "e-mail", "mail", "cable", "fax", "hotline", "messenger", "videolink"}
)


def means_not_agents(doc: Doc) -> None:
    """Relabel as a plain preposition a "by" the parser took for a passive's doer
    when its object is a means of talking: "spoke by phone and condemned the launch"."""
    for token in doc:
        if token.dep_ == "agent" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in MEANS_NOUNS for g in token.children
        ):
            token.dep_ = "prep"


# Verbs of intent the tagger may read as a noun heading the sentence: "The US and
# South Korea plan to hold joint drills next month".
INTENT_VERBS_AS_NOUNS = frozenset({"plan", "aim", "vow", "pledge", "promise", "hope", "intend"})


def verbs_read_as_nouns(doc: Doc) -> None:
    """Repair a verb of intent the parser took for a noun heading the sentence, the
    states before it for its modifiers: "The US and South Korea plan to hold drills"
    (the states become its subject, the word a present-tense verb)."""
    for token in doc:
        if (
            token.dep_ != "ROOT"
            or token.tag_ not in ("NN", "NNS")
            or token.lemma_.lower() not in INTENT_VERBS_AS_NOUNS
            or not any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in token.children
            )
        ):
            continue
        doers = [
            c
            for c in token.children
            if c.i < token.i and c.dep_ in ("nmod", "compound") and c.tag_ in ("NNP", "NNPS")
        ]
        if len(doers) == 1 and not any(c.dep_ == "nsubj" for c in token.children):
            doers[0].dep_ = "nsubj"
            token.tag_, token.pos_ = "VBP", "VERB"


def main_verbs_read_as_modifiers(doc: Doc) -> None:
    """Repair a past verb the parser hung on the subject before it as its modifier:
    "The committee called Seoul's decision a declaration of war and said ..." (read
    as "the committee [that was] called ..."). A verb the tagger holds finite
    (VBD, not the participle VBN) right after its noun, with an object, heads the
    clause; the noun is its subject, and a verb the noun's "and" joins goes on
    from it."""
    for verb in doc:
        subject = verb.head
        if (
            verb.dep_ != "acl"
            or verb.tag_ != "VBD"
            or verb.i != subject.i + 1
            or subject.pos_ not in ("NOUN", "PROPN")
            or subject.dep_ not in ("nsubj", "ROOT")
            or not any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
        ):
            continue
        joined = subject.head if subject.dep_ == "nsubj" else None
        joins = [c for c in subject.children if c.dep_ == "cc" and c.i > verb.right_edge.i]
        if joined is not None and (not joins or joined.i < verb.i):
            continue  # a modifier after all: "the envoy named Kim said ..."
        if joined is not None:
            root = joined.head.i == joined.i
            verb.head, verb.dep_ = (verb, "ROOT") if root else (joined.head, joined.dep_)
            joined.head, joined.dep_ = verb, "conj"
            joins[0].head = verb
        else:
            verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        told = [c for c in verb.children if c.dep_ == "oprd"]
        if len(told) == 2:
            told[0].dep_ = "dobj"  # "called [the decision] [a declaration of war]"


# Conjunctions of a clause that tells what came before or caused the main one.
PRIOR_MARKS = frozenset({"after", "when", "because", "as", "since"})
# Entity labels of a subject that names a state, a body or a person.
NAMED_SUBJECTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def lists_split_from_their_clause(doc: Doc) -> None:
    """Repair acts listed after a prior clause's verb that the parser joined to the
    main verb instead: "The workers left on Thursday after North Korea ordered
    them out, seized their assets and severed two hotlines" (the North seized and
    severed, not the workers). Only where the main subject names no one and the
    prior clause's subject does."""
    for verb in doc:
        main = verb.head
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        prior = next(
            (
                c
                for c in main.children
                if c.dep_ == "advcl"
                and c.i < verb.i
                and any(m.dep_ == "mark" and m.lower_ in PRIOR_MARKS for m in c.children)
                and all(t.is_punct or t.dep_ == "cc" for t in doc[c.right_edge.i + 1 : verb.i])
            ),
            None,
        )
        if prior is None:
            continue
        named = [c for c in prior.children if c.dep_ == "nsubj" and c.ent_type_ in NAMED_SUBJECTS]
        unnamed = [c for c in main.children if c.dep_ == "nsubj" and not c.ent_type_]
        if named and unnamed:
            verb.head = prior


# Conjunctions the parser may read as prepositions of the subject after them.
CLAUSE_OPENERS = frozenset({"since", "after", "before", "until", "till"})


def clauses_read_as_phrases(doc: Doc) -> None:
    """Repair a clause the parser read as a phrase and a verb with no subject:
    "has refused offers since a summit in Hanoi ended without agreement in February
    2019" ("since a summit" read as a phrase, "ended" left without its subject).
    The noun is the subject of the finite verb right after it, the verb the clause
    the conjunction opens."""
    for opener in doc:
        if opener.lower_ not in CLAUSE_OPENERS or opener.dep_ != "prep":
            continue
        nouns = [c for c in opener.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if not nouns or nouns[0].right_edge.i + 1 >= len(doc):
            continue
        noun = nouns[0]
        verb = doc[noun.right_edge.i + 1]
        if (
            verb.tag_ not in ("VBD", "VBZ", "VBP")
            or verb.dep_ not in ("advcl", "conj", "ccomp")
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
            # (the verb must not govern the phrase: "a day after a barrage killed ...")
            or verb in opener.ancestors
        ):
            continue
        verb.head, verb.dep_ = opener.head, "advcl"
        noun.head, noun.dep_ = verb, "nsubj"
        opener.head, opener.dep_ = verb, "mark"


# Participles that tell where and when a meeting was held, and the prepositions
# naming its parties.
HOLDING_PARTICIPLES = frozenset({"hold", "stage", "conduct", "convene"})
AMONG_PREPOSITIONS = frozenset({"between", "among", "amongst"})
PARTY_PREPOSITIONS = AMONG_PREPOSITIONS | {"with"}


def participles_hung_on_parties(doc: Doc) -> None:
    """Repair a meeting's participle the parser hung on the last party named:
    "talks among China, the DPRK and the United States held in Beijing from April 23
    to 25" ("held" read as describing the United States). It describes the talks."""
    for participle in doc:
        if (
            participle.dep_ != "acl"
            or participle.tag_ != "VBN"
            or participle.lemma_.lower() not in HOLDING_PARTICIPLES
        ):
            continue
        party = participle.head
        while party.dep_ == "conj" and party.head.i != party.i:
            party = party.head
        prep = party.head
        if party.dep_ != "pobj" or prep.lower_ not in PARTY_PREPOSITIONS:
            continue
        if prep.head.pos_ == "NOUN" and prep.head.i < participle.i:
            participle.head = prep.head


# Verbs of calling in another state's envoy, and the envoys: "summoned the ambassador".
SUMMONING_VERBS = frozenset({"summon"})
ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "attache"}
)


def summoned_read_as_subjects(doc: Doc) -> None:
    """Repair an envoy summoned that the parser took for the subject of the purpose
    after it: "summoning the South Korean and U.S. ambassadors to protest" (the
    envoys are summoned; the summoner protests)."""
    for verb in doc:
        if verb.lemma_.lower() not in SUMMONING_VERBS or any(
            c.dep_ == "dobj" for c in verb.children
        ):
            continue
        for clause in [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]:
            envoys = [
                c
                for c in clause.children
                if c.dep_ == "nsubj" and c.lemma_.lower() in ENVOY_NOUNS and c.i < clause.i
            ]
            if envoys and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
                envoys[0].head, envoys[0].dep_ = verb, "dobj"
                clause.dep_ = "advcl"


# Bodies an envoy is summoned to, which summon him: "was summoned to the Foreign
# Ministry in Seoul".
SUMMONING_BODIES = frozenset({"ministry", "office", "department", "headquarters"})


def summoner_named_by_place(doc: Doc) -> None:
    """Make the body an envoy was summoned to the doer of the passive: "the Russian
    ambassador was summoned to the South Korean Foreign Ministry" (Seoul summoned
    him), as if told "by the ministry"."""
    for verb in doc:
        if (
            verb.lemma_.lower() not in SUMMONING_VERBS
            or not any(c.dep_ == "auxpass" for c in verb.children)
            or agents(verb)
        ):
            continue
        for prep in [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]:
            if any(
                g.dep_ == "pobj" and g.lemma_.lower() in SUMMONING_BODIES for g in prep.children
            ):
                prep.dep_ = "agent"
