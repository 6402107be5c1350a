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
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)
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


def labelled(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    """The spans of the entities only a label or a record's key makes personal."""
    kinds = {"DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "USERNAME", "PASSWORD", "SECRET"}
    return [(e, v) for e, v in found(engine, text) if e in kinds]


@pytest.mark.parametrize(
    "text, date",
    [
        ("DDN 27/02/1991, admise hier", "27/02/1991"),
        ("Fecha de nac.: 04/06/1956", "04/06/1956"),
        ("Birthday: 15-Feb-1966", "15-Feb-1966"),
        ("Born 3 janv. 1975 in Lyon, she moved.", "3 janv. 1975"),
        ("Data di nascita: 12 giu 1980.", "12 giu 1980"),
        ("Geburtstag 5. Mär. 1972", "5. Mär. 1972"),
        ("d.o.b. Oct 16 1979", "Oct 16 1979"),
    ],
)
def test_birth_labels_and_month_names_in_five_languages(engine: DetectionEngine, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in found(engine, text)


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("Fiche salarié : Jeanne Fake, matricule AC-0896601, poste : juriste", "ACCOUNT_NUMBER", "AC-0896601"),
        ("Scheda dipendente, matricola C175653, reparto Vendite", "ACCOUNT_NUMBER", "C175653"),
        ("Personalnummer: 182388", "ACCOUNT_NUMBER", "182388"),
        ("Herr Max Beispiel (Kundennr. C8042082000) bittet um Rückruf", "ACCOUNT_NUMBER", "C8042082000"),
        ("N.º de cliente: AC-6847751", "ACCOUNT_NUMBER", "AC-6847751"),
        ("Número de socio: 77120394", "ACCOUNT_NUMBER", "77120394"),
        ("Employee ID: E-4410293", "ACCOUNT_NUMBER", "E-4410293"),
        ("Dossier patient MRN-4197430 – Mme Fake", "MEDICAL_RECORD_NUMBER", "MRN-4197430"),
        ("Cartella n. H059593854", "MEDICAL_RECORD_NUMBER", "H059593854"),
        ("Le patient (dossier n° 2201934) est sorti.", "MEDICAL_RECORD_NUMBER", "2201934"),
    ],
)
def test_account_and_record_labels_in_five_languages(engine: DetectionEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("Employee: Jane Fake (ID 731304)\nRole: Analyst", "ACCOUNT_NUMBER", "731304"),
        ('{"resourceType": "Patient", "name": "Jane Fake", "identifier": "2536166"}', "MEDICAL_RECORD_NUMBER", "2536166"),
        ("Patientin Erika Fake (Nr. 44120394) wurde aufgenommen.", "MEDICAL_RECORD_NUMBER", "44120394"),
    ],
)
def test_a_bare_id_belongs_to_the_person_before_it(engine: DetectionEngine, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Order shipped (ID 55120394), tracking sent.",
        "The patient was seen today. Order ID 44120394 was billed.",
        "Per la fattura n. 12345678 vedi sotto.",
        "Our members love the new plan: 44102 signups since 2021-01-01.",
        "The invoice 2024-03-12 for customer care was sent on 12 March 2024.",
    ],
)
def test_numbers_and_dates_without_a_personal_label_stay(engine: DetectionEngine, text: str) -> None:
    assert labelled(engine, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"customerId": "C-55120394", "dateOfBirth": "1990-01-31", "userName": "tmueller", "orderId": "88120394"}',
         [("ACCOUNT_NUMBER", "C-55120394"), ("DATE_OF_BIRTH", "1990-01-31"), ("USERNAME", "tmueller")]),
        ("patient:\n  mrn: H-2209384\n  dob: 1972-05-14\n  username: k.wagner\n",
         [("MEDICAL_RECORD_NUMBER", "H-2209384"), ("DATE_OF_BIRTH", "1972-05-14"), ("USERNAME", "k.wagner")]),
        ("INSERT INTO members (member_no, name, dob, tier) VALUES ('AC-4884624', 'Jane Fake', '1986-08-10', 'gold'),"
         " ('M069888', 'John Fake', '1941-06-19', 'silver');",
         [("ACCOUNT_NUMBER", "AC-4884624"), ("DATE_OF_BIRTH", "1986-08-10"), ("ACCOUNT_NUMBER", "M069888"),
          ("DATE_OF_BIRTH", "1941-06-19")]),
        ("member_id;plan;date_of_birth;joined\nM95708418;Gold;04 November 1970;2024-12-16\n"
         "POL-6498652;Silver;08/14/1943;2025-01-02",
         [("ACCOUNT_NUMBER", "M95708418"), ("DATE_OF_BIRTH", "04 November 1970"), ("ACCOUNT_NUMBER", "POL-6498652"),
          ("DATE_OF_BIRTH", "08/14/1943")]),
        ("user_id,plan,signup\njsmith42,gold,2024-01-01\nsvc_backup,none,2024-02-02",
         [("USERNAME", "jsmith42")]),
        ('{"fechaNacimiento": "1980-03-12", "nomeUtente": "mrossi", "geburtsDatum": "12.03.1982"}',
         [("DATE_OF_BIRTH", "1980-03-12"), ("USERNAME", "mrossi"), ("DATE_OF_BIRTH", "12.03.1982")]),
    ],
)
def test_record_keys_and_table_columns_are_labels(engine: DetectionEngine, text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(labelled(engine, text), key=lambda ev: text.index(ev[1])) == expected


def test_table_columns_that_are_no_labels_leave_their_values() -> None:
    text = "id,name,created\n12345678,Widget,2024-01-01\n12345679,Gadget,2024-01-02"
    spans = DetectionEngine().analyze([text], DetectionSpec(frozenset({"ACCOUNT_NUMBER", "DATE_OF_BIRTH"})))[0]
    assert spans == []


@pytest.mark.parametrize(
    "text, value",
    [
        ('203.0.113.7 - jrussell [05/Mar/2024:10:02:11 +0100] "GET / HTTP/1.1" 200 5', "jrussell"),
        ('conn.simple_bind_s("uid=sandra_brooks9,ou=people,dc=corp,dc=local", secret)', "sandra_brooks9"),
        ("{'info': 'account bsimmons locked'}", "bsimmons"),
        ("Accepted publickey for akowalski from 10.1.2.3 port 52234 ssh2", "akowalski"),
        ("connexion refusée pour emmanuelle.lecoq depuis 2001:db8::7 ; jeton expiré", "emmanuelle.lecoq"),
        ("Fehler: Benutzer latzler (x@example.org) existiert bereits.", "latzler"),
        ("2026-02-02T07:51:20Z ERRORE utente dpaolucci non autorizzato", "dpaolucci"),
        ("Usuario web: teresa_morales34", "teresa_morales34"),
    ],
)
def test_usernames_in_logs_and_records(engine: DetectionEngine, text: str, value: str) -> None:
    assert ("USERNAME", value) in found(engine, text)


def test_curl_user_and_its_token(engine: DetectionEngine) -> None:
    token = "FAKEfake0000FAKEfake1111FAKEfake22"
    text = f"curl -u sbaker:{token} https://jira.corp.local/rest/api/2/issue/X-1"
    assert ("USERNAME", "sbaker") in found(engine, text) and ("SECRET", token) in found(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "DB_HOST=db.internal\nDB_USER=svc_orders\nDB_NAME=orders",
        'File "x.py", line 57, in sync_user\n    conn.simple_bind_s(dn, secret)',
        "Failed password for invalid user root from 10.1.2.3 port 22 ssh2",
        "Logs for nginx from 10.0.0.3 are attached; ticket for deploy from 10.0.0.2 failed.",
        "login successful, account locked, user session expired, utente non autorizzato, Benutzer wurde gesperrt.",
        "git push -u origin main",
    ],
)
def test_service_accounts_and_code_are_no_usernames(engine: DetectionEngine, text: str) -> None:
    assert [e for e, _ in found(engine, text) if e == "USERNAME"] == []


@pytest.mark.parametrize(
    "text, secret",
    [
        (f"kubectl create secret generic api-keys --from-literal=OPENAI_API_KEY={FAKE_OPENAI} -n prod", FAKE_OPENAI),
        ('Detail: Key (email)=(jane.fake@example.com) already exists.', None),
    ],
)
def test_a_key_word_before_a_flag_or_a_message_takes_no_value(engine: DetectionEngine, text: str, secret: str | None) -> None:
    secrets = [v for e, v in found(engine, text) if e == "SECRET"]
    assert secrets == ([secret] if secret else [])


def test_localhost_email_before_a_full_stop(engine: DetectionEngine) -> None:
    assert found(engine, "Escribe a ana.fake@localhost.") == [("EMAIL_ADDRESS", "ana.fake@localhost")]


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


@pytest.mark.parametrize(
    "block, pieces",
    [
        # A region code before the postcode: US, Canadian (A1A 1A1) and Australian town lines.
        ("Remit to:\nAccounts Payable\nPO Box 4411\nFakeville, OR 97001\nUnited States", ["PO Box 4411", "Fakeville, OR 97001"]),
        ("returned from 12 Testing Lane, Exampleton NB  E3B 1A1. Sorry.", ["Exampleton NB  E3B 1A1"]),
        ("Locked Bag 12\nSampletown QLD 4000\nAustralia", ["Locked Bag 12", "Sampletown QLD 4000"]),
        # PO boxes in the block's language, then the town line below them.
        ("Postbus 123\n1234 AB Voorbeeldstad", ["Postbus 123", "1234 AB Voorbeeldstad"]),
        ("Apartado de Correos 321\n28080 Villaejemplo (Spain)", ["Apartado de Correos 321", "28080 Villaejemplo"]),
        ("Firma X, Postfach 12 34 56, 10115 Musterhausen", ["Postfach 12 34 56", "10115 Musterhausen"]),
        ("BP 17\n1300 Wavrexemple\nBelgium", ["BP 17", "1300 Wavrexemple"]),
        # A street line of any words above a town line ([postcode] town, in capitals too).
        ("SHIP TO:\nJAN NOVAK\nULICA TESTOVA 7\n912 34 VZOROVO\nSLOVAKIA", ["ULICA TESTOVA 7", "912 34 VZOROVO"]),
        ("Anschrift:\nGreta Beispiel\nTestni breg 4a/2\n21000 Primjerovo\nCroatia", ["Testni breg 4a/2", "21000 Primjerovo"]),
        ("Billing address: Odos Dokimis 12, TK 123 45 Paradeigma, Greece.", ["Odos Dokimis 12", "TK 123 45 Paradeigma"]),
        ("Absender: Firma · Probegasse 3 · 8010 Beispielsdorf", ["Probegasse 3", "8010 Beispielsdorf"]),
        ("Via Esempio, 7 – 00100 Cittafinta\nTel. +39 06 1234 5678", ["00100 Cittafinta"]),
        # A town line that fills its field: after a label, as a JSON value.
        ("CP y población: 123456 Orasfals\nPaís: Romania", ["123456 Orasfals"]),
        ('{"line1": "Probeweg 1", "cityLine": "10115 Musterhausen", "country": "Germany"}', ["10115 Musterhausen"]),
        # After a street found by its own pattern, across a middle dot or into brackets; a province after the town.
        ("Our office: 62, rue Exemple · 75001 Villetest · France", ["62, rue Exemple", "75001 Villetest"]),
        ("she moved to Probestrasse 5 (8000 Beispielwil) last week", ["Probestrasse 5", "8000 Beispielwil"]),
        ("could you update my address to Testni trg 4, 10000 Primjerovo? Thanks", ["Testni trg 4", "10000 Primjerovo"]),
        ("Sede: Via Esempio 3, 20121 Cittafinta (MI)", ["20121 Cittafinta (MI)"]),
        ("Remittance: C.P. 954, 62024 Borgo Finto, Italy", ["C.P. 954", "62024 Borgo Finto"]),
        # A label before the street line; an Iberian street without a number.
        ("Adresse : Testova ulica 6\n528 51 Vzorov\nTél. +420 606 000 000", ["Testova ulica 6", "528 51 Vzorov"]),
        ("Travessa Exemplo, S/N\n1421-181 Vilateste\nPortugal", ["Travessa Exemplo, S/N", "1421-181 Vilateste"]),
    ],
)
def test_town_lines_and_po_boxes(engine: DetectionEngine, block: str, pieces: list[str]) -> None:
    covered = [s for s in engine.analyze([block], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    for piece in pieces:
        start = block.index(piece)
        assert any(s.start <= start and start + len(piece) <= s.end for s in covered), piece


@pytest.mark.parametrize(
    "text, kept",
    [
        # A postcode or a number before a word is no address without a street, a box or a field of its own.
        ("Invoice date: August 18, 2026\nBill to: ACME Ltd, 12 Testing Lane, Exampleton 1234", "August 18, 2026"),
        ("The 2024 Roadmap is out.\nTotal: 1500 EUR\nStatus: 404 Not Found", "2024 Roadmap"),
        ("Total: 1500 EUR", "1500 EUR"),
        ("On Mon, 4 Mar 2024 at 14:12, Jane Example wrote:", "4 Mar 2024"),
        # The label under a block is not its last line; a sentence is not the street line above a town line.
        ("12 Testing Lane, Exampleton 1234, Australia\nShip to: our depot", "Ship"),
        ("The letter arrived at PSC 1234, Box 5678\nAPO AE 09012 last night.", "The letter arrived"),
        ("Rudolph Example Inc., 40353 2858 Pearlman Avenue, Billerica", "Example Inc"),
        # A year-like number before a capitalised word is a heading unless a street pattern stands before it.
        ("Release notes\nVersion 3\n2024 Highlights", "2024 Highlights"),
        ("Sprint 12 · 2025 Planning · Kickoff", "2025 Planning"),
        ("Table 5 (2023 Survey) shows growth.", "Table 5"),
    ],
)
def test_no_address_around_dates_labels_and_sentences(engine: DetectionEngine, text: str, kept: str) -> None:
    start = text.index(kept)
    spans = [s for s in engine.analyze([text], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    assert not any(s.start < start + len(kept) and start < s.end for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Rechnung Nr. 2025/1234 vom 01.02.2025",  # invoice numbers in year/number form
        "ORDER FT 4321/2023 · PARCEL 1 OF 2",
        "('10203040-abcd-4ef0-8abc-0123456789ab', 'row')",  # a UUID's first block
        '10.0.0.1 - - [05/Mar/2024:10:02:11 +0100] "GET /x HTTP/1.1" 200 5123 "-"',  # status and bytes
        "Via Esempio, 76 – 58022 Cittafinta",  # a dash between a house number and a postcode
        "acudió a consulta el 28/09/25.",  # a date with a two-digit year
    ],
)
def test_numbers_that_are_not_phones(engine: DetectionEngine, text: str) -> None:
    assert [v for e, v in found(engine, text) if e == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    "text, phone",
    [("P: 555.201.3344x102", "555.201.3344x102"), ("Son poste : 939 4101.", "939 4101"),
     ("Tel.: 0221/123456", "0221/123456"), ("(73) 4746-3459-Office", "(73) 4746-3459")],
)
def test_phones_with_extensions_slashes_and_suffixes(engine: DetectionEngine, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in found(engine, text)


@pytest.mark.parametrize(
    "text, ip",
    [("SENTRY_RELEASE=orders@9.20.39.77", None), ("mvn -B verify -Drevision=2.26.22.94", None),
     ('{"version": "1.2.3.4"}', None), ("ssh deploy@10.20.30.40", "10.20.30.40"),
     ("UPDATE_SERVER=10.20.30.41", "10.20.30.41")],
)
def test_versions_named_by_their_key_are_not_ip_addresses(engine: DetectionEngine, text: str, ip: str | None) -> None:
    ips = [v for e, v in found(engine, text) if e == "IP_ADDRESS"]
    assert ips == ([ip] if ip else [])


def test_an_order_id_in_a_url_path_is_not_a_dea_number(engine: DetectionEngine) -> None:
    # AB1234563 passes the DEA checksum: as a path segment it is a resource id, alone after "DEA" a licence.
    assert [e for e, _ in found(engine, '"GET /api/v2/orders/AB1234563 HTTP/1.1"') if e == "MEDICAL_LICENSE"] == []
    assert ("MEDICAL_LICENSE", "AB1234563") in found(engine, "DEA AB1234563")


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
        ("Teilnehmer: Gilda Schleich, Marcella Klemt\nEntschuldigt: Herr Löchel", ["Gilda Schleich", "Marcella Klemt", "Löchel"]),
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


def test_a_unit_word_with_a_number_alone_is_no_address(engine: DetectionEngine) -> None:
    # "Raum 3" is a unit line only next to another piece of an address, not by itself.
    assert not [s for s in engine.analyze(["Der Termin ist um 10.30 Uhr in Raum 3."], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    block = "Lieferung an Hauptweg 5, Raum 3, 12345 Musterstadt"
    covered = [block[s.start:s.end] for s in engine.analyze([block], DEFAULT)[0] if s.entity == "STREET_ADDRESS"]
    assert any("Raum 3" in c for c in covered), covered
