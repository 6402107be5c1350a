"""Secrets: provider API keys and tokens, private-key blocks, passwords in URLs and after labels.

Ideas ported from Yelp's detect-secrets 1.5.0 (its per-provider plugins, the keyword detector and
the basic-auth URL check), folded into a few compiled patterns run once over the whole text instead
of per line and per plugin. Three entities:

- SECRET: provider-shaped keys and tokens (AWS, GCP, Azure storage keys, GitHub, GitLab, Slack,
  Stripe, OpenAI, Anthropic, SendGrid, Twilio, npm, PyPI, Telegram, Discord), JWTs, bearer tokens,
  and high-entropy values after a secret-like key (`client_secret=`, `api_key:`, `token`).
- PRIVATE_KEY: a PEM / OpenSSH / PGP private-key block, armour lines included.
- PASSWORD: the password part of `scheme://user:password@host` (or `redis://:password@host`) and the value after a password
  label in config or prose (`password:`, `pwd=`, `Passwort`, `mot de passe`, `mot_de_passe`,
  `contraseña`, ...).

Key labels are read in en/de/fr/es/it, spaces or underscores alike: `api_key`, `clé API`, `cle_api`,
`chiave_api`, `clave_api`, `API-Schlüssel`, `api_schluessel`. A key name holding a key word
(`clave_api`, `password_token`) labels a SECRET even when a password word opens it. A label's value
ends where a connection string's next `;Name=` part starts. A table column named like a key
(`api_token` in a SQL INSERT or a CSV header) labels its cells. `$NAME`, `${...}` and `$(...)` are
variable references, not values; a random-looking value that merely starts with `$` is one.
A provider-shaped token stays a SECRET wherever it sits, a URL's user-info included.

Commit ids, hashes, UUIDs and base64 test data are deliberately not secrets: a value after a key
label must look random (letters and digits mixed), hex-only values are never generic secrets, and
base64 that decodes to words apart by spaces (`APP_KEY=base64:<an encoded sentence>`) is encoded text.
Nor are file paths and object keys (`Key="uploads/<uuid>.bin"`): a value with a UUID in it, a path
ending in a file name, or a key's lower-case path (`Key=reports/2024/q3`) names a thing rather than
unlocking one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .document_numbers import reads_as_document_number
from .labelled import label_positions
from .log_logins import USER_PASS_FLAG
from .password_flags import flag_passwords
from .secret_values import (encodes_prose, is_call_opening, is_command_name, is_directory, is_mapping_key,
                            is_password_shaped, is_table_reference, is_timestamp)
from .tables import Cell, column_name, table_cells
from .types import Span
from .views import TextViews

SECRET_ENTITY = "SECRET"
PRIVATE_KEY_ENTITY = "PRIVATE_KEY"
PASSWORD_ENTITY = "PASSWORD"
PROVIDER_SCORE = 0.95
LABELLED_SCORE = 0.85
SECRETS_ENTITIES = (SECRET_ENTITY, PRIVATE_KEY_ENTITY, PASSWORD_ENTITY)

_PROVIDER_KEY = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:"
    r"(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key id
    r"|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}|github_pat_[A-Za-z0-9_]{22,255}"  # GitHub
    r"|(?:glpat|gldt|glft|glsoat|glrt|glcbt|glimt|glptt|gloas)-[A-Za-z0-9_\-]{20,64}"  # GitLab
    r"|xox[abposr]-(?:\d+-)+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"  # Slack tokens
    r"|https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+"  # Slack webhooks
    r"|[rs]k_(?:live|test)_[0-9A-Za-z]{16,99}"  # Stripe
    r"|sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_\-]{80,120}"  # Anthropic
    r"|sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,200}"  # OpenAI (checked for randomness below)
    r"|AIza[0-9A-Za-z_\-]{35}"  # Google API key
    r"|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"  # SendGrid
    r"|SK[0-9a-f]{32}"  # Twilio API key
    r"|npm_[A-Za-z0-9]{36}"  # npm
    r"|pypi-AgE[A-Za-z0-9_\-]{70,}"  # PyPI
    r"|\d{8,10}:AA[0-9A-Za-z_\-]{33}"  # Telegram bot
    r"|eyJ[A-Za-z0-9_\-]{8,}={0,2}\.eyJ[A-Za-z0-9_\-]{8,}={0,2}\.[A-Za-z0-9_\-]{8,}={0,2}"  # JWT
    r")(?![A-Za-z0-9_\-])"
)
_AZURE_KEY = re.compile(r"(?i:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{40,}={0,2})")
_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]{16,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
)
# The password runs to the last "@" before the host: generated passwords contain "@" too. The user
# may be empty: "redis://:<password>@host" is how Redis (and AMQP, MongoDB) URLs carry a password alone;
# or a mail address: "smtp://jdoe@example.com:<password>@mail.example.com:587" (a mailer's DSN; "jdoe@localhost").
_URL_PASSWORD = re.compile(
    r"[A-Za-z][A-Za-z0-9+.\-]*://(?:[^\s:/@\"'<>]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*|[^\s:/@\"'<>]*)"
    r":([^\s/\"'<>]+)@[A-Za-z0-9.\-\[]"
)
_BEARER = re.compile(r"(?i:(?<![^\W_])bearer|(?<![^\W_])token)\s+([A-Za-z0-9_\-.=+/~]{20,})")

# A key name holding a secret word (detect-secrets' keyword plugin), then ':' '=' or ' is ', then the value.
# (`api_key`, `client_secret`, `AWS_SECRET_ACCESS_KEY`: the key name around the word is taken whole;
# an SNMP `community:` or `community=` is the password of a device's management, a key only so.)
_SECRET_KEY_WORDS = r"secret|token|key|credential|webhook|auth"
# "key" in fr/it/de ("clé API", "cle_api", "chiave_api", "API-Schlüssel") and "secret" in de/it
# ("webhook_geheimnis", "segreto_client"): whole words only, so "article", "cycle" and
# "Schlüsselwort" hold none; "clé API", "clé secrète" take their qualifier.
_FOREIGN_KEY_WORDS = r"cl[eé]s?|chiave|schl(?:ü|ue)ssel|geheimnis|segret[oa]"
_KEY_QUALIFIER = r"(?:[ \-](?:d['’])?api|[ \-](?:secr[eè]te|segreta|privata|priv[eé]e))?"
# (Nordic words with their definite ending: "lösenordet", "adgangskoden", "passordet"; "pw" only as a
# word of its own or a key's last part: "pw:", "db_pw=".)
_PASSWORD_WORDS = (
    r"password|passwd|passwort|kennwort|pwd|passord(?:et)?|pass|passphrase|mot[ _\-]de[ _\-]passe|mdp|contraseña"
    r"|contrasena|clave|password di accesso|parola d'ordine|parola|senha|wachtwoord|hasło|haslo|lösenord(?:et)?"
    r"|adgangskode(?:n)?|kodeord(?:et)?|salasana|heslo|jelszó|jelszo|lozinka|geslo|parool|slaptažodis|şifre|sifre"
    r"|пароль|κωδικός|(?<![^\W_])pw"
)
_KEYWORD = re.compile(
    rf"(?i)(?P<pw>{_PASSWORD_WORDS})(?![a-z])|{_SECRET_KEY_WORDS}|community(?=[\"']?[ \t]*[:=])"
    # (or glued in camel case before the next word: "$CleStockage", "chiaveApi")
    rf"|(?<![^\W_])(?:{_FOREIGN_KEY_WORDS})(?:(?![^\W_])|(?-i:(?<=[a-zé])(?=[A-Z]))){_KEY_QUALIFIER}"
)
# After a password word, these in the rest of the key name make it a key's name ("clave_api").
_KEY_IN_NAME = re.compile(r"(?i)api|key|token|secret|cl[eé]|chiave|schl")
_KEY_CHARS = re.compile(r"[\w.\-]*")
# Between the key and its separator: a qualifier in brackets ("Kennwort (neu):") or one of a
# password's life ("contraseña temporal:", "mot de passe provisoire:", "password iniziale =").
# Or what the password is for, when a colon closes it ("Mot de passe de levée de doute :", "password for
# the portal:", "Kennwort für das Tor:", "API key for the staging cluster:"), after a password word or a
# key word that opens a word of the key ("Unauthorized for url:" holds "auth" inside a word).
_QUALIFIER = (r"(?:[ \t]*\([^()\n]{1,24}\)|(?i:[ \t]+(?:temporal|temporaire|provisoire|temporanea|provvisoria"
              r"|temporär|vorläufig|neu|nuevo|nueva|nouveau|nuovo|nuova|inicial|initial|initiale|iniziale))"
              r"|(?P<purpose>(?i:[ \t]+(?:de|du|des|for|für|del|di|per|pour|para))(?:[ \t]+[^\W\d_][\w'’]*){1,4}(?=[ \t]*:)))?")
# "is" in the languages of the password words ("lautet", "är", "er", "on", "jest", "é", "je", "este");
# a verb that is an English word too ("on", "er") takes no ordinary word as a value.
_VERB = r"is|ist|lautet|est|es|è|är|er|on|jest|é|je|este"
_ENGLISH_LOOKING_VERBS = frozenset(("on", "er", "je", "este"))
_SEPARATOR = (
    r"\s*(?::=|=>|=|:)\s*"
    r"|:[ \t]*[|>][+\-]?[ \t]*\n\s*"  # a YAML block scalar: "password: >-", the value on the next line
    rf"|\s+(?:{_VERB}|:)(?:[ \t]+(?:now|jetzt|nun))?\s+"
    r"|(?<=\w)>"  # an XML element: "<password>...</password>" (_separator_fits checks the "<")
    # a key/value pair object (a Postman environment, AWS tags): '{"key": "apiKey", "value": "..."}'
    r"|(?<=[\"'])\s*,\s*[\"'](?i:value)[\"']\s*:\s*"
    r"|(?<=[\"'])\s*,\s*|(?<=[\"'])\s+value\s*=\s*"  # '("DB_PASSWORD", "...")', 'key="Pwd" value="..."'
    r"|\s+"
)
_AFTER_KEY = re.compile(
    rf"(?P<close>[\"'\]]{{0,2}}){_QUALIFIER}(?P<sep>{_SEPARATOR})"
    # (a JSON string's escaped quotes around it too, 'password=\\"...\\"': a backslash inside is the password's)
    r"(?P<quote>\\?[\"'`]?)(?P<value>(?:[^\s\"'`<>\\]|\\(?![\"'])){4,200})"
)
# A connection string's next part ends a value: "AccountKey=...;EndpointSuffix=core.windows.net", a
# client's comma-separated options ("host:6380,password=...,ssl=True", StackExchange.Redis) and a
# URL query's next parameter ("?password=...&authSource=admin").
_NEXT_PART = re.compile(r"(?:;[A-Za-z][\w .\-]*|[,&][A-Za-z][\w.\-]*)=")


# Where a key word may start (lower case): found with str.find, then checked with _KEYWORD.
_KEY_STEMS = ("pass", "pwd", "kennwort", "mot de passe", "mot-de", "mdp", "contrase", "clave", "senha", "wachtwoord",
              "hasło", "haslo", "lösenord", "adgangskode", "parola", "kodeord", "salasana", "heslo", "jelsz", "lozinka",
              "geslo", "parool", "slaptažod", "şifre", "sifre", "пароль", "κωδικ", "pw", "cle", "clé", "chiave", "schlüssel",
              "schluessel", "geheimnis", "segret", "community", *_SECRET_KEY_WORDS.split("|"))


@lru_cache(maxsize=4)
def _labelled_values(text: str) -> tuple[tuple[bool, str, int, str], ...]:
    """(is a password label, separator, value start, value) after each secret-like key name.
    Cached: find_secrets and find_passwords both read it for the same text."""
    return tuple(_scan_labelled_values(text))


def _scan_labelled_values(text: str) -> Iterator[tuple[bool, str, int, str]]:
    last_key_end = -1
    for position in label_positions(text, _KEY_STEMS):
        keyword = _KEYWORD.match(text, position)
        if keyword is None:
            continue
        key_end = _KEY_CHARS.match(text, keyword.end()).end()
        if key_end == last_key_end or _in_url_user_info(text, position) or _a_ticket_pass(text, keyword):
            continue
        last_key_end = key_end
        after = _AFTER_KEY.match(text, key_end)
        inside_word = position > 0 and text[position - 1].isalnum()
        if after and after.group("purpose") and not keyword.group("pw") and inside_word:
            continue  # "Unauthorized for url:": a key word inside a word takes no "what it is for"
        if after and not is_mapping_key(after.group("value")) and _separator_fits(text, position, after) \
                and not _names_no_secret(text, position, key_end):
            is_password = _names_a_password(text, keyword, key_end)
            value = after.group("value")
            next_part = _NEXT_PART.search(value)
            yield is_password, after.group("sep"), after.start("value"), value[: next_part.start()] if next_part else value


# A pass that lets its holder in is a ticket, its number no password: "gate pass PLAT-392",
# "boarding pass: 0123", "visitor pass 44".
_TICKET_PASS_BEFORE = re.compile(
    r"(?i)(?<![^\W_])(?:gate|boarding|visitor|visitors|guest|day|season|bus|rail|ski|parking|backstage|press"
    r"|hall|staff|site|temporary|temp|weekly|monthly|annual)[ \t\-]$")


def _a_ticket_pass(text: str, keyword: re.Match[str]) -> bool:
    return keyword.group().lower() == "pass" and \
        _TICKET_PASS_BEFORE.search(text, max(0, keyword.start() - 12), keyword.start()) is not None


# A password word inside a key's name (after its first key word): "KEYCLOAK_ADMIN_PASSWORD",
# "smtp_auth_password", "keystore_password".
_PASSWORD_IN_NAME = re.compile(rf"(?i)(?:{_PASSWORD_WORDS})(?![a-z])")


def _names_a_password(text: str, keyword: re.Match[str], key_end: int) -> bool:
    """A key's last key word decides: "KEYCLOAK_ADMIN_PASSWORD" holds a password, "clave_api" a key."""
    end = keyword.end()
    if not keyword.group("pw"):
        found = None
        for found in _PASSWORD_IN_NAME.finditer(text, end, key_end):
            pass
        if found is None:
            return False
        end = found.end()
    return not _KEY_IN_NAME.search(text, end, key_end)


def _names_no_secret(text: str, position: int, key_end: int) -> bool:
    """"password_policy", "PasswordMinLength", "token_expires_at", "<password-policy>": a key about
    a secret (a column name's words, read the same way) names no secret."""
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-") and position - start < 40:
        start -= 1
    words = column_name(text[start:key_end]).split()
    return len(words) > 1 and not (_NOT_SECRET_COLUMN_WORDS.isdisjoint(words) and _RECORD_KEY_WORDS.isdisjoint(words))


# A key that finds a record or orders rows is a lookup value, not a credential: a shop's "order_key",
# a table's "sort_key", "partition_key", "primary_key", "foreign_key", a "cache_key".
_RECORD_KEY_WORDS = frozenset("order sort partition primary foreign cache lookup".split())


def _separator_fits(text: str, key_start: int, after: re.Match[str]) -> bool:
    """'<password>...', '("password", "...")', 'key="DbPassword" value="..."': a tag's '>' follows a
    key that a '<' opens, and a quoted key's ',' or 'value=' leads to a quoted value. Without a
    separator the key word opens a word."""
    separator = after.group("sep").strip()
    if not separator:  # prose: "bypass", "compass", "mackey" hold a key word, label nothing
        return key_start == 0 or not text[key_start - 1].isalpha()
    if separator == ">":
        opening = text.rfind("<", max(0, key_start - 40), key_start)
        return opening != -1 and _KEY_CHARS.fullmatch(text, opening + 1, key_start) is not None
    if separator == "," or separator.startswith("value"):
        quoted = bool(after.group("quote")) and any(q in after.group("close") for q in "\"'")
        # (a word after the comma is a call's next argument, "reset"; letters in random case are a
        # generated password: "define( 'DB_PASSWORD', 'UCvGuEfhsLIGvnom' )")
        value = after.group("value")
        return quoted and not (separator == "," and _ORDINARY_WORD.match(value) and not _looks_random(value))
    if separator.isalpha():  # "ist abgelaufen", "è scaduta": a lower-case word after a verb is prose
        value = after.group("value").rstrip(".,;")
        return not (_ORDINARY_WORD.match(value) and (value.islower() or separator in _ENGLISH_LOOKING_VERBS))
    return True


def _in_url_user_info(text: str, position: int) -> bool:
    """"https://oauth2:<token>@host", "https://x-access-token:<token>@host": a key word in a URL's
    user name labels nothing (the URL's password is find_passwords')."""
    token_start = max(text.rfind(c, 0, position) for c in " \t\n\"'<(") + 1
    scheme = text.find("://", token_start, position)
    return scheme != -1 and not any(c in "/?#@" for c in text[scheme + 3 : position])


_PLACEHOLDER = re.compile(
    r"(?i)^(?:\*+|x+|\.+|<.*>|\$\{.*\}|\$\(.*\)|%\(\w+\)s?|%s|\{\{.*\}\}|null|none|nil|true|false|required|optional|"
    r"changeme|redacted|secret|password|example|string|str|int|env|undefined|os\.environ.*|getenv.*|"
    r"process\.env.*|vault.*|settings\..*|config\..*|self\..*|args\..*)$"
)
# A shell or template variable: "$DB_PASSWORD", "$dbPassword", "$db_password", "$1" (a path may follow);
# "$cu7Z9TPyctGjLl" is no identifier but a password that starts with "$".
_VARIABLE = re.compile(
    r"\$(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|[a-z]+(?:_[a-z0-9]+)*\d*|[a-z]+(?:[A-Z][a-z]+)+\d*|\d+|_)(?:/.*)?"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_FILE_NAME = re.compile(r"[^/.]+(?:\.[^/.]+)*\.[A-Za-z][A-Za-z0-9]{0,4}")
_ORDINARY_WORD = re.compile(r"^[A-Za-zÀ-ÿ]+$")
_HEX_ONLY = re.compile(r"^[0-9a-fA-F\-]+$")


def _is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value) or _VARIABLE.fullmatch(value))


is_placeholder = _is_placeholder  # for the modules that read credential layouts of their own


def _names_a_thing(value: str) -> bool:
    """An object key or a file path ("uploads/<uuid>.bin", "certs/db.pem") or a value holding a UUID."""
    return bool(_UUID.search(value)) or "/" in value and bool(_FILE_NAME.fullmatch(value.rsplit("/", 1)[1]))


def _is_lower_case_path(value: str) -> bool:
    """"reports/2024/q3-summary": a key's path in lower case; base64 key material mixes cases. (A
    webhook's URL is a secret, whatever its case.)"""
    return "/" in value and "://" not in value and value == value.lower()


# A name made of words ("PasswordMinLength", "gitlabDeployToken", "service-principal-name").
_WORDS_IDENTIFIER = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+|[_\-][a-z]+)+\d{0,4}")


def _looks_random(value: str) -> bool:
    """Long, mixed letters and digits, not hex only (commit ids, hashes and UUIDs are hex), no name
    made of words."""
    if len(value) < 16 or _HEX_ONLY.match(value) or _WORDS_IDENTIFIER.fullmatch(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_upper = any(c.isupper() for c in value)
    has_lower = any(c.islower() for c in value)
    return has_digit + has_upper + has_lower >= 2 and len(set(value)) >= 10


def _looks_like_password(value: str, separator: str) -> bool:
    if _is_placeholder(value) or _names_a_thing(value) or is_directory(value) or is_table_reference(value) \
            or is_command_name(value) or is_call_opening(value):
        return False
    if separator.strip() == "":  # "password reset", "Passwort vergessen": prose, unless it is random-looking
        if is_timestamp(value):  # "--password-stdin.\n2025-06-18T07:41:10Z ...": the next log line's time
            return False
        # "pass CASE-56432451", "Pass INC4450381": a case's number after a bare "pass" (a gate's or a
        # visitor's pass never gets here: _a_ticket_pass drops its label, whatever the value's shape)
        if reads_as_document_number(value):
            return False
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value) or _looks_random(value)
    if _ORDINARY_WORD.match(value) and value.lower() in _PROSE_AFTER_LABEL:
        return False
    return True


_PROSE_AFTER_LABEL = frozenset(
    "reset expired expires changed change required incorrect wrong invalid protected policy manager "
    "field hash hashes attempts the a an your my his her our their for of to and or is was are be "
    "zurücksetzen vergessen geändert falsch ändern le la les de du un une votre oublié el los del "
    "olvidada il lo gli della dimenticata".split()
)


def find_secrets(views: TextViews) -> Iterator[Span]:
    """Provider keys, JWTs, bearer tokens and random-looking values after secret-like keys."""
    text = views.original
    for match in _PROVIDER_KEY.finditer(text):
        value = match.group()
        if value.startswith("sk-") and not value.startswith("sk-ant-") and not _looks_random(value):
            continue  # "sk-learn-style-flag": an OpenAI key is long and random
        yield Span(match.start(), match.end(), SECRET_ENTITY, PROVIDER_SCORE)
    if "=" in text:
        for match in _AZURE_KEY.finditer(text):
            yield Span(match.start(1), match.end(1), SECRET_ENTITY, PROVIDER_SCORE)
    for position in label_positions(text, ("bearer", "token")):
        match = _BEARER.match(text, position)
        if match and _looks_random(match.group(1)):
            yield Span(match.start(1), match.end(1), SECRET_ENTITY, LABELLED_SCORE)
    for is_password, separator, start, value in _labelled_values(text):
        value = value.rstrip(".,;)]}")
        if not is_password and _looks_random(value) and not _is_placeholder(value) and not _names_a_thing(value):
            if (separator.strip() or not _is_expression(value)) and not _is_lower_case_path(value) \
                    and not is_timestamp(value) and not encodes_prose(value):
                yield Span(start, start + len(value), SECRET_ENTITY, LABELLED_SCORE)
    for password in _flag_passwords(text):
        if _looks_random(password.group("password")):
            yield Span(password.start("password"), password.end("password"), SECRET_ENTITY, LABELLED_SCORE)
    for cell, is_password in _key_cells(text):
        value = text[cell.start : cell.end]
        if not is_password and _looks_random(value) and not _is_placeholder(value) and not _names_a_thing(value) \
                and not encodes_prose(value):
            yield Span(cell.start, cell.end, SECRET_ENTITY, LABELLED_SCORE)


# Columns that hold what is derived from a secret, or says something about it, not the secret.
_NOT_SECRET_COLUMN_WORDS = frozenset(
    "hash hashed digest md5 sha sha1 sha256 sha512 bcrypt salt fingerprint id name type kind url uri "
    "file path expires expiry expiration created updated at date count length policy hint reset "
    # where passwords are looked up, not one: Postfix's "smtp_sasl_password_maps = hash:/etc/...".
    "map maps".split()
)
# A password word glued behind another word names a password too ("initialkennwort",
# "startpasswort", "adminpassword", "engangslösenord"); the short words stay whole ("bypass").
_GLUED_PASSWORD_WORDS = r"password|passwort|kennwort|passwd|passphrase|wachtwoord|lösenord|adgangskode|contraseña"
_GLUED_PASSWORD_COLUMN = re.compile(rf"(?i)(?:.* )?[^\W\d_]+(?:{_GLUED_PASSWORD_WORDS})s?(?: .*|$)")
_KEY_COLUMN = re.compile(rf"(?i)(?:^|.* )(?:(?P<pw>{_PASSWORD_WORDS})|{_SECRET_KEY_WORDS}|{_FOREIGN_KEY_WORDS})s?(?: .*|$)")


def _key_cells(text: str) -> Iterator[tuple[Cell, bool]]:
    """Cells of table columns named like a secret ("api_token", "password"), with whether the
    column names a password; "password_hash" and "token_expires_at" name no secret."""
    for cell in table_cells(text):
        if _NOT_SECRET_COLUMN_WORDS.intersection(cell.column.split()):
            continue
        column = _KEY_COLUMN.fullmatch(cell.column)
        if column:
            yield cell, bool(column.group("pw")) and not _KEY_IN_NAME.search(cell.column, column.end("pw"))
        elif _GLUED_PASSWORD_COLUMN.fullmatch(cell.column):
            yield cell, True


def _is_expression(value: str) -> bool:
    """After a key word and a space, "--from-literal=KEY=..." (a flag) and "(email)=(...)" (a
    database's message) are text of their own, not the key's value; a secret holds no "=" but
    base64's closing padding."""
    return value[0] in "-(" or "=" in value.rstrip("=")


def _flag_passwords(text: str) -> Iterator[re.Match[str]]:
    """The secret of `curl -u user:<secret>` (the user is usernames.py's)."""
    if "-u" not in text and "--user" not in text:
        return
    for match in USER_PASS_FLAG.finditer(text):
        if not _is_placeholder(match.group("password")):
            yield match


def _is_chosen_password(value: str) -> bool:
    """A secret key's value that is no generated key (find_secrets' part) but a password someone
    chose: "webhook_secret: Romano6864*"."""
    return (not _looks_random(value) and is_password_shaped(value) and not _is_placeholder(value)
            and not _names_a_thing(value) and not is_timestamp(value))


def find_private_keys(views: TextViews) -> Iterator[Span]:
    text = views.original
    if "PRIVATE KEY" not in text:
        return
    for match in _PRIVATE_KEY.finditer(text):
        yield Span(match.start(), match.end(), PRIVATE_KEY_ENTITY, PROVIDER_SCORE)


def find_passwords(views: TextViews) -> Iterator[Span]:
    """The password of a URL's user-info, and the value after a password label."""
    text = views.original
    if "://" in text:
        for match in _URL_PASSWORD.finditer(text):
            # A provider's token as the password ("https://oauth2:glpat-...@host") is a SECRET.
            if not _is_placeholder(match.group(1)) and not _PROVIDER_KEY.fullmatch(match.group(1)):
                yield Span(match.start(1), match.end(1), PASSWORD_ENTITY, PROVIDER_SCORE)
    for match in _flag_passwords(text):
        if not _looks_random(match.group("password")):
            yield Span(match.start("password"), match.end("password"), PASSWORD_ENTITY, LABELLED_SCORE)
    for start, end in flag_passwords(text):
        if not _is_placeholder(text[start:end]):
            yield Span(start, end, PASSWORD_ENTITY, LABELLED_SCORE)
    for is_password, separator, start, value in _labelled_values(text):
        value = value.rstrip(".,;") if value[-1:] in ".,;" and not value[:-1].endswith(tuple(".,;")) else value
        if value.count(")") > value.count("(") and value.endswith(")"):
            value = value[:-1]  # "(password: Hunter2)"
        if is_password and len(value) >= 4 and _looks_like_password(value, separator):
            yield Span(start, start + len(value), PASSWORD_ENTITY, LABELLED_SCORE)
        elif not is_password and separator.strip() and _is_chosen_password(value):
            yield Span(start, start + len(value), PASSWORD_ENTITY, LABELLED_SCORE)
    for cell, is_password in _key_cells(text):
        value = text[cell.start : cell.end]
        if is_password and len(value) >= 4 and _looks_like_password(value, ":"):
            yield Span(cell.start, cell.end, PASSWORD_ENTITY, LABELLED_SCORE)
