"""Whom a verb's event is aimed at: its object, its "to"/"with"/"against" phrases,
the one asked in a request's clause, the owner of what an accusation names.

"urged North Korea to stop", "demanded (that) Pyongyang provide explanations",
"condemned the North's test", "refused to hold talks with Washington".
"""

from __future__ import annotations

from spacy.tokens import Token

from peninsula.extract.arguments import RECIPIENT_PREPS
from peninsula.extract.clauses import agents, controlled, doers_told
from peninsula.extract.destinations import destined_for, hosts
from peninsula.extract.lexicon import load_lexicon
from peninsula.extract.phrases import (
    MEETING_NOUNS,
    complement_object,
    fronted_described,
    object_read_as_clause,
    objects_of,
)
from peninsula.extract.purposes import helped, purposes
from peninsula.extract.reference import WRONG_TYPES
from peninsula.extract.sides import pair_noun
from peninsula.extract.tokens import (
    BORDER_NOUNS,
    PARTITIVES,
    aimed_at,
    asked_alongside_while,
    asked_in_clause,
    base_form_read_as_past,
    going_to,
    introduces_date,
    link_ends,
    of_objects,
    prep_objects,
    preposition_noun,
    side_by_side,
    word_forms,
)
from peninsula.extract.travel import VISIT_NOUNS, held_in
from peninsula.extract.triggers import noun_rule, to_clause, verb_rule

# What marks the clause saying what a state is asked to do: "for North Korea to
# stop", "hope Pyongyang will respond", "that Seoul should withdraw".
ASKED_MARKERS = frozenset({"for", "to", "will", "would", "should", "can", "could", "shall"})
# Verbs whose clause is what the speaker wants another state to do.
WISH_VERBS = frozenset({"hope", "wish", "want"})
# Types whose object's owner is the target: "condemned the North's test".
TARGETED_TYPES = frozenset({"ACCUSE", "REJECT", "SANCTION", "ASSAULT", "COERCE", "THREATEN"})
# Verbs by which a plan is taken up, which a refusal to do turns its maker down:
# "refused to consider the freeze proposed by Russia".
ENTERTAINING_VERBS = frozenset(
    {"consider", "accept", "discuss", "entertain", "study", "examine", "endorse", "back"}
)
# Verbs of what fire or a blow did to its target: "opened fire, hitting a patrol boat".
STRIKING_VERBS = frozenset({"hit", "strike", "damage", "sink", "kill", "wound", "injure"})
# The phrase of what an act is called that names its party, by type: "a warning to
# Seoul", "the wrong choice by Seoul".
SAID_TO_BE_PREPS = {"THREATEN": frozenset({"to"}), "ACCUSE": frozenset({"by"})}
# Verbs of telling someone of something, whose "on" or "about" phrase is what is told.
TELLING_VERBS = frozenset({"brief", "inform", "notify", "update", "apprise", "tell"})
# Verbs whose "on" phrase names whom an act is laid on: "blamed the attack on Seoul".
BLAMING_VERBS = frozenset({"blame", "pin"})
# Stances taken toward an act, whose "against" or "on" phrase names the act's
# patient, not the stance's: "supports sanctions against Pyongyang".
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# Acts that have a patient: force and pressure.
PATIENT_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


def names_force(noun: Token) -> bool:
    """True for a noun that names an act of force or pressure: "sanctions", "attack"."""
    rule = noun_rule(noun, load_lexicon())
    return rule is not None and rule.type in PATIENT_TYPES


# Texts, deals and words whose "on" phrase is their topic: "a resolution on North
# Korea", "a deal on the Irish border", "Yoon's remarks on Taiwan".
DOCUMENT_NOUNS = frozenset(
    {
        *("resolution", "draft", "bill", "report", "proposal", "plan", "statement", "text"),
        *("agreement", "deal", "accord", "treaty", "pact"),
        *("remark", "comment", "speech", "view", "position", "stance"),
    }
)
# Texts a body votes on for others: "the Council's resolutions" are the Council's,
# which is no party to them (unlike "the Greek-Turkish agreement").
VOTED_DOCUMENTS = frozenset({"resolution", "draft", "bill", "text", "motion"})
# Documents whose makers act through them: "a joint statement that plotted ...".
MADE_DOCUMENTS = DOCUMENT_NOUNS | {"declaration", "guideline"}
# Verbs that send people or things to another: "sent a delegation to Pyongyang",
# "delivered a letter to Seoul".
SENDING_VERBS = frozenset({"send", "deliver", "convey", "dispatch", "hand", "pass"})
# Verbs by which their subject makes a document its own: "adopted a resolution",
# "made public a joint statement" (not "vetoed" or "rejected" one).
ISSUING_VERBS = frozenset(
    {
        *("adopt", "pass", "approve", "endorse", "issue", "release", "publish", "make"),
        *("unveil", "announce", "sign", "ratify", "draw", "produce", "publicize"),
    }
)
# Types whose object's ends are their parties: "cut off roads connected to the South",
# "blew up roads connecting the two Koreas".
LINKED_TYPES = frozenset({"SANCTION", "COOPERATE", "ASSAULT"})
# Backing given, and the phrases naming the one backed: "full support for Moscow".
BACKING_NOUNS, BACKED = frozenset({"support", "backing", "solidarity"}), frozenset({"for", "to"})
# Types whose "at" phrase names a target ("fired at the ship", "angry at Seoul");
# for the others it names a venue ("met at the United Nations").
AIMED_AT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE"})
# Whom devices sent over a border are aimed at: "flew drones over Pyongyang".
OVERFLOWN_TYPES = frozenset({"COERCE"})
# The phrases naming where such devices were sent: "balloons carrying trash toward the South".
SENT_INTO = frozenset({"into", "over", "toward", "towards"})
# The phrases naming the other party of talks: "an office for talks with North Korea".
PARTY_PREPS = frozenset({"with", "between"})
# Verbs whose object is a topic: "discuss the test".
TOPIC_VERBS = frozenset({"discuss", "negotiate", "consult", "confer"})


def _subjunctive(verb: Token) -> bool:
    """A bare verb with no tense of its own: "demanded (that) North Korea provide".

    The tagger reads some of these as present tense; with a singular subject the
    bare form can only be the subjunctive. It takes some British spellings for
    nouns ("demanded that the North apologise"): a noun with a subject of its own
    in a clause is such a verb.
    """
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # ("demanded that it halt": "it" with a bare verb, no "halts")
    singular = bool(subjects) and (
        subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in ("it", "he", "she")
    )
    return verb.tag_ == "VB" or (
        (verb.tag_ in ("VBP", "NN") or base_form_read_as_past(verb)) and singular
    )


# Verbs that offer what an "accepted" after them takes up: "Kim invited Xi, and Xi
# accepted".
OFFERING_VERBS = frozenset({"invite", "offer", "propose", "suggest"})


# Promises whose infinitive names whom they serve: "commitment to defend Japan".
PROMISES = frozenset({"commitment", "pledge", "promise", "vow", "guarantee"})


# Whom one stands by, the rule's own object: "stands by its ally".
STOOD_BY = frozenset({"by", "behind"})


# Occasions a courtesy marks, whose "of" phrase names whom it is for: "condolences
# over the death of Iran's leader", "congratulated him on the election of Iraq's
# president".
OCCASIONS = frozenset({"death", "passing", "loss", "demise", "election", "inauguration"})
MARKED_BY = frozenset({"over", "on", "for", "at"})


# Whom a fight is for: "to fight for Russia", "alongside Russian forces".
FOUGHT_FOR = frozenset({"for", "alongside"})


# Where states speak, named after "at": "warned at the United Nations".
FORUMS = frozenset(
    {"un", "nations", "assembly", "council", "conference", "forum", "summit", "session", "meeting"}
)


def _forum_beside(at: Token) -> bool:
    """True for an "at" phrase naming a forum where the verb names its target
    otherwise: "threatened at the United Nations to destroy North Korea",
    "criticized Iran at the Security Council", "warned at the Council that the regime
    would be destroyed" (not "lashed out at the UN")."""
    verb = at.head
    return any(g.dep_ == "pobj" and g.lemma_.lower() in FORUMS for g in at.children) and any(
        c.dep_ in ("dobj", "ccomp") or controlled(c) for c in verb.children
    )


def _rights_of(preposition: Token) -> bool:
    """True for "on North Korea's human rights": a censure's "on" phrase names the
    state whose record it is."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() == "right" for g in preposition.children)


# What an act is done with, whose maker is no party to it: "attacked Kyiv with
# Iranian drones".
INSTRUMENT_NOUNS = frozenset(
    {
        "missile",
        "rocket",
        "drone",
        "shell",
        "bomb",
        "weapon",
        "artillery",
        "munition",
        "ammunition",
        "gun",
        "torpedo",
        "warhead",
        "mortar",
        "arm",
    }
)


# Places struck, which name no state but the one they are in: "shelled a village
# in Iraq", "a missile hit a residential building in Baghdad".
PLACES = frozenset(
    {
        *("building", "village", "town", "city", "area", "district", "neighbourhood"),
        *("neighborhood", "island", "port", "base", "facility", "site", "plant"),
        *("hospital", "school", "market", "station", "bridge", "house", "home"),
        *("apartment", "block", "target", "position", "post", "outpost"),
        *("installation", "depot", "airfield", "region", "province"),
    }
)


# Trade whose goods name the state on the other side: "imports of North Korean coal".
TRADE_NOUNS = frozenset({"import", "export", "purchase", "shipment", "sale"})
TRADED_TYPES = frozenset({"SANCTION", "COOPERATE"})


def wronged_in(verb: Token) -> list[Token]:
    """Those an admitted act of force was done to: "admitted that its forces shot down
    a Ukrainian airliner", "admitted to kidnapping 13 Japanese" (not "admitted it had
    made mistakes", "admitted that it had held talks with Japan")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [g for p in verb.children if p.lower_ == "to" for g in p.children if g.tag_ == "VBG"]
    lexicon = load_lexicon()
    heads: list[Token] = []
    for clause in clauses:
        rule, obj = verb_rule(clause, lexicon)
        if rule is not None and rule.type in WRONG_TYPES:
            heads += recipient_heads(clause, obj, rule.type)
            if obj is not None and obj.dep_ == "dobj":
                heads.append(obj)  # "kidnapped 13 Japanese": those it was done to
    return heads


def _asked_for(verb: Token, obj: Token) -> bool:
    """True for what a request asks for, whose body it asks: "asked for a Security
    Council meeting", "the Council meeting, requested by Japan", "At a session of
    the Council, requested by Japan, ..."."""
    if obj.dep_ == "pobj" and obj.head.lower_ == "for" and obj.head.head.i == verb.i:
        return True
    return (verb.dep_ == "acl" and obj.i == verb.head.i) or obj in fronted_described(verb)


# Places an act is told to happen at, which are no party to it: "at the port of
# Busan", "in the city of Vladivostok".
PLACE_NOUNS = frozenset(
    {"port", "city", "town", "village", "county", "island", "harbor", "harbour"}
)


def _meeting_it_answers(verb: Token, obj: Token) -> bool:
    """True for "requested it" or "requested the meeting" in a clause on the verb
    that holds the meeting: "will meet on Monday, after Iran requested it"."""
    # the object as written ("it"), not the antecedent it was resolved to
    written = next((c for c in verb.children if c.dep_ == "dobj"), obj)
    named = written.lower_ == "it" or (
        written.lemma_.lower() in MEETING_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in written.children)
    )
    holder = verb.head
    # ("is set to hold an open meeting ..., after Iran requested it")
    holding = [holder, *(c for c in holder.children if c.dep_ == "xcomp")]
    held = any(
        h.lemma_.lower() in ("meet", "convene")
        or any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in h.children)
        for h in holding
    )
    return named and verb.dep_ == "advcl" and held


# Prepositions of what is told, agreed or worked on, not of a party: "a deal on Iraq".
TOPIC_PREPS = frozenset({"on", "about"})


def names_topic(obj: Token) -> bool:
    """True for an object that is what an act is on, not a party to it: "agreed on
    sanctions", "to cooperate on North Korea"."""
    return obj.dep_ == "pobj" and obj.head.lower_ in TOPIC_PREPS


def recipient_heads(verb: Token, obj: Token | None, event_type: str) -> list[Token]:
    # "vowed a nuclear test aimed squarely at the United States", "stopped its
    # broadcasts aimed at North Korean listeners": whom the act or its object is aimed at
    heads: list[Token] = aimed_at(verb) + (aimed_at(obj) if obj is not None else [])
    if event_type == "REQUEST" and obj is not None and _asked_for(verb, obj):
        heads.append(obj)
    if event_type == "REQUEST" and obj is not None and _meeting_it_answers(verb, obj):
        # "The Council will hold a meeting on Monday, after Iran requested it": asked
        # of whoever holds it
        heads += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        obj is not None
        and obj.dep_ == "pobj"
        and obj.head.lower_ == "at"
        and _forum_beside(obj.head)
    ):
        obj = None  # "At a session of the Council, Haley warned that ...": where, not whom
    over = {"over"} if event_type in OVERFLOWN_TYPES else set()
    # "regret over Beijing's decision": the doer of the act an accusation is about
    about = {"over", "about"} if event_type in ("ACCUSE", "THREATEN") else set()
    gap = obj is not None and verb.dep_ == "relcl" and obj.i == verb.head.i  # "one it accused"
    if obj is not None and obj.head.i != verb.i and (obj.dep_ == "dobj" or gap):
        heads.append(obj)  # an object shared with a coordinated verb, or the gap's
        if obj.head.tag_ == "VBG" and obj.head.dep_ == "xcomp" and obj.head.head.i == verb.i:
            # "stopped selling group tours to South Korea": whom the halted act was to
            heads += prep_objects(obj.head, frozenset({"to", "with"}))
    if event_type in ("SANCTION", "COERCE", "CONCEDE"):
        # "searched ships bound for North Korea", "export curbs on materials vital to
        # South Korean chipmakers": the state the goods go to; "lifted its ban on
        # travel to North Korea": where the travel goes
        goods = [obj] if obj is not None else []
        goods += prep_objects(verb, frozenset({"on", "against"}))
        goods += [g for o in goods for g in prep_objects(o, frozenset({"on", "against"}))]
        heads += [h for g in goods for h in destined_for(g) + going_to(g)]
    if event_type == "SANCTION":
        # "barred its citizens from travelling to North Korea", "from visiting Iran":
        # where the people kept back would have gone
        kept_from = [
            g
            for g in prep_objects(verb, frozenset({"from"}), frozenset({"pcomp"}))
            if g.tag_ == "VBG"
        ]
        heads += [c for g in kept_from for c in g.children if c.dep_ == "dobj"]
        heads += [h for g in kept_from for h in prep_objects(g, frozenset({"to", "into"}))]
    if obj is not None and obj is complement_object(verb):
        heads.append(obj)  # "calling Trump a dotard", the object read as a complement
    if (
        obj is not None
        and obj.dep_ == "oprd"
        and obj.head.i == verb.i
        and any(c.dep_ in ("oprd", "dobj") and c.i > obj.i for c in verb.children)
    ):
        # "called Yoon Suk Yeol a traitor on Tuesday", the parser reading both the one
        # called and what he is called as complements
        heads.append(obj)
    if obj is not None and obj.head.i == verb.i and object_read_as_clause(obj):
        heads.append(obj)  # "shot dead a fisheries official"
    if obj is not None and obj.dep_ == "nsubj" and obj.head.head.i == verb.i:
        heads.append(obj)  # "reaffirmed that the commitment to Japan is ironclad"
    if (
        obj is not None
        and obj.dep_ == "pobj"
        and obj.head.dep_ == "prep"
        and obj.head.lower_ in STOOD_BY
    ):
        heads.append(obj)  # "stands by its ally", "stood behind Kyiv"
    if event_type == "SUPPORT":
        heads += prep_objects(verb, STOOD_BY)  # "threw its weight behind Kyiv"
        # "expressed condolences over the death of Iran's leader": whose loss or
        # occasion the courtesy marks
        occasions = prep_objects(verb, MARKED_BY) + (
            prep_objects(obj, MARKED_BY) if obj is not None else []
        )
        heads += [g for o in occasions if o.lemma_.lower() in OCCASIONS for g in of_objects(o)]
        if obj is not None and obj.lemma_.lower() in BACKING_NOUNS:
            # "pledged full support for Moscow" (the parser may hang "for" on the verb)
            heads += prep_objects(obj, BACKED) + prep_objects(verb, BACKED)
    heads += side_by_side(verb, frozenset({"with"}))  # "stood shoulder to shoulder with Iran"
    if event_type == "CONSULT":
        # "held a dinner in honour of the Iraqi president": the guest
        heads += [
            g
            for h in prep_objects(verb, frozenset({"in"}))
            if h.lower_ in ("honour", "honor")
            for g in of_objects(h)
        ]
        # "has been in contact with Tehran": the "with" hangs on the contact
        heads += [
            g
            for h in prep_objects(verb, frozenset({"in"}))
            if h.lemma_.lower() in ("contact", "touch")
            for g in prep_objects(h, frozenset({"with"}))
        ]
        # "spoke with X, and with Y on the margins of ...": the parser may hang the
        # second "with" on a preposition it coordinates with the verb
        heads += [
            g
            for c in verb.children
            if c.dep_ == "conj" and c.pos_ == "ADP"
            for g in prep_objects(c, frozenset({"with"}))
        ]
        # or on the first "with" ("with X and with Y")
        heads += [
            g
            for w in verb.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for c in w.children
            if c.dep_ == "conj" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if obj is not None and obj.dep_ in ("xcomp", "advcl") and obj.tag_ in ("VBG", "VB"):
        # "proposed meeting Kim", "offered to meet Iran": whom the meeting proposed is with
        heads += [g for g in obj.children if g.dep_ == "dobj"]
        heads += prep_objects(obj, frozenset({"with"}))
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            heads.append(child)
        if child.dep_ == "dobj" and verb.lemma_.lower() in SENDING_VERBS:
            # "sent a delegation of scientists to Iran": "to" may hang on the "of"
            heads += [g for o in of_objects(child) for g in prep_objects(o, frozenset({"to"}))]
        # "sent aid to North Korea": the parser may mark "to" as a dative
        prepositional = child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP")
        # "expelled diplomats from Poland", "withdrew its troops from Iraq"
        # "stole $600 million from a U.S. company"
        # "sought help from Beijing": the one asked
        cut_from = {"from"} if event_type in ("SANCTION", "RETREAT", "COERCE", "REQUEST") else set()
        if child.dep_ == "prt" and child.lower_ in ("over", "back"):
            # "handed the fishermen over to the North": "to" may hang on the particle
            heads += prep_objects(child, frozenset({"to"}))
        if cut_from and child.lower_ == "out":
            # "pulled its troops out of Iraq": "of" may hang on "out"
            heads += [g for o in child.children if o.lower_ == "of" for g in o.children]
        if child.lower_ == "at" and (event_type not in AIMED_AT_TYPES or _forum_beside(child)):
            continue  # "met Yoon at the United Nations", "blocked it at the Council"
        if child.lower_ in TOPIC_PREPS and (
            verb.lemma_.lower() in TELLING_VERBS or event_type in ("AGREE", "COOPERATE")
        ):
            continue  # "briefed them on Stockholm", "a deal on Iraq", "to cooperate
            # on Iraq": what, not who
        if prepositional and introduces_date(child):
            continue  # "called Yoon a traitor on Tuesday": when, not whom
        if child.lower_ == "on" and any(
            g.lemma_.lower() in ("sideline", "margin") for g in child.children
        ):
            continue  # "on the sidelines of the U.N. General Assembly": where, not with whom
        if (
            prepositional
            and child.lower_ in RECIPIENT_PREPS | {"between"} | cut_from | over | about
        ):
            # "voted for every one of the resolutions": not the one counted; "struck
            # Kharkiv with North Korean missiles": the weapons' maker is no target
            # ("curbs to and from North Korea": the object of the preposition joined)
            joined = [j for j in child.children if j.dep_ == "conj" and j.pos_ == "ADP"]
            heads += [
                next(iter(of_objects(g)), g) if g.lower_ in PARTITIVES else g
                for p in [child, *joined]
                for g in p.children
                if g.dep_ == "pobj"
                and not preposition_noun(g)
                and not (child.lower_ == "with" and g.lemma_.lower() in INSTRUMENT_NOUNS)
            ]
        if about and child.dep_ == "prep" and child.lower_ == "with":
            # "lodged a complaint with the WTO over Iraq's curbs": the parser may hang
            # what the complaint is about on the forum
            heads += [a for g in child.children for a in prep_objects(g, frozenset(about))]
        if child.dep_ == "prt" and child.lower_ in ("on", "upon"):
            heads += [g for g in verb.children if g.dep_ == "dobj"]
        if (
            child.dep_ == "prep"
            and child.lower_ == "by"
            and event_type in TARGETED_TYPES
            and obj is not None
            and obj.dep_ == "dobj"
        ):
            # "condemned the launch by North Korea", the parser hanging "by" on the verb
            heads += [g for g in child.children if g.dep_ == "pobj"]
    if event_type == "AID" and obj is not None:
        # "provided 2 million euros in funding to Moldova": the "to" of what is given;
        # "gave the green light to two projects for Moldova": the "for" of what is approved
        # ("approved the plan for an aid group to ship flour to the North")
        given = [
            obj,
            *(g for g in heads if g.i > verb.i and g.pos_ == "NOUN"),
            *prep_objects(verb, frozenset({"for"})),
            # "... baby formula worth 1.2 billion won to the North", "worth" hung on
            # the verb
            *(c for c in verb.children if c.lower_ == "worth"),
        ]
        heads += [
            g
            for thing in given
            for t in thing.subtree
            # the parser may mark "to" a dative: "a plan to send rice to the North"
            if t.dep_ in ("prep", "dative")
            and (t.lower_ == "to" or (t.lower_ == "for" and thing is not obj))
            # "approved a request to send rice to the North": the "to" of the sending
            # "for an aid group to ship flour to the North": the "to" of the shipping
            # "medicine worth 1.2 billion won to the North": "to" hung on the value
            and (
                t.head.pos_ in ("NOUN", "NUM", "SYM")
                or t.head.lower_ == "worth"
                or (t.lower_ == "to" and t.head.dep_ in ("acl", "relcl") and t.head.tag_ == "VB")
            )
            for g in t.children
            if g.dep_ == "pobj"
        ]
        # "approved $8 million in aid for Iraq", "for" hung on the verb
        heads += prep_objects(verb, frozenset({"for"}))
        # "its share of the energy aid promised to Iran"
        heads += [h for thing in given for t in thing.subtree for h in destined_for(t)]
        # "approved a plan for an aid group to send medicine to Iraq", the parser
        # making "for" the mark of the sending: where the sending goes
        heads += [
            g
            for clause in verb.children
            if clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
            for g in prep_objects(clause, frozenset({"to"}))
        ]
    if (
        event_type in ("ASSAULT", "COERCE")
        and obj is not None
        and obj.lemma_.lower() in PLACES
        # (not "attacked a U.S. base in Iraq": the base's own state; nor "Islamic
        # State positions in Syria", "positions of the group in Lebanon": another's)
        and not any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in obj.children)
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)
        and not of_objects(obj)
    ):
        # "attacked a residential building in Baghdad": the state the place is in
        # (the parser may hang "in" on the verb)
        heads += prep_objects(obj, frozenset({"in"})) + prep_objects(verb, frozenset({"in"}))
    if event_type == "CONSULT" and verb.lemma_.lower() in SENDING_VERBS:
        heads += held_in(heads)  # "sent delegations to the funeral in Seoul": there
    if event_type == "RETREAT":
        # "withdrew its troops from the border with Iraq": a step back toward Iraq
        heads += [
            g
            for h in heads
            if h.lemma_.lower() in BORDER_NOUNS
            for g in prep_objects(h, frozenset({"with"}))
        ]
    if event_type in ("SANCTION", "COOPERATE") and obj is not None:
        # "broke off military contacts and talks with the United States": the "with"
        # on the last of the things cut is all of theirs
        heads += [
            g
            for c in obj.children
            if c.dep_ == "conj" and not prep_objects(obj, PARTY_PREPS)
            for g in prep_objects(c, frozenset({"with"}))
        ]
    if event_type in TRADED_TYPES and obj is not None and obj.lemma_.lower() in TRADE_NOUNS:
        # "cut its imports of North Korean coal": the state whose goods they are
        heads += of_objects(obj)
    if event_type == "CONCEDE" and obj is not None:
        heads += asked_in_clause(obj)  # "dropped its demand that Japan apologize"
    if event_type == "AGREE" and obj is None and verb.dep_ == "conj":
        # "Kim invited Xi to visit North Korea, and Xi accepted": the one who offered
        offering = verb.head
        if offering.lemma_.lower() in OFFERING_VERBS:
            heads += [c for c in offering.children if c.dep_ == "nsubj"]
    if event_type == "AID":
        # "helped Iran build drones": the one helped is the bare infinitive's subject
        heads += [
            g
            for c in verb.children
            if c.dep_ == "ccomp" and c.tag_ == "VB"
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        # "sent troops to fight for Russia", "to fight alongside Russian forces"
        heads += [g for c in purposes(verb) for g in prep_objects(c, FOUGHT_FOR)] + helped(verb)
    if event_type in SAID_TO_BE_PREPS:
        # "called the launch a warning to the United States", "described it as a
        # warning to Seoul": whom the warning is to; "called the deployment the
        # wrong choice by Seoul": whose the choice was
        said_to_be = [c for c in verb.children if c.dep_ == "oprd"]
        said_to_be += [c for c in verb.children if c.dep_ == "dobj"][1:]  # "which it called a lie"
        said_to_be += prep_objects(verb, frozenset({"as"}))
        heads += [g for p in said_to_be for g in prep_objects(p, SAID_TO_BE_PREPS[event_type])]
        if event_type == "ACCUSE":
            # "called it a fabrication masterminded by the United States": whose plot
            plots = [c for p in said_to_be for c in p.children if c.dep_ == "acl"]
            heads += [g for c in plots for g in agents(c)]
    if event_type == "ASSAULT":
        # "opened fire without warning, hitting a South Korean patrol craft": what
        # the fire hit
        heads += [
            o
            for c in verb.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in STRIKING_VERBS
            for o in c.children
            if o.dep_ == "dobj"
        ]
        # "engaged in combat with North Korean troops": the other side of the fighting
        heads += [
            g
            for fighting in prep_objects(verb, frozenset({"in"}))
            for g in prep_objects(fighting, frozenset({"with", "against"}))
        ]
    if event_type == "REQUEST":
        # "called for North Korea to stop its threats", "hope Pyongyang will respond":
        # the one asked is the subject of the clause that says what to do.
        wish = bool(word_forms(verb) & WISH_VERBS)
        for clause in verb.children:
            if clause.dep_ in ("advcl", "ccomp") and (
                (wish and clause.dep_ == "ccomp")
                # "demanded (that) North Korea provide explanations": the mandative
                # subjunctive, a bare verb with no tense of its own
                or (clause.dep_ == "ccomp" and _subjunctive(clause))
                or any(
                    g.dep_ in ("mark", "aux") and g.lower_ in ASKED_MARKERS for g in clause.children
                )
            ):
                # (a third state's hope that "the two sides" will keep improving ties
                # is a wish about a pair, asked of neither: urging them still asks)
                # ("proposed that Iraq freeze its tests and that Kuwait halt its
                # drills": each clause's own subject)
                # ("proposed that Iraq freeze its tests while Kuwait halt its drills")
                heads += [
                    g
                    for told in (clause, *clause.conjuncts, *asked_alongside_while(clause))
                    for g in told.children
                    if g.dep_ == "nsubj" and not (wish and pair_noun(g))
                ]
    if event_type == "REJECT":
        # "refused to hold talks with Washington", "has no intention of holding talks
        # with Seoul": the other party of what is refused
        clauses = [c for c in verb.children if c.dep_ == "xcomp"]
        if obj is not None and any(c.lower_ in ("no", "neither") for c in obj.children):
            # "neither interest nor plan for dialogue": each of the things not had
            for held in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
                clauses += [c for c in held.children if c.dep_ in ("acl", "relcl")]
                clauses += [
                    # ("no interest in any of his offers": the offers; "in any
                    # proposal or meeting with Seoul": each)
                    next(iter(of_objects(g)), g) if g.lower_ in PARTITIVES else g
                    for c in held.children
                    if c.dep_ == "prep"
                    for first in c.children
                    if first.dep_ in ("pcomp", "pobj")
                    for g in (first, *first.conjuncts)
                ]
        for clause in clauses:
            # (with the one it is from: "refused to accept aid from Seoul")
            heads += recipient_heads(clause, next(iter(objects_of(clause)), None), "REQUEST")
            if word_forms(clause) & ENTERTAINING_VERBS:
                # "refused to consider the freeze proposed by Russia": whose it is
                heads += [
                    d
                    for o in objects_of(clause)
                    for c in o.children
                    if c.dep_ in ("acl", "relcl")
                    for d in doers_told(c)
                ]
            if clause.pos_ == "NOUN":
                # "no interest in Seoul's overtures": whose offer is turned down
                heads += [c for c in clause.children if c.dep_ == "poss"]
    if obj is not None and event_type in OVERFLOWN_TYPES:
        # "sent balloons carrying trash into the South", the parser hanging "into" on
        # the participle
        carriers = [c for c in obj.children if c.dep_ == "acl"]
        if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj":
            carriers.append(obj.head.head)  # "flew hundreds of balloons into the South"
        heads += [g for c in carriers for g in prep_objects(c, SENT_INTO)]
    if obj is not None and event_type in LINKED_TYPES:
        # "cut off roads connected to the South", "reopened the railway linking the two
        # Koreas"; "severed the roads and railways connecting it with the South", the
        # link hung on the last of the joined objects
        heads += [end for joined in (obj, *obj.conjuncts) for end in link_ends(joined)]
    if obj is not None and not (event_type == "AGREE" and names_topic(obj)):
        # (not "agreed on sanctions against North Korea": what is agreed, not with whom)
        if event_type in TARGETED_TYPES:
            heads += hosts(obj)  # "opposed the deployment of THAAD in South Korea"
        for child in obj.children:
            if (
                child.lower_ in TOPIC_PREPS
                # ("briefed the Americans on Iraq's position": the parser may hang the
                # topic on the one told)
                and (
                    obj.lemma_.lower() in DOCUMENT_NOUNS
                    or event_type == "AGREE"
                    or verb.lemma_.lower() in TELLING_VERBS
                )
                and not (event_type == "ACCUSE" and _rights_of(child))
                and not (event_type == "SANCTION" and child.lower_ == "on")
            ):
                # "vetoed a resolution on North Korea", "reached an understanding on
                # North Korea": the topic, not a party (one enforced penalises it)
                continue
            if child.lower_ == "at" and event_type in ("REJECT", "SANCTION"):
                continue  # "blocked a push at the Security Council", "to tighten
                # sanctions at the Security Council": where, not whom
            if child.lower_ in ("at", "in") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in PLACE_NOUNS for g in child.children
            ):
                continue  # "the arrival of the carrier at the port of Busan": where
            # ("welcomed Kim's visit to China": the host is party to the visit)
            hosted = child.lower_ == "to" and obj.lemma_.lower() in VISIT_NOUNS
            if (
                child.dep_ == "prep"
                and child.lower_ != "by"
                and not hosted
                and event_type in STANCE_TYPES
                and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in obj.children)
            ):
                # "supports South Korea's efforts on inter-Korean cooperation",
                # "welcomed Washington's offer of talks with Pyongyang": the owner's
                # act, whatever it is about or with (not "pledged its support for X")
                continue
            if (
                child.lower_ in ("against", "on")
                and event_type in STANCE_TYPES
                and names_force(obj)
                and verb.lemma_.lower() not in BLAMING_VERBS  # "blamed the attack on Seoul"
            ):
                # "supports sanctions against Pyongyang", "condemned the attack on
                # Seoul": the act's patient, not whom the stance is for or against
                continue
            if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS | over | about | {
                "between",
                "of",
                "for",
            }:
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    heads.append(pobj)
                    if event_type in TARGETED_TYPES:
                        heads += prep_objects(pobj, frozenset({"by"}))
                    if event_type in TARGETED_TYPES:
                        heads += hosts(pobj)  # "opposition to the deployment in Korea"
                    # "support for the measures taken by the DPRK": who took them
                    heads += [a for p in pobj.children if p.dep_ == "acl" for a in agents(p)]
                    # "an office for talks with North Korea": the talks' party
                    heads += prep_objects(pobj, PARTY_PREPS)
            if (
                child.dep_ == "poss"
                and event_type in TARGETED_TYPES
                and obj.lemma_.lower() not in VOTED_DOCUMENTS  # the Council's resolutions
            ):
                heads.append(child)  # "condemned the North's test"
            if child.dep_ == "compound" and event_type in TARGETED_TYPES:
                # "the North's missile test", the parser hanging "'s" on "missile"
                heads += [g for g in child.children if g.dep_ == "poss"]
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                if event_type in TARGETED_TYPES:  # "condemned the launch by North Korea"
                    heads += [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ in ("acl", "relcl") and event_type in TARGETED_TYPES:
                heads += doers_told(child)  # "condemned the drills staged by Seoul and Washington"
                if (
                    event_type == "SANCTION"
                    and obj.lemma_.lower() in DOCUMENT_NOUNS
                    and child.tag_ == "VBG"
                ):
                    # "adopted a resolution imposing sanctions on North Korea": whom the
                    # text acts on
                    acted_on = next(iter(objects_of(child)), None)
                    heads += recipient_heads(child, acted_on, event_type)
    if event_type == "SUPPORT" and obj is not None and obj.lemma_.lower() in PROMISES:
        # "reiterated its commitment to defend South Korea": whom the promise serves
        # ("supports its decision to expel Russian diplomats" serves no Russia)
        promised = to_clause(obj)
        heads += [g for g in promised.children if g.dep_ == "dobj"] if promised is not None else []
        # "Iraq's commitment to the defense of Kuwait": Kuwait, not the promise's owner
        heads += prep_objects(obj, frozenset({"to"}))
    if event_type in TARGETED_TYPES:
        # "suspended operations at the complex to punish Pyongyang": whom it punishes
        heads += [
            g
            for clause in verb.children
            if clause.dep_ in ("advcl", "xcomp")
            and clause.lemma_.lower() in load_lexicon().punishing_verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            for g in clause.children
            if g.dep_ == "dobj"
        ]
    if event_type == "CONSULT":
        # "spoke by phone with Kishida", the parser hanging "with" on the phone
        heads += [
            g
            for child in verb.children
            if child.dep_ == "prep" and child.lower_ in ("by", "over", "on")
            for means in child.children
            if means.dep_ == "pobj"
            for g in prep_objects(means, PARTY_PREPS)
        ]
    if event_type == "ACCUSE" and prep_objects(verb, frozenset({"against"})):
        # "filed a complaint with the UN against Iran": lodged with the one, against
        # the other
        heads = [h for h in heads if not (h.dep_ == "pobj" and h.head.lower_ == "with")]
    if event_type == "CONSULT" and verb.lemma_.lower() in TOPIC_VERBS:
        # "discuss North Korea's test": the object is the topic, not a party.
        heads = [h for h in heads if h.dep_ == "pobj" and h.head.lower_ in ("with", "between")]
    return heads
