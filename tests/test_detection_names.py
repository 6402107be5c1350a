"""Person names, street addresses and explicitly introduced values: what the span covers.

Pseudonyms are keyed by the span's text, so the same person must give the same span however
they are greeted or titled. All names and values are synthetic.
"""

from __future__ import annotations

import pytest

from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.types import DetectionSpec
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))
PERSON = DetectionSpec(frozenset({"PERSON"}))
ADDRESS = DetectionSpec(frozenset({"STREET_ADDRESS"}))


def values(engine: DetectionEngine, text: str, spec: DetectionSpec, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.analyze([text], spec)[0] if s.entity == entity]


def test_greeting_is_not_part_of_the_name_regression(engine):
    # Regression: the span was "Hi Johanna Whitfield", so the later mention got another pseudonym.
    text = "Hi Johanna Whitfield, your mail is ready. Johanna Whitfield can reply tomorrow."
    assert values(engine, text, PERSON, "PERSON") == ["Johanna Whitfield", "Johanna Whitfield"]


@pytest.mark.parametrize(
    "text",
    [
        "Hello Johanna Whitfield, welcome aboard.",
        "Dear Johanna Whitfield, thank you.",
        "Thanks, Johanna Whitfield",
        "Thanks Johanna Whitfield for the notes.",
        "Hallo Johanna Whitfield, danke.",
        "Sehr geehrte Frau Johanna Whitfield, danke.",
    ],
)
def test_greetings_and_titles_are_left_out_of_person_spans(engine, text):
    assert values(engine, text, PERSON, "PERSON") == ["Johanna Whitfield"]


@pytest.mark.parametrize(("text", "name"), [
    ("Dear Ms. Johanna Whitfield, thank you.", "Ms. Johanna Whitfield"),
    ("Mrs Johanna Whitfield called.", "Mrs Johanna Whitfield"),
    ("Dear Mr. Smith, see attached.", "Mr. Smith"),
])
def test_an_english_title_is_masked_with_the_name_after_it(engine, text, name):
    # (the greeting stays outside; titled_names.py)
    assert values(engine, text, PERSON, "PERSON") == [name]


def test_label_word_before_a_first_name_is_not_part_of_the_name(engine):
    text = "Kontoinhaber Catherine Striebitz. Schreib bitte eine Mahnung."
    assert values(engine, text, PERSON, "PERSON") == ["Catherine Striebitz"]


def test_possessive_is_not_part_of_the_name(engine):
    text = "We read the verses from Isolda Marrero's Cautionary Tales."
    assert values(engine, text, PERSON, "PERSON") == ["Isolda Marrero"]


def test_invalid_ssn_introduced_as_ssn_is_reported_as_ssn_not_phone(engine):
    # 078-05-1120 fails the SSA rules, yet the writer says it is an SSN: reporting it as US_SSN
    # gives it the policy's SSN action instead of a phone-number pseudonym the model could use.
    text = "SSN 078-05-1120 on the W-4."
    spans = engine.analyze([text], DEFAULT)[0]
    assert [(s.entity, text[s.start : s.end]) for s in spans] == [("US_SSN", "078-05-1120")]


def test_phone_digits_spelled_one_by_one_are_caught(engine):
    text = "Call me back on 5.5.5.2.3.4.8.8.7.1 after six."
    assert values(engine, text, DEFAULT, "PHONE_NUMBER") == ["5.5.5.2.3.4.8.8.7.1"]


def test_repeat_mention_of_a_found_name_is_a_person(engine):
    text = "It may be that Daigle was influenced by a song sung by Ferrau Daigle in 1998."
    assert values(engine, text, PERSON, "PERSON") == ["Daigle", "Ferrau Daigle"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Il cliente abita in Borgo Fabrizia, 785 Appartamento 23, 64034 Napoli.",
         "Borgo Fabrizia, 785 Appartamento 23, 64034 Napoli"),
        ("El cliente vive en Calle Ulises Taboada 69 Piso 6 , 38236 Salamanca. Prepara el contrato.",
         "Calle Ulises Taboada 69 Piso 6 , 38236 Salamanca"),
        ("Manda el paquete a Cañada Poncio Jurado 69 Puerta 6, Ceuta.", "Cañada Poncio Jurado 69 Puerta 6, Ceuta"),
        ('{"addr": "82, avenue Valentin, 53900 Gilles-sur-Lefebvre"}', "82, avenue Valentin, 53900 Gilles-sur-Lefebvre"),
        ("Wir wohnen in der Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5, 10115 Berlin"),
        ("Our offices are located at Monika and Turjaška 48", "Monika and Turjaška 48"),
    ],
)
def test_european_addresses_cover_units_and_city(engine, text, address):
    assert values(engine, text, ADDRESS, "STREET_ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Send it via Slack today.",
        "See JIRA-1541. Part number AB-2616-A. Run the tests.",
        "Order ORD-2023-309699 shipped, see #22824607.",
        "Riassumi il testo seguente in tre frasi.",
        "Convert this JSON to YAML and upload it to Azure Blob storage.",
    ],
)
def test_ordinary_prompts_stay_clean(engine, text):
    assert engine.analyze([text], DEFAULT)[0] == []


# Names not written in title case (cased_names.py), and the places that hold a name.


@pytest.mark.parametrize(
    "text, name",
    [
        ("SHIP TO:\nJASMINE GREGORY\nUNIT 4, 12 HARBOUR ROAD", "JASMINE GREGORY"),
        ("Thanks & regards\n\nSUSAN J NEWTON\nSenior Account Manager", "SUSAN J NEWTON"),
        ("Bonne journée,\n--\nAurélie SANCHEZ\nResponsable grands comptes", "Aurélie SANCHEZ"),
        ("hey it's kaitlyn wilson from accounts, can u call me back?", "kaitlyn wilson"),
        ("hi, i'm amy lees, the new intern", "amy lees"),
    ],
)
def test_names_in_capitals_or_lower_case_are_found_when_both_parts_are_known(engine, text, name):
    assert name in values(engine, text, PERSON, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "PLEASE CALL SUPPORT BEFORE FRIDAY",
        "SHIP TO:\nACME WIDGETS\nUNIT 4",
        "it's raining again, this is fine",
        "<ul>\n<li>first item</li>\n</ul>",
    ],
)
def test_capitals_lower_case_and_tags_that_are_no_names(engine, text):
    assert values(engine, text, PERSON, "PERSON") == []


def test_chat_nicknames_opening_a_line_are_names(engine):
    text = "<jeffrey> deploy to staging done\n<mark> thanks!\n[10:02] <jeffrey> will send the notes"
    assert values(engine, text, PERSON, "PERSON") == ["jeffrey", "mark", "jeffrey"]


def test_the_host_of_a_postal_address_is_a_name(engine):
    text = "Herrn\nErik Lindmark\nbei Andersson\nNygränd 5\n72462 Alingsås"
    assert "Andersson" in values(engine, text, PERSON, "PERSON")


def test_a_first_name_signing_under_a_closing_is_a_name_even_when_a_word(engine):
    assert values(engine, "Thanks for the update.\n\nBest,\nJoy", PERSON, "PERSON") == ["Joy"]
    assert values(engine, "Joy is what we felt.", PERSON, "PERSON") == []


def test_a_quoted_value_gives_the_name_without_its_quote(engine):
    text = "INSERT INTO customers (name, email) VALUES ('Laura Frye', 'lf@example.com');"
    assert values(engine, text, PERSON, "PERSON") == ["Laura Frye"]


def test_words_before_a_name_in_german_prose_stay_out(engine):
    text = "Wir berichten über Ihre Patientin Wolfhard Baum, geboren am 21.10.1940."
    assert values(engine, text, PERSON, "PERSON") == ["Wolfhard Baum"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Conversation with priya tandon\n\n10:02 priya tandon: my card is blocked", ["priya tandon", "priya tandon"]),
        ("Chat mit jonas hartmann\n10:02 Bot: Hallo!", ["jonas hartmann"]),
    ],
)
def test_lower_case_name_heading_a_chat_transcript(engine, text, names):
    assert values(engine, text, PERSON, "PERSON") == names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Підписав: Оксана Мельник, бухгалтер", "Оксана Мельник"),
        ("Please ask Дмитрий Соколов for the keys.", "Дмитрий Соколов"),
    ],
)
def test_names_in_cyrillic_script_are_found(engine, text, name):
    assert name in values(engine, text, PERSON, "PERSON")


def test_surname_comma_first_name_opening_a_chat_line(engine):
    text = "Export of #ops\n\nGarrison, Melanie 2025-03-01 09:12\ndeploy done?\nWhitlock, Peter 09:14\nyes"
    found = values(engine, text, PERSON, "PERSON")
    assert "Garrison" in found and "Whitlock" in found


@pytest.mark.parametrize("text", ["Yesterday, Maria went home early.", "However, Peter said no."])
def test_opener_and_comma_before_a_first_name_is_no_surname(engine, text):
    assert values(engine, text, PERSON, "PERSON") == [text.split(", ")[1].split()[0]]


def test_surname_in_capitals_before_the_first_name_on_a_label(engine):
    text = "DESTINATAIRE :\nM. HARTLEY Joanna\nZimmer 12\nHauptstrasse 4\n8001 Zürich"
    assert "HARTLEY" in values(engine, text, PERSON, "PERSON")


def test_surname_comma_first_name_before_a_month_and_a_word_surname_before_a_date(engine):
    text = "Export\n\nGarrison, Melanie March 3, 2026 09:12\nok\nHarper, Oliver 2026-03-03 09:14\nyes"
    found = values(engine, text, PERSON, "PERSON")
    assert "Garrison" in found and "Harper" in found


def test_particle_surname_after_a_title(engine):
    assert "van Aalst" in values(engine, "Herr van Aalst: Guten Tag, ich rufe wegen der Rechnung an.", PERSON, "PERSON")


def test_delivery_roles_are_no_names(engine):
    text = ("[March 30, 2024, 08:14:22] Остап: Morning! Driver says he is stuck on the ring road, ETA 20 min\n"
            "[March 30, 2024, 08:15:03] Зоряна Мельник: ok. can you send me his number?")
    assert "Driver" not in values(engine, text, PERSON, "PERSON")


@pytest.mark.parametrize(
    "window",
    ["My name is ", "my NAME's", "Name :  ", "name?\n", "called: ", "ex-Zombie ", "ex- ", "said,\n", "hi",
     "this is not ", "Name 1:", "sex-", "Hi there ", "named", "", "under ,:", "EX-Band", "nam is ", "dear\t"],
)
def test_reversed_introduction_pattern_agrees_with_the_forward_one(window):
    # names.py matches the introduction before a run backwards (a speed-up); it must answer as the
    # readable forward pattern does, at every window end.
    from gateway.detection.names import _NAME_INTRO, NameFinder

    for end in range(len(window) + 1):
        forward = _NAME_INTRO.search(window[max(0, end - 20) : end]) is not None
        assert NameFinder._introduced_at(window, end) is forward, (window, end)


@pytest.mark.parametrize(
    "text",
    ["hi, it's kaitlyn wilson", "customer customer customer x", "recipient is clara matias, recipient unknown",
     "conversation with kelly johnson; chat with amy", "patientin patient paciente", "", "customerx it’s i am"],
)
def test_cue_places_are_those_of_a_find_per_cue(text):
    # cased_names.py finds its cues with one automaton (a speed-up); it must give the places, and the
    # order, of a str.find per cue resuming after each place.
    from gateway.detection.cased_names import _CUES, _cue_places

    expected = []
    for cue in _CUES:
        at = text.find(cue)
        while at != -1:
            expected.append((cue, at))
            at = text.find(cue, at + len(cue))
    assert _cue_places(text) == expected


@pytest.mark.parametrize(
    "word",
    ["Mr.", "MRS", "ſir", "Dott.ssa", "Sig.ra", "Maître", "Don", "MUDr", "Ing.", "doc.", "doc", "Др.", "Ph.D.", "Ph. D.",
     "PhD", "CSc.", "LL.M.", "Dr. h. c.", "Customer", "Maria", "Drs", "Mrx", "Signora.", "Th.D", ""],
)
def test_is_title_answers_as_its_three_patterns(word):
    # names.py asks one combined pattern (a speed-up); it must answer as _TITLE, PRE_NOMINAL and
    # POST_NOMINAL asked one after the other.
    from gateway.detection.honorifics import POST_NOMINAL, is_pre_nominal
    from gateway.detection.names import _TITLE, is_title

    expected = _TITLE.fullmatch(word) is not None or is_pre_nominal(word) or POST_NOMINAL.fullmatch(word) is not None
    assert is_title(word) is expected
