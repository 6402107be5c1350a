"""The recognizer registry: every built-in recognizer declared once, and the set a policy needs.

`BUILTIN_RECOGNIZERS` is the one place an entity type is added (a recognizer with its entity, the
view it reads, its context words and, where it has one, its base score; see recognizer.py for
wrapping a `find_x(views)` function in one line). `RecognizerRegistry.plan(spec)` picks the
recognizers a policy's spec asks for: the built-ins of its entity types, its own regex patterns and
deny terms, and the Presidio and plug-in recognizers it names (loaded once per process, on first
use, by plugins.py), plus the stages that run after recognition (stages.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from . import address_answers, birthdates, profile_links, command_output, ip_addresses, licence_labels, credential_calls, credential_lines, deferred_ids, emails, fi_ids, labelled, numbers, patterns, personal_numbers, phones, secret_kinds, secret_phrases, secrets, spelled, trial_subjects, usernames
from . import cjk_names, device_configs, key_pairs, net_commands, script_names
from .addresses import ADDRESS_CONTEXT, AddressFinder
from .columns import COLUMN_ENTITIES, ColumnValues
from .custom import compile_custom
from .names import PERSON_CONTEXT, NameFinder
from .ner_recognizer import NER_ENTITIES, NerRecognizer
from .personal_numbers import DIGIT_PERSONAL_NUMBER_ENTITIES, PersonalNumbersRecognizer
from .normalize import TextView
from .place_names import known_places
from .plugins import load_plugin, load_presidio
from .recognizer import FunctionRecognizer, Recognizer, View
from .stages import Stage, stages_for
from .terms import DenyListRecognizer
from .types import DetectionSpec, Span
from .views import TextViews


class ViewRecognizer(FunctionRecognizer):
    """A recognizer around a built-in `find(view: TextView)` that reads one view."""

    def __init__(self, entity: str, find: Callable[[TextView], Iterable[Span]], view: View,
                 context: Sequence[str] = (), score: float | None = None) -> None:
        super().__init__(entity, lambda views: find(getattr(views, view)), context, score, view, find.__name__)


def _emails(views: TextViews) -> list[Span]:
    return [*emails.find_emails(views.folded), *emails.find_spelled_emails(views.folded)]


def _phones(views: TextViews) -> list[Span]:
    return [*phones.find_phone_numbers(views.digits, views.original), *spelled.find_spelled_phone_numbers(views)]


def _national_id(entity: str, context: tuple[str, ...]) -> FunctionRecognizer:
    return FunctionRecognizer(entity, lambda v: numbers.find_national_ids(v.digits, entity, v.original), context,
                              view="digits", name=f"find_national_ids[{entity}]")


def _find_passwords(views: TextViews) -> Iterator[Span]:
    """Passwords after their labels (secrets.py), in credential files' layouts (credential_lines.py) and
    on command lines whose grammar says which word is one (net_commands.py, device_configs.py): one
    recognizer per entity; a generated token in a password's place is a SECRET (secret_kinds.py)."""
    unpacked, stretches = credential_calls.unpacked_passwords(views.original)
    labelled = [s for s in secrets.find_passwords(views)
                if not any(a <= s.start < b for a, b in stretches)]  # there `unpacked` says which literal is the password
    found = [*labelled, *unpacked, *credential_lines.find_credential_line_passwords(views),
             *credential_calls.find_call_passwords(views),
             *(Span(start, end, "PASSWORD", secrets.LABELLED_SCORE)
               for start, end in net_commands.find_net_passwords(views.original)),
             *(Span(start, end, "PASSWORD", secrets.LABELLED_SCORE)
               for start, end in device_configs.find_device_passwords(views.original)),
             *(s for s in secret_phrases.find_phrase_credentials(views) if s.entity == "PASSWORD")]
    return secret_kinds.passwords_typed(views.original, found)


def _find_secrets(views: TextViews) -> Iterator[Span]:
    """Secrets (secrets.py; after phrase labels, secret_phrases.py; printed by a command that reads them,
    command_output.py; after its access key id, key_pairs.py); a short labelled one is a PASSWORD (secret_kinds.py)."""
    yield from secret_kinds.secrets_typed(views.original, secrets.find_secrets(views), secrets.PROVIDER_SCORE)
    yield from (s for s in secret_phrases.find_phrase_credentials(views) if s.entity == "SECRET")
    yield from command_output.find_printed_secrets(views)
    yield from key_pairs.find_paired_secrets(views)


def _find_medical_record_numbers(views: TextViews) -> Iterator[Span]:
    """Record numbers after their labels (labelled.py), a few words after them (deferred_ids.py) and
    a study's subject numbers (trial_subjects.py)."""
    yield from labelled.find_medical_record_numbers(views)
    yield from deferred_ids.find_deferred_medical_record_numbers(views)
    yield from trial_subjects.find_trial_subject_numbers(views)


def _find_account_numbers(views: TextViews) -> Iterator[Span]:
    """Account numbers after their labels (labelled.py) and a few words after them (deferred_ids.py)."""
    yield from labelled.find_account_numbers(views)
    yield from deferred_ids.find_deferred_account_numbers(views)


PATTERN_RECOGNIZERS: tuple[FunctionRecognizer, ...] = (
    FunctionRecognizer("EMAIL_ADDRESS", _emails, name="find_emails"),
    FunctionRecognizer("PHONE_NUMBER", _phones, view="digits", context=(
        "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "desk", "office", "contact", "reach",
        "whatsapp", "sms", "text me", "ring", "dial", "telefon", "handy", "téléphone", "portable", "teléfono",
        "móvil", "telefono", "cellulare", "registered", "landline", "hotline",
        # verbs of calling (back): "unter ... zurückzurufen", "me rappeler au ...", "llamar al ..."
        "called", "calling", "call back", "anrufen", "zurückrufen", "zurückzurufen", "rückruf", "erreichbar",
        "appeler", "rappeler", "joindre", "llamar", "llámame", "chiamare", "richiamare", "chiamami")),
    ViewRecognizer("CREDIT_CARD", numbers.find_credit_cards, "digits", context=(
        "card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment", "karte", "carte", "tarjeta",
        "carta")),
    ViewRecognizer("US_SSN", numbers.find_us_ssns, "digits", context=(
        "ssn", "social security", "social-security", "ss#", "ss #", "tax id", "tin")),
    ViewRecognizer("IBAN_CODE", patterns.find_ibans, "folded", score=1.0, context=(
        "iban", "account", "bank", "transfer", "konto", "compte", "cuenta", "conto")),
    ViewRecognizer("IP_ADDRESS", ip_addresses.find_ip_addresses, "folded", context=(
        "ip", "address", "server", "host", "client")),
    ViewRecognizer("URL", patterns.find_urls, "folded", score=0.6),
    ViewRecognizer("DATE_TIME", patterns.find_dates, "folded", score=0.6, context=("date", "born", "birthday", "dob")),
    ViewRecognizer("CRYPTO", patterns.find_crypto, "folded", score=1.0, context=("bitcoin", "btc", "wallet", "crypto")),
    ViewRecognizer("MEDICAL_LICENSE", patterns.find_medical_licenses, "folded", score=0.6, context=(
        "dea", "medical", "license", "licence", "prescriber")),
    ViewRecognizer("ES_NIF", patterns.find_es_nifs, "folded", score=0.85, context=(
        "nif", "dni", "nie", "documento", "identidad")),
    ViewRecognizer("IT_FISCAL_CODE", patterns.find_it_fiscal_codes, "folded", score=0.95, context=(
        "codice fiscale", "fiscal code", "cf", "tax code")),
    ViewRecognizer("FR_NIR", patterns.find_fr_nirs, "digits", score=0.85, context=(
        "nir", "sécurité sociale", "securite sociale", "insee", "social security", "numéro")),
    ViewRecognizer("EU_VAT", patterns.find_eu_vats, "digits", score=0.85, context=(
        "vat", "tva", "iva", "ust", "mwst", "btw", "umsatzsteuer")),
    ViewRecognizer("FI_HETU", fi_ids.find_fi_hetus, "folded", score=0.95, context=(
        "hetu", "henkilötunnus", "personal identity code", "social security", "ssn")),
    ViewRecognizer("UK_NINO", patterns.find_uk_ninos, "folded", score=0.85, context=(
        "national insurance", "nino", "ni number", "ni no")),
    # Weak formats: reported only with a context word nearby (base score below the usual threshold).
    ViewRecognizer("US_PASSPORT", patterns.find_us_passports, "folded", score=0.2, context=(
        "passport", "travel document")),
    ViewRecognizer("US_BANK_NUMBER", patterns.find_us_bank_numbers, "folded", score=0.2, context=(
        "bank", "account", "acct", "routing", "checking", "savings", "deposit")),
    ViewRecognizer("US_DRIVER_LICENSE", licence_labels.find_driver_licenses, "folded", context=(
        "driver", "driving", "license", "licence", "dl", "dmv", "permit")),
    # Checksummed national ids on the digits view; the digit grouping sets the score (numbers.py).
    _national_id("DE_TAX_ID", ("steuer", "steuerid", "steuer-id", "idnr", "identifikationsnummer", "tax id",
                               "tax", "tin")),
    _national_id("NL_BSN", ("bsn", "burgerservicenummer", "sofinummer", "citizen service")),
    _national_id("PL_PESEL", ("pesel",)),
    _national_id("BE_NATIONAL_NUMBER", ("rijksregisternummer", "registre national", "national number", "nn",
                                        "numéro national", "insz", "niss")),
    _national_id("UK_NHS", ("nhs", "health service", "patient", "health number")),
    _national_id("CH_AHV", ("ahv", "avs", "sozialversicherungsnummer", "numéro avs", "numero avs",
                            "social security", "ssn")),
    _national_id("AT_SVNR", ("svnr", "sv-nummer", "sozialversicherungsnummer", "versicherungsnummer",
                             "social security", "ssn")),
    _national_id("CA_SIN", ("sin", "social insurance", "nas", "numéro d'assurance sociale",
                            "assurance sociale", "social security", "ssn")),
    _national_id("RO_CNP", ("cnp", "cod numeric personal", "codul numeric personal", "personal numeric code",
                            "social security", "ssn")),
    # Personal numbers of the other EU/EEA countries: confident in their country's written form,
    # otherwise only next to a label (personal_numbers.py; the digit-only ones are one recognizer,
    # PersonalNumbersRecognizer, planned beside these).
    ViewRecognizer("IE_PPS", personal_numbers.find_ie_pps, "folded", context=(
        "pps", "ppsn", "pps no", "pps number", "personal public service", *personal_numbers.COMMON_LABELS)),
    ViewRecognizer("PT_CITIZEN_CARD", personal_numbers.find_pt_citizen_cards, "folded", context=(
        "cartão de cidadão", "cartao de cidadao", "citizen card", *personal_numbers.COMMON_LABELS)),
    # Found only next to their labels (the label is the evidence), so no extra context words: secrets
    # (secrets.py), dates of birth (birthdates.py), identifiers only a label makes personal (labelled.py),
    # an address answering a question for it (address_answers.py), the name in a profile link
    # (profile_links.py).
    FunctionRecognizer("SECRET", _find_secrets, name="find_secrets"),
    FunctionRecognizer("PRIVATE_KEY", secrets.find_private_keys),
    FunctionRecognizer("PASSWORD", _find_passwords, name="find_passwords"),
    FunctionRecognizer("DATE_OF_BIRTH", birthdates.find_dates_of_birth),
    FunctionRecognizer("STREET_ADDRESS", address_answers.find_address_answers),
    FunctionRecognizer("PERSON", profile_links.find_profile_names),
    FunctionRecognizer("MEDICAL_RECORD_NUMBER", _find_medical_record_numbers, name="find_medical_record_numbers"),
    FunctionRecognizer("ACCOUNT_NUMBER", _find_account_numbers, name="find_account_numbers"),
    FunctionRecognizer("USERNAME", usernames.find_usernames),
)


class NameRecognizer(Recognizer):
    """PERSON from gazetteers (names.py), on the folded view."""

    name = "gazetteer_names"
    entities = frozenset({"PERSON"})
    context = PERSON_CONTEXT

    def __init__(self, finder: NameFinder) -> None:
        self.finder = finder

    def find(self, views: TextViews) -> Iterable[Span]:
        return self.finder.find(views.folded)


class AddressRecognizer(Recognizer):
    """STREET_ADDRESS from address patterns (addresses.py), on the folded view."""

    name = "street_addresses"
    entities = frozenset({"STREET_ADDRESS"})
    context = ADDRESS_CONTEXT

    def __init__(self, finder: AddressFinder) -> None:
        self.finder = finder

    def find(self, views: TextViews) -> Iterable[Span]:
        return self.finder.find(views.folded)


class ColumnRecognizer(Recognizer):
    """Values named by their table column or record key (columns.py), for the entities wanted."""

    name = "column_values"

    def __init__(self, values: ColumnValues, wanted: frozenset[str]) -> None:
        self.values = values
        self.entities = wanted & COLUMN_ENTITIES

    def find(self, views: TextViews) -> Iterable[Span]:
        return self.values.find(views, self.entities)


# Entities the built-in recognizers report (DENY_LIST comes from policy terms).
BUILTIN_ENTITIES: frozenset[str] = (frozenset(r.entity for r in PATTERN_RECOGNIZERS) | DIGIT_PERSONAL_NUMBER_ENTITIES
                                     | NER_ENTITIES)


@dataclass(frozen=True)
class Plan:
    """What one spec runs: recognizers in phase order, then the stages."""

    recognizers: tuple[Recognizer, ...]
    stages: tuple[Stage, ...]


class RecognizerRegistry:
    """Built-in recognizers with their loaded resources (gazetteers, spaCy), one per process."""

    def __init__(self, nlp: Language) -> None:
        self.names = NameFinder()
        self.known_names = self.names.first | self.names.last
        self._by_entity = {r.entity: r for r in PATTERN_RECOGNIZERS}
        self._names = NameRecognizer(self.names)
        self._addresses = AddressRecognizer(AddressFinder())
        self._columns = ColumnValues(self.known_names)
        self._ner = NerRecognizer(nlp, self.names.first, self.known_names)
        self.plan = lru_cache(maxsize=256)(self._plan)
        # Lists the finders and stages read on first use, read now: 70-120 ms each, which the first
        # request meeting a name in those scripts or a German place word would otherwise wait.
        script_names.load()
        cjk_names.load()
        known_places()
        # Each recognizer's context words compile on first use (about 10 ms for them all), paid
        # otherwise by the first request with a weak finding of that recognizer's entity.
        for recognizer in (*PATTERN_RECOGNIZERS, *self.gazetteer_and_ner(),
                           PersonalNumbersRecognizer(DIGIT_PERSONAL_NUMBER_ENTITIES)):
            for entity in recognizer.entities:
                recognizer.context_pattern(entity)

    def gazetteer_and_ner(self) -> tuple[Recognizer, ...]:
        """The built-in recognizers that hold loaded resources (names, addresses, NER)."""
        return (self._names, self._addresses, self._ner)

    def _plan(self, spec: DetectionSpec) -> Plan:
        wanted = spec.entities
        chosen: list[Recognizer] = [self._by_entity[e] for e in sorted(wanted) if e in self._by_entity]
        if wanted & DIGIT_PERSONAL_NUMBER_ENTITIES:
            chosen.append(PersonalNumbersRecognizer(wanted))
        if "PERSON" in wanted:
            chosen.append(self._names)
        if "STREET_ADDRESS" in wanted:
            chosen.append(self._addresses)
        if wanted & COLUMN_ENTITIES:
            chosen.append(ColumnRecognizer(self._columns, wanted))
        chosen.extend(c for c in (compile_custom(p) for p in spec.custom) if c is not None)
        chosen.extend(load_presidio(name, wanted) for name in spec.presidio)
        chosen.extend(load_plugin(path, wanted) for path in spec.plugins)
        if wanted & NER_ENTITIES:
            chosen.append(self._ner.only(wanted & NER_ENTITIES))
        if spec.deny_terms:
            chosen.append(DenyListRecognizer(spec.deny_terms))
        chosen.sort(key=lambda r: r.phase)  # stable: the order above within a phase
        return Plan(tuple(chosen), stages_for(spec, self.known_names, self.names.first))
