"""Evasion forms (issue 7): values disguised the way people and scripts disguise them.

Each form yields short labelled texts whose gold span is the whole disguised value; a text counts
as caught when the value's characters are covered (eval.scoring.is_caught). The regression set
holds spaced ordinary numbers (dates, versions, quantities, numbers failing their checksum):
any predicted span there is a false alarm.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn

from eval.corpus import LabelledText, TextBuilder

DEFAULT_SEED = 23
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "A": "Α", "E": "Ε", "O": "Ο", "M": "Μ", "K": "Κ"}

# Spelled-out e-mail styles: (at word, dot word). English forms and de/fr/es/it words.
SPELLED_EMAIL_STYLES: dict[str, tuple[str, str]] = {
    "email_words_en": (" at ", " dot "),
    "email_brackets": (" [at] ", " [dot] "),
    "email_parens": ("(at)", "(dot)"),
    "email_words_de": (" at ", " punkt "),
    "email_words_fr": (" arobase ", " point "),
    "email_words_es": (" arroba ", " punto "),
    "email_words_it": (" chiocciola ", " punto "),
}

_CARRIERS: dict[str, list[str]] = {
    "CREDIT_CARD": ["Please charge {} for the renewal.", "card: {} exp 09/27", "Use {} for the hotel booking."],
    "PHONE_NUMBER": ["Call me back on {} after six.", "tel {}", "Reach the site manager at {} please."],
    "IBAN_CODE": ["Refund to {} please.", "Account {} (Sparkasse)", "Wire the deposit to {} by Friday."],
    "EMAIL_ADDRESS": ["Send the contract to {} today.", "contact: {}", "You can write to {} for details."],
    "PERSON": ["Contract signed by {} yesterday.", "Ask {} about the budget.", "Meeting notes from {}:"],
    "US_SSN": ["SSN {} on the W-4.", "Her social is {}.", "Verify {} against the payroll record."],
}


@dataclass(frozen=True, slots=True)
class EvasionForm:
    name: str
    entity: str
    disguise: Callable[[str, random.Random], str]


def _separate(separator: str) -> Callable[[str, random.Random], str]:
    def disguise(value: str, rng: random.Random) -> str:
        return separator.join(c for c in value if c.isdigit())

    return disguise


def _groups_of_four(value: str, rng: random.Random) -> str:
    return std_iban.format(value)


def _zero_width(value: str, rng: random.Random) -> str:
    chars = list(value)
    for _ in range(3):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZERO_WIDTH))
    return "".join(chars)


def _fullwidth(value: str, rng: random.Random) -> str:
    return value.translate(_FULLWIDTH)


def _homoglyphs(value: str, rng: random.Random) -> str:
    swappable = [i for i, c in enumerate(value) if c in _HOMOGLYPHS]
    chosen = set(rng.sample(swappable, k=min(len(swappable), max(1, len(swappable) // 2))))
    return "".join(_HOMOGLYPHS[c] if i in chosen else c for i, c in enumerate(value))


def _spelled(at_word: str, dot_word: str) -> Callable[[str, random.Random], str]:
    def disguise(value: str, rng: random.Random) -> str:
        user, _, domain = value.partition("@")
        return user.replace(".", dot_word) + at_word + domain.replace(".", dot_word)

    return disguise


EVASION_FORMS: list[EvasionForm] = [
    *(EvasionForm(f"card_{label}", "CREDIT_CARD", _separate(sep)) for label, sep in
      [("spaced", " "), ("dotted", "."), ("dashed", "-"), ("slashed", "/")]),
    *(EvasionForm(f"phone_{label}", "PHONE_NUMBER", _separate(sep)) for label, sep in
      [("spaced", " "), ("dotted", "."), ("dashed", "-"), ("slashed", "/")]),
    EvasionForm("iban_groups_of_4", "IBAN_CODE", _groups_of_four),
    EvasionForm("email_zero_width", "EMAIL_ADDRESS", _zero_width),
    EvasionForm("card_zero_width", "CREDIT_CARD", _zero_width),
    EvasionForm("phone_zero_width", "PHONE_NUMBER", _zero_width),
    EvasionForm("iban_zero_width", "IBAN_CODE", _zero_width),
    EvasionForm("card_fullwidth", "CREDIT_CARD", _fullwidth),
    EvasionForm("phone_fullwidth", "PHONE_NUMBER", _fullwidth),
    EvasionForm("ssn_fullwidth", "US_SSN", _fullwidth),
    EvasionForm("email_lookalike_letters", "EMAIL_ADDRESS", _homoglyphs),
    EvasionForm("name_lookalike_letters", "PERSON", _homoglyphs),
    *(EvasionForm(name, "EMAIL_ADDRESS", _spelled(at, dot)) for name, (at, dot) in SPELLED_EMAIL_STYLES.items()),
]


class _Values:
    """Plain synthetic values per entity, before disguise."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fake = Faker(["en_US", "de_DE", "fr_FR"])
        self.fake.seed_instance(rng.randrange(2**32))
        self.us = Faker("en_US")
        self.us.seed_instance(rng.randrange(2**32))

    def draw(self, entity: str) -> str:
        if entity == "CREDIT_CARD":
            return self.us.credit_card_number(card_type=self.rng.choice(["visa16", "mastercard"]))
        if entity == "PHONE_NUMBER":
            return f"({self.rng.randint(201, 989)}) {self.rng.randint(200, 999)}-{self.rng.randint(0, 9999):04d}"
        if entity == "IBAN_CODE":
            return self.fake.iban()
        if entity == "EMAIL_ADDRESS":
            first, last = self.us.first_name().lower(), self.us.last_name().lower()
            return f"{first}.{last}@{self.us.domain_name()}"
        if entity == "US_SSN":
            return self.us.ssn()
        if entity == "PERSON":
            return self.us.name()
        raise KeyError(entity)


def _embed(value: str, entity: str, rng: random.Random, source: str) -> LabelledText:
    before, _, after = rng.choice(_CARRIERS[entity]).partition("{}")
    return TextBuilder().add(before).value(value, entity).add(after).build(source)


def generate(per_form: int = 40, seed: int = DEFAULT_SEED) -> dict[str, list[LabelledText]]:
    """Form name -> `per_form` labelled texts."""
    rng = random.Random(seed)
    values = _Values(rng)
    return {
        form.name: [
            _embed(form.disguise(values.draw(form.entity), rng), form.entity, rng, form.name)
            for _ in range(per_form)
        ]
        for form in EVASION_FORMS
    }


def _failing_luhn(rng: random.Random, length: int) -> str:
    while True:
        digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))
        if not luhn.is_valid(digits):
            return digits


def _failing_iban(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice("0123456789") for _ in range(18))
        candidate = f"DE{rng.randint(0, 99):02d}{body}"
        if not std_iban.is_valid(candidate):
            return std_iban.format(candidate)


def regression_set(count: int = 120, seed: int = DEFAULT_SEED) -> list[LabelledText]:
    """Spaced ordinary numbers that must not be flagged (no gold spans)."""
    rng = random.Random(seed)
    makers: list[Callable[[], str]] = [
        lambda: f"The release is due {rng.randint(2019, 2026)} {rng.randint(1, 12):02d} {rng.randint(1, 28):02d}.",
        lambda: f"Date: {rng.randint(1, 28):02d} . {rng.randint(1, 12):02d} . {rng.randint(2019, 2026)}",
        lambda: f"Bump to {rng.randint(0, 9)} . {rng.randint(0, 30)} . {rng.randint(0, 99)} and rerun.",
        lambda: f"Order {' '.join(_chunks(_failing_luhn(rng, 16), 4))} is delayed.",
        lambda: f"Ref. {' '.join(_failing_luhn(rng, 13))} in the ledger.",
        lambda: f"Transfer id {_failing_iban(rng)} rejected by the bank.",
        lambda: f"We sold {rng.randint(1, 999)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d} units in {rng.randint(2019, 2026)}.",
        lambda: f"Build {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 20)}.{rng.randint(1000, 9999)} passed.",
    ]
    return [LabelledText(rng.choice(makers)(), (), "regression") for _ in range(count)]


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]
