"""label_positions: one scan of a text serves every label set, with the answers a scan per set gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detection.labelled import label_positions

SETS = (
    ("customer no", "member id", "id", "no"),
    ("by", "von", "par", "por", "da"),
    ("user", "username", "login"),
    ("date of birth", "dob", "geburtsdatum"),
)
WORDS = st.sampled_from(["customer", "no", "id", "member", "by", "von", "par", "por", "da", "user", "name",
                         "login", "date", "of", "birth", "dob", "Geburtsdatum", "data", "report", "by-pass",
                         "USER_NAME", "İd", ":", " ", "\n", "_"])


def _one_set_at_a_time(text: str, labels: tuple[str, ...]) -> list[int]:
    """Every offset where a label of the set starts in the lowered text ("_" read as a space)."""
    lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text).replace("_", " ")
    return sorted({at for label in labels for at in range(len(lowered)) if lowered.startswith(label, at)})


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_each_set_gets_what_a_scan_of_its_own_finds(text):
    for labels in SETS:
        assert label_positions(text, labels) == _one_set_at_a_time(text, labels)


def test_a_set_asked_for_after_a_text_was_scanned_still_sees_its_labels():
    text = "Reported by Jane; customer no 4471203, Kundennummer, geburtsdatum 1984"
    assert label_positions(text, SETS[0]) == _one_set_at_a_time(text, SETS[0])
    late = ("kundennummer", "reported")  # a set no recognizer asked for before this text was scanned
    assert label_positions(text, late) == [0, 39]
    assert label_positions(text, SETS[3]) == [53]


def test_no_labels_no_positions():
    assert label_positions("customer no 4471203", ()) == []


def test_threads_registering_sets_while_others_scan_get_every_label():
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Reported by Jane; member id {i}, Kundennummer {i}, geburtsdatum 1984, login jdoe{i}" for i in range(200)]
    new_sets = [(f"zz{i}", "kundennummer", "login") for i in range(12)]  # sets no recognizer asked for yet

    def scan(i: int) -> bool:
        text, labels = texts[i % len(texts)], new_sets[i % len(new_sets)] if i % 3 else SETS[i % len(SETS)]
        return label_positions(text, labels) == _one_set_at_a_time(text, labels)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(scan, range(600)))
