"""Synthetic values for the generalisation corpora (eval.kinds): one draw per `{{slot}}`.

Every value is drawn from seeded generators (Faker in one locale, plus `random.Random`), so a
(seed, locale) pair always yields the same corpus. Secrets are random strings in the shape of a
provider's keys: synthetic by construction, never real credentials. Decoys (commit ids, hashes,
UUIDs, base64 test data, versions) are labelled DECOY: scored as false alarms when masked.
New slots and locales only ever add entries: what an existing slot draws for an existing locale
must not change, or the dev and held-out corpora would change under the figures already taken.
"""

from __future__ import annotations

import base64
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from faker import Faker

from eval import planted_words as words
from eval.gen_prompts import iban, ip_address
from eval.labels import CONTEXT_LABEL, DECOY_LABEL

_UPPER_DIGITS = string.ascii_uppercase + string.digits
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "+/"

LOCALE_REGION = {
    "en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
    "nl_NL": "NL", "pl_PL": "PL", "sv_SE": "SE", "da_DK": "DK", "de_AT": "AT", "de_CH": "CH",
    "cs_CZ": "CZ", "fi_FI": "FI", "no_NO": "NO", "pt_PT": "PT", "en_IE": "IE", "hu_HU": "HU",
    "en_CA": "CA", "en_AU": "AU", "en_NZ": "NZ", "fr_CH": "CH", "nl_BE": "BE", "sk_SK": "SK",
    "sl_SI": "SI", "ro_RO": "RO", "el_GR": "GR", "hr_HR": "HR",
    # final2's new locales (fr_CA shares Canada with en_CA)
    "fr_CA": "CA", "uk_UA": "UA", "mk_MK": "MK", "pt_BR": "BR", "es_CL": "CL",
    # final3's new locales
    "ru_RU": "RU", "ka_GE": "GE", "hy_AM": "AM", "az_AZ": "AZ",
    # final4's new locales (fr_DZ and ar_DZ: Algeria in French and in Arabic script)
    "fr_DZ": "DZ", "ar_DZ": "DZ", "he_IL": "IL", "id_ID": "ID",
}
COUNTRY = {
    "US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain",
    "IT": "Italy", "NL": "Netherlands", "PL": "Poland", "SE": "Sweden", "DK": "Denmark", "AT": "Austria",
    "CH": "Switzerland", "CZ": "Czech Republic", "FI": "Finland", "NO": "Norway", "PT": "Portugal",
    "IE": "Ireland", "HU": "Hungary", "CA": "Canada", "AU": "Australia", "NZ": "New Zealand",
    "BE": "Belgium", "SK": "Slovakia", "SI": "Slovenia", "RO": "Romania", "GR": "Greece", "HR": "Croatia",
    "UA": "Ukraine", "MK": "North Macedonia", "BR": "Brazil", "CL": "Chile",
    "RU": "Russia", "GE": "Georgia", "AM": "Armenia", "AZ": "Azerbaijan",
    "DZ": "Algeria", "IL": "Israel", "ID": "Indonesia",
}
# The second line of a postal block: where the postcode goes, by country.
_TOWN_LINE = {
    "US": "{city}, {state} {postcode}", "GB": "{city}\n{postcode}", "IE": "{city}\n{postcode}",
    "CA": "{city} {state}  {postcode}", "AU": "{city} {state} {postcode}", "NZ": "{city} {postcode}",
    "UA": "{city}, {state}, {postcode}", "BR": "{city} - {state}, {postcode}",
    "CL": "{postcode} {city}, {state}", "RU": "{city}, {state}, {postcode}",
    "IL": "{city} {postcode}", "ID": "{city} {postcode}",
}
# Company forms under which one person trades in their own name (Faker makes them from a full name).
_SOLE_TRADER_FORMS = {"SI": (" s.p.",)}
# Faker's name for the state or province abbreviation, where the town line carries one.
_STATE = {"US": "state_abbr", "CA": "province_abbr", "AU": "state_abbr", "UA": "region", "BR": "estado_sigla",
          "CL": "region", "RU": "region"}
# {{name_uc}}, {{townline_lc}}: a slot's value in capitals (shipping labels) or lower case (chat).
_CASES: dict[str, Callable[[str], str]] = {"_uc": str.upper, "_lc": str.lower}

DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
}
PLUS_WORD = {"en": "plus", "de": "plus", "fr": "plus", "es": "más", "it": "più"}
_DOB_FORMATS = {
    "en": ["%m/%d/%Y", "%d %B %Y", "%B %d, %Y", "%Y-%m-%d"],
    "de": ["%d.%m.%Y"],
    "fr": ["%d/%m/%Y"],
    "es": ["%d/%m/%Y"],
    "it": ["%d/%m/%Y", "%d.%m.%Y"],
}


def _chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


class PlantedValues:
    """Draws (text, label) for a slot, in one locale and one template language."""

    def __init__(self, locale: str, lang: str, rng: random.Random) -> None:
        self.rng = rng
        self.locale = locale
        self.lang = lang
        self.region = LOCALE_REGION.get(locale, "US")
        self.fake = Faker(locale)
        self.fake.seed_instance(rng.randrange(2**32))

    def draw(self, slot: str) -> tuple[str, str]:
        makers = self._makers()
        case = next((c for c in _CASES if slot.endswith(c) and slot not in makers), None)
        if case:
            text, label = self.draw(slot.removesuffix(case))
            return _CASES[case](text), label
        # {{name2}}: a second, different name
        maker, label = makers[slot] if slot in makers else makers[slot.rstrip("0123456789")]
        return maker(), label

    def _makers(self) -> dict[str, tuple[Callable[[], str], str]]:
        f, r = self.fake, self.rng
        secret = "SECRET"
        return {
            "name": (lambda: f"{f.first_name()} {f.last_name()}", "PERSON"),
            "first": (f.first_name, "PERSON"),
            "last": (f.last_name, "PERSON"),
            "company": (self._company, "TEXT"),
            "job": (f.job, "TEXT"),
            "city": (f.city, "LOCATION"),
            "country": (lambda: COUNTRY[self.region], "LOCATION"),
            "street": (f.street_address, "STREET_ADDRESS"),
            "townline": (self._town_line, "STREET_ADDRESS"),
            "phone": (self._phone, "PHONE_NUMBER"),
            "e164": (self._e164, "PHONE_NUMBER"),
            "intl": (self._international, "PHONE_NUMBER"),
            "ext": (lambda: f"{r.randint(201, 989)}.{r.randint(200, 999)}.{r.randint(1000, 9999)}x{r.randint(100, 9999)}", "PHONE_NUMBER"),
            "local7": (lambda: f"{r.randint(200, 989)} {r.randint(1000, 9999)}", "PHONE_NUMBER"),
            "spelled": (self._spelled_phone, "PHONE_NUMBER"),
            "email": (self._email, "EMAIL_ADDRESS"),
            "internal_email": (self._internal_email, "EMAIL_ADDRESS"),
            "dob": (self._dob, "DATE_OF_BIRTH"),
            "date": (lambda: f.date_between("-3y", "today").strftime(r.choice(_DOB_FORMATS[self.lang])), CONTEXT_LABEL),
            "mrn": (lambda: r.choice(["", "MRN-", "H"]) + _chars(r, string.digits, r.choice([7, 8, 9])), "MEDICAL_RECORD_NUMBER"),
            "account": (self._account, "ACCOUNT_NUMBER"),
            "username": (self._username, "USERNAME"),
            "password": (self._password, "PASSWORD"),
            "aws_key": (lambda: r.choice(["AKIA", "ASIA"]) + _chars(r, _UPPER_DIGITS.replace("0", ""), 16), secret),
            "aws_secret": (lambda: _chars(r, _ALNUM + "/+", 40), secret),
            "github": (lambda: r.choice(["ghp_", "gho_", "ghs_", "github_pat_"]) + _chars(r, _ALNUM, 36), secret),
            "gitlab": (lambda: "glpat-" + _chars(r, _ALNUM + "-_", 20), secret),
            "slack": (lambda: f"xox{r.choice('bpa')}-{_chars(r, string.digits, 11)}-{_chars(r, string.digits, 12)}-{_chars(r, _ALNUM, 24)}", secret),
            "slack_hook": (lambda: f"https://hooks.slack.com/services/T{_chars(r, _UPPER_DIGITS, 8)}/B{_chars(r, _UPPER_DIGITS, 8)}/{_chars(r, _ALNUM, 24)}", secret),
            "stripe": (lambda: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + _chars(r, _ALNUM, 24), secret),
            "openai": (lambda: r.choice(["sk-", "sk-proj-"]) + _chars(r, _ALNUM + "-_", 48), secret),
            "anthropic": (lambda: "sk-ant-api03-" + _chars(r, _ALNUM + "-_", 93) + "AA", secret),
            "gcp": (lambda: "AIza" + _chars(r, _ALNUM + "-_", 35), secret),
            "azure": (lambda: _chars(r, _B64, 86) + "==", secret),
            "jwt": (self._jwt, secret),
            "token": (lambda: _chars(r, _ALNUM, r.choice([32, 40, 48])), secret),
            "private_key": (self._private_key, "PRIVATE_KEY"),
            "sha": (lambda: _chars(r, _HEX, 40), DECOY_LABEL),
            "short_sha": (lambda: _chars(r, _HEX, 7), DECOY_LABEL),
            "sha256": (lambda: _chars(r, _HEX, 64), DECOY_LABEL),
            "md5": (lambda: _chars(r, _HEX, 32), DECOY_LABEL),
            "uuid": (lambda: str(f.uuid4()), DECOY_LABEL),
            "b64data": (lambda: base64.b64encode(f.sentence().encode()).decode(), DECOY_LABEL),
            "version": (lambda: f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}.{r.randint(0, 300)}", DECOY_LABEL),
            "digest": (lambda: "sha256:" + _chars(r, _HEX, 64), DECOY_LABEL),
            # Invoices and access logs carry these; a literal one in a template would be unlabelled.
            "iban": (self._iban, "IBAN_CODE"),
            "ip": (self._ip, "IP_ADDRESS"),
            # Enterprise slots (eval.planted_words); the ones above must keep drawing what they drew.
            "product": (lambda: r.choice(words.PRODUCTS), "TEXT"),
            "dept": (lambda: r.choice(words.DEPARTMENTS[self.lang]), "TEXT"),
            "hostname": (lambda: words.hostname(r), "TEXT"),
            "path": (lambda: r.choice(words.PATHS), "TEXT"),
            "timestamp": (lambda: words.timestamp(r), "TEXT"),
            "clock": (lambda: words.clock(r), "TEXT"),
            "ticket": (lambda: words.ticket_id(r), DECOY_LABEL),
            "invoice": (lambda: words.invoice_number(r), DECOY_LABEL),
            "unit": (lambda: words.unit_line(r, self.region), CONTEXT_LABEL),
            "pobox": (lambda: words.po_box(r, self.region), "STREET_ADDRESS"),
            "dob_words": (lambda: words.wordy_date(r, self.lang, 1935, 2006), "DATE_OF_BIRTH"),
            "dob_iso": (lambda: words.iso_date(r, 1935, 2006), "DATE_OF_BIRTH"),
            "date_words": (lambda: words.wordy_date(r, self.lang, 2022, 2026), CONTEXT_LABEL),
            # Added for the final2 split: device serials and parcel tracking numbers are decoys.
            "serial": (lambda: words.serial_number(r), DECOY_LABEL),
            "tracking": (lambda: words.tracking_number(r), DECOY_LABEL),
            # Added for the final3 split: company VAT ids are decoys.
            "vat": (lambda: words.vat_id(r), DECOY_LABEL),
        }

    def _company(self) -> str:
        # A Slovenian "s.p." is a sole trader trading under their own full name: personal data, not
        # a company name, so it is drawn again (other locales draw exactly once, as they always did).
        company = self.fake.company()
        for _ in range(20):
            if not any(company.endswith(form) for form in _SOLE_TRADER_FORMS.get(self.region, ())):
                break
            company = self.fake.company()
        return company

    def _town_line(self) -> str:
        f = self.fake
        state = getattr(f, _STATE[self.region])() if self.region in _STATE else ""
        pattern = _TOWN_LINE.get(self.region, "{postcode} {city}")
        return pattern.format(city=f.city(), state=state, postcode=f.postcode())

    def _phone(self) -> str:
        return self.fake.phone_number()

    def _parsed(self) -> phonenumbers.PhoneNumber:
        for _ in range(20):
            try:
                number = phonenumbers.parse(self.fake.phone_number(), self.region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return number
        return phonenumbers.example_number_for_type(self.region, phonenumbers.PhoneNumberType.MOBILE)

    def _e164(self) -> str:
        return phonenumbers.format_number(self._parsed(), phonenumbers.PhoneNumberFormat.E164)

    def _international(self) -> str:
        return phonenumbers.format_number(self._parsed(), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def _spelled_phone(self) -> str:
        words = DIGIT_WORDS[self.lang]
        digits = self._e164()
        spoken = [PLUS_WORD[self.lang]] + [words[int(d)] for d in digits[1:]]
        return " ".join(spoken)

    def _email(self) -> str:
        return self.fake.email()

    def _internal_email(self) -> str:
        user = re.sub(r"[^a-z.]", "", f"{self.fake.first_name()}.{self.fake.last_name()}".lower()) or "user"
        host = self.rng.choice(["acme.internal", "corp.local", "mail.lan", "localhost", "intranet.corp",
                                "ad.example.org", "eu.corp.internal", "hq.lan", "svc.cluster.local"])
        return f"{user}@{host}"

    def _iban(self) -> str:
        return iban(self.fake, self.rng)

    def _ip(self) -> str:
        return ip_address(self.fake, self.rng)

    def _dob(self) -> str:
        born = self.fake.date_of_birth(minimum_age=18, maximum_age=90)
        return born.strftime(self.rng.choice(_DOB_FORMATS[self.lang]))

    def _account(self) -> str:
        r = self.rng
        return r.choice(["", "", "AC-", "C", "POL-", "M"]) + _chars(r, string.digits, r.choice([6, 8, 10]))

    def _username(self) -> str:
        first, last = self.fake.first_name().lower(), self.fake.last_name().lower()
        user = self.rng.choice([f"{first[0]}{last}", f"{first}.{last}", f"{first}_{last}{self.rng.randint(1, 99)}"])
        return re.sub(r"[^a-z0-9._]", "", user) or "jdoe"

    def _password(self) -> str:
        r = self.rng
        return r.choice([
            lambda: self.fake.password(length=r.randint(10, 18)),
            lambda: f"{self.fake.word().capitalize()}{r.randint(10, 9999)}{r.choice('!#$%&*?')}",
            lambda: _chars(r, _ALNUM, 16),
        ])()

    def _jwt(self) -> str:
        def part(raw: str) -> str:
            return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

        header = part('{"alg":"HS256","typ":"JWT"}')
        body = part(f'{{"sub":"{self.rng.randint(1000, 99999)}","iat":{self.rng.randint(1600000000, 1800000000)}}}')
        return f"{header}.{body}.{_chars(self.rng, _ALNUM + '-_', 43)}"

    def _private_key(self) -> str:
        kind = self.rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
        lines = [_chars(self.rng, _B64, 64) for _ in range(self.rng.randint(3, 8))]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"
