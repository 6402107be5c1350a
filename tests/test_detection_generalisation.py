"""Issue 11: secrets, dates of birth, labelled identifiers, internal e-mails, spelled-out phones,
postal blocks, dialogue names, and what must stay untouched (company names, German nouns,
versions, commit ids, hashes, UUIDs, base64 data).

Every value is synthetic. Fake credentials carry FAKE/EXAMPLE or repeated characters: they have a
provider's shape and nothing else.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.types import DetectionSpec
from tests.gateway_fixtures import RunningGateway, Upstreams

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
ECHO = "hf:test/echo"

FAKE_AWS_ID = "AKIAFAKEEXAMPLE12345"
FAKE_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKEKEY123"
FAKE_GITHUB = "ghp_FAKE0123456789abcdefghijklmnopqrstuv"
FAKE_SLACK = "xoxb-000000000000-000000000000-FAKEfakeFAKEfakeFAKEfake"
FAKE_STRIPE = "sk_live_FAKE0000fake1111FAKE2222"
FAKE_OPENAI = "sk-proj-FAKE0000fake1111FAKE2222fake3333FAKE4444fake5555"
FAKE_ANTHROPIC = "sk-ant-api03-" + "FAKE0fake1" * 9 + "xyzAA"
FAKE_GCP = "AIzaFAKE0000fake1111FAKE2222fake3333456"
FAKE_GITLAB = "glpat-FAKE0000fake1111FAKE"
FAKE_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKEsignatureFAKEsignature00"
FAKE_KEY_BLOCK = (
    "-----BEGIN RSA PRIVATE KEY-----\n" + "FAKEKEYMATERIAL0" * 4 + "\n" + "fakekeymaterial1" * 4
    + "\n-----END RSA PRIVATE KEY-----"
)


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine()


def found(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], DEFAULT)[0]]


@pytest.mark.parametrize(
    "text, value",
    [
        (f"aws_access_key_id = {FAKE_AWS_ID}", FAKE_AWS_ID),
        (f'AWS_SECRET_ACCESS_KEY = "{FAKE_AWS_SECRET}"', FAKE_AWS_SECRET),
        (f"export GITHUB_TOKEN={FAKE_GITHUB}", FAKE_GITHUB),
        (f'slack_notify(token="{FAKE_SLACK}")', FAKE_SLACK),
        (f"STRIPE_API_KEY={FAKE_STRIPE}", FAKE_STRIPE),
        (f'openai.api_key = "{FAKE_OPENAI}"', FAKE_OPENAI),
        (f"anthropic_api_key: {FAKE_ANTHROPIC}", FAKE_ANTHROPIC),
        (f"maps key {FAKE_GCP} in the config", FAKE_GCP),
        (f"gitlab-runner register --token {FAKE_GITLAB}", FAKE_GITLAB),
        (f"-H 'Authorization: Bearer {FAKE_JWT}'", FAKE_JWT),
        ("client_secret = 'FAKEfake0000FAKEfake1111'", "FAKEfake0000FAKEfake1111"),
    ],
)
def test_provider_keys_and_tokens_are_secrets(engine: DetectionEngine, text: str, value: str) -> None:
    assert ("SECRET", value) in found(engine, text)


def test_private_key_block_is_one_span(engine: DetectionEngine) -> None:
    text = f"key.pem:\n{FAKE_KEY_BLOCK}\nthanks"
    assert found(engine, text) == [("PRIVATE_KEY", FAKE_KEY_BLOCK)]


@pytest.mark.parametrize(
    "text, password",
    [
        ("DATABASE_URL=postgres://app:Fake-Pass-2024@db.internal:5432/orders", "Fake-Pass-2024"),
        ("password: Hunter2fake!", "Hunter2fake!"),
        ("pwd=fakepw99", "fakepw99"),
        ("Der Login klappt nicht: Passwort Sommer2024fake.", "Sommer2024fake"),
        ("identifiant jdupont, mot de passe : Azerty123fake", "Azerty123fake"),
        ("usuario mgarcia, contraseña: Fake.Clave.9", "Fake.Clave.9"),
    ],
)
def test_passwords_in_urls_config_and_prose(engine: DetectionEngine, text: str, password: str) -> None:
    assert ("PASSWORD", password) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "git checkout 5a2584929f6a9e05d76a40023ab0e6258707ef3d && git log -1 d5839f8",
        "request 9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f took 3 ms; sha256 " + "ab12" * 16,
        "fixture: VGhpcyBpcyBqdXN0IHRlc3QgZGF0YSBmb3IgdGhlIHBhcnNlci4=",
        "image registry.local/api@sha256:" + "0f" * 32,
        "Release Version 5.27.27.99 is out; build 7.18.21.94 failed.",
        "Please reset your password before Friday. The password policy changed.",
        "icon@2x.png and logo@3x.svg are in the assets folder",
    ],
)
def test_look_alikes_are_left_alone(engine: DetectionEngine, text: str) -> None:
    assert found(engine, text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Patient date of birth: 03/12/1984, seen on 04/01/2025.", "03/12/1984"),
        ("She was born on 12 March 1984.", "12 March 1984"),
        ("Geburtsdatum 12.03.1984", "12.03.1984"),
        ("Le patient, né le 12/03/1984, a été vu hier.", "12/03/1984"),
        ("La paciente, fecha de nacimiento 12/03/1984.", "12/03/1984"),
        ("Il cliente, nato il 12 marzo 1984, ha chiamato.", "12 marzo 1984"),
    ],
)
def test_dates_of_birth_by_context(engine: DetectionEngine, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in found(engine, text)


def test_a_plain_date_is_not_a_date_of_birth(engine: DetectionEngine) -> None:
    assert found(engine, "The invoice of 03/12/1984 was paid on 12 March 1985.") == []


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("MRN 00482913 was admitted.", "MEDICAL_RECORD_NUMBER", "00482913"),
        ("Patient ID: H7730021", "MEDICAL_RECORD_NUMBER", "H7730021"),
        ("Customer number 4471203 asked for a refund.", "ACCOUNT_NUMBER", "4471203"),
        ("policy number POL-6948161908 renewed", "ACCOUNT_NUMBER", "POL-6948161908"),
        ("Kundennummer: 88213344", "ACCOUNT_NUMBER", "88213344"),
        ("username: amanda.stevens", "USERNAME", "amanda.stevens"),
        ("login jsmith42 failed", "USERNAME", "jsmith42"),
    ],
)
def test_identifiers_made_personal_by_their_label(engine: DetectionEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(engine, text)


def test_unlabelled_numbers_and_ordinary_user_prose_stay(engine: DetectionEngine) -> None:
    assert found(engine, "Order 4471203 shipped; the user clicked twice.") == []


@pytest.mark.parametrize(
    "address", ["jane.doe@acme.internal", "j.doe@corp.local", "bob@mail.lan", "kevin@localhost", "grace.hopper@navy.example"]
)
def test_internal_domain_emails(engine: DetectionEngine, address: str) -> None:
    assert found(engine, f"Forward it to {address} today.") == [("EMAIL_ADDRESS", address)]


@pytest.mark.parametrize(
    "spoken",
    [
        "plus four four seven nine four six zero one two three four",
        "plus vier neun eins fünf eins zwei drei vier fünf sechs",
        "plus trois trois six un deux trois quatre cinq six",
        "más tres cuatro seis uno dos tres cuatro cinco seis",
        "più tre nove tre tre tre uno due tre quattro cinque",
    ],
)
def test_spelled_out_phone_numbers(engine: DetectionEngine, spoken: str) -> None:
    assert ("PHONE_NUMBER", spoken) in found(engine, f"my number is {spoken}, thanks")


def test_counting_words_are_not_a_phone(engine: DetectionEngine) -> None:
    assert found(engine, "We need two or three people for one week.") == []


@pytest.mark.parametrize(
    "block, pieces",
    [
        ("Ship to:\nKamila Jaje\naleja Kowalska 15/10\n63-586 Jelenia Góra\nPoland", ["aleja Kowalska 15/10", "63-586 Jelenia Góra"]),
        ("Ship to:\nSanne Momberg\nElisabethweg 9\n3502 HV Herpt\nNetherlands", ["Elisabethweg 9", "3502 HV Herpt"]),
        ("Ship to:\nKate Khan\n7 Jodie Well\nGerardberg\nPH7 6QQ\nUnited Kingdom", ["7 Jodie Well", "Gerardberg", "PH7 6QQ"]),
        ("Calle Mayor 12, 5.º dcha.\n28013 Madrid", ["Calle Mayor 12, 5.º dcha.", "28013 Madrid"]),
        ("Kerkstraat 9-II\n5639 HB Eindhoven", ["Kerkstraat 9-II", "5639 HB Eindhoven"]),
        ("Apt. 4B, 221 Baker Street\nLondon NW1 6XE", ["Apt. 4B, 221 Baker Street", "London NW1 6XE"]),
        ("The cafe is located at the corner of Askelund 1 and Symanska Freeway.", ["the corner of Askelund 1 and Symanska Freeway"]),
        # Numbered streets, elided articles, articles and joiners opening a street, place-name joiners.
        ("Please ship it to 364 845 137th Avenue Apt. 920 Edmonton Canada", ["364 845 137th Avenue Apt. 920 Edmonton Canada"]),
        ("We moved to 12 West 42nd Street, New York last year.", ["12 West 42nd Street, New York"]),
        ("Change my address to 09587 Avenue d'Ouchy 109 Apt. 997 Pleigne.", ["09587 Avenue d'Ouchy 109 Apt. 997 Pleigne"]),
        ("Send the form to 20 rue de l'Epeule, 59100 Roubaix.", ["20 rue de l'Epeule, 59100 Roubaix"]),
        ("Our office is at 3860 Republica de Chile 7715 Suite 106, Montevideo.", ["3860 Republica de Chile 7715 Suite 106"]),
        ("The invoice address is 03126 El Roqueo 75 Apt. 343, Ruše, Slovenia 56334", ["03126 El Roqueo 75 Apt. 343, Ruše, Slovenia 56334"]),
        ("Address: 4259 Dalmatinova 5, Videm pri Ptuju", ["4259 Dalmatinova 5, Videm pri Ptuju"]),
        ("He lives in 8670 Avda. Los llanos 41, Sé, Portugal", ["8670 Avda. Los llanos 41"]),
        ("Meet me at the corner of Doctor Gravemeijerstraat 91 and Kruml Fields.", ["the corner of Doctor Gravemeijerstraat 91 and Kruml Fields"]),
        ("Send it to the corner of Treinta y Tres 2070 and Nose Harbor", ["the corner of Treinta y Tres 2070 and Nose Harbor"]),
        # A region typed in lower case, then the country and postcode on the next line.
        ("Billing: 1200 Main Street\nSpringfield, il\n United States 62704", ["1200 Main Street\nSpringfield, il\n United States 62704"]),
    ],
)
def test_postal_blocks_cover_town_and_postcode(engine: DetectionEngine, block: str, pieces: list[str]) -> None:
    covered = [s for s in engine.analyze([block], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    for piece in pieces:
        start = block.index(piece)
        assert any(s.start <= start and start + len(piece) <= s.end for s in covered), piece


def test_dialogue_speakers_and_greeted_names(engine: DetectionEngine) -> None:
    text = "Ellie: Hi Jack, is Lawrence Reynolds joining?\nJack: Yes, tomorrow.\nEllie: Thanks!"
    names = [v for e, v in found(engine, text) if e == "PERSON"]
    assert names.count("Jack") == 2 and names.count("Ellie") == 2 and "Lawrence Reynolds" in names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Call Grace Hopper tomorrow.", "Grace Hopper"),
        ("Will Smith called.", "Will Smith"),
        ("I met Rose Lake and Joy Field.", "Rose Lake"),
        ("Reach Kevin at the desk.", "Kevin"),
        ("Der Kunde Hans-Jürgen Müller hat angerufen.", "Hans-Jürgen Müller"),
        ("Makkal, can I please speak to your boss?", "Makkal"),
        ('"We are moving," says Janković.', "Janković"),
        ("Siobhán Ní Bhriain sent the file.", "Siobhán Ní Bhriain"),
        ("Please check Brown's report today.", "Brown"),
    ],
)
def test_whole_names_and_nothing_around_them(engine: DetectionEngine, text: str, name: str) -> None:
    assert [v for e, v in found(engine, text) if e == "PERSON"][:1] == [name]


@pytest.mark.parametrize(
    "text",
    ["Pacheco Ltd confirmed the order.", "Grupo Coronado S.L. sent the invoice.", "Wähner Löwer GmbH, Vertrieb",
     "Klar, die Nummer ist bekannt.", "Bitte prüfen Sie die Rechnung und den Kunden.",
     "Sehr geehrte Damen und Herren, anbei die Bezeichnung der Kunden.",
     "Bitte schicken Sie die Unterlagen an den Ansprechpartner im Vertrieb."],
)
def test_companies_and_german_nouns_are_not_people(engine: DetectionEngine, text: str) -> None:
    assert [e for e, _ in found(engine, text) if e == "PERSON"] == []


def test_german_noun_after_a_contracted_article_is_not_a_place(engine: DetectionEngine) -> None:
    assert found(engine, "Bitte schicken Sie die Unterlagen an den Ansprechpartner im Vertrieb.") == []


def test_secrets_never_reach_the_upstream(gateway: RunningGateway, clean: Upstreams) -> None:
    prompt = (
        f"Why does this fail?\nexport GITHUB_TOKEN={FAKE_GITHUB}\n"
        "DATABASE_URL=postgres://app:Fake-Pass-2024@db.internal:5432/orders\n"
        f"{FAKE_KEY_BLOCK}\nPatient DOB: 03/12/1984, MRN 00482913, contact jane.doe@acme.internal"
    )
    r = gateway.post("eu-team", {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    assert r.status_code == 200
    sent = clean.chat_bodies("eu")[0]["messages"][0]["content"]
    for value in (FAKE_GITHUB, "Fake-Pass-2024", "FAKEKEYMATERIAL0", "03/12/1984", "00482913", "jane.doe@acme.internal"):
        assert value not in sent
    for placeholder in ("<SECRET>", "<PASSWORD>", "<PRIVATE_KEY>", "<DATE_OF_BIRTH>", "<MEDICAL_RECORD_NUMBER>"):
        assert placeholder in sent
    assert "export GITHUB_TOKEN=" in sent and "@db.internal:5432/orders" in sent


def _people_and_places(engine: DetectionEngine, text: str) -> list[str]:
    return [value for entity, value in found(engine, text) if entity in ("PERSON", "LOCATION")]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ficha de cliente\nNombre: Albano Larrañaga\nAlta: 29/02/2024", ["Albano Larrañaga"]),
        ("Teilnehmer: Gilda Schleich, Marcella Klemt\nEntschuldigt: Herr Löchel", ["Gilda Schleich", "Marcella Klemt", "Herr Löchel"]),
        ("commit 1a2b3c4\nAuthor: Antonio Martin <am@example.org>\nDate:   Tue Mar 5 10:02:11 2024 +0100", ["Antonio Martin"]),
        ("Tel. directo: +34 982 914 003 | Centralita: 954 4832", []),
        ("Burhan: What a day.\nMary: Remember me?", ["Burhan", "Mary"]),
    ],
)
def test_field_labels_are_not_names_but_speakers_are(engine: DetectionEngine, text: str, names: list[str]) -> None:
    assert _people_and_places(engine, text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("TIME_ZONE = 'Europe/Berlin'", []),
        ("Protokoll der Teamrunde am Dienstag", []),
        ('127.0.0.1 - - [05/Mar/2024:10:02:12 +0100] "GET /healthz HTTP/1.1" 200', []),
        ("A la atención de: Maria Diaconescu (Atención al Cliente)", ["Maria Diaconescu"]),
        ("Desarrollo Huguet S.A. – Oficina de Teruel\nTel.: +34 982 914 003", ["Teruel"]),
        ("Ricky Hartman, Microbiologist\nBarnes Ltd", ["Ricky Hartman"]),
        ("Bonjour à tous, Amélie Bernier rejoint l'équipe Données lundi.", ["Amélie Bernier"]),
    ],
)
def test_calendar_words_departments_professions_and_time_zones_are_not_names(
    engine: DetectionEngine, text: str, names: list[str]
) -> None:
    assert _people_and_places(engine, text) == names
