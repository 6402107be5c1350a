"""Entity names: the contract between policies and the detection engine."""

from __future__ import annotations

from .types import DENY_LIST_ENTITY

# Entities found by neural NER (plus gazetteers); asking for none of them skips the spaCy pass.
NER_ENTITIES: frozenset[str] = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS"})

PATTERN_ENTITIES: frozenset[str] = frozenset(
    {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "IP_ADDRESS",
        "US_DRIVER_LICENSE",
        "US_PASSPORT",
        "US_BANK_NUMBER",
        "URL",
        "DATE_TIME",
        "CRYPTO",
        "MEDICAL_LICENSE",
        "DE_TAX_ID",
        "FR_NIR",
        "ES_NIF",
        "IT_FISCAL_CODE",
        "NL_BSN",
        "PL_PESEL",
        "BE_NATIONAL_NUMBER",
        "EU_VAT",
        "UK_NINO",
        "UK_NHS",
        # Secrets (gateway.detection.secrets), dates of birth by context, labelled identifiers.
        "SECRET",
        "PRIVATE_KEY",
        "PASSWORD",
        "DATE_OF_BIRTH",
        "MEDICAL_RECORD_NUMBER",
        "ACCOUNT_NUMBER",
        "USERNAME",
    }
)

SUPPORTED_ENTITIES: frozenset[str] = NER_ENTITIES | PATTERN_ENTITIES | {DENY_LIST_ENTITY}

# The shipped default policy: every personal-data type except the two that are mostly not personal.
DEFAULT_POLICY_ENTITIES: frozenset[str] = SUPPORTED_ENTITIES - {"DATE_TIME", "URL"}
