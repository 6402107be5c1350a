"""Context words: a telling word near a weak match ("phone", "IBAN", "Steuer-ID") raises its score."""

from __future__ import annotations

import re
from collections.abc import Iterable

CONTEXT_WINDOW = 40  # characters on either side of a match
CONTEXT_BOOST = 0.35

ENTITY_CONTEXT: dict[str, tuple[str, ...]] = {
    "PHONE_NUMBER": ("phone", "tel", "telephone", "mobile", "cell", "call", "fax", "desk", "office",
                     "contact", "reach", "whatsapp", "sms", "text me", "ring", "dial",
                     "telefon", "handy", "téléphone", "portable", "teléfono", "móvil", "telefono",
                     "cellulare", "registered", "landline", "hotline"),
    "US_SSN": ("ssn", "social security", "social-security", "ss#", "ss #", "tax id", "tin"),
    "CREDIT_CARD": ("card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment",
                    "karte", "carte", "tarjeta", "carta"),
    "IBAN_CODE": ("iban", "account", "bank", "transfer", "konto", "compte", "cuenta", "conto"),
    "US_DRIVER_LICENSE": ("driver", "driving", "license", "licence", "dl", "dmv", "permit"),
    "US_PASSPORT": ("passport", "travel document"),
    "US_BANK_NUMBER": ("bank", "account", "acct", "routing", "checking", "savings", "deposit"),
    "DE_TAX_ID": ("steuer", "steuerid", "steuer-id", "idnr", "identifikationsnummer", "tax id",
                  "tax", "tin"),
    "FR_NIR": ("nir", "sécurité sociale", "securite sociale", "insee", "social security", "numéro"),
    "ES_NIF": ("nif", "dni", "nie", "documento", "identidad"),
    "IT_FISCAL_CODE": ("codice fiscale", "fiscal code", "cf", "tax code"),
    "NL_BSN": ("bsn", "burgerservicenummer", "sofinummer", "citizen service"),
    "PL_PESEL": ("pesel",),
    "BE_NATIONAL_NUMBER": ("rijksregisternummer", "registre national", "national number", "nn",
                           "numéro national", "insz", "niss"),
    "EU_VAT": ("vat", "tva", "iva", "ust", "mwst", "btw", "umsatzsteuer"),
    "UK_NINO": ("national insurance", "nino", "ni number", "ni no"),
    "UK_NHS": ("nhs", "health service", "patient", "health number"),
    "STREET_ADDRESS": ("address", "live", "lives", "living", "street", "moved", "ship", "send",
                       "deliver", "mail", "located", "adresse", "dirección", "indirizzo", "wohne",
                       "meet", "corner", "visit", "apartment", "station", "side of", "enter on",
                       "entrance", "drop off", "drops you off", "stop at"),
    "PERSON": ("name", "mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "madame", "señor",
               "señora", "signor", "signora", "sir", "dear", "hi", "hello", "called", "named"),
    "IP_ADDRESS": ("ip", "address", "server", "host", "client"),
    "CRYPTO": ("bitcoin", "btc", "wallet", "crypto"),
    "MEDICAL_LICENSE": ("dea", "medical", "license", "licence", "prescriber"),
    "DATE_TIME": ("date", "born", "birthday", "dob"),
}


def compile_context(words: Iterable[str]) -> re.Pattern[str] | None:
    words = [w for w in words if w]
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


ENTITY_CONTEXT_PATTERNS: dict[str, re.Pattern[str] | None] = {
    entity: compile_context(words) for entity, words in ENTITY_CONTEXT.items()
}


def has_context(text: str, start: int, end: int, pattern: re.Pattern[str] | None) -> bool:
    """Whether a context word occurs within CONTEXT_WINDOW characters before or after the span."""
    if pattern is None:
        return False
    if pattern.search(text, max(0, start - CONTEXT_WINDOW), start):
        return True
    return pattern.search(text, end, min(len(text), end + CONTEXT_WINDOW)) is not None
