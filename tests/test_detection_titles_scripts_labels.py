"""Words in their own script keep their letters in the folded view (normalize.py), so Cyrillic and
Greek names in capitals are found; an English title written before a name is masked with it
(titled_names.py) and the vault keys the name without it; an unknown word is a name when what follows
says where the person is from or works (name_cues.py); labels of the numbers a supporter, donor,
driver, borrower or producer holds (labelled.py). Every value is synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.labelled import find_account_numbers
from gateway.detection.normalize import fold
from gateway.detection.titled_names import with_titles, without_title
from gateway.detection.types import Span
from gateway.detection.views import TextViews
from gateway.vault import PseudonymVault
from tests.engine_fixtures import engine, people  # noqa: F401 (the shared fixture)


@pytest.mark.parametrize("word", ["ЛИНА", "Олег", "ВАСИЛЬЕВА", "Ελένη", "ΠΑΠΑΔΟΠΟΥΛΟΥ"])
def test_a_word_in_its_own_script_keeps_its_letters(word: str) -> None:
    assert fold(word).text == word


@pytest.mark.parametrize(("disguised", "latin"), [("Jоhn", "John"), ("Мах", "Max"), ("pаypal", "paypal")])
def test_a_latin_word_with_look_alike_letters_is_still_folded(disguised: str, latin: str) -> None:
    assert fold(disguised).text == latin


def test_folding_keeps_the_offsets_of_every_character() -> None:
    text = "Jоhn ЛИНА Иванова"
    view = fold(text)
    assert len(view.text) == len(text)
    assert view.to_original(5, 9) == (5, 9)


def test_a_cyrillic_name_in_capitals_is_found_like_one_in_title_case(engine) -> None:  # noqa: F811
    title_case = people(engine, "SHIP TO:\nОлена Коваленко\nвулиця Садова, буд. 12 кв. 3\n")
    capitals = people(engine, "SHIP TO:\nОЛЕНА КОВАЛЕНКО\nвулиця Садова, буд. 12 кв. 3\n")
    assert title_case == ["Олена Коваленко"]
    assert capitals == ["ОЛЕНА КОВАЛЕНКО"]


@pytest.mark.parametrize(("text", "name"), [
    ("Please call Mr. Foster Kieran tomorrow.", "Mr. Foster Kieran"),
    ("including Ms. Edda Tafoya of Example Corp", "Ms. Edda Tafoya"),
    ("Dear Dr Jan Novak,", "Dr Jan Novak"),
    ("Miss Olive Hartley signed it.", "Miss Olive Hartley"),
])
def test_an_english_title_before_a_name_is_masked_with_it(engine, text: str, name: str) -> None:  # noqa: F811
    assert people(engine, text) == [name]


def test_other_languages_forms_of_address_stay_outside_the_name(engine) -> None:  # noqa: F811
    assert people(engine, "Bitte rufen Sie Frau Johanna Reinholz an.") == ["Johanna Reinholz"]


def test_a_title_is_not_taken_from_a_word_it_ends() -> None:
    text = "DrMr Smith"
    assert with_titles(text, [Span(5, 10, "PERSON", 0.85)]) == [Span(5, 10, "PERSON", 0.85)]
    # nor over a finding right before it
    text = "Mr. Smith"
    spans = [Span(0, 3, "ORGANIZATION", 0.6), Span(4, 9, "PERSON", 0.85)]
    assert with_titles(text, spans) == spans


def test_the_vault_gives_a_name_with_and_without_its_title_one_placeholder() -> None:
    vault = PseudonymVault()
    first = vault.placeholder("PERSON", "Mr. Foster Kieran")
    assert vault.placeholder("PERSON", "Foster Kieran") == first
    assert vault.placeholder("PERSON", "Ms. Edda Tafoya") != first
    assert vault.original(first) == "Mr. Foster Kieran"
    assert without_title("Mrs. ") == "Mrs. "  # a title alone is no name to strip


@pytest.mark.parametrize(("text", "name"), [
    ("Dzhamalay is from Caribou Biosciences Inc.", "Dzhamalay"),
    ("Dzhamalay works for Example Holdings.", "Dzhamalay"),
])
def test_an_unknown_word_is_a_name_where_it_is_from_or_works(engine, text: str, name: str) -> None:  # noqa: F811
    assert people(engine, text) == [name]


@pytest.mark.parametrize("text", [
    "Kubernetes is from Google.",
    "Dzhamalay is from here.",  # a place must follow, capitalised
    "The parcel is from Example Logistics.",
])
def test_what_is_from_somewhere_is_not_always_a_person(engine, text: str) -> None:  # noqa: F811
    assert people(engine, text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Thank you for your gift. Supporter no. M44625979.", "M44625979"),
    ("Merci d'indiquer votre numéro de donateur C804899.", "C804899"),
    ("Driver: Bruce Lowe, driver ID POL-456631, van 7", "POL-456631"),
    ("Recordatorio de pago – préstamo POL-71960875", "POL-71960875"),
    ("Bonjour, Xavier François, client POL-4635722524. Ma box ne marche plus.", "POL-4635722524"),
    ("Lieferantenstammblatt – Erzeuger Nr. M7290042173", "M7290042173"),
    ("Loan no. 88120455 is overdue.", "88120455"),
])
def test_the_numbers_of_supporters_drivers_borrowers_and_producers(text: str, value: str) -> None:
    found = [text[s.start : s.end] for s in find_account_numbers(TextViews(text))]
    assert found == [value]


@pytest.mark.parametrize("text", ["the client 2024 meeting", "loan 2019-2023 period", "Driver update 4.2 shipped"])
def test_those_words_before_a_year_or_a_version_label_nothing(text: str) -> None:
    assert find_account_numbers(TextViews(text)) == []


def test_a_customer_speaking_in_a_dialogue_is_no_label() -> None:
    text = "Operatrice: Mi dà il codice di prenotazione?\nCliente: eb30044, volo del 25.10.2024."
    assert find_account_numbers(TextViews(text)) == []


@pytest.mark.parametrize("text", ["Driver version 531.18.05 installed", "Firmware: 2024.11.03.7 rolled out"])
def test_a_dotted_number_after_a_version_word_is_no_phone(engine, text: str) -> None:  # noqa: F811
    from tests.engine_fixtures import DEFAULT

    assert [s.entity for s in engine.analyze([text], DEFAULT)[0]] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Tamao Fukasawa\n\n34770 P.O. Box 171\n Suite 302\n Ikerasassuaq\n Greenland", "Tamao Fukasawa"),
    ("Please ship to:\nTamao Fukasawa\n12 Harbour Road\nLeeds LS1 4AB", "Tamao Fukasawa"),
    ("> Noor van Halvorsen\n> 12 Harbour Road\n> Leeds LS1 4AB", "Noor van Halvorsen"),
])
def test_the_line_above_a_street_address_names_its_addressee(text: str, name: str) -> None:
    from gateway.detection.addressees import addressees

    street = text.index("34770") if "34770" in text else text.index("12 Harbour")
    found = addressees(text, [Span(street, len(text), "STREET_ADDRESS", 0.8)])
    assert [text[s.start : s.end] for s in found] == [name]


@pytest.mark.parametrize("above", [
    "Accounts Payable", "Vargas and Sons Ltd", "NAGANO KEIKI CO.LTD.", "Kyorin HoldingsInc.",
    "Serica Energy Plc", "Locker bank at Bird-Sanders", "OPREA DOCHIOIU OC3", "Attention:", "Flat 3",
])
def test_a_firm_a_department_or_a_label_above_an_address_is_no_addressee(above: str) -> None:
    from gateway.detection.addressees import addressees

    text = f"{above}\n12 Harbour Road\nLeeds LS1 4AB"
    street = text.index("12 Harbour")
    assert addressees(text, [Span(street, len(text), "STREET_ADDRESS", 0.8)]) == []


def test_the_town_under_a_streets_own_line_is_no_addressee() -> None:
    from gateway.detection.addressees import addressees

    text = "Rua Nossa Senhora 411\nCaxias do Sul\nBrazil 16483"
    spans = [Span(0, 21, "STREET_ADDRESS", 0.8), Span(36, len(text), "STREET_ADDRESS", 0.8)]
    assert addressees(text, spans) == []


@pytest.mark.parametrize(("text", "name"), [
    ("She named him பகலவன்", "பகலவன்"),  # the final virama stays with the name
    ("(though महर्जन's song was about a boat)", "महर्जन"),
    ("(though 後藤's song was about a boat)", "後藤"),
])
def test_names_in_other_scripts_keep_their_marks_and_take_a_possessive(engine, text: str, name: str) -> None:  # noqa: F811
    assert people(engine, text) == [name]


@pytest.mark.parametrize(("text", "secret", "entity"), [
    ("define( 'DB_PASSWORD', 'UCvGuEfhsLIGvnom' );", "UCvGuEfhsLIGvnom", "PASSWORD"),
    ('$ZertifikatPin = "Hic2738&"', "Hic2738&", "PASSWORD"),
    ('$CleStockage = "oGKgPVroQ/T9umHlXAa3ih1D3yeSjeTNSldW0FThOsSSZsBs2RtFIN67qattZ3/TtshNoe6Fxn7N5IXU7WeZjo=="',
     "oGKgPVroQ/T9umHlXAa3ih1D3yeSjeTNSldW0FThOsSSZsBs2RtFIN67qattZ3/TtshNoe6Fxn7N5IXU7WeZjo==", "SECRET"),
    ('user.set_password("Winter2024!x")', "Winter2024!x", "PASSWORD"),
    ('client.username_pw_set("mschuler", "M#0XAz1cu8kAQO")', "M#0XAz1cu8kAQO", "PASSWORD"),
    ('KONTO = ("hassan.dehmel", "38KOdEgi@6r")', "38KOdEgi@6r", "PASSWORD"),
])
def test_secrets_in_script_variables_calls_and_pairs(engine, text: str, secret: str, entity: str) -> None:  # noqa: F811
    from tests.engine_fixtures import DEFAULT

    found = [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]
    assert (secret, entity) in found


@pytest.mark.parametrize("text", [
    "define( 'DB_PASSWORD', 'reset' );",  # a word, the call's next argument
    '$SpinCount = 12345',
    'CLEAR = "oGKgPVroQ/T9umHlXAa3ih1D3yeSjeTNSldW0FThOs"',  # "cle" opens a word here
    'SIZES = ("small", "Large123")',  # a pair under a name for no account
])
def test_look_alikes_of_those_secrets_are_left_alone(engine, text: str) -> None:  # noqa: F811
    from tests.engine_fixtures import DEFAULT

    assert [s.entity for s in engine.analyze([text], DEFAULT)[0] if s.entity in ("PASSWORD", "SECRET")] == []


def test_the_hash_action_hashes_a_name_alike_with_and_without_its_title() -> None:
    from gateway.redaction import Redactor

    redactor = Redactor(detector=None, secret=b"k" * 32)  # type: ignore[arg-type]  # the token needs no detector
    titled = redactor._hash_token("team-a", "PERSON", "Mr. Foster Kieran")
    assert titled == redactor._hash_token("team-a", "PERSON", "Foster Kieran")
    assert titled != redactor._hash_token("team-a", "PERSON", "Edda Tafoya")
    # other entities hash their whole value
    assert redactor._hash_token("team-a", "USERNAME", "Mr. x") != redactor._hash_token("team-a", "USERNAME", "x")
