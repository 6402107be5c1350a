"""Identifiers in code found as names are dropped (code_words.py via not_persons.py); names in
code strings, mails and file names stay. Names are synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.code_words import is_code_identifier
from tests.engine_fixtures import kept_by_non_person_filter as kept




@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('export default function Dashboard({ title = "Overview" }) {', "Dashboard"),
        ("    private static final Logger LOG = LoggerFactory.getLogger(X.class);", "Logger LOG"),
        ('        LOG.info("Loading invoice {}", id);', "LOG"),
        ("Controlled By:  ReplicaSet/billing-api-7d9f8b6c5", "ReplicaSet"),
        ("order = Order.objects.get(pk=4471)", "Order"),
    ],
)
def test_a_code_identifier_is_no_name(text: str, value: str) -> None:
    assert kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('author = "Jane Roe"', "Jane Roe"),
        ("Attached: Lebenslauf Jane Roe.pdf", "Jane Roe"),
        ("Heather MacNaboola | 670.424.1527", "Heather MacNaboola"),
        ("An e-mail from Jane Roe (Sales) arrived.", "Jane Roe"),
        ("In my class Jane was the best.", "Jane"),
    ],
)
def test_a_name_stays(text: str, value: str) -> None:
    assert kept(text, value) == [value]


def test_short_camel_heads_are_names() -> None:
    for name in ("McMullen", "DeAndre", "LaToya", "MacDonald"):
        assert not is_code_identifier(name, 0, len(name))


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("# config/runtime.exs\nimport Config\n", "Config", True),
        ("config :shop, Shop.Repo,\n  url: x", "Repo", True),
        ("alias MyApp.Accounts\n", "Accounts", True),
        ("from app.models import Customer\n", "Customer", True),
        ("I met Dr.Smith yesterday.", "Smith", False),  # a title glued to the name
        ("Thanks, J.Smith", "Smith", False),  # an initial
    ],
)
def test_module_paths_and_imports_are_code(text: str, value: str, code: bool) -> None:
    from gateway.detection.code_words import is_code_identifier

    start = text.index(value)
    assert is_code_identifier(text, start, start + len(value)) is code


def test_a_line_ending_in_a_dot_does_not_make_the_next_line_code() -> None:
    from gateway.detection.code_words import is_code_identifier

    text = "Arcellx Inc.\nKacper: see you there. We use\nStefan: ok"
    for value in ("Kacper", "Stefan"):
        start = text.index(value)
        assert not is_code_identifier(text, start, start + len(value))
