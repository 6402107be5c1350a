"""Streaming restoration: any split of the answer into chunks restores exactly, holding back little."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.restore import StreamRestorer, restore
from gateway.inspection import ToolCallIds
from gateway.vault import PseudonymVault
from gateway.wire.openai import ChatChunks

VALUES = ["Jane Roe", "jane.roe@example.com", 'quote " and \\ slash', "Zoë <b>"]


def make_vault() -> tuple[PseudonymVault, list[str]]:
    vault = PseudonymVault()
    return vault, [vault.placeholder("PERSON" if i % 2 else "EMAIL_ADDRESS", v) for i, v in enumerate(VALUES)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(range(len(VALUES))), max_size=6), st.text(alphabet="ab <>_P1", max_size=30), st.data())
def test_any_chunking_restores_exactly(order, filler, data):
    vault, placeholders = make_vault()
    answer = filler.join(placeholders[i] for i in order) + filler
    expected = filler.join(VALUES[i] for i in order) + filler
    cuts = sorted(data.draw(st.lists(st.integers(0, len(answer)), max_size=12)))
    pieces = [answer[a:b] for a, b in zip([0] + cuts, cuts + [len(answer)])]
    r = StreamRestorer(vault)
    out = "".join(r.feed(p) for p in pieces) + r.flush()
    assert out == expected
    assert out == restore(answer, vault)


def test_holds_back_only_a_possible_placeholder():
    vault, placeholders = make_vault()
    r = StreamRestorer(vault)
    assert r.feed("Hello <") == "Hello "
    assert r.feed("EMAIL_ADDRESS_") == ""
    assert r.feed("1> and a<b") == f"{VALUES[0]} and a<b"
    assert r.feed(" x < 3") == " x < 3"  # '<' followed by a space cannot start a placeholder


def test_unknown_placeholder_left_alone():
    vault, _ = make_vault()
    assert restore("see <PERSON_99>", vault) == "see <PERSON_99>"


def test_json_string_escaping_in_arguments():
    vault, placeholders = make_vault()
    args = json.dumps({"who": placeholders[2]})
    restored = restore(args, vault, json_string=True)
    assert json.loads(restored) == {"who": VALUES[2]}


def test_chunk_restorer_flushes_on_finish_and_tail():
    vault, placeholders = make_vault()
    cr = ChatChunks(vault, ToolCallIds())
    first = {"id": "c", "choices": [{"index": 0, "delta": {"content": "to " + placeholders[0][:5]}, "finish_reason": None}]}
    cr.event(None, first)
    assert first["choices"][0]["delta"]["content"] == "to "
    last = {"id": "c", "choices": [{"index": 0, "delta": {"content": placeholders[0][5:]}, "finish_reason": "stop"}]}
    cr.event(None, last)
    assert last["choices"][0]["delta"]["content"] == VALUES[0]
    assert cr.finish() == []


def test_vault_same_value_same_placeholder_and_reserved_skipped():
    vault = PseudonymVault(reserved_text="literal <PERSON_1> typed by the user")
    a = vault.placeholder("PERSON", "Jane Roe")
    assert a == "<PERSON_2>"
    assert vault.placeholder("PERSON", "Jane Roe") == a
    assert vault.placeholder("PERSON", "John Roe") == "<PERSON_3>"
    assert "Jane" not in repr(vault)
