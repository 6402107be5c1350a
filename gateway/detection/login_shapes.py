"""What a person's login looks like (usernames.py and the modules that find logins ask here).

A login is a person's when it is no service's or system's account (`svc_orders`, `root`, `postgres`,
`report_ro`), no word that follows "user" in prose ("user input") and no plain function word. Its
shapes: a first name and a surname ("jane.doe"), an initial and a known surname ("jdoe"), a login of
two parts ("ramona_durante95", "j.doe"), a lower-case handle with digits or dots ("mkowal42"), or a
plain lower-case token that is no word of the five languages. A site or a version ("acme.com",
"v1.2") is none.
"""

from __future__ import annotations

import re

from .common_nouns import is_lexicon_word
from .gazetteer import load_gazetteer
from .lookup_tables import lookup_table
from .tlds import is_known_tld

_NOT_A_USERNAME = frozenset(
    "is was has had and or the a an for of to in on at with from name id account accounts agent "
    "interface experience data group guide manual session sessions settings failed ok successful "
    "page form screen button details profile request requests story stories ist hat der die das und "
    "est et le la les de des du un une es el los las y con da di il lo gli e per non".split()
)
# Accounts of services and systems, not of people.
_SERVICE_ACCOUNT = re.compile(
    r"(?i)(?:svc|srv|sa|service|sys|system|app|api|bot|ci|cd|deploy|build|batch|cron|daemon|noreply|no-reply"
    r"|test|demo)[_\-].*|.*[_\-](?:svc|srv|service|bot|app|api|ci|system|daemon|batch|cron)"
    r"|root|admin|administrator|postgres|mysql|oracle|www-data|nobody|guest|jenkins|git|ubuntu|ec2-user"
    # an administrator's account named for what it runs: "dbadmin", "webadmin", "jcliadmin"
    r"|[a-z]+admin"
    r"|daemon|anonymous|default|system|user|test|demo"
    # the default users of CI runners, dev containers and images: "/home/runner", "/home/vscode"
    r"|runner|vscode|node|circleci|gitpod|codespace|vagrant|appuser|worker|travis|centos|debian|pi"
    # and the accounts automation logs in with: "ansible_user=deploy", "ssh deployer@..."
    r"|deploy|deployer|deployment|provision|provisioner|automation|devops|ops|release|ci|jenkins-agent"
    # and of the servers and tools that run under their own name: "postgres://app:...@", "user 'etl'"
    r"|app|api|web|www|db|dbo|sa|etl|backup|monitor|monitoring|readonly|replicator|replication|report|reporting"
    r"|nginx|apache|httpd|tomcat|redis|mongo|mongodb|elastic|kibana|grafana|prometheus|airflow|kafka|rabbitmq"
    r"|minio|keycloak|zabbix|nagios|ansible|docker|hadoop|spark|hive|hdfs|ftp|mail|postfix|sshd|operator"
    # the fixed users of token logins: "https://oauth2:<token>@gitlab...", "x-access-token:<token>@github"
    r"|oauth2?|x-access-token|gitlab-ci-token|x-token-auth|token|apikey|api-key|bearer"
    r"|.*_(?:ro|rw|readonly|reader|writer|owner)"  # a database role: "report_ro", "orders_rw"
)


@lookup_table
def _surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in load_gazetteer().last_names)


@lookup_table
def _first_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_gazetteer().first_names)


def name_shaped(value: str) -> bool:
    """"jane.doe", "jane_doe42", "jdoe": a first name and a surname, or an initial and a surname."""
    if initial_and_surname(value):
        return True
    parts = re.split(r"[._]", value.rstrip("0123456789"))
    return (len(parts) == 2 and parts[0] in _first_names() and parts[1] in _surnames()
            and not is_lexicon_word(parts[0]) | is_lexicon_word(parts[1]))


def known_name_part(value: str) -> bool:
    """Whether a lower-case word is a first name or a surname the gazetteer knows ("rose", "baker")."""
    return value in _first_names() or value in _surnames()


def first_name_handle(value: str) -> bool:
    """"sharon.read", "jane_doe42": a known first name, a separator and a second word (the surname,
    often also a word or, as ".read", a top-level domain)."""
    parts = re.split(r"[._]", value.rstrip("0123456789"))
    return len(parts) == 2 and len(parts[0]) > 2 and parts[0] in _first_names() and parts[1].isalpha()


# A login of two parts ("ramona_durante95", "j.doe").
_SEPARATED_HANDLE = re.compile(r"[a-z]{1,20}[._][a-z]{2,20}\d{0,4}")


def two_part_login(value: str) -> bool:
    """"ramona_durante95", "j.doe", "jane.doe": an initial or a first name, or a surname after the
    separator ("node.js", "acme.io", "user_id" and "created_at" are no logins)."""
    if not _SEPARATED_HANDLE.fullmatch(value):
        return False
    first, second = re.split(r"[._]", value.rstrip("0123456789"), maxsplit=1)
    return len(first) == 1 or first in _first_names() or second in _surnames()


def initial_and_surname(word: str) -> bool:
    """"jrussell", "dpaolucci": the usual corporate login, an initial then a known surname."""
    return len(word) >= 5 and word.isalpha() and word.islower() and word[1:] in _surnames()


def lower_case_handle(value: str) -> bool:
    return value == value.lower() and (any(c in "._0123456789" for c in value) or initial_and_surname(value))


def is_person_handle(value: str) -> bool:
    lower = value.lower()
    return lower not in _NOT_A_USERNAME and lower not in _USER_COMPOUNDS and not _SERVICE_ACCOUNT.fullmatch(value)


def announced_login(value: str) -> bool:
    """A handle someone says they go by: of two parts, a first name and a surname, an initial and a
    surname, or a lower-case handle with digits ("jane_doe42", "jane.doe", "jdoe", "mkowal42"); never
    a service's, a site's or a version."""
    # (a dotted value must read as a name: "notes.txt" and "v2.1" are a file and a version)
    plain_handle = "." not in value and lower_case_handle(value) and not domain_or_version(value)
    return (two_part_login(value) or name_shaped(value) or plain_handle) and is_person_handle(value)


def plain_login(value: str) -> bool:
    """A lower-case token that is no word of the five languages: "jdoe", "mrossi", "j.doe"."""
    return value == value.lower() and (lower_case_handle(value) or not is_lexicon_word(value))


def domain_or_version(value: str) -> bool:
    """"(acme.com)", "(v1.2)": a site or a version in brackets, not a login."""
    return is_known_tld(value.rsplit(".", 1)[-1]) and "." in value or sum(c.isalpha() for c in value) < 3


# Nouns English and German put after "user" ("user input", "Benutzer Verwaltung"), not logins.
_USER_COMPOUNDS = frozenset(
    "input management feedback research testing tests adoption engagement acceptance consent access activity "
    "behavior behaviour preferences permissions permission roles role base count satisfaction journey flow "
    "error errors space mode level content query queries type types record records table object model "
    "entity credentials info information names friendly facing defined specific generated provided "
    "supplied story stories list lists directory groups onboarding support training manual guide "
    "verwaltung daten konto rechte gruppe gruppen final actual registrado anonimo anónimo autenticado "
    "finale attuale registrato connecté connecte actuel anonyme".split()
)
