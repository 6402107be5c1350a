"""Presidio EntityRecognizer subclasses as a team would write them (synthetic formats)."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

_EMPLOYEE_ID = re.compile(r"\bACME-E(\d{5})\b")


class EmployeeIdRecognizer(EntityRecognizer):
    """ACME-E12345 whose digits sum to a multiple of 7 (a toy check digit)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ACME_EMPLOYEE_ID"], name="AcmeEmployeeId",
                         context=["employee", "staff"])

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results = []
        for match in _EMPLOYEE_ID.finditer(text):
            if sum(int(c) for c in match.group(1)) % 7 == 0:
                results.append(RecognizerResult("ACME_EMPLOYEE_ID", match.start(), match.end(), 0.9))
        return results


class BrokenRecognizer(EntityRecognizer):
    """Fails on every text, with the text in its message (which must never reach the client)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ACME_BROKEN"], name="AcmeBroken")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"cannot handle {text!r}")
