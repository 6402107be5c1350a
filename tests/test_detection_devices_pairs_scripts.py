"""Credentials on network devices' configuration lines (device_configs.py), a login and password
written as a pair after a credentials label and a PIN key (credential_lines.py), a token named by
its line's trailing comment (secret_phrases.py), names in the caseless scripts of South and South-East
Asia and in Chinese, Japanese and Korean characters (script_names.py, cjk_names.py), a lower-case
title before a surname (names.py), and labels of personal numbers and logins met in new wording
(labelled.py, role_logins.py, login_labels.py). Every value is synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.cjk_names import find_cjk_names
from gateway.detection.credential_lines import find_credential_line_passwords, find_pair_logins
from gateway.detection.device_configs import find_device_accounts, find_device_passwords
from gateway.detection.labelled import find_account_numbers
from gateway.detection.normalize import fold
from gateway.detection.role_logins import find_role_logins
from gateway.detection.script_names import find_script_names
from gateway.detection.secret_phrases import find_phrase_credentials
from gateway.detection.usernames import find_usernames
from gateway.detection.views import TextViews
from tests.engine_fixtures import engine, people  # noqa: F401 (the shared fixture)

_RUNNING_CONFIG = """\
edge-07#show running-config | section aaa|snmp|username|enable
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySC
enable password 7 0822455D0A16
username kmiller privilege 15 secret Winter2024!x
username netops password 0 Pl4inT3xt#pw
tacacs server TAC-1
 address ipv4 10.2.3.4
 key 7 Rk9x2mPq77zz
snmp-server community Xq7pL2mN9vR4 RO 99
snmp-server host 10.9.9.9 version 2c Hq2pL7mN4vR8
snmp-server user monitor NMS v3 auth sha Auth#Pass2024 priv aes 128 Priv#Pass2024
crypto isakmp key Sh4redS3cret! address 203.0.113.5
 ip ospf authentication-key 0sPfK3y9
 wpa-psk ascii 0 MyWifiPass2024
"""


def values(text: str, spans: object) -> list[str]:
    return [text[start:end] for start, end in spans]  # type: ignore[attr-defined]


def test_every_credential_of_a_running_config_is_found() -> None:
    found = values(_RUNNING_CONFIG, find_device_passwords(_RUNNING_CONFIG))
    assert found == ["$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySC", "0822455D0A16", "Winter2024!x",
                     "Pl4inT3xt#pw", "Xq7pL2mN9vR4", "Hq2pL7mN4vR8", "Sh4redS3cret!", "0sPfK3y9", "MyWifiPass2024",
                     "Auth#Pass2024", "Priv#Pass2024", "Rk9x2mPq77zz"]


def test_the_login_of_a_username_line_is_a_persons_when_it_reads_as_one() -> None:
    assert values(_RUNNING_CONFIG, find_device_accounts(_RUNNING_CONFIG)) == ["kmiller", "netops"]
    assert values("username admin privilege 15 secret 5 $1$abc$def", find_device_accounts(
        "username admin privilege 15 secret 5 $1$abc$def")) == []


@pytest.mark.parametrize("text", [
    "Set the enable secret on every router before the audit.",  # prose, not a command
    "The SNMP community string is rotated quarterly.",
    "key findings: revenue grew",
    "enable secret 9 <removed>",  # a redacted paste
])
def test_prose_about_device_credentials_is_no_command(text: str) -> None:
    assert values(text, find_device_passwords(text)) == []


def passwords(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_credential_line_passwords(TextViews(text))]


@pytest.mark.parametrize("text, password, login", [
    ("# http api admin: jcliadmin / Jw7#mmQ2pz  (rotate after go-live)", "Jw7#mmQ2pz", "jcliadmin"),
    ("Zugangsdaten für das Portal: mbauer / Xk29pQ7zzA", "Xk29pQ7zzA", "mbauer"),
    ("credentials: mbauer / UABoC2WJu6PtVHpA", "UABoC2WJu6PtVHpA", "mbauer"),
    ("login jdoe / write", None, None),  # no password's shape
    ("admin access: read / write", None, None),
    ("login jdoe / 2024", None, None),
])
def test_a_login_and_password_pair_after_a_credentials_label(text: str, password: str | None,
                                                            login: str | None) -> None:
    assert passwords(text) == ([password] if password else [])
    assert values(text, find_pair_logins(text)) == ([login] if login else [])


@pytest.mark.parametrize("text, password", [
    ("[Firma]\nDispositivo=smartcard\nPIN=83%kdJ2m\n[PEC]", "83%kdJ2m"),
    ("modem:\n  sim_pin: 4821\n", "4821"),
    ("smartcard.pin = 40721\n", "40721"),
    ("PIN: 560001\n", None),  # six digits: India's postal PIN code
    ("pin_code: 4021\n", None),
    ("Spinning=12345\n", None),
])
def test_a_pin_key_of_its_own_line(text: str, password: str | None) -> None:
    assert passwords(text) == ([password] if password else [])


def test_a_token_named_by_its_lines_trailing_comment() -> None:
    text = 'rcon_password ""\nsv_setsteamaccount "zvj1PTvYcrDwi6DSpP0uMxGC6SyWsthY"   // game server login token\n'
    found = [(text[s.start : s.end], s.entity) for s in find_phrase_credentials(TextViews(text))]
    assert found == [("zvj1PTvYcrDwi6DSpP0uMxGC6SyWsthY", "SECRET")]
    commit = 'build "a3f9e1c2d4b5a6f7e8d9c0b1a2f3e4d5"  # commit hash of the release token\n'
    assert find_phrase_credentials(TextViews(commit)) == ()  # hex is a digest, not a token


def script_names(text: str) -> list[str]:
    folded = fold(text).text
    return [folded[start:end] for start, end, _ in find_script_names(folded)]


@pytest.mark.parametrize("text, name", [
    ("Please call अमित शर्मा tomorrow.", "अमित शर्मा"),  # Devanagari (hi_IN)
    ("Dear جناب آقای علی محمدی, thanks", "جناب آقای علی محمدی"),  # Persian, with its title
    ("Signed: श्रीमती राधा", "श्रीमती राधा"),  # a title before a listed name joins it
    ("ask बल रॉय चौधरीजी to sign", "बल रॉय चौधरीजी"),  # the honorific glued onto the surname
])
def test_names_in_more_caseless_scripts(text: str, name: str) -> None:
    assert script_names(text) == [fold(name).text]


def test_the_lists_of_each_new_script_are_read() -> None:
    from faker import Faker

    for locale in ("hi_IN", "ne_NP", "ta_IN", "th_TH", "si_LK", "gu_IN", "fa_IR"):
        fake = Faker(locale)
        fake.seed_instance(7)
        caught = 0
        for _ in range(50):
            name = fold(fake.name()).text
            text = f"Please ask {name} to sign the form."
            start = text.index(name)
            caught += any(a <= start and b >= start + len(name) for a, b, _ in find_script_names(text))
        assert caught >= 45, locale


def cjk(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_cjk_names(text)]


@pytest.mark.parametrize("text, names", [
    ("Please ask 佐々木 花子 to sign.", ["佐々木 花子"]),
    ("Meeting with 王伟 and 김영희 on Monday.", ["王伟", "김영희"]),
    ("김영희 씨가 왔습니다", ["김영희"]),  # Korean spaces its words
    ("王国的历史很长", []),  # a family name's character inside prose is no name
    ("我们公司在北京", []),
    ("이사회 회의", []),
])
def test_names_in_chinese_japanese_and_korean_characters(text: str, names: list[str]) -> None:
    assert cjk(text) == names


def test_a_lower_case_title_before_a_surname(engine) -> None:  # noqa: F811 (fixture)
    assert people(engine, "Jeudi à 10 h 15 avec le docteur Hassani, ça vous va ?") == ["Hassani"]
    assert people(engine, "mañana con el doctor Hassani") == ["Hassani"]
    assert people(engine, "Bonjour Docteur,\n\nJe vous confirme la visite.") == []


def accounts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_account_numbers(TextViews(text))]


@pytest.mark.parametrize("text, value", [
    ("Skills card no.: M63343002", "M63343002"),
    ("Professional ID: AC-91493817", "AC-91493817"),
    ("Contrato: M2378748454   Potencia contratada: 4,6 kW", "M2378748454"),
    ("N° d'inclusion : AC-634710", "AC-634710"),
    ("Pers.-Nr. 4471203", "4471203"),
    ("Kundin 4471203 ruft an", "4471203"),
    ("Mitarbeiter: Wie lautet Ihre Kartennummer?\nKundin: 493666.\n", "493666"),
    ("Kundin: 04130528168\n", None),  # a speaker's answer is no label's value
    ("Contract INV-2024-57490 was renewed", None),  # an invoice's number, whatever the label
])
def test_personal_numbers_after_new_labels(text: str, value: str | None) -> None:
    assert accounts(text) == ([value] if value else [])


@pytest.mark.parametrize("text, login", [
    ("map rotation hash eccc3447 · owner emorrin", "emorrin"),
    ("Matter: purchase of premises, fee earner gdavis, matter no. FIN-2810.", "gdavis"),
    ("signed and dated July 23, 2024; rep ID vicky_uwais33.", "vicky_uwais33"),
    ("Player: jdoe42 joined the lobby", "jdoe42"),
    ("The owner approved it.", None),
])
def test_logins_after_an_owner_a_fee_earner_a_rep_or_a_player(text: str, login: str | None) -> None:
    assert values(text, find_role_logins(text)) == ([login] if login else [])


@pytest.mark.parametrize("text, login", [
    ("Player: William Rivers (in-game name holly.baldwin)\n", "holly.baldwin"),
    ("Agent: Sorry to hear that! What's the account name?\nPlayer: joshua_zimmerman80\nAgent: Thanks.",
     "joshua_zimmerman80"),
    ("Modérateur : Bonjour ! Quel est ton pseudo ?\nJoueur : cmarques\nModérateur : Merci.", "cmarques"),
    ('{"player": "Marie Beckmann", "handle": "jdoe82"}', "jdoe82"),
    ("We need to handle the case quickly.", None),
])
def test_a_players_handle_by_its_label_or_the_question_it_answers(text: str, login: str | None) -> None:
    found = [text[s.start : s.end] for s in find_usernames(TextViews(text))]
    assert found == ([login] if login else [])


def test_german_compounds_of_the_lemma_tables_nouns_are_words_but_compound_surnames_stay_names() -> None:
    from gateway.detection import german_lexicon

    german_lexicon.load()
    for word in ("Straßenrand", "Tourenplan", "Datensatz", "Buchhaltung"):
        assert german_lexicon.is_german_compound(word), word
    for surname in ("Steinbach", "Lindemann", "Sonnenberg", "Rosenbaum", "Feuerstein"):
        assert not german_lexicon.is_german_compound(surname), surname


def test_a_compound_noun_is_no_person_and_a_profession_closes_a_job_title(engine) -> None:  # noqa: F811
    assert people(engine, "Abholtermin: 11.02.2025, bitte ab 6 Uhr am Straßenrand bereitstellen.") == []
    assert people(engine, "TO GENERAL CONTRACTOR: Lynn, Bryant and Rivera") == []
    assert people(engine, "Please reach Jane Contractor today.") == ["Jane Contractor"]


@pytest.mark.parametrize("text, name", [
    ("I would like to remove my kid Stojadin from the will.", "Stojadin"),
    ("She named him Emidio", "Emidio"),
    ("My colleague Nurzhan will join.", "Nurzhan"),
])
def test_a_name_given_or_named_by_kin(engine, text: str, name: str) -> None:  # noqa: F811
    assert people(engine, text) == [name]


def test_an_administrators_account_named_for_what_it_runs_is_no_persons_login() -> None:
    for text in ("# http api admin: jcliadmin / Jw7#mmQ2pz", "login: dbadmin", "username: webadmin"):
        assert list(find_usernames(TextViews(text))) == [], text
    pair = "credentials: mbauer / Xk29pQ7zzA"
    assert [pair[s.start : s.end] for s in find_usernames(TextViews(pair))] == ["mbauer"]


def test_a_name_after_an_escaped_line_break_of_a_json_string(engine) -> None:  # noqa: F811
    text = r'{"body": "Please confirm attendance.\n\nKind regards,\nTimothy Ward\nExecutive Assistant"}'
    assert people(engine, text) == ["Timothy Ward"]


def test_an_indented_block_a_german_floor_and_a_town_that_is_a_word(engine) -> None:  # noqa: F811
    from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
    from gateway.detection.types import DetectionSpec

    spec = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))

    def streets(text: str) -> list[str]:
        return [text[s.start : s.end] for s in engine.analyze([text], spec)[0] if s.entity == "STREET_ADDRESS"]

    indented = "Deliver to:\n        Amagermotorengade 75\n        Building H, Level 5\n        8378 Them\n        Leave with concierge"
    assert streets(indented) == ["Amagermotorengade 75\n        Building H, Level 5\n        8378 Them"]
    inline = "Dirección de suministro: rue de Bernasconi 68, Haus F, 6. Etage, 2051 Rossellat\nDirección de envío de facturas: rue Jean 5"
    assert streets(inline)[0] == "rue de Bernasconi 68, Haus F, 6. Etage, 2051 Rossellat"


def test_a_german_noun_tagged_as_a_place_in_a_german_line_is_a_word() -> None:
    from gateway.detection import german_lexicon
    from gateway.detection.place_names import is_noun_not_a_place

    german_lexicon.load()

    def judged(text: str, word: str) -> bool:
        start = text.index(word)
        return is_noun_not_a_place(text, start, start + len(word))

    assert judged("Bearbeitet von Anneli Salminen, Vorgang SR-2026-283792; Bestätigung an die Kundin.", "Vorgang")
    assert judged("Mitarbeiterin: Der nächste freie Termin ist am 09.10.2025 um 8:40.", "Termin")
    assert not judged("Wir fahren am Montag zu Halle und dann nach Essen.", "Halle")  # a listed town
    assert not judged("registered in England and Wales", "Wales")  # no German line, and after "and"


def test_a_numbered_abbreviation_is_no_name(engine) -> None:  # noqa: F811
    assert people(engine, "The EU AI Act and GDPR Art. 28 both apply; list the obligations.") == []


@pytest.mark.parametrize("text, entity", [
    ("Anmelder: Smith-White\nContainer 325915324633, Rechnung INV-2023-12683", "PHONE_NUMBER"),  # a container's number
    ("Gate clerk: Done – gate pass CASE-56432451.", "PASSWORD"),  # a pass's case number, no password
    ("# Skriptversion 10.6.13.102", "IP_ADDRESS"),  # a German compound names a version
    ("Scanner firmware must be 10.0.34.86.", "IP_ADDRESS"),
    ("Consignataria: Te lo mando ahora, revisión 10.1.13.75.", "IP_ADDRESS"),
])
def test_look_alikes_of_freight_passes_and_versions(engine, text: str, entity: str) -> None:  # noqa: F811
    from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
    from gateway.detection.types import DetectionSpec

    found = engine.analyze([text], DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES)))[0]
    assert [s for s in found if s.entity == entity] == []


def test_an_address_and_a_phone_beside_those_words_stay(engine) -> None:  # noqa: F811
    from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
    from gateway.detection.types import DetectionSpec

    spec = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
    text = "The server is 10.0.34.86; call me on +49 151 23456789 about the container."
    found = {(text[s.start : s.end], s.entity) for s in engine.analyze([text], spec)[0]}
    assert ("10.0.34.86", "IP_ADDRESS") in found and ("+49 151 23456789", "PHONE_NUMBER") in found
