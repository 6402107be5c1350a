"""Usernames in log messages, after labels with words before their colon, after a person's name,
and what is not one (gateway/detection/usernames.py). Every handle is made up."""

from __future__ import annotations

import pytest

from gateway.detection.usernames import find_usernames
from gateway.detection.views import TextViews


def usernames(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_usernames(TextViews(text))})


@pytest.mark.parametrize(
    "text, value",
    [
        ("JwtFilter : Rejected token for user 'fake_user49' from 198.51.100.7\n", "fake_user49"),
        ("integracion.sap - Fallo al renovar el token del usuario jfakez\nCabecera enviada", "jfakez"),
        ("WARN auth token refresh failed for user mfakeg (request 42)", "mfakeg"),
        ("échec de connexion pour l'utilisateur jfakeq.", "jfakeq"),
        ("errore dell'utente mfaker, riprovare", "mfaker"),
        ("Login im Kundenportal: sfakew. Rückfragen an den Support.", "sfakew"),
        ("Usuario de banca online: ana.fake.", "ana.fake"),
        ("Online-Zugang: heinz.fake", "heinz.fake"),
        ("Requester: Kevin Williams (fake_rogers35), Research officer", "fake_rogers35"),
    ],
)
def test_usernames_in_messages_labels_and_after_names(text: str, value: str) -> None:
    assert usernames(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "UID:urn:uuid:69a0c5d8-377a-49b9-a33a-602300c0cf03",
        "See the guide for user management, then for user input.",
        "this is for user input\n",
        "User account settings: Enabled",
        "Online-Zugang: Montag",
        "Contact Jane Roe (example.com) or Jane Roe (v1.2)",
        "id,first_name,last_name,account,phone\n1,Neil,Fake,\"MacKay-Fake\",555 0100\n",
    ],
)
def test_uris_compounds_companies_and_sites_are_no_usernames(text: str) -> None:
    assert usernames(text) == []


def test_a_label_after_a_worded_label_keeps_its_value() -> None:
    assert usernames("Der Login klappt nicht: Benutzer fake_user17, Passwort geht nicht.") == ["fake_user17"]


def test_a_worded_label_in_mid_sentence_is_prose() -> None:
    assert usernames("Then the user said this loudly: hellofake") == []
    assert usernames("Kündigung zum 1.5. Login im Kundenportal: hellofake") == ["hellofake"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<fake.nick> anyone know who owns db-01?\n<fakeother42> ping qfakeuser or mail x@example.test\n"
         "<qfakeuser> restarted", ["fake.nick", "fakeother42", "qfakeuser"]),
        ("#support\nBertrand – 12:59\n@qfakeuser tu peux regarder ?\nqfakeuser – 17:32\nJe regarde.", ["qfakeuser"]),
        ("thanks @fake_nick7, merged", ["fake_nick7"]),
        ("N° client : 66404164 – Identifiant banque en ligne : qfakeuser\n", ["qfakeuser"]),
        ("follow it in the portal with your username, fake.user.\n", ["fake.user"]),
        ("puede acceder con el usuario\nfake_user5.\n", ["fake_user5"]),
        ("Benutzerkennung: qfakeuser", ["qfakeuser"]),
        ("Requested via self-service by julia.wagner; approved by a manager.", ["julia.wagner"]),
    ],
)
def test_chat_handles_worded_labels_and_agents(text: str, expected: list[str]) -> None:
    assert usernames(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "@dataclass\nclass Fake:\n    pass\n",
        "@media screen { }\n/** @param fake the value */",
        "npm i @types/node; mail fake@example.test",
        "ping me or ping db-01, ping localhost. ping db.internal or not",
        "SELECT * FROM t GROUP BY user_id ORDER BY created_at;",
        "<div> hello\n<span> text\n",
        "the user, admin and guest",
    ],
)
def test_decorators_tags_hosts_and_sql_are_no_handles(text: str) -> None:
    assert usernames(text) == []


def test_the_key_of_who_acted_names_a_login_and_database_roles_do_not() -> None:
    assert usernames("UPDATE t SET actualizado_por = 'fake.user' WHERE id = 1;") == ["fake.user"]
    assert usernames("updated_by: admin") == []
    assert usernames("Access denied for user 'report_ro'@'203.0.113.9'") == []


def test_scopes_files_and_hosts_after_an_at_are_no_mentions() -> None:
    assert usernames("@fakescope:registry=https://npm.example.test\ncurl -d @body.json x") == []
    assert usernames("postgresql://app:pw@db.internal:5432/app and @db.internal: down") == []


def test_a_nick_that_is_only_a_first_name_is_left_to_person() -> None:
    assert usernames("<christina> deploy done\n<fake_nick7> thanks christina\n") == ["fake_nick7"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("ERROR sync Connessione fallita a mysql://gfakeccia:Z6wM@vkX@db-prod.interno:3306/gestionale", "gfakeccia"),
        ('pymysql.err.OperationalError: (1045, "Access denied for user \'fake_contarini10\'")', "fake_contarini10"),
        ("host sudo: fake_gibb36 : TTY=pts/0 ; PWD=/home/fake_gibb36 ; USER=root ; COMMAND=/bin/ls", "fake_gibb36"),
        ("sshd[41877]: Accepted publickey for tfakeste from 192.0.2.78 port 52814 ssh2", "tfakeste"),
        ("PEP: NO   SANCTIONS HIT: NO\nCHECKED BY: fake.martin on February 20, 2024", "fake.martin"),
        ("customer number POL-36586336, username bfakeo. Reset link sent.", "bfakeo"),
        ("| User | Login | Manager |\n|---|---|---|\n| Orla Vantiss | fake_hourican51 | Tevin Osk |\n", "fake_hourican51"),
    ],
)
def test_usernames_in_system_records_forms_and_markdown_tables(text: str, value: str) -> None:
    assert usernames(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgres://fibu:pbr5vR620aN9wTVU@db-intern:5432/fibu",  # the service's own account
        "mongodb://invoice:QFjeZ0Y9Hkk1@mongo-0.billing.svc:27017/invoices",
        "postgres://app:secret@db/x and cd /home/runner/work && ls /Users/vscode/",  # service and CI users
        'connect to "pg-primary.billing.svc" failed: password authentication failed for user "billing"',
        "origin  https://oauth2:glpat-FAKEFAKEFAKEFAKE@gitlab.example.dev/platform/app.git",  # a token login
        "insert into customer (email, username, created_by) values (?, ?, ?)",  # a column list
        "Sorted by: date. The username requirements are strict.",  # prose after the labels
        "Failed password for nginx from 192.0.2.1 port 22",  # a program's account
    ],
)
def test_service_accounts_column_lists_and_prose_are_no_usernames(text: str) -> None:
    assert usernames(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("// TODO(quill_marsh42): read the key from the environment\nexport const A = 1;", "quill_marsh42"),
        ("# FIXME(orla.fakeby) the retry loop never ends", "orla.fakeby"),
        ("Contact record\nName: Orla Fakeby\nOwner: tevin_fake88\nLead source: Webinar", "tevin_fake88"),
        ("Agente: ¿Y el acceso?\nEmpleada: mi usuario del portal es nuria_fake52.", "nuria_fake52"),
        ("Agente: ¿Y el acceso?\nEmpleada: mi usuario del portal es tfakez.", "tfakez"),
        ("Support: which login?\nMe: my login for the portal is kfake_71, thanks", "kfake_71"),
    ],
)
def test_code_marker_authors_owners_and_qualified_own_logins(text: str, value: str) -> None:
    assert value in usernames(text)


@pytest.mark.parametrize(
    "text",
    [
        "// TODO(perf): cache this\n# FIXME(v1.2): drop the shim\n# TODO: later",
        "Owner: finance\nOwner: Jane Roe\n",
        "The request fails for this user only:\n\nfetch(\"https://api.example.com/x\", {})\n",
        "uid = common.authenticate(DB, LOGIN, SECRET, {})\n",
        "The user of the portal is gone; the login for that page is broken.",
    ],
)
def test_topics_teams_calls_and_blocks_are_no_logins(text: str) -> None:
    assert usernames(text) == []


def test_the_login_field_of_a_postgres_password_file() -> None:
    text = ("db-qa-3.example.internal:5432:billing:nora.fakeby:Xq7!pass\n"
            "203.0.113.9:5432:*:replicator:Yy12zzpw\n"
            "localhost:*:*:hfake_moreau11:pw9")
    assert usernames(text) == ["hfake_moreau11", "nora.fakeby"]  # "replicator" is the database's role


def test_a_directory_account_in_brackets() -> None:
    text = "Accounts to disable: AD (sfakewen), Okta (mia_fake22), VPN, GitHub\nAD (admin) stays."
    assert usernames(text) == ["mia_fake22", "sfakewen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operatore: Il suo utente sul gestionale?\nCliente: qmarlowe.\nOperatore: Perfetto.", ["qmarlowe"]),
        ("Caseworker: qmarlowe42; customer prefers text messages.", ["qmarlowe42"]),
        ("Lot délivré : 97HKYA5 ; préparateur qmarlowe, validation pharmacien.", ["qmarlowe"]),
        ("$ aws sts assume-role --role-session-name q.marlowe", ["q.marlowe"]),
    ],
)
def test_a_question_in_italian_a_case_role_and_an_aws_session_name_give_the_login(text: str, expected: list[str]) -> None:
    assert usernames(text) == expected


def test_the_user_beside_a_password_in_an_unpacking_assignment() -> None:
    text = 'OPC_USER, OPC_PASS = "q.marlowe", "Quellory3923?"\nx, name = "left", "q.marlowe2"'
    assert usernames(text) == ["q.marlowe"]  # no password target on the second line: no login by position
