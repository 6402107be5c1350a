"""The recognizer interface, the registry and stages, and the engine inside a stock Presidio
AnalyzerEngine (same spans as the gateway engine). Values are synthetic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.detection.entities import DEFAULT_POLICY_ENTITIES, SUPPORTED_ENTITIES
from gateway.detection.recognizer import FunctionRecognizer
from gateway.detection.personal_numbers import PersonalNumbersRecognizer
from gateway.detection.registry import PATTERN_RECOGNIZERS
from gateway.detection.types import DENY_LIST_ENTITY, DetectionSpec, Span
from gateway.detection.views import TextViews
from tests.engine_fixtures import engine  # noqa: F401 (the shared fixture)

ROOT = Path(__file__).resolve().parent.parent
ZW = "\u200b"


def find_tickets(views: TextViews) -> list[Span]:
    """A detector module's function, shaped as the interface documents."""
    view = views.folded
    out = []
    start = view.text.find("TCK-")
    while start != -1:
        a, b = view.to_original(start, start + 8)
        out.append(Span(a, b, "TICKET_ID", 0.99))
        start = view.text.find("TCK-", start + 1)
    return out


def test_function_recognizer_is_a_one_liner_and_sets_its_score():
    recognizer = FunctionRecognizer(entity="TICKET_ID", find=find_tickets, context=("ticket",), score=0.3)
    text = f"see TC{ZW}K-1234 now"
    spans = list(recognizer.find(TextViews(text)))
    assert [(text[s.start:s.end], s.entity, s.score) for s in spans] == [(f"TC{ZW}K-1234", "TICKET_ID", 0.3)]
    assert recognizer.entities == {"TICKET_ID"} and recognizer.name == "find_tickets"
    assert recognizer.context_pattern("TICKET_ID").search("the Ticket")
    # score=None keeps the function's own scores.
    assert [s.score for s in FunctionRecognizer("TICKET_ID", find_tickets).find(TextViews(text))] == [0.99]
    # validate= reads the normalised value (no zero-width character) and drops failures.
    checked = FunctionRecognizer("TICKET_ID", find_tickets, validate=lambda v: v.endswith("4") and "\u200b" not in v)
    assert len(list(checked.find(TextViews(f"{text} TCK-9999")))) == 1


def test_each_builtin_entity_is_declared_once_and_is_supported():
    entities = [r.entity for r in PATTERN_RECOGNIZERS] + sorted(PersonalNumbersRecognizer().entities)
    assert len(entities) == len(set(entities))
    assert set(entities) | {"PERSON", "LOCATION", "STREET_ADDRESS", DENY_LIST_ENTITY} == SUPPORTED_ENTITIES


def test_plan_runs_only_what_the_spec_needs(engine):
    plan = engine.registry.plan(DetectionSpec(frozenset({"EMAIL_ADDRESS", "IBAN_CODE"})))
    assert [r.entities for r in plan.recognizers] == [{"EMAIL_ADDRESS"}, {"IBAN_CODE"}]
    assert [s.__name__ for s in plan.stages] == ["stage", "resolve"]
    people = engine.registry.plan(DetectionSpec(frozenset({"PERSON"}), deny_terms=("Project Falcon",)))
    assert [r.name for r in people.recognizers] == ["find_profile_names", "gazetteer_names", "column_values", "spacy_ner",
                                                    "deny_list"]
    assert [s.__name__ for s in people.stages][-4:] == ["addressee_lines", "list_continuation", "repeat_mentions_stage",
                                                         "titles_into_names"]


def test_one_context_rule_for_builtin_and_policy_recognizers(engine):
    from gateway.detection.types import CustomPattern

    # A weak custom pattern and a weak built-in (US passport, 0.2) both need their context words.
    spec = DetectionSpec(frozenset({"US_PASSPORT"}), custom=(CustomPattern("TICKET_ID", r"TCK-\d{4}", ("ticket",), 0.3),))
    found = lambda t: [(s.entity, t[s.start:s.end]) for s in engine.analyze([t], spec)[0]]  # noqa: E731
    assert found("TCK-1234 and 123456789") == []
    assert found("ticket TCK-1234, passport 123456789") == [("TICKET_ID", "TCK-1234"), ("US_PASSPORT", "123456789")]
    # Above the threshold, context does not change a score (so it never reorders findings).
    strong = DetectionSpec(frozenset(), custom=(CustomPattern("TICKET_ID", r"TCK-\d{4}", ("ticket",), 0.6),))
    assert [s.score for s in engine.analyze(["ticket TCK-1234"], strong)[0]] == [0.6]


TEXTS = [
    "Hi, I am Maria Garcia, e-mail maria.garcia@example.com, phone +49 30 12345678, address 4147 Midway Road.",
    f"Card 4111{ZW}1111{ZW}1111{ZW}1111 and IBAN DE89 3704 0044 0532 0130 00; SSN 536-22-8891.",
    "Mail quinn dot ashworth at examplemail dot com, or jаne.doe@exаmple.com (Cyrillic a).",
    "Our founders: Isolda Marrero, Lapresse and Wright. Later Marrero wrote back from 192.168.10.20.",
    "Steuer-ID 86095742719, BSN 111222333, NHS 943 476 5919, NINO JG 10 37 59 A, VAT DE 136695976.",
    "Ich wohne in der Musterstraße 12; J'habite au 91 avenue Jules Ferry; Abito in Via Roma 10.",
    "Upgrade from version 1.2.3 to 2.10.0 before 2024-01-15; sha256 9f86d081884c7d659a2feaa0c55ad015.",
    "Carys: see you at 5\nJacob: bring Pomeroy L Guibord along",
]


def test_engine_inside_a_stock_presidio_analyzer_gives_the_gateway_spans(engine):
    from presidio_analyzer import AnalyzerEngine, RecognizerResult

    from gateway.detection.presidio import analyzer_engine

    analyzer = analyzer_engine(engine)
    assert isinstance(analyzer, AnalyzerEngine)
    entities = sorted(DEFAULT_POLICY_ENTITIES - {DENY_LIST_ENTITY})
    spec = DetectionSpec(frozenset(entities))
    from eval.run import load_corpora

    corpora = load_corpora(quick=True)
    texts = TEXTS + [t.text for corpus in corpora.labelled.values() for t in corpus[:40]]
    total = 0
    for text in texts:
        results = analyzer.analyze(text, language="en", entities=entities)
        assert all(isinstance(r, RecognizerResult) for r in results)
        ours = [(s.start, s.end, s.entity, s.score) for s in engine.analyze([text], spec)[0]]
        assert sorted((r.start, r.end, r.entity_type, r.score) for r in results) == ours
        total += len(ours)
    assert total > len(texts)


def test_builtin_recognizers_as_presidio_recognizers(engine):
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    from gateway.detection.presidio import gateway_recognizers

    recognizers = gateway_recognizers(engine)
    registry = RecognizerRegistry(recognizers=recognizers)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}]))
    text = f"card 4111 1111 1111 111{ZW}1, iban DE89370400440532013000"
    found = {(r.entity_type, text[r.start:r.end]) for r in analyzer.analyze(text, language="en", score_threshold=0.5)}
    assert found == {("CREDIT_CARD", f"4111 1111 1111 111{ZW}1"), ("IBAN_CODE", "DE89370400440532013000")}


def test_presidio_in_the_gateway_needs_no_network():
    """Importing Presidio, building its recognizers and the analyzer, and validating an e-mail
    (tldextract) with every socket refused."""
    code = """
import socket
def refuse(*a, **k):
    raise OSError("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from gateway.detection.plugins import load_presidio
from gateway.detection.presidio import analyzer_engine
from gateway.detection.views import TextViews
email = load_presidio("EmailRecognizer", frozenset({"EMAIL_ADDRESS"}))
assert [s.entity for s in email.find(TextViews("mail jane.roe@example.co.uk now"))] == ["EMAIL_ADDRESS"]
analyzer = analyzer_engine()
assert analyzer.analyze("mail jane.roe@example.com", language="en")
print("offline ok")
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "offline ok" in done.stdout


def test_shipped_payments_policy_uses_every_kind_of_policy_recognizer(engine):
    from gateway.policy import load_team

    loaded = load_team(ROOT / "policies", "payments-us")
    assert loaded.spec.presidio == ("AbaRoutingRecognizer", "UsItinRecognizer")
    text = (f"Merchant MID-1234{ZW}5678, invoice INV-2024-00042, routing 0110-0001-5, "
            "Falcon Pay Sandbox, merchant 12345678-M, employee EMP-123456.")
    found = {(s.entity, text[s.start:s.end]) for s in engine.analyze([text], loaded.spec)[0]}
    assert found >= {("MERCHANT_ID", f"MID-1234{ZW}5678"), ("INVOICE_ID", "INV-2024-00042"),
                     ("ABA_ROUTING_NUMBER", "0110-0001-5"), ("MERCHANT_ID", "Falcon Pay Sandbox"),
                     ("MERCHANT_ID", "12345678-M"), ("EMPLOYEE_ID", "EMP-123456")}
    assert loaded.action_for("MERCHANT_ID") == "hash" and loaded.action_for("ABA_ROUTING_NUMBER") == "redact"
