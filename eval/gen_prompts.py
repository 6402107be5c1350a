"""Our own labelled prompts: chat-style and code/log-style, in en, de, fr, es, it.

Templates plant synthetic values (Faker with a fixed seed; EU ids from eval.eu_ids, valid
checksums) and record their exact offsets. Generated in memory: same seed, same corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from faker import Faker
from stdnum import iban as std_iban

from eval.corpus import LabelledText, fill_template
from eval.eu_ids import EU_ID_GENERATORS
from eval.templates import CODE_TEMPLATES, TEMPLATES_BY_LANGUAGE

DEFAULT_SEED = 7
LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT"}

_SLOT = re.compile(r"\{\{(\w+)\}\}")
_EXTENSION = re.compile(r"\s*(x|ext\.?)\s*\d+$")


def iban(fake: Faker, rng: random.Random) -> str:
    """A valid IBAN from Faker, in groups of four two times in five."""
    number = fake.iban()
    if not std_iban.is_valid(number):  # Faker's are valid; never plant an invalid one.
        raise ValueError("Faker produced an invalid IBAN")
    return std_iban.format(number) if rng.random() < 0.4 else number


def ip_address(fake: Faker, rng: random.Random) -> str:
    """A public IPv4 address, or one time in five an IPv6 one."""
    return fake.ipv4_public() if rng.random() < 0.8 else fake.ipv6()


class ValueFactory:
    """Draws one synthetic value per slot name, in one locale, from seeded generators."""

    def __init__(self, locale: str, rng: random.Random) -> None:
        self.rng = rng
        self.fake = Faker(locale)
        self.fake.seed_instance(rng.randrange(2**32))
        self._us = Faker("en_US")
        self._us.seed_instance(rng.randrange(2**32))

    def draw(self, slot: str) -> tuple[str, str]:
        """(value text, entity) for a template slot."""
        if slot in EU_ID_GENERATORS:
            return EU_ID_GENERATORS[slot](self.rng), slot
        maker, entity = self._slots()[slot]
        return maker(), entity

    def _slots(self) -> dict[str, tuple[Callable[[], str], str]]:
        fake = self.fake
        return {
            "name": (self._name, "PERSON"),
            "first": (fake.first_name, "PERSON"),
            "email": (self._email, "EMAIL_ADDRESS"),
            "phone": (self._phone, "PHONE_NUMBER"),
            "card": (self._card, "CREDIT_CARD"),
            "iban": (self._iban, "IBAN_CODE"),
            "ssn": (self._us.ssn, "US_SSN"),
            "ip": (self._ip, "IP_ADDRESS"),
            "street": (fake.street_address, "STREET_ADDRESS"),
            "address": (self._address, "STREET_ADDRESS"),
            "city": (fake.city, "LOCATION"),
            "dl": (self._driver_license, "US_DRIVER_LICENSE"),
        }

    def _name(self) -> str:
        # fake.name() sometimes adds titles ("Dott.", "B.Eng."); a title is not the person.
        return f"{self.fake.first_name()} {self.fake.last_name()}"

    def _email(self) -> str:
        # Mostly name-shaped addresses, like real ones; the domain is Faker's (example.* or fake).
        user = re.sub(r"[^a-z.]", "", self.fake.first_name().lower() + "." + self.fake.last_name().lower())
        return self.rng.choice([f"{user}@{self.fake.domain_name()}", self.fake.email()])

    def _phone(self) -> str:
        return _EXTENSION.sub("", self.fake.phone_number())

    def _card(self) -> str:
        number = self._us.credit_card_number(card_type=self.rng.choice(["visa16", "mastercard", "amex", "discover"]))
        if self.rng.random() < 0.4 and len(number) == 16:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def _iban(self) -> str:
        return iban(self.fake, self.rng)

    def _ip(self) -> str:
        return ip_address(self.fake, self.rng)

    def _address(self) -> str:
        return f"{self.fake.street_address()}, {self.fake.postcode()} {self.fake.city()}"

    def _driver_license(self) -> str:
        # A few real state formats: CA A1234567, FL A123-456-78-901-0, NY 123 456 789, IL A123-4567-8901.
        letter = self.rng.choice("ABCDEFGHJKLMNPRSTWZ")
        digits = "".join(self.rng.choice("0123456789") for _ in range(12))
        return self.rng.choice(
            [
                f"{letter}{digits[:7]}",
                f"{letter}{digits[:3]}-{digits[3:6]}-{digits[6:8]}-{digits[8:11]}-{digits[11]}",
                f"{digits[:3]} {digits[3:6]} {digits[6:9]}",
                f"{letter}{digits[:3]}-{digits[3:7]}-{digits[7:11]}",
            ]
        )


def fill(template: str, factory: ValueFactory, source: str) -> LabelledText:
    values = {slot: factory.draw(slot) for slot in _SLOT.findall(template)}
    return fill_template(template, values, source)


def generate(count: int = 1200, seed: int = DEFAULT_SEED) -> list[LabelledText]:
    """`count` prompts: ~55% chat in five languages, ~45% code/log/structured text."""
    rng = random.Random(seed)
    factories = {lang: ValueFactory(locale, rng) for lang, locale in LOCALES.items()}
    texts: list[LabelledText] = []
    for index in range(count):
        if index % 20 < 11:
            lang = rng.choice(sorted(TEMPLATES_BY_LANGUAGE))
            template = rng.choice(TEMPLATES_BY_LANGUAGE[lang])
            texts.append(fill(template, factories[lang], f"chat_{lang}"))
        else:
            lang = rng.choice(sorted(LOCALES))
            template = rng.choice(CODE_TEMPLATES)
            texts.append(fill(template, factories[lang], f"code_{lang}"))
    return texts
