"""Small facts about single tokens: a word's forms, the objects of its phrases,
whether a pronoun is first person, opens its sentence or stands for nothing."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from peninsula.extract.weapons import named_system
from peninsula.nlp import PREFIXED

FIRST_PERSON = frozenset({"i", "we", "us", "me", "my", "our"})


def first_person(token: Token) -> bool:
    """True for "we", "us", "I", "me", "my" and "our"; not for "US", the United States."""
    return token.lower_ in FIRST_PERSON and token.text != "US"


THIRD_PERSON = frozenset({"he", "she", "him", "her"})
# Dashes that end a wire dateline: "SEOUL (Reuters) - ...", "TOKYO (AP) — ...".
DATELINE_DASHES = frozenset({"—", "–", "--", "-"})
# Words that count out what their "of" phrase names: "every one of the resolutions",
# "any of his offers".
PARTITIVES = frozenset({"one", "each", "all", "some", "both", "most", "many", "any", "either"})


def first_conjunct(token: Token, verbal: bool = False) -> Token:
    """The first of the words ``token`` is coordinated with ("closed the office and
    cut the line": "closed" for "cut"); with ``verbal``, of the verbs only (a verb
    the parser joined to a noun stays)."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        if verbal and first.head.pos_ not in ("VERB", "AUX"):
            break
        first = first.head
    return first


def word_forms(token: Token) -> frozenset[str]:
    """Return a token's lemma, its lower form and naive stems ("staged" -> "stage").

    The small model's lemmatizer misses some news verbs ("staging" -> "stag").
    A verb done again is the verb: "re-imposed" is also "impose". A weapon
    system's name is also its kind: "Hwasong-14" is a "missile" (data/weapons.yaml).
    """
    word = token.lower_
    forms = {token.lemma_.lower(), word}
    again = PREFIXED.fullmatch(token.text)
    if again is not None and again.group(1).lower() == "re":
        forms.add(token.lemma_.lower()[2:])  # lemmatized "reimpose" by nlp.prefixed_lemmas
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.update({stem, stem + "e"})
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # "stopped" -> "stop"
            if suffix == "ed" and stem.endswith("i"):
                forms.add(stem[:-1] + "y")  # "denied" -> "deny"
    system = named_system(token.text)
    if system is not None:
        forms.add(system.kind)  # "fired a Hwasong-14": a missile
    return frozenset(forms)


def prep_objects(
    token: Token, prepositions: frozenset[str], kinds: frozenset[str] = frozenset({"pobj"})
) -> list[Token]:
    """The objects of a token's phrases with these prepositions ("met Y with Z": Z);
    ``kinds`` may add clauses ("pcomp": "placed brigades on standby")."""
    found = [
        g
        for c in token.children
        # "send a delegation to Pyongyang": the parser may mark "to" as a dative
        if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"))
        and c.lower_ in prepositions
        for g in c.children
        if g.dep_ in kinds
    ]
    return found + favoured(token) if "for" in prepositions else found


# Nouns for another state by its tie to the owner: "its neighbour", "their ally".
RELATION_NOUNS = frozenset(
    {"ally", "neighbour", "neighbor", "partner", "rival", "adversary", "foe", "patron"}
)


def related_state(token: Token) -> bool:
    """True for a noun naming a state by its tie to an owner: "its ally"."""
    return token.lemma_.lower() in RELATION_NOUNS and any(c.dep_ == "poss" for c in token.children)


# What one stands with another as: "stood shoulder to shoulder with its ally".
SIDE_BY_SIDE = frozenset({"shoulder", "side", "face"})


def side_by_side(verb: Token, prepositions: frozenset[str]) -> list[Token]:
    """The objects of these prepositions hung on a "shoulder to shoulder" or "side by
    side" (or "face to face") phrase of the verb: "stood shoulder to shoulder with
    Iran" (Iran), "sit face to face with Seoul" (Seoul)."""
    sides = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SIDE_BY_SIDE]
    sides += [g for s in sides for p in s.children if p.dep_ == "prep" for g in p.children]
    sides += [g for p in verb.children if p.dep_ == "prep" for g in p.children]
    return [g for s in sides if s.lower_ in SIDE_BY_SIDE for g in prep_objects(s, prepositions)]


# "in favour of": what one is for ("voted in favour of the resolution").
FAVOUR = frozenset({"favour", "favor"})


def favoured(token: Token) -> list[Token]:
    """What a token's "in favour of" phrase is for: "voted in favour of the resolution"."""
    return [g for c in token.children for g in in_favour_of(c)]


def in_favour_of(prep: Token) -> list[Token]:
    """What an "in favour of" phrase, headed by ``prep``, is for."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    return [
        g for f in prep.children if f.dep_ == "pobj" and f.lower_ in FAVOUR for g in of_objects(f)
    ]


def determined(noun: Token, words: frozenset[str]) -> bool:
    """True for a noun one of ``words`` determines: "the drills", "these exercises"."""
    return any(c.dep_ == "det" and c.lower_ in words for c in noun.children)


def of_objects(token: Token) -> list[Token]:
    """The objects of a token's "of" phrases: "a new type of ICBM", "the deployment of THAAD"."""
    return prep_objects(token, frozenset({"of"}))


# Nouns of going or sending whose "to" is where they go: "a ban on travel to Iran".
GOING_NOUNS = frozenset(
    {"travel", "trip", "journey", "visit", "tour", "flight", "export", "shipment", "sale"}
)


def going_to(noun: Token) -> list[Token]:
    """Where a noun of going or sending goes: "travel to North Korea" (North Korea)."""
    if noun.lemma_.lower() not in GOING_NOUNS:
        return []
    return prep_objects(noun, frozenset({"to", "into"}))


def opens_sentence(pronoun: Token) -> bool:
    """True when no noun but a date comes before a pronoun in its sentence ("On June 26, they")."""
    sentence = pronoun.sent
    return not any(
        t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
        for t in sentence[: pronoun.i - sentence.start]
    )


def main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb, if it has one; past a dateline the
    parser read as the subject ("SEOUL (AFP) - North Korea's military said ...")."""
    subjects = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    end = dateline_end(sentence.doc) if sentence.start == 0 else 0
    if subjects[0].i < end:
        past = [*subjects[1:], *(c for c in subjects[0].children if c.dep_ == "appos")]
        return next((c for c in past if c.i >= end), None)
    return subjects[0]


# How many words in capitals a dateline's place alone may take: "UNITED NATIONS -".
BARE_DATELINE_WORDS = 3
# How far into a paragraph a dateline's agency may close: "WASHINGTON, D.C., Feb. 3 (AP) —".
DATELINE_TOKENS = 14


def dateline_end(doc: Doc) -> int:
    """The index just after a paragraph's opening dateline, or 0 when it has none:
    "SEOUL, South Korea (AP) —", "SEOUL (Reuters) -", "Pyongyang, May 27 (KCNA) --".
    Its places name where the report was filed, not who acted."""
    for index, token in enumerate(doc[:DATELINE_TOKENS]):
        if token.text != ")" or index + 1 >= len(doc) or doc[index + 1].text not in DATELINE_DASHES:
            continue
        opening = next((j for j in range(index - 1, -1, -1) if doc[j].text == "("), 0)
        heading = doc[:opening]
        if (
            0 < opening
            and index - opening <= 4
            and all(t.is_punct or t.is_title or t.is_upper or t.like_num for t in heading)
        ):
            return index + 2
        return 0
    return _dateline_without_agency_brackets(doc)


def _dateline_without_agency_brackets(doc: Doc) -> int:
    """The index just after a dateline that puts no brackets round its agency, or 0:
    "TOKYO, Sept. 5 Kyodo -", "WASHINGTON, Nov. 3 --". It opens with a place in
    capitals and a comma, and only names, numbers and stops come before its dash;
    or it is the place alone in capitals before a dash: "SEOUL -", "NEW YORK --"."""
    if len(doc) < 3 or not (doc[0].is_upper and len(doc[0].text) > 1):
        return 0
    words = doc[: BARE_DATELINE_WORDS + 1]
    bare = next((i for i, t in enumerate(words) if not (t.is_upper and t.is_alpha)), 0)
    # (set off by a space: "U.K.-France talks" opens with two names)
    bare = bare if bare and doc[bare - 1].whitespace_ else 0
    # (a place, which the tagger may not know in capitals: "TEHRAN -"; "UNITED
    # NATIONS" is one too, but not a lone body or people, "NATO - ...")
    place = doc[0].ent_type_ not in ("ORG", "NORP") or bare > 1
    if 0 < bare and doc[bare].text in DATELINE_DASHES and place:
        return bare + 1
    if doc[1].text != ",":
        return 0
    for index, token in enumerate(doc[:DATELINE_TOKENS]):
        if token.text in DATELINE_DASHES and index > 2:
            return index + 1
        if not (token.is_punct or token.is_title or token.is_upper or token.like_num):
            return 0
    return 0


def pronoun_for(noun: Token) -> str:
    """The pronoun that may stand for a noun phrase: "they" for a plural or a list."""
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    return "they" if plural else "it"


def expletive(pronoun: Token) -> bool:
    """True for an "it" that stands for a clause later on: "it is our stand to oppose",
    "it is clear that ..."."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    complements = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    clauses += [g for c in complements for g in c.children if g.dep_ in ("acl", "relcl")]
    return bool(complements) and bool(clauses)


# Words that open the clause a demand or a call carries: "demand that Japan
# apologize", "call for North Korea to return".
ASKING_MARKS = frozenset({"that", "for"})


def asked_in_clause(noun: Token) -> list[Token]:
    """The subjects of the clause a demand or a call carries, the ones asked to act:
    "its demand that Japan apologize", "its call for North Korea to return"."""
    return [
        g
        for c in noun.children
        if c.dep_ in ("acl", "advcl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ in ASKING_MARKS for m in c.children)
        for g in c.children
        if g.dep_ == "nsubj"
    ]


def asked_alongside_while(clause: Token) -> list[Token]:
    """The clauses a "while" sets beside an asked act, asked too: "proposed that
    North Korea suspend its tests while the United States and South Korea refrain
    from large drills" (not "while Iran watched": no act asked)."""
    return [
        c
        for c in clause.children
        if c.dep_ == "advcl"
        and c.tag_ in ("VB", "VBP")
        and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
    ]


# Lines a "with" phrase may name the other side of: "the border with South Korea".
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def phrase_head(token: Token, modifiers: tuple[str, ...] = ("compound", "amod")) -> Token:
    """The head of the noun phrase a word modifies through ``modifiers``: "government"
    for "Japanese" in "the Japanese government"."""
    head = token
    while head.dep_ in modifiers and head.head.i != head.i:
        head = head.head
    return head


def verb_above(token: Token) -> Token | None:
    """The nearest verb a word hangs under (not the word itself)."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


# Nouns that make "on" part of a longer preposition: "sanctions on top of U.N.
# measures", "talks on behalf of Seoul" (neither is aimed at whom they name).
PREPOSITION_NOUNS = frozenset({"top", "behalf"})


def preposition_noun(pobj: Token) -> bool:
    """True for the noun of a longer preposition: "top" in "on top of"."""
    return pobj.head.lower_ == "on" and pobj.lower_ in PREPOSITION_NOUNS


def introduces_date(prep: Token) -> bool:
    """True for a preposition that introduces a date or a time: "on Tuesday"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


# Words in which states speak: "a statement", "a commentary", "a letter".
STATEMENT_NOUNS = frozenset(
    {
        *("statement", "report", "announcement", "commentary", "remark", "speech", "message"),
        *("letter", "answer", "reply", "interview"),
    }
)


# Participles that say whom an act was aimed at: "a show of force aimed at North
# Korea", "drills directed against Iran", "sanctions targeting Pyongyang".
AIMING_PARTICIPLES = frozenset({"aim", "direct", "target"})


def aimed_at(act: Token) -> list[Token]:
    """Whom a participle on ``act`` says it was aimed at: "a display of military
    might aimed at North Korea", "drills targeting Iran" (the parser may hang the
    participle on the "of" phrase)."""
    targets = []
    words = [act, *(of_objects(act) if act.pos_ == "NOUN" else [])]
    for participle in (c for word in words for c in word.children):
        if participle.dep_ != "acl" or participle.lemma_.lower() not in AIMING_PARTICIPLES:
            continue
        if participle.tag_ == "VBG":
            targets += [c for c in participle.children if c.dep_ == "dobj"]
        targets += prep_objects(participle, frozenset({"at", "against"}))
    return targets


def listed_as_apposition(head: Token) -> list[Token]:
    """States the parser hangs on a list's head as appositions when they follow its
    "from" phrase: "delegations from China, the Democratic People's Republic of Korea
    (DPRK), the United States ..." (the DPRK is one of those listed)."""
    listing = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    if not listing or not any(c.dep_ == "conj" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "appos" and c.i > listing[0].i]


def listed_with(token: Token) -> list[Token]:
    """The heads of the noun phrases coordinated with the one ``token`` is in."""
    head = phrase_head(token, ("compound", "amod", "det", "nmod"))
    first = first_conjunct(head)
    return [t for t in (first, *first.conjuncts) if t.i != head.i]


# Participles naming the ends of a road, a line or a link: "roads connected to the
# South", "the railway linking the two Koreas".
LINKING_VERBS = frozenset({"connect", "link", "join", "lead"})
LINK_END_PREPS = frozenset({"to", "with"})


def link_ends(noun: Token) -> list[Token]:
    """The ends a road, line or link is told to join: "roads connected to the South",
    "the railway linking the two Koreas"."""
    links = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in LINKING_VERBS]
    return [
        end
        for link in links
        for end in [g for g in link.children if g.dep_ == "dobj"]
        + prep_objects(link, LINK_END_PREPS)
    ]


def told_in_past(verb: Token) -> bool:
    """True for a verb of a telling done: "announced", "had said", or the infinitive
    of a past verb ("the launch prompted Seoul to announce that ..."), but not of a
    past "be", which tells a plan ("was to travel on Saturday to brief")."""
    if verb.tag_ in ("VBD", "VBN"):
        return True
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "xcomp"
        and verb.head.tag_ == "VBD"
        and verb.head.lemma_ != "be"
    )


def present_tense(trigger: Token) -> bool:
    """True for a verb in the simple present ("Russia opposes"): it holds at publication.

    Not in reported speech ("China supports the resolution, he said"), which
    speaks of the day it was said.
    """
    if trigger.tag_ not in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") for c in trigger.children
    ):
        return False
    # (a "that" clause of its own is what it says, "demands that Washington lift ...",
    # not a speaker's "he said" the parser hung on it)
    reported = trigger.dep_ == "ccomp" or any(
        c.dep_ in ("parataxis", "ccomp")
        and c.pos_ == "VERB"
        and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in trigger.children
    )
    return not reported


def past_tense(verb: Token) -> bool:
    """True for "landed", "was found", "had crossed"."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
            for c in verb.children
        )
    )


# Verbs whose past tense is their base form: "cut", "put" told as past are past.
SAME_IN_PAST = frozenset(
    {"put", "cut", "set", "hit", "let", "quit", "shut", "spread", "cost", "hurt", "bet"}
    | {"burst", "cast", "split", "broadcast", "forecast", "upset", "read", "beat"}
)


def base_form_read_as_past(verb: Token) -> bool:
    """True for a bare verb the tagger took for a past tense: "insisted that the DPRK
    scrap its program" ("scrap" cannot be past; "that Seoul cut ties" may be)."""
    return (
        verb.tag_ == "VBD"
        and verb.lower_ == verb.lemma_.lower()
        and verb.lower_ not in SAME_IN_PAST
    )
