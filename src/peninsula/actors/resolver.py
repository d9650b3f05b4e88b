"""Find actors in parsed text: dictionary names, surnames of people already named, pairs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from peninsula.actors.dictionary import ActorDictionary, ActorEntry, ActorKind, AliasKind
from peninsula.actors.spellings import (
    based_in,
    described_names,
    in_a_region_name,
    matched_exactly,
    opens_a_longer_name,
    spellings,
)
from peninsula.actors.titles import (
    COURTESY_TITLES,
    DESCRIPTION_WINDOW,
    LEADER_TITLES,
    PLURAL_TITLES,
    ROLE_WORDS,
    TITLE_WINDOW,
    described_state,
    holds_title,
    home_titled,
    title_words,
    titled_state,
)

# Phrases naming both Koreas at once; each gives a mention of each state.
PAIR_PHRASES = (
    "the two Koreas",
    "both Koreas",
    "two Koreas",
    "the Koreas",
    "inter-Korean",
    "north-south",  # KCNA's "the north-south military agreement"
    "North and South Korea",
    "South and North Korea",
    "the two Korean states",
    "the North and the South",
    "the South and the North",
    "Seoul and Pyongyang",
    "Pyongyang and Seoul",
    "south and north",
    "north and south",
    "the two sides of Korea",
)
PAIR_CODES = ("KOR", "PRK")
_PAIR_LABEL = "__pair__"


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a doc: token span, entry, and how it was named."""

    start: int
    end: int
    entry: ActorEntry
    kind: AliasKind
    text: str


@dataclass
class ArticleActors:
    """Actors named so far in one article: a later bare surname ("Lee") or a definite
    description ("the ministry") resolves to the last one named in full."""

    by_surname: dict[str, ActorEntry] = field(default_factory=dict)
    # everyone the article named in full, by surname: "President Kim" after Kim
    # Dae-jung, Kim Jong-il and Kim Yong-nam is the one who is president
    surname_holders: dict[str, list[ActorEntry]] = field(default_factory=dict)
    by_head: dict[str, ActorEntry] = field(default_factory=dict)
    # surnames of people the dictionary knows that the article gave to someone else
    # in full: after "judge Michael Kirby", "Mr. Kirby" is not John Kirby
    strangers: set[str] = field(default_factory=set)
    # people the dictionary does not know, by each part of their name, with the
    # state or body their title gives: "Mongolian Foreign Minister Battsetseg
    # Batmunkh", "Zhao Leji, a senior official of China's Communist Party"
    learned: dict[str, ActorEntry] = field(default_factory=dict)
    # the state whose outlet the article is (KCNA: the DPRK): a title naming no
    # state is its ("Minister of IT Industry Ju Yong Il")
    home: ActorEntry | None = None
    # the country of a national outlet (Yonhap: South Korea), whose officials it
    # names by title alone ("First Vice Foreign Minister Kim Hong-kyun")
    outlet_home: ActorEntry | None = None
    # the day the article was published: "President Bush" in 2006 is the one then
    # in office, of the two the dictionary knows by that surname
    published: dt.date | None = None


class ActorMatcher:
    """Match the dictionary's aliases in spaCy docs, longest match first."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self._dictionary = dictionary
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._aliases = {}
        self._the_words: dict[str, int] = {}  # "North" of "the North", to its key
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for index, alias in enumerate(dictionary.aliases):
            key = f"a{index}"
            self._aliases[nlp.vocab.strings.add(key)] = alias
            target = exact if matched_exactly(alias.text) else folded
            target.setdefault(key, []).extend(spellings(nlp, alias.text))
            if alias.kind in (AliasKind.CAPITAL, AliasKind.SITE) and " " not in alias.text:
                # a dateline's capital: "SEOUL, July 31 (Yonhap) --"
                target[key].extend(spellings(nlp, alias.text.upper()))
            if alias.text.startswith("the "):  # "The North said ..." opens a sentence
                target[key].extend(spellings(nlp, "T" + alias.text[1:]))
                named = alias.text[4:]
                if named.isalpha() and named.istitle():  # "the impoverished North"
                    self._the_words[named] = nlp.vocab.strings[key]
        pair_docs = [nlp.make_doc(text) for text in PAIR_PHRASES]
        folded[_PAIR_LABEL] = pair_docs
        for key, docs in exact.items():
            self._exact.add(key, docs)
        for key, docs in folded.items():
            self._folded.add(key, docs)
        self._pair_key = nlp.vocab.strings[_PAIR_LABEL]
        by_code = {e.roles[0].code: e for e in dictionary.entries if e.kind is ActorKind.COUNTRY}
        self._countries = by_code
        self._pair = tuple(by_code[c] for c in PAIR_CODES if c in by_code)
        self._surnames = dictionary.surnames()
        # "the puppets" in an article of DPRK state media: by voice, word
        self._epithets: dict[str, dict[str, ActorEntry]] = {}
        for epithet in dictionary.epithets:
            if epithet.code in by_code:
                words = self._epithets.setdefault(epithet.voice, {})
                words.update({word: by_code[epithet.code] for word in epithet.words})
        # a paragraph may name a person by surname alone ("Putin agreed.")
        names = {a.text for a in dictionary.aliases} | set(self._surnames)
        names |= {word for words in self._epithets.values() for word in words}
        self._prefilter = re.compile(
            "|".join(sorted({re.escape(n) for n in names if len(n) > 1}, key=len, reverse=True))
            + "|Korea",
            re.IGNORECASE,
        )

    def country(self, code: str) -> ActorEntry | None:
        """The dictionary's entry for a country code."""
        return self._countries.get(code)

    def may_name_actor(self, text: str) -> bool:
        """Cheap test on raw text: could this paragraph name any actor?"""
        return self._prefilter.search(text) is not None

    def mentions(self, doc: Doc, article: ArticleActors | None = None) -> list[ActorMention]:
        """Return the actor mentions in ``doc``, and remember the people for ``article``."""
        matches = [
            (k, s, e)
            for k, s, e in [
                *self._exact(doc),
                *self._folded(doc),
                *described_names(doc, self._the_words),
            ]
            if not opens_a_longer_name(doc, s, e)
            and not in_a_region_name(doc, s)
            and not _names_a_period_or_make(doc, e)
            and not based_in(doc, e)
        ]
        spans = _longest_names([Span(doc, s, e, label=k) for k, s, e in matches])
        found: list[ActorMention] = []
        covered: set[int] = set()
        # the surnames of people named in full here, and where first: a surname
        # before its full name is someone's named before ("Kim gave Moon a letter
        # ..., presidential spokesman Kim Eui-kyeom said")
        earlier = dict(article.by_surname) if article is not None else {}
        named_at: dict[str, int] = {}
        in_full: dict[str, list[tuple[int, ActorEntry]]] = {}  # full names, by surname
        for span in spans:
            covered.update(range(span.start, span.end))
            if span.label == self._pair_key:
                found += [
                    ActorMention(span.start, span.end, e, AliasKind.NAME, span.text)
                    for e in self._pair
                ]
                continue
            alias = self._aliases[span.label]
            found.append(ActorMention(span.start, span.end, alias.entry, alias.kind, span.text))
            if article is not None and alias.entry.surname:
                named_at.setdefault(alias.entry.surname, span.start)
                if len(span) > 1:
                    in_full.setdefault(alias.entry.surname, []).append((span.start, alias.entry))
                article.by_surname[alias.entry.surname] = alias.entry
                holders = article.surname_holders.setdefault(alias.entry.surname, [])
                if alias.entry not in holders:
                    holders.append(alias.entry)
        found = _owned_by_another_state(doc, found)
        # "the Unification Ministry", or "the Committee for the Peaceful Reunification
        # of Korea": a later "the committee" is the body
        if article is not None:
            for body in (m for m in found if m.entry.kind is ActorKind.ORGANISATION):
                name = doc[body.start : body.end]
                heads = {name[-1].lower_, name.root.lower_}
                if name.root.dep_ == "compound":
                    heads.add(name.root.head.lower_)  # "a United Nations commission"
                for head in heads & DESCRIPTION_HEADS:
                    article.by_head[head] = body.entry
        groups = _groups(doc, found) if article is not None else []
        # "the ministry" after "the Unification Ministry": before people are learned,
        # so that "ministry spokesperson Lee Jong-joo" is the ministry's
        described = list(self._description_mentions(doc, covered, article, groups))
        if article is not None:
            article.by_head.update({head: entry for _index, head, entry in groups})
        covered.update(i for m in described for i in range(m.start, m.end))
        found += described
        if article is not None:
            # the sentence that gives a title already resolves its person by it
            # "Prime Minister Koizumi" in KCNA: a person the dictionary knows, not
            # an official of the outlet's state to learn
            known = {t.i for t in doc if t.is_title and self._surname_entry(doc, t.i, article)}
            introduced = _learn_people(doc, found, covered | known, article)
            learned = list(_learned_mentions(doc, covered | introduced, article))
            covered.update(i for m in learned for i in range(m.start, m.end))
            found += learned
        found += self._surname_mentions(doc, covered, article, earlier, named_at, in_full)
        if article is not None and article.home is not None:
            found += self._epithet_mentions(doc, found, article.home)
        return sorted(found, key=lambda m: (m.start, m.end))

    def _surname_entry(
        self, doc: Doc, index: int, article: ArticleActors | None = None
    ) -> ActorEntry | None:
        """The one person the dictionary knows by the surname at ``index``: the one
        holding the title written before it when the article was published
        ("President Bush" in 2006, "President Moon" in 2018), else by the title
        before it if several bear it ("Prime Minister Koizumi"). A surname alone
        names a person only when no one else bears it, and not for
        family-name-first names, where few surnames are rare."""
        bearers = self._surnames.get(doc[index].text, [])
        published = article.published if article is not None else None
        in_office = _in_office(bearers, title_words(doc, index), published)
        if index + 1 < len(doc) and doc[index + 1].lower_ in LED_BODIES:
            # "the Bush administration", "the Moon government": the leader then in office,
            # else any who led it, when all led the same state (either Bush)
            in_office = in_office or _in_office(bearers, ["president"], published)
            in_office = in_office or _one_state_led(bearers, published)
        if in_office is not None:
            return in_office
        candidates = _bearing_title(bearers, doc, index)
        if len(candidates) > 1 and published is not None:
            # "Clinton" in 1999 is the one then in office (Bill, not Hillary)
            serving = [e for e in candidates if any(r.covers(published) for r in e.roles)]
            candidates = serving if len(serving) == 1 else candidates
        # ("Mr. Bush": a word that is mostly something else is a name after "Mr.")
        courtesy = index > 0 and doc[index - 1].lower_ in COURTESY_TITLES
        if (
            len(candidates) != 1
            or (doc[index].text in _COMMON_WORDS and not courtesy)
            or candidates[0].roles[-1].code in FAMILY_NAME_FIRST
        ):
            return None
        return candidates[0]

    def _epithet_mentions(
        self, doc: Doc, found: list[ActorMention], home: ActorEntry
    ) -> Iterable[ActorMention]:
        """The state an epithet of the article's own state media names ("the puppet
        army" in KCNA: South Korea's), where its noun phrase names no state itself
        ("the ROK puppet army", "the Kiev puppet regime")."""
        words = self._epithets.get(home.roles[0].code, {})
        named = {i for m in found for i in range(m.start, m.end)}
        for token in doc:
            entry = words.get(token.lower_)
            if entry is None or token.i in named or token.dep_ in ("attr", "oprd"):
                continue  # "called Japan a puppet of the U.S.": said of another
            phrase = token.head if token.dep_ in ("amod", "compound", "nmod") else token
            owned = [t for t in phrase.subtree if t.i <= phrase.i]
            owned += [t for c in phrase.children if c.lower_ == "of" for t in c.subtree]
            if not any(t.i in named for t in owned):
                yield ActorMention(token.i, token.i + 1, entry, AliasKind.NAME, token.text)

    @staticmethod
    def _description_mentions(
        doc: Doc,
        covered: set[int],
        article: ArticleActors | None,
        groups: list[tuple[int, str, ActorEntry]],
    ) -> Iterable[ActorMention]:
        """ "the ministry" after "the Unification Ministry" is that ministry; "the
        delegation" is the state of the last delegation named before it."""
        if article is None:
            return
        for token in doc:
            earlier = [e for i, head, e in groups if head == token.lower_ and i < token.i]
            entry = earlier[-1] if earlier else article.by_head.get(token.lower_)
            if entry is None or token.i in covered or token.i == 0:
                continue
            titles = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ROLE_WORDS
            before = doc[token.i - 1]
            if titles and before.is_alpha and before.lower_ not in entry.name.lower():
                continue  # "foreign ministry spokesperson Wang": another ministry
            # ("any Council action": the Council named before, by its capital)
            named_again = before.lower_ in ("any", "this", "that") and token.is_title
            if before.lower_ == "the" or titles or named_again or _counted_members(token):
                # "the ministry", "ministry spokesperson Lee Jong-joo"
                yield ActorMention(token.i, token.i + 1, entry, AliasKind.NAME, token.text)

    def _surname_mentions(
        self,
        doc: Doc,
        covered: set[int],
        article: ArticleActors | None,
        earlier: dict[str, ActorEntry],
        named_at: dict[str, int],
        in_full: dict[str, list[tuple[int, ActorEntry]]],
    ) -> Iterable[ActorMention]:
        for token in doc:
            if token.i in covered or not token.is_title:
                continue
            named = article.by_surname.get(token.text) if article else None
            if named is not None and article is not None:
                named = _titled_holder(article.surname_holders.get(token.text, []), doc, token.i)
                named = named or article.by_surname[token.text]
            if token.i < named_at.get(token.text, -1):
                named = earlier.get(token.text)  # not the one named in full after it
            else:
                named = _other_than_just_named(token, in_full, earlier) or named
            # the tagger may take a surname opening a sentence for a noun ("Trump
            # met Kim"); one named in full before in the article still counts
            if token.pos_ != "PROPN" and named is None and not _opening_subject(token):
                continue
            if _inside_longer_name(token):
                if article is not None and _given_name_before(token):
                    article.strangers.add(token.text)
                continue  # "Jong" in "Kim Jong Un" is not Mr Jong
            if named is None and article is not None and token.text in article.strangers:
                continue
            entry = named
            if entry is None:
                entry = self._surname_entry(doc, token.i, article)
                if entry is None:
                    continue
                if article is not None:
                    article.by_surname[token.text] = entry  # "Koizumi came again"
            yield ActorMention(token.i, token.i + 1, entry, AliasKind.NAME, token.text)


def _owned_by_another_state(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """Drop a body named with another state as its owner: "Iraq's National Security
    Council", "Russia's Security Council" are that state's own, not the U.S. council
    or the U.N.'s that the bare name means (the owner is a mention of its own)."""
    countries = {
        i: m.entry.roles[0].code
        for m in found
        if m.entry.kind is ActorKind.COUNTRY
        for i in range(m.start, m.end)
    }
    kept = []
    for mention in found:
        head = doc[mention.end - 1]
        owners = {
            countries.get(c.i)
            for c in head.children
            if c.dep_ == "poss" and not mention.start <= c.i < mention.end
        } | {  # "the Supreme National Security Council of Iran"
            countries.get(g.i)
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of" and c.i >= mention.end
            for g in c.children
            if g.dep_ == "pobj"
        }
        owners.discard(None)
        body = mention.entry.kind is ActorKind.ORGANISATION
        if body and owners and mention.entry.roles[0].code not in owners:
            continue
        owner = _pronoun_owner(head, found) if body else None
        if owner is not None and mention.entry.roles[0].code not in _codes(owner):
            # "his National Security Council": its owner acts through it
            mention = ActorMention(mention.start, mention.end, owner, mention.kind, mention.text)
        kept.append(mention)
    return kept


# Words by which "the 15-member Council" counts its members.
MEMBER_WORDS = frozenset({"member", "nation", "country", "-"})


def _counted_members(token: Token) -> bool:
    """True for a body named by its head after a count of its members: "the
    15-member Council"."""
    between = token.doc[token.left_edge.i + 1 : token.i]
    return (
        token.left_edge.lower_ == "the"
        and len(between) > 0
        and any(t.like_num for t in between)
        and all(t.like_num or t.lower_ in MEMBER_WORDS for t in between)
    )


# Pronouns that own a body: "convened his National Security Council".
OWNING_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _pronoun_owner(head: Token, found: list[ActorMention]) -> ActorEntry | None:
    """The state or person named last before a body's owning pronoun in its
    sentence: "President Kim Dae-jung convened his National Security Council"
    (Kim's); None if the body has no such pronoun."""
    pronoun = next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS), None
    )
    if pronoun is None:
        return None
    before = [
        m.entry
        for m in found
        if pronoun.sent.start <= m.start
        and m.end <= pronoun.i
        and m.entry.kind in (ActorKind.COUNTRY, ActorKind.PERSON)
    ]
    return before[-1] if before else None


def _codes(entry: ActorEntry) -> set[str]:
    return {role.code for role in entry.roles}


def _titled_holder(holders: list[ActorEntry], doc: Doc, index: int) -> ActorEntry | None:
    """The last of the people named before with the surname at ``index`` whose role
    is the title written before it, exactly ("President Kim": the one who is
    "President", not "President of the Presidium"); None if no title is written or
    none of them holds it."""
    title = " ".join(title_words(doc, index))
    if not title:
        return None
    exact = [e for e in holders if any((r.title or "").lower() == title for r in e.roles)]
    return exact[-1] if exact else None


# Bodies named for the leader who heads them: "the Bush administration".
LED_BODIES = frozenset({"administration", "government"})
# Titles of those whose name their government bears ("the Bush administration").
GOVERNMENT_HEAD_TITLES = ("president", "prime minister", "chancellor", "premier")


def _in_office(
    bearers: list[ActorEntry], title: list[str], day: dt.date | None
) -> ActorEntry | None:
    """The one bearer of a surname who held the title written before it on ``day``."""
    if not title or day is None:
        return None
    words = " ".join(title)
    holding = [
        e for e in bearers if any(holds_title(r.title, words) and r.covers(day) for r in e.roles)
    ]
    return holding[0] if len(holding) == 1 else None


def _one_state_led(bearers: list[ActorEntry], day: dt.date | None) -> ActorEntry | None:
    """The last of the bearers of a surname who had led a state by ``day``, when all
    who had led the same one: "the Bush administration" years after either Bush (not
    before either took office)."""
    leaders = [
        e
        for e in bearers
        if day is not None
        and any(
            any(holds_title(r.title, t) for t in GOVERNMENT_HEAD_TITLES)
            and r.start is not None
            and r.start <= day
            for r in e.roles
        )
    ]
    if len({r.code for e in leaders for r in e.roles}) != 1:
        return None
    return max(leaders, key=lambda e: e.roles[-1].start or dt.date.min)


def _bearing_title(candidates: list[ActorEntry], doc: Doc, index: int) -> list[ActorEntry]:
    """The people among ``candidates`` whose roles carry the title written before the
    surname at ``index`` ("Prime Minister Koizumi"); all of them if none is written."""
    words = title_words(doc, index)
    if len(candidates) < 2 or not words:
        return candidates
    title = " ".join(words)
    titled = [e for e in candidates if any(holds_title(r.title, title) for r in e.roles)]
    return titled or candidates


# Words a name is hyphenated to when it tells a thing's period or make, not a
# party: "Soviet-era debt", "Russian-made drones" (but "the South-built hotels"
# at Kumgang are the South's: "built" is not one).
PERIOD_OR_MAKE = frozenset({"era", "made", "style", "designed", "type", "vintage"})
# ... or the backer of what it names, which is not the backer's own: "the U.S.-backed
# government in Kabul", "the Iran-backed militia".
BACKING_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "trained", "armed"})


def _names_a_period_or_make(doc: Doc, end: int) -> bool:
    """True for a name joined by a hyphen to a word of period or make: "Soviet-era"."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in PERIOD_OR_MAKE | BACKING_WORDS
        and doc[end].idx == doc[end - 1].idx + len(doc[end - 1].text)  # no space
    )


def _opening_subject(token: Token) -> bool:
    """True for a sentence's first word, its subject, that the tagger took for a bare
    common noun or a verb: "Trump met Kim Jong Un", "Trump shook hands with Kim" (a
    common noun there would have a determiner)."""
    return (
        token.i == token.sent.start
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.tag_ in ("NN", "VB")
        and not any(c.dep_ == "det" for c in token.children)
    )


# Groups sent by a state, which a later "the <group>" refers back to: "a delegation
# of the Ministry of Foreign Affairs of Vietnam ... held talks with the delegation".
GROUP_HEADS = frozenset({"delegation", "mission", "team"})
# Links by which a state's name hangs on the group it sent.
GROUP_LINKS = frozenset({"pobj", "prep", "compound", "amod", "poss", "nmod"})


def _longest_names(spans: list[Span]) -> list[Span]:
    """The spans no longer name overlaps, a leading "the" not counted: "the UN
    Command" is the command, not "the UN" (as spaCy's filter_spans, which would
    count "The UN" as long as "UN Command" and keep the first)."""

    def length(span: Span) -> int:
        return len(span) - (1 if span[0].lower_ == "the" else 0)

    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-length(s), s.start)):
        if not taken & set(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _groups(doc: Doc, found: list[ActorMention]) -> list[tuple[int, str, ActorEntry]]:
    """The groups named with their state ("the Vietnamese delegation", "a delegation
    of ... Vietnam"), for a later "the delegation": where, which, whose."""
    groups = []
    for mention in found:
        if mention.entry.kind is not ActorKind.COUNTRY:
            continue
        token = doc[mention.end - 1]
        for _ in range(6):
            if token.dep_ not in GROUP_LINKS or token.head.i == token.i:
                break
            token = token.head
            if token.lemma_.lower() in GROUP_HEADS and token.pos_ == "NOUN":
                # not "an invitation for a DPRK delegation to visit Vietnam": one to come
                if not _to_come(token):
                    groups.append((token.i, token.lower_, mention.entry))
                break
    return sorted(groups, key=lambda group: group[0])


def _to_come(group: Token) -> bool:
    """True for a group told with what it is to do: "a delegation to visit Vietnam"."""
    return any(
        c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in group.children
    )


# Heads of organisation names that a later "the <head>" refers back to.
DESCRIPTION_HEADS = frozenset(
    {
        "ministry",
        "agency",
        "council",
        "committee",
        "command",
        "department",
        "administration",
        "commission",
        "office",
        "army",
        "navy",
        "party",
        "assembly",
        "service",
        "institute",
    }
)
FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM"})


def _learn_people(
    doc: Doc, found: list[ActorMention], covered: set[int], article: ArticleActors
) -> set[int]:
    """Remember the people named here whom the dictionary does not know, with the
    state or body their title or description names; return their tokens here."""
    introduced: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        entry = titled_state(doc, ent, found) or described_state(doc, ent, found)
        if entry is not None:
            introduced.update(range(ent.start, ent.end))
            # "Bounnhang Vorachith, ... president of the Lao People's Democratic
            # Republic ... the president had sent him": "the president" is his state
            stop = ent.end
            while stop < min(len(doc), ent.end + 3 * DESCRIPTION_WINDOW) and doc[stop].text != ".":
                stop += 1
            near = doc[max(0, ent.start - TITLE_WINDOW) : stop]
            article.by_head.update({t.lower_: entry for t in near if t.lower_ in LEADER_TITLES})
        elif (home := article.home or article.outlet_home) and home_titled(doc, ent, found):
            entry = home  # no state in the sentence: the name itself stands for it
        else:
            continue
        for part in ent:
            # a common surname counts as the family name a name opens with: "ministry
            # spokesperson Lee Jong-joo ... Lee said"
            # (as for "Kang Chol", North Korea's ambassador: a Korean or Chinese name
            # opens with the family name)
            family = (
                part.i == ent.start
                and len(ent) > 1
                and ("-" in ent[-1].text or entry.roles[-1].code in FAMILY_NAME_FIRST)
            )
            common = part.text in _COMMON_WORDS and not family
            if part.is_title and part.is_alpha and len(part) > 1 and not common:
                article.learned[part.text] = entry
    return introduced


def _learned_mentions(
    doc: Doc, covered: set[int], article: ArticleActors
) -> Iterable[ActorMention]:
    """The people learned before, named again: "Batmunkh met Yoon"."""
    index = 0
    while index < len(doc):
        token = doc[index]
        entry = article.learned.get(token.text)
        if entry is None or index in covered or token.pos_ not in ("PROPN", "NOUN"):
            index += 1
            continue
        end = index + 1
        while end < len(doc) and doc[end].text in article.learned and end not in covered:
            end += 1
        yield ActorMention(index, end, entry, AliasKind.LEARNED, doc[index:end].text)
        index = end


def _other_than_just_named(
    token: Token, in_full: dict[str, list[tuple[int, ActorEntry]]], earlier: dict[str, ActorEntry]
) -> ActorEntry | None:
    """The holder of a bare surname named before the one its own sentence just named
    in full: "spokesman Kim Eui-kyeom said Seoul welcomed Kim's visit" is another
    Kim's (of himself the sentence would say "his"); None if there is none."""
    spans = [(start, entry) for start, entry in in_full.get(token.text, []) if start < token.i]
    if not spans or token.doc[spans[-1][0]].sent.start != token.sent.start:
        return None
    just_named = spans[-1][1]
    before = [entry for _start, entry in spans[:-1]]
    if token.text in earlier:
        before.insert(0, earlier[token.text])
    others = [entry for entry in before if entry != just_named]
    return others[-1] if others else None


def _inside_longer_name(token: Token) -> bool:
    """Return True when a capitalised neighbour makes the token part of a longer name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return any(
        t is not None and t.is_title and t.pos_ == "PROPN" and t.text not in _TITLES
        for t in (before, after)
    )


def _given_name_before(token: Token) -> bool:
    """True for a surname written after a given name: "Michael Kirby"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        before is not None
        and before.is_title
        and before.pos_ == "PROPN"
        and before.text not in _TITLES
        and before.ent_type_ == "PERSON"
    )


# Titles that may stand before a surname: "Chairman Kim", "President Moon".
_TITLES = frozenset(
    {
        "President",
        "Chairman",
        "Minister",
        "Secretary",
        "Premier",
        "Leader",
        "General",
        "Marshal",
        "Comrade",
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Mrs",
        "Mrs.",
        "Dr",
        "Dr.",
        "Ambassador",
        "Envoy",
        "Vice",
        "Prime",
        "Foreign",
        "Defense",
        "Defence",
        "Unification",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Director",
        "Representative",
        "Deputy",
        "Senator",
        "Sen.",
        "Governor",
        "Chancellor",
        "Admiral",
        "Adm.",
        "Gen.",
        "Commander",
        "Undersecretary",
    }
)
# ... and in the plural before several: "Foreign Ministers Motegi and Chung"
_TITLES |= {plural.title() for plural in PLURAL_TITLES}
# Capitalised words that are surnames in the dictionary but usually mean something else.
_COMMON_WORDS = frozenset(
    {
        "Moon",
        "Park",
        "Lee",
        "Kim",
        "Choe",
        "Ri",
        "Song",
        "Young",
        "May",
        "Rice",
        "Wang",
        "Li",
        "Kang",
        "Han",
        "Cho",
        "Chung",
        "Hu",
        "Bush",
    }
)
