"""Presidio recognizers in policies, through the HTTP gateway: every predefined recognizer either
redacts its own sample value or is refused at policy load; Presidio YAML recognizer files (evasion
forms included); a team's own EntityRecognizer classes in the detector workers, failing closed.

One gateway for the module; each test writes its own team policy and key. Values are synthetic.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
from gateway.detection.plugins import presidio_class_names
from gateway.detection.types import DENY_LIST_ENTITY
from gateway.policy import PolicyError, load_team
from tests.gateway_fixtures import RunningGateway, Upstreams, start_gateway
from tests.presidio_samples import REFUSED, SAMPLES

ECHO = "hf:test/echo"
ZW = "\u200b"
PLUGINS = Path(__file__).resolve().parent / "plugins"
# Built-in entity types switched off, so a finding can only come from the recognizer under test.
BUILTINS_OFF = {e: "allow" for e in DEFAULT_POLICY_ENTITIES - {DENY_LIST_ENTITY}}
_teams = itertools.count()


@pytest.fixture(scope="module")
def gw(upstreams: Upstreams, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    gateway = start_gateway(tmp_path_factory.mktemp("recognizers"), {"us": upstreams.url("us"), "eu": upstreams.url("eu")},
                            {}, detector={"plugin_paths": [str(PLUGINS)]})
    yield gateway
    gateway.stop()


def team(gw: RunningGateway, pii: dict[str, Any]) -> str:
    name = f"rec-{next(_teams)}"
    (gw.policies_dir / f"{name}.yaml").write_text(yaml.safe_dump({"region": "us", "pii": pii}))
    gw.keys[name] = gw.services.keys.create(name, "client")[1]
    return name


def sent(gw: RunningGateway, upstreams: Upstreams, name: str, prompt: str) -> str:
    upstreams.clear()
    r = gw.post(name, {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    assert r.status_code == 200, r.text
    return upstreams.chat_bodies("us")[0]["messages"][0]["content"]


def test_every_predefined_recognizer_is_covered():
    assert set(presidio_class_names()) == set(SAMPLES) | set(REFUSED)


@pytest.mark.parametrize("class_name", sorted(SAMPLES))
def test_predefined_recognizer_redacts_its_sample_through_http(gw, upstreams, class_name):
    from gateway.detection.plugins import presidio_entities

    value, threshold = SAMPLES[class_name]
    (entity,) = presidio_entities(class_name)
    name = team(gw, {"presidio_recognizers": [class_name], "score_threshold": threshold,
                     "entities": {**BUILTINS_OFF, entity: "redact"}})
    assert sent(gw, upstreams, name, f"ref {value} end").split() == ["ref", f"<{entity}>", "end"]


@pytest.mark.parametrize("class_name", sorted(REFUSED))
def test_predefined_recognizer_needing_nlp_or_network_is_refused_at_load(gw, class_name):
    name = team(gw, {"presidio_recognizers": [class_name]})
    with pytest.raises(PolicyError) as info:
        load_team(gw.policies_dir, name)
    assert f"{name}.yaml:pii.presidio_recognizers: " in str(info.value)
    assert class_name in str(info.value) and REFUSED[class_name] in str(info.value)


def test_predefined_recognizer_runs_on_the_normalised_view(gw, upstreams):
    name = team(gw, {"presidio_recognizers": ["InPanRecognizer"], "entities": {**BUILTINS_OFF, "IN_PAN": "redact"}})
    # Zero-width characters and full-width letters inside the value; the whole original is replaced.
    prompt = f"PAN ABC{ZW}PD12{ZW}34E and ＡＢＣＰＤ１２３４Ｅ ok"
    assert sent(gw, upstreams, name, prompt) == "PAN <IN_PAN> and <IN_PAN> ok"


def test_predefined_recognizer_validation_is_honoured(gw, upstreams):
    name = team(gw, {"presidio_recognizers": ["AuTfnRecognizer"], "score_threshold": 0.05,
                     "entities": {**BUILTINS_OFF, "AU_TFN": "redact"}})
    # 123 456 782 passes the TFN checksum, 123 456 789 does not (Presidio's invalidate_result).
    assert sent(gw, upstreams, name, "tfn 123 456 782 or 123 456 789") == "tfn <AU_TFN> or 123 456 789"


RECOGNIZER_FILE = {
    "recognizers": [
        {"name": "Customer number", "supported_language": "en", "supported_entity": "CUSTOMER_NUMBER",
         "patterns": [{"name": "customer number", "regex": r"\bcust-\d{6}\b", "score": 0.6},
                      {"name": "bare customer number", "regex": r"\b\d{6}-c\b", "score": 0.3}],
         "context": ["customer"]},
        {"name": "Codenames", "supported_entity": "CODENAME", "deny_list": ["Blue Heron", "Kestrel"]},
        {"name": "InPanRecognizer", "type": "predefined"},
    ]
}


def test_presidio_yaml_recognizer_file_redacts_through_http(gw, upstreams):
    (gw.policies_dir / "recognizers").mkdir(exist_ok=True)
    (gw.policies_dir / "recognizers" / "acme.yaml").write_text(yaml.safe_dump(RECOGNIZER_FILE))
    name = team(gw, {"recognizer_files": ["recognizers/acme.yaml"],
                     "entities": {**BUILTINS_OFF, "CUSTOMER_NUMBER": "redact", "CODENAME": "redact", "IN_PAN": "redact"}})
    # The weak pattern (0.3) counts only with its context word ("customer") within 40 characters.
    prompt = ("Ticket for CUST-123456 and c\u200bust-65\u200b4321, customer 123456-C; "
              f"project blue heron, K{ZW}estrel; PAN ABCPD1234E; order reference 654321-C.")
    assert sent(gw, upstreams, name, prompt) == (
        "Ticket for <CUSTOMER_NUMBER> and <CUSTOMER_NUMBER>, customer <CUSTOMER_NUMBER>; "
        "project <CODENAME>, <CODENAME>; PAN <IN_PAN>; order reference 654321-C.")


def test_presidio_yaml_form_inline_in_a_policy(gw, upstreams):
    name = team(gw, {"entities": BUILTINS_OFF, "recognizers": [
        {"supported_entity": "TICKET_ID", "patterns": [{"name": "t", "regex": r"TCK-\d{4}", "score": 0.9}],
         "action": "redact"},
        {"entity": "EMPLOYEE_ID", "regex": r"EMP-\d{6}", "action": "redact"},
    ]})
    # Presidio's default flags: case-insensitive; RE2 runs on the folded view (zero-width gone).
    assert sent(gw, upstreams, name, f"tck-12{ZW}34 by EMP-123456") == "<TICKET_ID> by <EMPLOYEE_ID>"


@pytest.mark.parametrize("regex", [r"(?<=x)\d{4}", r"(\d)\1{3}"])
def test_yaml_pattern_re2_cannot_run_is_rejected_without_echo(gw, regex):
    (gw.policies_dir / "recognizers").mkdir(exist_ok=True)
    (gw.policies_dir / "recognizers" / "bad.yaml").write_text(yaml.safe_dump({"recognizers": [
        {"supported_entity": "BAD_ID", "patterns": [{"name": "ok", "regex": r"B-\d{3}", "score": 0.5},
                                                    {"name": "bad", "regex": regex, "score": 0.5}]}]}))
    name = team(gw, {"recognizer_files": ["recognizers/bad.yaml"]})
    with pytest.raises(PolicyError) as info:
        load_team(gw.policies_dir, name)
    message = str(info.value)
    assert f"{gw.policies_dir / 'recognizers' / 'bad.yaml'}:recognizers.0.patterns.1.regex: " in message
    assert regex not in message and "RE2" in message
    inline = team(gw, {"recognizers": [{"supported_entity": "BAD_ID", "patterns": [{"name": "bad", "regex": regex, "score": 0.5}]}]})
    with pytest.raises(PolicyError) as info:
        load_team(gw.policies_dir, inline)
    assert f"{inline}.yaml:pii.recognizers.0.patterns.0.regex: " in str(info.value) and regex not in str(info.value)


def test_recognizer_file_must_exist_inside_the_policies_dir(gw):
    for files, reason in ((["recognizers/missing.yaml"], "no such file"),
                          (["../gateway.yaml"], "inside the policies directory"),
                          (["default.yaml"], "subdirectory")):
        name = team(gw, {"recognizer_files": files})
        with pytest.raises(PolicyError) as info:
            load_team(gw.policies_dir, name)
        assert f"{name}.yaml:pii.recognizer_files" in str(info.value) and reason in str(info.value)


def test_team_recognizer_class_runs_in_the_detector_workers(gw, upstreams):
    name = team(gw, {"python_recognizers": ["acme_pii.recognizers:EmployeeIdRecognizer"],
                     "entities": {**BUILTINS_OFF, "ACME_EMPLOYEE_ID": "redact"}})
    # ACME-E16000 passes the toy check digit (1+6 = 7), ACME-E16001 does not.
    prompt = f"staff ACME-E16000, ACME-E1{ZW}6000 and ACME-E16001"
    assert sent(gw, upstreams, name, prompt) == "staff <ACME_EMPLOYEE_ID>, <ACME_EMPLOYEE_ID> and ACME-E16001"


def test_team_recognizer_that_raises_fails_closed(gw, upstreams):
    name = team(gw, {"python_recognizers": ["acme_pii.recognizers:BrokenRecognizer"]})
    upstreams.clear()
    r = gw.post(name, {"model": ECHO, "messages": [{"role": "user", "content": "secret ACME-E16000 here"}]})
    assert r.status_code == 503, r.text
    assert r.json()["error"]["code"] == "detector_error"
    assert "ACME" not in r.text and "secret" not in r.text
    assert upstreams.chat_bodies("us") == []
    # A policy may opt out explicitly: the text then goes unchanged.
    forward = team(gw, {"python_recognizers": ["acme_pii.recognizers:BrokenRecognizer"], "on_detector_error": "forward"})
    assert sent(gw, upstreams, forward, "plain text") == "plain text"


@pytest.mark.parametrize("path, reason", [
    ("acme_pii.recognizers:Nope", "not a subclass"),
    ("acme_pii.nowhere:EmployeeIdRecognizer", "cannot be imported"),
    ("acme_pii.recognizers", "package.module:ClassName"),
])
def test_unusable_team_recognizer_is_refused_at_load(gw, path, reason):
    name = team(gw, {"python_recognizers": [path]})
    with pytest.raises(PolicyError) as info:
        load_team(gw.policies_dir, name)
    assert f"{name}.yaml:pii.python_recognizers: " in str(info.value) and reason in str(info.value)


def test_entities_accept_presidio_and_plugin_entity_names(gw):
    name = team(gw, {"presidio_recognizers": ["SgFinRecognizer"], "python_recognizers": ["acme_pii.recognizers:EmployeeIdRecognizer"],
                     "entities": {"SG_NRIC_FIN": "block", "ACME_EMPLOYEE_ID": "hash"}})
    loaded = load_team(gw.policies_dir, name)
    assert loaded.action_for("SG_NRIC_FIN") == "block" and loaded.action_for("ACME_EMPLOYEE_ID") == "hash"
    assert {"SG_NRIC_FIN", "ACME_EMPLOYEE_ID"} <= loaded.spec.entities
    unknown = team(gw, {"entities": {"SG_NRIC_FIN": "block"}})  # no recognizer reports it
    with pytest.raises(PolicyError) as info:
        load_team(gw.policies_dir, unknown)
    assert f"{unknown}.yaml:pii.entities: unknown entity type(s): SG_NRIC_FIN" in str(info.value)
