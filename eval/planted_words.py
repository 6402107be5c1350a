"""Vocabulary and formats for the enterprise slots of eval.planted: products, departments, floor
lines, PO boxes, ticket and invoice numbers, hostnames, paths, and dates written with month names.

Everything here is drawn with a caller's `random.Random`, never the clock, so a seed always gives
the same text. None of it is personal data except what eval.planted labels so (a PO box line is
part of an address; a date of birth is personal, the same date format for a meeting is not).
"""

from __future__ import annotations

import random
import string

# Software and product names: plain text that an over-eager name or organisation detector may take
# for a person (Jenkins, Kafka, Sentry) or a place (Vault, Argo).
PRODUCTS = [
    "Jenkins", "Ansible", "Grafana", "Kafka", "Kubernetes", "Terraform", "Confluence", "Jira",
    "ServiceNow", "Salesforce", "SAP S/4HANA", "Power BI", "Tableau", "Okta", "Keycloak", "Splunk",
    "Datadog", "Prometheus", "Elasticsearch", "PostgreSQL", "Redis", "RabbitMQ", "GitLab", "Sentry",
    "Workday", "Zendesk", "HubSpot", "Microsoft Teams", "Nextcloud", "HashiCorp Vault", "Argo CD",
    "Camunda", "Magento", "Dynamics 365", "Oracle E-Business Suite", "Veeam Backup",
]

DEPARTMENTS = {
    "en": ["Accounts Payable", "Procurement", "Customer Success", "Human Resources", "IT Service Desk",
           "Facilities", "Legal & Compliance", "Group Treasury", "Inside Sales"],
    "de": ["Einkauf", "Buchhaltung", "Personalabteilung", "Vertrieb Innendienst", "IT-Betrieb",
           "Rechtsabteilung", "Qualitätssicherung", "Kundenservice"],
    "fr": ["Service Achats", "Comptabilité fournisseurs", "Ressources humaines", "Direction juridique",
           "Service client", "Contrôle de gestion"],
    "es": ["Compras", "Contabilidad", "Recursos Humanos", "Atención al Cliente", "Departamento Legal",
           "Administración"],
    "it": ["Ufficio Acquisti", "Amministrazione", "Risorse Umane", "Ufficio Legale", "Assistenza Clienti",
           "Controllo di Gestione"],
}

# Floor, suite and building lines, by the country of the address (English elsewhere).
_UNITS = {
    "de": ["{n}. OG", "Haus {L}, {n}. Etage", "Gebäude {L}", "Zimmer {nnn}"],
    "fr": ["Bâtiment {L}, {n}e étage", "{n}e étage", "Escalier {L}", "Bureau {nnn}"],
    "es": ["Planta {n}", "{n}º {L}", "Escalera {L}, {n}º", "Oficina {nnn}"],
    "it": ["Piano {n}", "Scala {L}, interno {n}", "Edificio {L}", "Int. {n}"],
    "nl": ["{n}e verdieping", "Gebouw {L}", "Unit {nnn}"],
    "pt": ["{n}º andar", "Sala {nnn}", "Bloco {L}, apto {nnn}", "Conjunto {nnn}"],
    "uk": ["{n} поверх", "офіс {nnn}", "корпус {n}"],
    "mk": ["кат {n}", "стан {n}", "канцеларија {nnn}"],
    "ru": ["{n} этаж", "офис {nnn}", "корп. {n}", "подъезд {n}"],
    "he": ["קומה {n}", "דירה {n}", "כניסה {n}"],
    "id": ["Lantai {n}", "Gedung {L}, Lantai {n}", "Blok {L} No. {n}"],
    "en": ["Floor {n}", "Suite {nnn}", "Unit {n}{L}", "Building {L}, Level {n}", "Level {n}"],
}
_UNIT_LANGUAGE = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "nl", "ES": "es", "IT": "it", "NL": "nl",
                  # countries of the final2 split's new locales (none of the earlier locales' countries)
                  "BR": "pt", "CL": "es", "UA": "uk", "MK": "mk",
                  # the final3 split's new locales
                  "RU": "ru",
                  # the final4 split's new locales (Algerian addresses carry French floor lines)
                  "DZ": "fr", "IL": "he", "ID": "id"}

_PO_BOXES = {
    "DE": ["Postfach {g2}"], "AT": ["Postfach {n4}"], "CH": ["Postfach {n4}"], "NL": ["Postbus {n4}"],
    "BE": ["Postbus {n3}", "BP {n3}"], "FR": ["BP {n3}", "CS {n5}"], "ES": ["Apartado de Correos {n4}"],
    "IT": ["Casella Postale {n3}", "C.P. {n3}"], "PT": ["Apartado {n4}"], "SE": ["Box {n4}"],
    "DK": ["Postboks {n4}"], "NO": ["Postboks {n4}"], "PL": ["Skrytka pocztowa {n3}"], "FI": ["PL {n3}"],
    "BR": ["Caixa Postal {n5}"], "CL": ["Casilla {n4}"], "UA": ["а/с {n3}"],
    "MK": ["П. фах {n3}"],
    # countries of the final3 split's new locales
    "RU": ["а/я {n3}", "абонентский ящик {n3}"],
    # countries of the final4 split's new locales
    "DZ": ["BP {n3}", "B.P. {n4}"], "IL": ["ת.ד. {n4}"], "ID": ["Kotak Pos {n4}"],
}
_PO_BOX_DEFAULT = ["PO Box {n4}", "P.O. Box {n4}", "Private Bag {n4}"]

_TICKETS = ["INC{d7}", "REQ{d7}", "CHG{d7}", "RITM{d7}", "{proj}-{d4}", "{proj}-{d3}", "SR-{year}-{d6}", "CASE-{d8}"]
_PROJECTS = ["OPS", "SEC", "PLAT", "HR", "FIN", "CRM", "DATA", "INFRA", "SUP"]
_INVOICES = ["INV-{year}-{d5}", "RE-{year}-{d4}", "FA{year}{d5}", "{year}/{d4}", "PO-{d6}", "SO{d7}", "FT {d4}/{year}"]

_HOST_ROLES = ["app", "db", "build", "kafka", "web", "api", "etl", "ldap", "mail", "grafana", "jenkins", "vault"]
_HOST_ENVS = ["prod", "stg", "dev", "qa", "dr"]
_HOST_DOMAINS = ["eu-west-1.compute.internal", "corp.local", "fra1.example.net", "k8s.lan", "dc2.intra",
                 "azure.contoso.net", "ams.hosting.example"]

PATHS = [
    "/var/log/app/worker.log", "src/billing/invoice_service.py", "/opt/app/sync/ldap_sync.py",
    "C:\\ProgramData\\Agent\\logs\\agent.log", "/etc/nginx/conf.d/default.conf", "infra/terraform/main.tf",
    "/srv/reports/2024/Q3/summary.xlsx", "deploy/helm/values-prod.yaml", "/home/ci/workspace/build.gradle",
    "app/models/customer.rb", "\\\\fileserver\\shared\\Finance\\Budget_FY25.xlsx", "lib/crm/export.js",
]

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
# Dates in words and in the separators each language also uses; {d} day, {dd} zero-padded, {M} month
# name, {m3} its first three letters, {mm} month number, {Y}/{yy} year.
_WORDY_DATES = {
    "en": ["{d} {M} {Y}", "{M} {d}, {Y}", "{dd}-{m3}-{Y}", "{m3} {d} {Y}", "{d} {m3}. {Y}"],
    "de": ["{d}. {M} {Y}", "{dd}.{mm}.{yy}", "{d}.{mm}.{Y}"],
    "fr": ["{d1} {M} {Y}", "{dd}-{mm}-{Y}", "{dd}.{mm}.{Y}"],
    "es": ["{d} de {M} de {Y}", "{dd}-{mm}-{Y}", "{d}/{mm}/{yy}"],
    "it": ["{d} {M} {Y}", "{dd}-{mm}-{Y}", "{d} {m3} {Y}"],
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _numbers(rng: random.Random) -> dict[str, str]:
    """Every number a format here may ask for, drawn in one fixed order."""
    return {
        "n": str(rng.randint(1, 9)), "nnn": str(rng.randint(100, 899)), "L": rng.choice("ABCDEFGH"),
        "n3": str(rng.randint(10, 999)), "n4": str(rng.randint(100, 9999)), "n5": _digits(rng, 5),
        "g2": " ".join(_digits(rng, 2) for _ in range(3)), "year": str(rng.randint(2021, 2026)),
        "d3": str(rng.randint(100, 999)), "d4": str(rng.randint(1000, 9999)), "d5": _digits(rng, 5),
        "d6": _digits(rng, 6), "d7": _digits(rng, 7), "d8": _digits(rng, 8), "proj": rng.choice(_PROJECTS),
    }


def unit_line(rng: random.Random, region: str) -> str:
    return rng.choice(_UNITS[_UNIT_LANGUAGE.get(region, "en")]).format(**_numbers(rng))


def po_box(rng: random.Random, region: str) -> str:
    return rng.choice(_PO_BOXES.get(region, _PO_BOX_DEFAULT)).format(**_numbers(rng))


def ticket_id(rng: random.Random) -> str:
    return rng.choice(_TICKETS).format(**_numbers(rng))


def invoice_number(rng: random.Random) -> str:
    return rng.choice(_INVOICES).format(**_numbers(rng))


# Device serial numbers and parcel tracking numbers: decoys (not personal, often long digit runs).
_SERIALS = ["SN{u10}", "{u7}", "CN-0{u5}-{d5}-{u3}-{d4}", "S/N {d12}", "PF{u6}"]
_TRACKING = ["1Z{u6}{d10}", "{d10}", "JJD{d18}", "{u2}{d9}GB", "6A{d11}", "{d12}", "003{d17}"]


def _code(rng: random.Random, pattern: str) -> str:
    """Fill {uN} (capitals and digits) and {dN} (digits) fields of `pattern`."""
    out, rest = [], pattern
    while "{" in rest:
        before, _, after = rest.partition("{")
        field, _, rest = after.partition("}")
        alphabet = string.digits if field[0] == "d" else string.ascii_uppercase + string.digits
        out += [before, "".join(rng.choice(alphabet) for _ in range(int(field[1:])))]
    return "".join(out) + rest


# Company VAT identification numbers (final3): not personal, labelled DECOY.
_VAT_IDS = ["DE{d9}", "ATU{d8}", "FR{u2}{d9}", "IT{d11}", "ESB{d8}", "NL{d9}B01", "BE0{d9}", "PL{d10}",
            "CHE-{d3}.{d3}.{d3} MWST", "GB{d9}"]


def vat_id(rng: random.Random) -> str:
    return _code(rng, rng.choice(_VAT_IDS))


def serial_number(rng: random.Random) -> str:
    return _code(rng, rng.choice(_SERIALS))


def tracking_number(rng: random.Random) -> str:
    return _code(rng, rng.choice(_TRACKING))


def hostname(rng: random.Random) -> str:
    return f"{rng.choice(_HOST_ROLES)}-{rng.choice(_HOST_ENVS)}-{rng.randint(1, 40):02d}.{rng.choice(_HOST_DOMAINS)}"


def timestamp(rng: random.Random) -> str:
    """A log timestamp, ISO 8601 or the logging module's default."""
    y, mo, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if rng.random() < 0.5:
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randint(0, 999):03d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"


def wordy_date(rng: random.Random, lang: str, first_year: int, last_year: int) -> str:
    """A date with a month name (or a separator the ISO-less formats do not use) in `lang`."""
    year, month, day = rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS[lang][month - 1]
    parts = {
        "d": str(day), "dd": f"{day:02d}", "d1": "1er" if day == 1 else str(day), "M": name,
        "m3": name[:3], "mm": f"{month:02d}", "Y": str(year), "yy": f"{year % 100:02d}",
    }
    return rng.choice(_WORDY_DATES[lang]).format(**parts)


def iso_date(rng: random.Random, first_year: int, last_year: int) -> str:
    return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
