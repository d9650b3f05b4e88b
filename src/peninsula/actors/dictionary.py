"""The actor dictionary: data/actors.yaml plus every other country from pycountry,
with its demonym and capital from countryinfo ("the Afghan government", "Baghdad said").

A person resolves to the country and sector of the role held on the event's
date; countries and organisations have one open-ended role.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pycountry

from peninsula.data import load_yaml
from peninsula.models import ActorRef

# Sectors that act for a state; events need a state actor.
STATE_SECTORS = frozenset({"GOV", "MIL", "PTY", "MED", "LEG", "JUD", "IGO", "SPY"})
IGO_CODES = frozenset({"UNO", "EUR", "NAT", "IAEA", "ASEAN", "AFR"})


class ActorKind(enum.StrEnum):
    """What an actor entry names."""

    COUNTRY = "country"
    ORGANISATION = "organisation"
    PERSON = "person"


class AliasKind(enum.StrEnum):
    """How an alias names its actor: "South Korea", "Seoul", "South Korean"."""

    NAME = "name"
    CAPITAL = "capital"
    SITE = "site"  # a city or site in the state, no metonym: "arrived in Vladivostok"
    DEMONYM = "demonym"
    LEARNED = "learned"  # a person the text introduced with a state's title


@dataclass(frozen=True)
class Role:
    """A country code and PLOVER sector held over a period."""

    code: str
    sector: str
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Return True when the role is held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actor: a country, an organisation, or a person with dated roles."""

    name: str
    kind: ActorKind
    roles: tuple[Role, ...]
    surname: str | None = None

    def role_on(self, day: dt.date | None) -> Role:
        """Return the role held on ``day``, else the nearest in time, else the latest."""
        if len(self.roles) == 1 or day is None:
            return self.roles[-1]
        for role in self.roles:
            if role.covers(day):
                return role

        def distance(role: Role) -> int:
            if role.start and day < role.start:
                return (role.start - day).days
            if role.end and day > role.end:
                return (day - role.end).days
            return 0

        return min(self.roles, key=distance)


@dataclass(frozen=True)
class Alias:
    """A string that names an actor."""

    text: str
    entry: ActorEntry
    kind: AliasKind


@dataclass(frozen=True)
class Epithet:
    """Words by which one state's own media name another: DPRK state media's
    "puppets" for South Korea."""

    voice: str  # the code of the state whose media use them
    code: str  # the code of the state they name
    words: frozenset[str]  # lower case


@dataclass(frozen=True)
class ActorDictionary:
    """All known actors and the strings that name them."""

    entries: tuple[ActorEntry, ...]
    aliases: tuple[Alias, ...]
    epithets: tuple[Epithet, ...] = ()

    def surnames(self) -> dict[str, list[ActorEntry]]:
        """Return the people by surname."""
        index: dict[str, list[ActorEntry]] = {}
        for entry in self.entries:
            if entry.kind is ActorKind.PERSON and entry.surname:
                index.setdefault(entry.surname, []).append(entry)
        return index


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _surname(name: str, code: str) -> str:
    parts = name.replace(",", " ").split()
    # East Asian names put the family name first.
    return parts[0] if code in ("PRK", "KOR", "CHN", "TWN", "VNM") else parts[-1]


def _aliases(entry: ActorEntry, names: Iterable[str], kind: AliasKind) -> list[Alias]:
    return [Alias(str(text), entry, kind) for text in names if str(text).strip()]


def _from_yaml(data: dict[str, Any]) -> tuple[list[ActorEntry], list[Alias]]:
    entries: list[ActorEntry] = []
    aliases: list[Alias] = []
    for item in data.get("countries") or []:
        entry = ActorEntry(item["name"], ActorKind.COUNTRY, (Role(item["code"], "GOV"),))
        entries.append(entry)
        aliases += _aliases(entry, [item["name"], *item.get("names", [])], AliasKind.NAME)
        aliases += _aliases(entry, item.get("capitals", []), AliasKind.CAPITAL)
        aliases += _aliases(entry, item.get("sites", []), AliasKind.SITE)
        aliases += _aliases(entry, item.get("demonyms", []), AliasKind.DEMONYM)
    for item in data.get("organisations") or []:
        role = Role(item["code"], item.get("sector") or "GOV", item["name"])
        entry = ActorEntry(item["name"], ActorKind.ORGANISATION, (role,))
        entries.append(entry)
        aliases += _aliases(entry, [item["name"], *item.get("names", [])], AliasKind.NAME)
    for item in data.get("people") or []:
        roles = tuple(
            Role(
                r["code"],
                r.get("sector") or "GOV",
                r.get("title"),
                _date(r.get("start")),
                _date(r.get("end")),
            )
            for r in sorted(item["roles"], key=lambda r: str(r.get("start") or ""))
        )
        if not roles:
            continue
        entry = ActorEntry(
            item["name"], ActorKind.PERSON, roles, surname=_surname(item["name"], roles[-1].code)
        )
        entries.append(entry)
        aliases += _aliases(entry, [item["name"], *item.get("names", [])], AliasKind.NAME)
    return entries, aliases


def _countryinfo_items() -> Iterable[dict[str, Any]]:
    """The country records of countryinfo's data (MIT)."""
    for item in resources.files("countryinfo").joinpath("data").iterdir():
        if item.name.endswith(".json"):
            yield json.loads(item.read_text(encoding="utf-8"))


def _countryinfo_capitals(not_metonyms: set[str]) -> dict[str, str]:
    """Each country's capital from countryinfo's data, by ISO alpha-3 code: "Baghdad
    said" is Iraq. A capital two records share (Jerusalem) or that is also a common
    word or name (``not_metonyms``, reviewed in actors.yaml) stands for no state."""
    capitals: dict[str, set[str]] = {}
    for data in _countryinfo_items():
        code, capital = (data.get("ISO") or {}).get("alpha3"), data.get("capital")
        if isinstance(code, str) and isinstance(capital, str) and capital.strip():
            capitals.setdefault(capital.strip(), set()).add(code)
    return {
        next(iter(codes)): capital
        for capital, codes in capitals.items()
        if len(codes) == 1 and capital.lower() not in not_metonyms
    }


def _countryinfo_demonyms() -> dict[str, list[str]]:
    """Each country's demonyms from countryinfo's data (MIT), by ISO alpha-3 code.

    A demonym several countries share goes to the most populous of them:
    "Indian" is India's, not the British Indian Ocean Territory's.
    """
    holders: dict[str, tuple[int, str]] = {}
    for data in _countryinfo_items():
        code, demonyms = (data.get("ISO") or {}).get("alpha3"), data.get("demonym")
        if not isinstance(code, str) or not isinstance(demonyms, str):
            continue
        counted = data.get("population")
        population = counted if isinstance(counted, int) else 0
        for demonym in (d.strip() for d in demonyms.split(",")):  # "Antiguan,Barbudan"
            if demonym and population >= holders.get(demonym, (-1, ""))[0]:
                holders[demonym] = (population, code)
    found: dict[str, list[str]] = {}
    for demonym, (_population, code) in sorted(holders.items()):
        found.setdefault(code, []).append(demonym)
    return found


def _plural_demonym(demonym: str) -> str | None:
    """The people of a country, named by its demonym as a plural noun: "Canadians",
    "Iraqis", "Filipinos" (none for "Swiss", "Japanese" or "Danish": the same word,
    or another noun)."""
    if " " in demonym or demonym[-1:] not in ("n", "i", "o"):
        return None
    return demonym + "s"


def _from_pycountry(
    known_codes: set[str], taken: set[str], not_metonyms: set[str]
) -> tuple[list[ActorEntry], list[Alias]]:
    entries: list[ActorEntry] = []
    aliases: list[Alias] = []
    demonyms = _countryinfo_demonyms()
    capitals = _countryinfo_capitals(not_metonyms)
    for country in pycountry.countries:
        code = country.alpha_3
        if code in known_codes:
            continue
        candidates = [
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        ]
        names = [str(n) for n in candidates if n and "," not in n and str(n).lower() not in taken]
        if not names:
            continue
        entry = ActorEntry(names[0], ActorKind.COUNTRY, (Role(code, "GOV"),))
        entries.append(entry)
        aliases += _aliases(entry, names, AliasKind.NAME)
        own = [d for d in demonyms.get(code, []) if d.lower() not in taken]
        own += [p for d in own if (p := _plural_demonym(d)) and p.lower() not in taken]
        aliases += _aliases(entry, own, AliasKind.DEMONYM)
        capital = capitals.get(code)
        if capital is not None and capital.lower() not in taken | {n.lower() for n in names}:
            aliases += _aliases(entry, [capital], AliasKind.CAPITAL)
    return entries, aliases


@cache
def load_actors() -> ActorDictionary:
    """Load the packaged actor dictionary, completed with pycountry's countries."""
    data = load_yaml("actors.yaml") or {}
    entries, aliases = _from_yaml(data)
    known = {e.roles[0].code for e in entries if e.kind is ActorKind.COUNTRY}
    not_metonyms = {str(word).lower() for word in data.get("capitals_not_metonyms") or []}
    more_entries, more_aliases = _from_pycountry(
        known, {a.text.lower() for a in aliases}, not_metonyms
    )
    epithets = tuple(
        Epithet(item["voice"], item["code"], frozenset(str(w).lower() for w in item["words"]))
        for item in data.get("epithets") or []
    )
    return ActorDictionary(tuple(entries + more_entries), tuple(aliases + more_aliases), epithets)


@cache
def country_names() -> dict[str, str]:
    """The name of each country, by code."""
    return {
        entry.roles[0].code: entry.name
        for entry in load_actors().entries
        if entry.kind is ActorKind.COUNTRY
    }


def country_ref(code: str, sector: str, text: str) -> ActorRef:
    """The country of this code as an event's actor, named in the text by ``text``."""
    return ActorRef(code, sector, text, country_names()[code])


@cache
def _organisations() -> dict[str, ActorEntry]:
    return {e.name: e for e in load_actors().entries if e.kind is ActorKind.ORGANISATION}


def party_ref(party: str, sector: str, text: str) -> ActorRef:
    """A party named by a data file: a country by its code, with ``sector``, or an
    organisation by its name in actors.yaml ("United Nations Security Council"),
    with its own code and sector."""
    if party in country_names():
        return country_ref(party, sector, text)
    role = _organisations()[party].roles[-1]
    return ActorRef(role.code, role.sector, text, party)
