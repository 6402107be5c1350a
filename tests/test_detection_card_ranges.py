"""Card numbers by issuer range (checksums.is_credit_card): Mir cards (IIN 2200-2204) are cards;
other numbers opening on "22" outside Mastercard's 2221-2720 are not. Every number is synthetic
(Luhn-valid by construction)."""

from __future__ import annotations

from stdnum import luhn

from gateway.detection.checksums import is_credit_card


def _with_check_digit(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def test_a_mir_card_is_a_card() -> None:
    assert is_credit_card(_with_check_digit("220412345678901"))
    assert is_credit_card(_with_check_digit("220000001111222"))


def test_other_numbers_opening_on_22_are_not() -> None:
    assert not is_credit_card(_with_check_digit("220512345678901"))
    assert not is_credit_card(_with_check_digit("221012345678901"))
    assert is_credit_card(_with_check_digit("222112345678901"))  # Mastercard's 2-series
