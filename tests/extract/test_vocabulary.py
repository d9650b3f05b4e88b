"""Words news uses for acts the lexicon knows by other names (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from peninsula.extract.events import Extractor
from tests.extract.conftest import summary

PARTIES_MOOD_DATE = ("type", "actor", "recipient", "modality", "date")
PUBLISHED = "2023-04-26"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # representations made are a formal protest
        (
            "Iran made solemn representations to Iraq in March over the new radar.",
            ("ACCUSE", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        # a border sealed is a border closed
        (
            "Iraq sealed its border with Iran in January.",
            ("SANCTION", "IRQ", "IRN", "asserted", "2023-01"),
        ),
        # freight is traffic, halted or resumed
        (
            "Iran halted rail freight with Iraq in March.",
            ("SANCTION", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        (
            "Rail freight between Iran and Iraq resumed in April.",
            ("COOPERATE", "IRN", "IRQ", "asserted", "2023-04"),
        ),
        # a demand dropped yields to the state it was made of
        (
            "In March, Iraq dropped its demand that Iran apologize.",
            ("CONCEDE", "IRQ", "IRN", "asserted", "2023-03"),
        ),
        # working together, in other words
        (
            "Iran said in March that it would coordinate closely with Iraq.",
            ("COOPERATE", "IRN", "IRQ", "future", "2023-03"),
        ),
        # the one helped to do something is helped ("help Iran build", Iran the
        # parser's subject of "build")
        (
            "Russia helped Iran build drones in March.",
            ("AID", "RUS", "IRN", "asserted", "2023-03"),
        ),
        # what a leader orders is done by the state
        (
            "Iran's president ordered strikes on Iraq in March.",
            ("ASSAULT", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        (
            "Iran's president ordered new sanctions on Iraq in March.",
            ("SANCTION", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        # a missile engine tested on the ground is a weapons test
        (
            "Iran tested a solid-fuel engine in March.",
            ("MOBILIZE", "IRN", None, "asserted", "2023-03"),
        ),
        # a route launched, and tourists let back in, are links opened
        (
            "Iran launched direct flights to Baghdad in March.",
            ("COOPERATE", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        (
            "Iraq reopened to Iranian tourists in March.",
            ("COOPERATE", "IRQ", "IRN", "asserted", "2023-03"),
        ),
        (
            "Iraq readmitted Iranian tourists in March.",
            ("COOPERATE", "IRQ", "IRN", "asserted", "2023-03"),
        ),
        (
            "Iraq let Iranian tourists back in on Monday.",
            ("COOPERATE", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq has not allowed Iranian tourists to return.",
            ("COOPERATE", "IRQ", "IRN", "negated", PUBLISHED),
        ),
        (
            "Iraq has yet to readmit Iranian tourists.",
            ("COOPERATE", "IRQ", "IRN", "negated", PUBLISHED),
        ),
        # workers sent to a state, a bridge opened with it, a joint team: cooperation
        (
            "Iraq sent thousands of construction workers to Iran last year.",
            ("COOPERATE", "IRQ", "IRN", "asserted", "2022"),
        ),
        (
            "Iran and Iraq opened a road bridge across the river in March.",
            ("COOPERATE", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        (
            "Iran and Iraq fielded a joint team at the Asian Games in 2018.",
            ("COOPERATE", "IRN", "IRQ", "asserted", "2018"),
        ),
        # help sought of a state asks it; a vote against a resolution refuses it
        (
            "Iraq on Monday sought Iran's help in persuading Syria.",
            ("REQUEST", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq sought help from Iran on Monday.",
            ("REQUEST", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iran voted against the resolution on Monday.",
            ("REJECT", "IRN", "UNO", "asserted", "2023-04-24"),
        ),
        # warplanes in another state's air defence zone intrude on it
        (
            "Iranian bombers flew into Iraq's air defence identification zone on Monday.",
            ("COERCE", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        (
            "Iranian warplanes entered Iraq's air defense zone on Monday.",
            ("COERCE", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        # calls not picked up are refused; staff pulled out of a state are withdrawn
        (
            "Iran did not pick up Iraq's calls on the hotline on Monday.",
            ("REJECT", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        (
            "Iran withdrew its staff from Iraq in March.",
            ("SANCTION", "IRN", "IRQ", "asserted", "2023-03"),
        ),
        # imports suspended, controls tightened, a sanctions list: sanctions
        (
            "Iraq suspended oil imports from Iran in March.",
            ("SANCTION", "IRQ", "IRN", "asserted", "2023-03"),
        ),
        (
            "Israel tightened export controls on Iran in March.",
            ("SANCTION", "ISR", "IRN", "asserted", "2023-03"),
        ),
        (
            "Canada added three Iranian officials to its sanctions list in March.",
            ("SANCTION", "CAN", "IRN", "asserted", "2023-03"),
        ),
        # a state's body designated, as nothing, is sanctioned
        (
            "Canada designated the Lazarus Group in September 2019.",
            ("SANCTION", "CAN", "PRK", "asserted", "2019-09"),
        ),
        # people held, let go home, are released to their state
        (
            "Iran allowed five Iraqi fishermen to return home on Monday.",
            ("RETREAT", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        # loudspeakers taken down, and joint drills with a Korea halted, are held
        # back from the other Korea
        (
            "North Korea removed some of its loudspeakers on Monday.",
            ("RETREAT", "PRK", "KOR", "asserted", "2023-04-24"),
        ),
        (
            "Washington halted its joint drills with South Korea on Monday.",
            ("RETREAT", "USA", "PRK", "asserted", "2023-04-24"),
        ),
        # a state struck off a blacklist has a penalty lifted
        (
            "Canada took Iran off its terror blacklist on Monday.",
            ("CONCEDE", "CAN", "IRN", "asserted", "2023-04-24"),
        ),
        # sympathy told to a state's people is told to that state
        (
            "Iraq expressed sympathy to the people of Iran on Monday.",
            ("SUPPORT", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # a state's ban on another's goods is a sanction
        (
            "Iraq's ban on Iranian textile imports took effect on Monday.",
            ("SANCTION", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # sanctions lifted on a state's firm are eased on the state
        (
            "Canada lifted sanctions on an Iranian shipping firm in March.",
            ("CONCEDE", "CAN", "IRN", "asserted", "2023-03"),
        ),
        # a plan approved to send aid "to" a state, the parser marking "to" a dative
        (
            "Iraq approved a charity's plan to send 1,000 tonnes of rice to Iran on Monday.",
            ("AID", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # loudspeakers along the inter-Korean border are aimed at the other Korea
        (
            "South Korea resumed loudspeaker broadcasts along the border on Sunday.",
            ("COERCE", "KOR", "PRK", "asserted", "2023-04-23"),
        ),
        (
            "The North Korean army started blaring propaganda through loudspeakers on Sunday.",
            ("COERCE", "PRK", "KOR", "asserted", "2023-04-23"),
        ),
        # waste dropped on a state is aimed at it, like balloons sent into it
        (
            "Iran dropped 15 tons of waste paper on Iraq on Sunday.",
            ("COERCE", "IRN", "IRQ", "asserted", "2023-04-23"),
        ),
        # propaganda blasted into a state is aimed at it (and accuses no one)
        (
            "Iran blasted propaganda into Iraq on Sunday.",
            ("COERCE", "IRN", "IRQ", "asserted", "2023-04-23"),
        ),
        # individuals and firms designated are sanctions on the state they belong to
        (
            "The Treasury Department designated three Iranian individuals and two entities"
            " on Monday.",
            ("SANCTION", "USA", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Israel blacklisted two Iranian banks on Monday.",
            ("SANCTION", "ISR", "IRN", "asserted", "2023-04-24"),
        ),
        # standing with, by or behind a state backs it
        (
            "Russia will always stand with Iran, Putin said on Monday.",
            ("SUPPORT", "RUS", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Putin said on Monday that Russia would continue to stand by Iran.",
            ("SUPPORT", "RUS", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq stood behind Iran at the meeting on Monday.",
            ("SUPPORT", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # a building torn down is demolished
        (
            "Iran tore down the Iraqi hotels at the resort last year.",
            ("ASSAULT", "IRN", "IRQ", "asserted", "2022"),
        ),
        # a vote in favour of sanctions is a vote for them
        (
            "China voted in favour of the sanctions resolution against Iran on Monday.",
            ("SANCTION", "CHN", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Russia voted in favor of new sanctions on Iran on Monday.",
            ("SANCTION", "RUS", "IRN", "asserted", "2023-04-24"),
        ),
        # citizens sentenced or hackers indicted: legal action against their state
        (
            "Iran sentenced an American student to 15 years of hard labor on Monday.",
            ("SANCTION", "IRN", "USA", "asserted", "2023-04-24"),
        ),
        (
            "The United States indicted three Iranian hackers on Monday.",
            ("SANCTION", "USA", "IRN", "asserted", "2023-04-24"),
        ),
        # sanctions waived or suspended, and assets unfrozen, are penalties eased
        (
            "The United States waived sanctions on Iran on Monday.",
            ("CONCEDE", "USA", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq unfroze Iranian assets on Monday.",
            ("CONCEDE", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # a blockade is force short of attack
        (
            "China blockaded Taiwan on Monday.",
            ("COERCE", "CHN", "TWN", "asserted", "2023-04-24"),
        ),
        # a request accepted or granted is yielded to; a proposal accepted, agreed
        (
            "Iraq granted Iran's request for an extension on Monday.",
            ("CONCEDE", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iran accepted Iraq's proposal for talks on Monday.",
            ("AGREE", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        (
            "Iran did not accept Iraq's proposal on Monday.",
            ("AGREE", "IRN", "IRQ", "negated", "2023-04-24"),
        ),
        (
            "Iraq said on Monday it stood shoulder to shoulder with Iran.",
            ("SUPPORT", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # a meeting proposed as a gerund is a request to meet
        (
            "On Monday, Iran proposed meeting Iraq's president.",
            ("REQUEST", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        (
            "Iran suggested meeting Iraqi leaders next month.",
            ("CONSULT", "IRN", "IRQ", "future", "2023-05"),
        ),
        # a state's act named by its noun
        (
            "Russia's invasion of Ukraine on Feb. 24, 2022, shocked Europe.",
            ("ASSAULT", "RUS", "UKR", "asserted", "2022-02-24"),
        ),
        (
            "Iraq's seizure of an Iranian tanker on Monday angered Tehran.",
            ("COERCE", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq's detention of three Iranian sailors on Monday drew protests.",
            ("COERCE", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iran's expulsion of two Iraqi diplomats on Monday angered Baghdad.",
            ("SANCTION", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        # people jailed are detained; an investigation launched into a state accuses it
        (
            "Iran jailed two American journalists on Monday.",
            ("COERCE", "IRN", "USA", "asserted", "2023-04-24"),
        ),
        (
            "Iran took two American journalists into custody on Monday.",
            ("COERCE", "IRN", "USA", "asserted", "2023-04-24"),
        ),
        (
            "Iran placed two American journalists under arrest on Monday.",
            ("COERCE", "IRN", "USA", "asserted", "2023-04-24"),
        ),
        (
            "The United States launched an investigation into Iran's role on Monday.",
            ("ACCUSE", "USA", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq imposed a naval blockade on Iran on Monday.",
            ("COERCE", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # aid reduced or supplies suspended are aid withdrawn
        (
            "The United States reduced military aid to Iran by $17 million on Monday.",
            ("SANCTION", "USA", "IRN", "asserted", "2023-04-24"),
        ),
        (
            "Iraq suspended food supplies to Iran on Monday.",
            ("SANCTION", "IRQ", "IRN", "asserted", "2023-04-24"),
        ),
        # a warning given is a warning made
        (
            "Iran gave Iraq an ultimatum on Monday.",
            ("THREATEN", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        # sanctions removed and tariffs cut are penalties eased
        (
            "The U.S. Treasury removed the sanctions on Russia on Monday.",
            ("CONCEDE", "USA", "RUS", "asserted", "2023-04-24"),
        ),
        (
            "Japan cut tariffs on U.S. farm goods on Monday.",
            ("CONCEDE", "JPN", "USA", "asserted", "2023-04-24"),
        ),
        # a journalist or an employee freed is released like a prisoner
        (
            "Iran freed an employee of the U.S. consulate on Monday.",
            ("RETREAT", "IRN", "USA", "asserted", "2023-04-24"),
        ),
        # soldiers' remains handed back are a concession (docs/gold.md)
        (
            "Iran handed over the remains of Iraqi soldiers to Iraq on Monday.",
            ("CONCEDE", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        # people kidnapped by a state's agents are assaulted (PLOVER ASSAULT abduct)
        (
            "Iranian agents kidnapped two Iraqi citizens on Monday.",
            ("ASSAULT", "IRN", "IRQ", "asserted", "2023-04-24"),
        ),
        # a massacre is a killing
        (
            "Israeli troops massacred ten Iranian civilians in March.",
            ("ASSAULT", "ISR", "IRN", "asserted", "2023-03"),
        ),
    ],
)
def test_a_known_act_told_in_other_words_is_coded(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    assert event in summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)


@pytest.mark.parametrize(
    "text",
    [
        # guards stand at a post; the state named after "with" is only the view
        "Iraqi soldiers stand guard at the border, with Iran in the background.",
        # a sentence passed on a spy of no named state targets no state
        "An Iranian court sentenced a spy to death on Monday.",
        # designating a state as something is a charge, not a sanction
        "The United States designated Iran a state sponsor of terrorism on Monday.",
    ],
)
def test_words_alike_that_back_or_sanction_no_one_are_not_coded_so(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, PUBLISHED, ("type",))
    assert ("SUPPORT",) not in found
    assert ("SANCTION",) not in found


def test_a_speakers_describing_clause_does_not_date_what_the_speaker_told(
    extractor: Extractor,
) -> None:
    # the arrival was on Tuesday; the words were said at Wednesday's meeting
    text = (
        "Putin welcomed Iraqi Prime Minister al-Sudani at the Kremlin on Wednesday.\n\n"
        "Al-Sudani, who arrived in Moscow on Tuesday aboard a government plane, told"
        " Putin that Iraq would always stand with Russia."
    )
    found = summary(extractor, text, "2023-09-14", PARTIES_MOOD_DATE)
    assert ("SUPPORT", "IRQ", "RUS", "asserted", "2023-09-13") in found


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a plain letter or message is correspondence between the states
        ("Iran sent a letter to Iraq on Monday.", {("CONSULT", "asserted")}),
        ("Iraq received a message from Iran on Monday.", {("CONSULT", "asserted")}),
        # its topic is no act of its own
        ("Iraq received a message from Iran about the soldier.", {("CONSULT", "asserted")}),
        # one that says an act is that act alone
        ("Iran sent a congratulatory message to Iraq on Monday.", {("SUPPORT", "asserted")}),
        (
            "Iran sent a message to Iraq on Monday to ask for talks.",
            {("REQUEST", "asserted"), ("CONSULT", "future")},
        ),
    ],
)
def test_a_message_sent_is_correspondence_unless_it_says_an_act(
    extractor: Extractor, text: str, kinds: set[tuple[str, str]]
) -> None:
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient", "modality"))
    assert {(kind, mood) for kind, actor, _recipient, mood in found if actor == "IRN"} == kinds


def test_loudspeakers_switched_on_to_blast_propaganda_are_one_act(extractor: Extractor) -> None:
    text = (
        "Seoul switched on banks of loudspeakers along the border on Sunday to blast"
        " propaganda into the North."
    )
    found = summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)
    assert found == {("COERCE", "KOR", "PRK", "asserted", "2023-04-23")}
    # turned off, they are held back, no coercion
    off = "South Korea turned off its propaganda loudspeakers on Wednesday."
    assert summary(extractor, off, PUBLISHED) == {("RETREAT", "KOR", "PRK")}
    # propaganda blasted accuses no one
    blasted = summary(extractor, "Iran blasted propaganda into Iraq on Sunday.", PUBLISHED)
    assert blasted == {("COERCE", "IRN", "IRQ")}


def test_a_state_told_to_act_is_asked_to(extractor: Extractor) -> None:
    asked = "Iraq told Iran on Monday to stop interfering in its internal affairs."
    assert ("REQUEST", "IRQ", "IRN", "asserted", "2023-04-24") in summary(
        extractor, asked, PUBLISHED, PARTIES_MOOD_DATE
    )
    # what one tells another that one will do asks nothing of it
    told = "Iraq's president told Iran's president on Monday that Iraq would stand with Iran."
    assert not any(kind == "REQUEST" for kind, *_rest in summary(extractor, told, PUBLISHED))


def test_staff_pulled_out_of_nowhere_named_is_no_sanction(extractor: Extractor) -> None:
    text = "Iran pulled out its 500 workers in 2013 during a period of high tension."
    assert not summary(extractor, text, PUBLISHED)


def test_a_call_for_a_state_to_act_asks_that_state(extractor: Extractor) -> None:
    text = "Iraq renewed its call for Iran to return to talks."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient", "modality"))
    assert ("REQUEST", "IRQ", "IRN", "asserted") in found


def test_what_a_demand_asks_for_is_asked_not_done(extractor: Extractor) -> None:
    text = "Iraq repeated its demand that Iran apologize to Baghdad."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient", "modality"))
    assert ("REQUEST", "IRQ", "IRN", "asserted") in found
    assert ("CONCEDE", "IRN", "IRQ", "future") in found
    assert ("CONCEDE", "IRN", "IRQ", "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The UN General Assembly adopted a resolution on Iran's human rights on Monday.",
        "The UN General Assembly adopted a human rights resolution against Iran on Monday.",
    ],
)
def test_a_human_rights_resolution_adopted_censures_the_state(
    extractor: Extractor, text: str
) -> None:
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient", "date"))
    assert ("ACCUSE", "UNO", "IRN", "2023-04-24") in found
    assert not {e for e in found if e[0] == "SANCTION"}  # no sanctions were voted


def test_a_foreign_warship_welcomed_is_military_cooperation(extractor: Extractor) -> None:
    text = "Iraq welcomed an Iranian submarine to the port of Basra on Monday."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient"))
    assert ("COOPERATE", "IRQ", "IRN") in found
    assert ("CONSULT", "IRQ", "IRN") not in found  # a submarine pays no visit


def test_drills_plotted_are_to_come(extractor: Extractor) -> None:
    text = "Iran is plotting to stage joint war drills with Iraq next month."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "modality"))
    assert ("MOBILIZE", "IRN", "future") in found
    assert ("MOBILIZE", "IRN", "asserted") not in found


def test_prisoners_exchanged_are_released_by_each_side(extractor: Extractor) -> None:
    found = summary(extractor, "Iraq and Iran exchanged prisoners of war on Tuesday.", PUBLISHED)
    assert {("RETREAT", "IRQ", "IRN"), ("RETREAT", "IRN", "IRQ")} <= found


def test_a_minister_sent_to_a_capital_is_a_visit(extractor: Extractor) -> None:
    found = summary(extractor, "Iraq sent its foreign minister to Tehran on Monday.", PUBLISHED)
    assert ("CONSULT", "IRQ", "IRN") in found


def test_resolutions_never_recognized_are_refused(extractor: Extractor) -> None:
    text = "Iran has never recognized the unjust resolutions of the Security Council."
    assert ("REJECT", "IRN", "UNO") in summary(extractor, text, PUBLISHED)
    # recognized, they are no event here; a border not recognized is a standing dispute
    assert not summary(extractor, "Iran recognized the Security Council resolutions.", PUBLISHED)
    assert not summary(extractor, "Iran does not recognize the border with Iraq.", PUBLISHED)


def test_leaders_who_shook_hands_met(extractor: Extractor) -> None:
    text = "Iran's president and Iraq's prime minister shook hands in Baghdad on Monday."
    found = summary(extractor, text, PUBLISHED)
    assert ("CONSULT", "IRN", "IRQ") in found or ("CONSULT", "IRQ", "IRN") in found
    # a surname opening the sentence that the tagger read as a verb still names him
    found = summary(extractor, "Trump shook hands with Kim Jong Un at Panmunjom.", "2019-07-01")
    assert ("CONSULT", "USA", "PRK") in found


def test_exports_and_imports_resumed_are_cooperation(extractor: Extractor) -> None:
    fields = ("type", "actor", "recipient", "modality")
    found = summary(extractor, "Iran resumed gas exports to Iraq on Monday.", PUBLISHED, fields)
    assert ("COOPERATE", "IRN", "IRQ", "asserted") in found
    text = "Iran may resume gas exports to Iraq next month."
    assert ("COOPERATE", "IRN", "IRQ", "hypothetical") in summary(
        extractor, text, PUBLISHED, fields
    )


def test_debt_written_off_is_aid_to_the_debtor_not_to_the_era_it_dates_from(
    extractor: Extractor,
) -> None:
    found = summary(extractor, "Russia wrote off Cuba's Soviet-era debt in 2014.", "2024-01-10")
    assert ("AID", "RUS", "CUB") in found
    assert not any("SUN" in (a, r) for _k, a, r in found)


def test_a_protest_note_handed_to_an_envoy_protests_to_the_envoys_state(
    extractor: Extractor,
) -> None:
    text = "Iraq handed a protest note to Kuwait's ambassador on Monday."
    assert ("ACCUSE", "IRQ", "KWT") in summary(extractor, text, "1996-06-11")


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait declared the Iraqi ambassador persona non grata on Saturday.",
        "Iraq's ambassador, Ali Hassan, accused Kuwait last month. On Saturday Kuwait"
        " declared him persona non grata.",
    ],
)
def test_an_envoy_declared_persona_non_grata_is_expelled(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2017-03-08", ("type", "mode", "actor", "recipient"))
    assert ("SANCTION", "expel", "KWT", "IRQ") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran's leader pardoned two American journalists on Tuesday.",
        "Two American journalists flew home on Wednesday after Iran's leader pardoned them.",
    ],
)
def test_pardoning_a_states_people_releases_them(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, "2009-08-05")
    assert ("RETREAT", "IRN", "USA") in found


def test_a_state_wanting_another_to_act_asks_it_to(extractor: Extractor) -> None:
    text = (
        "A State Department spokesman said Washington still wanted Tehran to return to the talks."
    )
    found = summary(extractor, text, "2009-08-05")
    assert ("REQUEST", "USA", "IRN") in found


def test_tours_stopped_to_a_state_are_halted_toward_it(extractor: Extractor) -> None:
    # not toward the partner of the tours the channel data knows best
    text = (
        "On March 2, Iran's tourism agency instructed travel agencies to stop selling"
        " group tours to Iraq."
    )
    found = summary(extractor, text, "2017-04-04")
    assert ("SANCTION", "IRN", "IRQ") in found


def test_reunions_put_off_are_held_back_from_the_other_side(extractor: Extractor) -> None:
    text = "Iraq on Saturday postponed the family reunions with Kuwaiti relatives."
    found = summary(extractor, text, "2013-09-21", PARTIES_MOOD_DATE)
    assert ("SANCTION", "IRQ", "KWT", "asserted", "2013-09-21") in found


def test_welcoming_the_signing_supports_both_signers(extractor: Extractor) -> None:
    text = "Iran and Iraq signed a border accord on Friday. Kuwait welcomed the signing."
    found = summary(extractor, text, "1994-10-21")
    assert {("SUPPORT", "KWT", "IRN"), ("SUPPORT", "KWT", "IRQ")} <= found


def test_blocking_a_council_statement_rejects_the_council(extractor: Extractor) -> None:
    text = (
        "At the Security Council on Monday, Russia and China blocked a statement condemning"
        " the launch."
    )
    found = summary(extractor, text, "2022-11-22", PARTIES_MOOD_DATE)
    assert {("REJECT", "RUS", "UNO", "asserted", "2022-11-21")} <= found
    assert ("REJECT", "CHN", "UNO", "asserted", "2022-11-21") in found


def test_regretting_anothers_decision_deplores_it(extractor: Extractor) -> None:
    # (regretting a death one caused is an apology)
    text = (
        "Iran decided on Friday to expel Iraqi workers. Iraq's foreign ministry said it"
        " deeply regretted the decision."
    )
    assert ("ACCUSE", "IRQ", "IRN") in summary(extractor, text, "2008-08-03")
    own = "Iran said it regretted the death of the Iraqi tourist."
    assert ("CONCEDE", "IRN", "IRQ") in summary(extractor, own, "2008-08-03")


def test_referring_a_case_to_the_security_council_asks_it_to_act(extractor: Extractor) -> None:
    text = "Kuwait said on Monday it would refer the sinking to the U.N. Security Council."
    found = summary(extractor, text, "2010-05-25", PARTIES_MOOD_DATE)
    assert ("REQUEST", "KWT", "UNO", "future", "2010-05-24") in found


def test_a_vote_in_favour_of_the_resolution_told_before_sanctions_its_target(
    extractor: Extractor,
) -> None:
    text = (
        "The Security Council adopted a resolution on Saturday, tightening sanctions on"
        " Iran. Russia voted in favour of the resolution."
    )
    found = summary(extractor, text, "2017-08-07", ("type", "actor", "recipient"))
    # on Iran, as the Council's sanctions are; the Council is no one sanctioned
    assert ("SANCTION", "RUS", "IRN") in found
    assert ("SANCTION", "RUS", "UNO") not in found


def test_regret_told_to_a_state_is_an_apology(extractor: Extractor) -> None:
    told = "Iraq expressed regret to Kuwait over the deaths of its fishermen."
    assert summary(extractor, told, PUBLISHED) == {("CONCEDE", "IRQ", "KWT")}
    # regret over another's decision still deplores it
    deplored = "Iraq expressed regret over Kuwait's decision to expel its diplomats."
    assert summary(extractor, deplored, PUBLISHED) == {("ACCUSE", "IRQ", "KWT")}


def test_a_state_of_war_lifted_stands_force_down(extractor: Extractor) -> None:
    text = "Iraq lifted its state of war against Kuwait."
    assert summary(extractor, text, PUBLISHED) == {("RETREAT", "IRQ", "KWT")}


def test_a_resolution_rejected_is_rejected_to_the_council(extractor: Extractor) -> None:
    # (the day told before the clause's subject is the saying's, not a schedule)
    text = "Iraq's foreign ministry said on Monday it fully rejects Resolution 687."
    assert summary(extractor, text, "2017-08-09", PARTIES_MOOD_DATE) == {
        ("REJECT", "IRQ", "UNO", "asserted", "2017-08-07")
    }


def test_a_denial_answers_the_accuser(extractor: Extractor) -> None:
    text = "Kuwait accused Iraq of sinking the patrol boat. Iraq denied any involvement on Tuesday."
    found = summary(extractor, text, "2017-08-11", PARTIES_MOOD_DATE)
    assert ("REJECT", "IRQ", "KWT", "asserted", "2017-08-08") in found
    # with no one accusing it, a denial is aimed at no one
    alone = "Iraq denied any involvement on Tuesday."
    assert not summary(extractor, alone, "2017-08-11", PARTIES_MOOD_DATE)


def test_sanctions_widened_are_sanctions(extractor: Extractor) -> None:
    text = "The Security Council widened sanctions on Iraq on Monday."
    assert summary(extractor, text, "2017-08-09", PARTIES_MOOD_DATE) == {
        ("SANCTION", "UNO", "IRQ", "asserted", "2017-08-07")
    }


def test_a_complaint_filed_with_a_forum_accuses_whom_it_is_over(extractor: Extractor) -> None:
    text = "Kuwait filed a complaint with the WTO over Iraq's export curbs in September."
    assert summary(extractor, text, "2019-10-05", PARTIES_MOOD_DATE) == {
        ("ACCUSE", "KWT", "IRQ", "asserted", "2019-09")
    }


def test_drills_a_state_says_it_would_stop_are_still_to_stop(extractor: Extractor) -> None:
    # (a halt of what runs now is decided when told: "said it would halt the tours")
    text = "Washington said on Monday that it would stop its joint drills with South Korea."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient", "modality"))
    assert ("RETREAT", "USA", "PRK", "future") in found


@pytest.mark.parametrize(
    "text",
    [
        # regret over a harm by the state blamed for it yields to the accuser
        "Peru blamed Chile for planting the mines. On Monday, Chile expressed regret over"
        " the mine blasts.",
        # or to the state its own act of force was done to
        "A Chilean soldier shot dead a Peruvian tourist on April 20. On Monday, Chile voiced"
        " regret over the death.",
    ],
)
def test_regret_voiced_over_a_harm_is_a_concession(extractor: Extractor, text: str) -> None:
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient", "date"))
    assert ("CONCEDE", "CHL", "PER", "2023-04-24") in found
    # regret over another's decision still deplores it
    deplored = summary(extractor, "Chile expressed regret over Peru's decision.", PUBLISHED)
    assert ("ACCUSE", "CHL", "PER") in deplored


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # slandering is accusing; what one went so far as to do was done, then
        (
            "In March, Iraq went so far as to slander Iran's legitimate exercise of the right"
            " to self-defence as a provocation.",
            ("ACCUSE", "IRQ", "IRN", "asserted", "2023-03"),
        ),
        (
            "In July 2016, Iraq went so far as to slap sanctions on the leadership of Iran.",
            ("SANCTION", "IRQ", "IRN", "asserted", "2016-07"),
        ),
    ],
)
def test_what_a_state_went_so_far_as_to_do_it_did(
    extractor: Extractor, text: str, event: tuple[str, ...]
) -> None:
    found = summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)
    assert event in found
    # the exercise of a right is no drill
    assert not [f for f in found if f[0] == "MOBILIZE"]


def test_an_act_raised_with_the_state_that_did_it_asks_it_to_answer(
    extractor: Extractor,
) -> None:
    text = "Iraqi negotiators raised the launch on Tuesday with Iranian officials."
    found = summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)
    assert ("REQUEST", "IRQ", "IRN", "asserted", "2023-04-25") in found


def test_a_chamber_of_a_legislature_naming_no_state_is_the_datelines(
    extractor: Extractor,
) -> None:
    text = "TEHRAN (Reuters) -- The upper house on Tuesday condemned Iraq's launch."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient"))
    assert ("ACCUSE", "IRN", "IRQ") in found
    # a house that is no chamber is no one's
    text = "TEHRAN (Reuters) -- The house on Tuesday condemned Iraq's launch."
    found = summary(extractor, text, PUBLISHED, ("type", "actor", "recipient"))
    assert ("ACCUSE", "IRN", "IRQ") not in found


def test_an_inquiry_into_anothers_people_halted_is_a_cooperation_ended(
    extractor: Extractor,
) -> None:
    text = (
        "On Friday, Iraq said it was halting its investigation into the fate of Iranian"
        " pilgrims missing since the war."
    )
    found = summary(extractor, text, "2023-04-28", PARTIES_MOOD_DATE)
    assert ("SANCTION", "IRQ", "IRN", "asserted", "2023-04-28") in found
    # an inquiry halted is no charge the inquiry makes
    assert not any(f[0] == "ACCUSE" for f in found)


def test_talks_postponed_are_an_exchange_held_back(extractor: Extractor) -> None:
    text = "Baghdad postponed on Tuesday the talks with Tehran that had been set for Thursday."
    found = summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)
    assert ("SANCTION", "IRQ", "IRN", "asserted", "2023-04-25") in found


def test_suggesting_that_another_state_act_asks_it_to(extractor: Extractor) -> None:
    text = "During talks on Tuesday, Raisi suggested that Iraq's president extend his stay."
    found = summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)
    assert ("REQUEST", "IRN", "IRQ", "asserted", "2023-04-25") in found
    # a claim suggested asks nothing
    text = "Raisi suggested on Tuesday that Iraq was behind the attack."
    assert not summary(extractor, text, PUBLISHED, PARTIES_MOOD_DATE)
