"""An engine builds every lookup table when it starts, not on the first request needing one
(detection/lookup_tables.py)."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import gateway.detection
from gateway.detection import lookup_tables
from gateway.detection.lookup_tables import load_lookup_tables, lookup_table


def _cached_builders() -> Iterator[tuple[str, Callable[[], object]]]:
    """Every zero-argument cached function defined in the detection package: the shape of a table
    built on first use, whether or not its module registered it."""
    for info in pkgutil.iter_modules(gateway.detection.__path__):
        module = importlib.import_module(f"gateway.detection.{info.name}")
        for name, obj in vars(module).items():
            if not hasattr(obj, "cache_info") or getattr(obj, "__module__", None) != module.__name__:
                continue
            try:
                parameters = inspect.signature(obj).parameters
            except (TypeError, ValueError):
                continue
            if not parameters:
                yield f"{module.__name__}.{name}", obj


_AFTER_START = """
import json
from gateway.detection.engine import DetectionEngine
from tests.test_detection_lookup_tables import _cached_builders
DetectionEngine()  # and nothing analysed
print(json.dumps({name: build.cache_info().currsize for name, build in _cached_builders()}))
"""


def test_an_engine_has_built_every_table_when_it_starts() -> None:
    # A fresh process: in this one, earlier tests' analyses may have built the tables already.
    run = subprocess.run([sys.executable, "-c", _AFTER_START], capture_output=True, text=True, timeout=120, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    built = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(built) >= 17  # the name lists, word sets and indexes of today's recognizers
    unbuilt = [name for name, size in built.items() if size == 0]
    assert not unbuilt, f"tables left to the first request (mark their builders @lookup_table): {unbuilt}"


def test_a_registered_table_is_built_once_by_load_lookup_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookup_tables, "_TABLES", [])  # this test's table only, gone after it
    calls: list[int] = []

    @lookup_table
    def squares() -> tuple[int, ...]:
        calls.append(1)
        return tuple(i * i for i in range(10))

    assert calls == []  # registering builds nothing
    load_lookup_tables()
    load_lookup_tables()
    assert calls == [1]
    assert squares()[3] == 9 and calls == [1]


# Counts, in a fresh process, the regular expressions compiled while an engine starts and then while it
# analyses a first request, by whom: phonenumbers' numbering plans and the recognizers' context words
# (context.py) are what an engine compiles at start. A profile hook sees every call of the re module's
# compiler without patching it.
_COMPILES = """
import json, os, sys
from gateway.detection.engine import DetectionEngine
from gateway.detection.types import DetectionSpec
from gateway.detection.entities import DEFAULT_POLICY_ENTITIES

COMPILER = os.path.join("re", "_compiler.py")
counts = {"phonenumbers": 0, "context": 0}

def hook(frame, event, arg):
    if event != "call" or frame.f_code.co_name != "compile" or not frame.f_code.co_filename.endswith(COMPILER):
        return
    callers = []
    while frame is not None:
        callers.append(frame.f_code.co_filename)
        frame = frame.f_back
    counts["phonenumbers"] += any(os.sep + "phonenumbers" + os.sep in f for f in callers)
    counts["context"] += any(f.endswith(os.path.join("gateway", "detection", "context.py")) for f in callers)

sys.setprofile(hook)
engine = DetectionEngine()
sys.setprofile(None)
at_start = dict(counts)
counts.update(phonenumbers=0, context=0)
sys.setprofile(hook)
engine.analyze([sys.argv[1]], DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES)))
sys.setprofile(None)
print(json.dumps({"at_start": at_start, "first_request": counts}))
"""

# Synthetic numbers of several numbering plans, with and without a country prefix, and weak findings
# whose context words decide them.
_FIRST_REQUEST = ("Call Jane Example on 030 901820, +33 1 09 75 83 51, +81 3-1234-5678 or (415) 555-0132; "
                  "der Kunde erreicht uns unter 0171 2345678, el cliente en +34 912 345 678. "
                  "Account number 12345678, member id 4482 9913, DOB 03/12/1984.")


def test_an_engine_compiles_numbering_plans_and_context_words_when_it_starts() -> None:
    run = subprocess.run([sys.executable, "-c", _COMPILES, _FIRST_REQUEST], capture_output=True, text=True,
                         timeout=120, check=True, cwd=Path(__file__).resolve().parents[1])
    counts = json.loads(run.stdout.strip().splitlines()[-1])
    assert counts["at_start"]["phonenumbers"] > 200 and counts["at_start"]["context"] > 20
    assert counts["first_request"] == {"phonenumbers": 0, "context": 0}
