"""An account number in the IBAN form of a country outside the IBAN registry is found when its check
digits hold (checksums.is_unregistered_iban); a number of that shape whose check fails is none. Every
value is synthetic (the check digits computed for the test)."""

from __future__ import annotations

from gateway.detection.checksums import is_unregistered_iban
from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _with_check_digits(country: str, digits: str) -> str:
    number = int("".join(str(int(c, 36)) for c in digits + country + "00"))
    return f"{country}{98 - number % 97:02d}{digits}"


def test_the_check_digits_decide() -> None:
    valid = _with_check_digits("PH", "0065378777246668")
    assert is_unregistered_iban(valid)
    assert not is_unregistered_iban(valid[:4] + valid[5:] + valid[4])  # a digit moved to the end
    assert not is_unregistered_iban("SO12345678901234")  # an order number's shape, too short and failing
    # A listed country's number in a form its registry entry does not allow stays none, check digits or not.
    assert not is_unregistered_iban(_with_check_digits("DE", "37040044053201"))


def test_an_unregistered_iban_in_a_sentence_is_found(engine) -> None:  # noqa: F811
    value = _with_check_digits("PH", "0065378777246668")
    text = f"Are there any charges for a transfer from {value} to other bank accounts?"
    found = {text[s.start : s.end]: s.entity for s in engine.analyze([text], DEFAULT)[0]}
    assert found.get(value) == "IBAN_CODE"
