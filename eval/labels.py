"""Entity names, the label mapping from presidio-evaluator, and the recall targets.

All gold labels are normalised to the gateway's entity names (gateway.detection.entities) so that
one scorer serves every corpus. Gold labels that are not personal data under the default policy
(dates, organisations, titles, ...) are kept as "context" labels: they are neither scored for
recall nor counted as non-PII characters (we do not want to punish a redactor for masking them,
nor reward it).
"""

from __future__ import annotations

# Used when gateway.detection.entities is not importable yet (engine under construction).
FALLBACK_POLICY_ENTITIES: frozenset[str] = frozenset(
    """PERSON EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD IBAN_CODE US_SSN IP_ADDRESS STREET_ADDRESS
    LOCATION US_DRIVER_LICENSE US_PASSPORT US_BANK_NUMBER CRYPTO DE_TAX_ID FR_NIR ES_NIF
    IT_FISCAL_CODE NL_BSN PL_PESEL BE_NATIONAL_NUMBER EU_VAT UK_NINO UK_NHS""".split()
)


def policy_entities() -> frozenset[str]:
    """The entities the shipped default policy asks for (the set we evaluate under)."""
    try:
        from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
    except ImportError:
        return FALLBACK_POLICY_ENTITIES
    return frozenset(DEFAULT_POLICY_ENTITIES)


# presidio-evaluator's output labels -> ours. Labels mapped to None are context labels (see above).
PRESIDIO_EVALUATOR_LABELS: dict[str, str | None] = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_DRIVER_LICENSE": "US_DRIVER_LICENSE",
    "STREET_ADDRESS": "STREET_ADDRESS",  # its address, street_name, building_number, postcode, ...
    "ADDRESS": "STREET_ADDRESS",
    "GPE": "LOCATION",  # city, state, country
    "LOCATION": "LOCATION",
    "ZIP_CODE": None,
    "DATE_TIME": None,
    "ORGANIZATION": None,
    "TITLE": None,
    "NRP": None,
    "AGE": None,
    "DOMAIN_NAME": None,
}

# Gold label for spans that are labelled but not scored (see module docstring).
CONTEXT_LABEL = "CONTEXT"

# Gold label for look-alikes planted on purpose (commit ids, hashes, UUIDs, base64 test data,
# versions): counted as non-PII characters, and a decoy masked for half its length is a false alarm.
DECOY_LABEL = "DECOY"

# Entities whose values carry a checksum; a valid value must always be caught.
CHECKSUM_ENTITIES: frozenset[str] = frozenset(
    """CREDIT_CARD IBAN_CODE DE_TAX_ID FR_NIR ES_NIF IT_FISCAL_CODE NL_BSN PL_PESEL
    BE_NATIONAL_NUMBER EU_VAT UK_NHS""".split()
)

# The aggregate recall target (issue 6) is measured over these entity types.
CORE_TARGET_ENTITIES: frozenset[str] = frozenset(
    """PERSON EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD IBAN_CODE US_SSN IP_ADDRESS STREET_ADDRESS
    US_DRIVER_LICENSE""".split()
)

CORE_RECALL_TARGET = 0.97
NON_PII_CHANGED_TARGET = 0.02
DEFAULT_ENTITY_RECALL_TARGET = 0.97


def recall_target(entity: str) -> float | None:
    """Per-entity recall target, or None when the spec sets none (e.g. LOCATION)."""
    if entity in CHECKSUM_ENTITIES:
        return 1.0
    if entity == "PERSON":
        return 0.95
    if entity == "STREET_ADDRESS":
        return 0.90
    if entity in CORE_TARGET_ENTITIES:
        return DEFAULT_ENTITY_RECALL_TARGET
    return None
