"""An account number in the IBAN form of a country outside the IBAN registry is found when its check
digits hold (checksums.is_unregistered_iban); a number of that shape whose check fails is none. Every
value is synthetic (the check digits computed for the test)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.iso7064 import mod_97_10

from gateway.detection.checksums import is_unregistered_iban, mod97_holds
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


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=5, max_size=34))
def test_mod97_holds_as_stdnum_checks(candidate: str) -> None:
    # find_ibans asks mod97_holds before either IBAN check: it must never say no where stdnum says yes.
    assert mod97_holds(candidate) == mod_97_10.is_valid(candidate[4:] + candidate[:4])


def test_mod97_holds_on_valid_numbers() -> None:
    for country, digits in (("PH", "0065378777246668"), ("DE", "370400440532013000"), ("ZZ", "12AB34")):
        valid = _with_check_digits(country, digits)
        assert mod97_holds(valid)
        assert not mod97_holds(valid[:2] + f"{(int(valid[2:4]) + 1) % 100:02d}" + valid[4:])
