"""Logins that a person's role, a key's shape or a question names, rather than a login label
(usernames.py gathers them):

- after a noun naming the member of staff who handled a record or the person it is about, when the
  value has a login's shape: "Analyst: jdoe42", "escalated to engineer m.rossi", "student id jroe",
  "poste de jdoe" (a workstation is named after its user), "the account jdoe42 was locked";
- as the value of a camel-case key ending in a login word (`adminUsername=jdoe`, `"repoLogin": "j.doe"`),
  or of a hyphenated key naming who acted (`managed-by: jdoe`, `created-by: jane.doe`), or of a
  directory cmdlet's account parameter (`New-ADUser -SamAccountName "jdoe"`);
- as the answer to a question naming the login ("... and your username?" / "CALLER: jdoe."): the
  next speaker's turn holds it alone.

A value must read as a person's login (login_shapes.py): "Analyst: pending" and "agent v2.1" are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .common_nouns import is_lexicon_word
from .labelled import label_positions
from .log_logins import occurrences
from .login_shapes import announced_login, is_person_handle

# Nouns naming the person who handled a record, or whose record it is (en/de/fr/es/it). Optionally
# followed by a word naming the login itself ("student id", "agent login").
_ROLE_NOUNS = (
    "analyst", "agent", "reviewer", "approver", "requester", "requestor", "technician", "engineer", "auditor",
    "investigator", "author", "maintainer", "submitter", "handler", "student", "employee", "operator",
    "prüfer", "antragsteller", "mitarbeiter", "analyste", "conseiller", "conseillère", "auteur", "demandeur",
    "valideur", "analista", "agente", "autor", "solicitante", "revisor", "operatore", "autore", "richiedente",
    "operador", "workstation", "poste de", "postazione di", "puesto de", "arbeitsplatz von", "rechner von",
    # who prepared or worked a case: "Caseworker: jdoe;", "préparateur jdoe,", "Sachbearbeiter: jdoe"
    "caseworker", "case worker", "preparer", "préparateur", "préparatrice", "sachbearbeiter", "sachbearbeiterin",
    # who ordered on a requisition, and whose badge opened a door: "Buyer: lvega ·", "badge sophie_harris99."
    "buyer", "purchaser", "einkäufer", "einkäuferin", "acheteur", "acheteuse", "comprador", "compratore", "badge",
    # the front desk that handled a guest or a customer: "recepcionista jcortes.", "cashier jdoe"
    "receptionist", "recepcionista", "réceptionniste", "rezeptionist", "rezeptionistin",
    "cashier", "cajero", "cajera", "caissier", "caissière", "kassierer", "kassiererin", "cassiere", "cassiera",
    # an account named by its login: "the account pwinter was locked", "Benutzerkonto hmeier"
    "account", "account of", "benutzerkonto", "nutzerkonto", "compte", "compte de", "cuenta", "cuenta de",
    # who owns a thing, who worked a matter, who represents a firm: "owner jason.walker", "fee earner gdavis",
    # "rep ID jdoe"; a game's player by the account he plays under ("Player: jdoe42")
    "owner", "fee earner", "rep", "representative", "player", "joueur", "joueuse", "spieler", "spielerin",
    "jugador", "jugadora", "giocatore", "giocatrice",
)
_ROLE = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_ROLE_NOUNS, key=len, reverse=True))
_VALUE = r"(?-i:(?P<value>[a-z][a-z0-9._\-]{2,31}))(?![\w@(\-:/]|\.[A-Za-z0-9])"
_ROLE_LOGIN = re.compile(
    rf"(?i)(?<![^\W_])(?:{_ROLE})(?:[ \t]+(?:id|login|account|user(?:name)?|handle))?"
    rf"(?P<sep>[ \t]*:[ \t]*|[ \t]+)[\"'`]?{_VALUE}"
)


# Two letters that open English and Romance words ("pr", "st", "ch"): an initial glued to a surname
# mostly makes a pair no word opens with ("jhall", "mford", "dprice").
_WORD_ONSETS = frozenset(
    "bl br ch cl cr dr fl fr gl gn gr kl kn kr ph pl pr ps qu sc sh sk sl sm sn sp st sv sw th tr ts tw wh wr".split()
)
_VOWELS = frozenset("aeiouy")


def glued_initial(value: str) -> bool:
    """"jhall", "mford", "aantunes": an initial glued to a surname, by its shape (the surname need
    not be a known one): letters only, and a first pair no word opens with."""
    if not (4 <= len(value) <= 16 and value.isalpha() and value.islower()):
        return False
    pair = value[:2]
    if not _VOWELS.intersection(value[2:]):
        return False  # "https", "xmlns": a surname has a vowel
    if pair[0] == pair[1]:
        return pair != "ll"  # "aantunes", "bbates" ("llama" is a word)
    # (after a vowel, a consonant opens words of every kind: "approved", "admin")
    return pair[0] not in _VOWELS and pair[1] not in _VOWELS and pair not in _WORD_ONSETS


def person_login(value: str) -> bool:
    """A person's login by its shape: announced (login_shapes.py) or an initial glued to a surname."""
    return is_person_handle(value) and not is_lexicon_word(value) and (announced_login(value) or glued_initial(value))


def _role_logins(text: str) -> Iterator[tuple[int, int]]:
    for position in label_positions(text, _ROLE_NOUNS):
        match = _ROLE_LOGIN.match(text, position)
        if not match:
            continue
        value = match.group("value").rstrip("._-")
        end = match.start("value") + len(value)
        if person_login(value):
            yield match.start("value"), end


# A camel-case key ending in a login word: "ossUsername=jdoe", `"adminLogin": "j.doe"`.
_CAMEL_KEY = re.compile(
    r"(?<=[a-z0-9])(?:User(?:name|Name|Id|ID)?|Login(?:Name)?)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?" + _VALUE
)
# A directory cmdlet's account parameter: `New-ADUser -SamAccountName "jdoe"`, `-Members "j.doe"`.
_ACCOUNT_PARAMETER = re.compile(
    r"(?i)(?<![\w-])-(?:SamAccountName|UserPrincipalName|Identity|Members?|Owner|User(?:name)?)[ \t]+[\"']?" + _VALUE
)
# A hyphenated key naming who acted: "managed-by: jdoe", "created-by = jane.doe".
_AGENT_KEY = re.compile(
    r"(?i)(?<=[a-z])-(?:by|von|par|por|da)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?" + _VALUE
)


_DASH_SCANS = (
    (_AGENT_KEY, ("-by", "-von", "-par", "-por", "-da")),
    (_ACCOUNT_PARAMETER, ("-samaccountname", "-userprincipalname", "-identity", "-member", "-owner", "-user")),
)
_DASH_LITERALS = tuple(needle for _, needles in _DASH_SCANS for needle in needles)
_FEW_DASHES = 64  # past these, a search per literal costs less than a look at every dash


def _key_logins(text: str) -> Iterator[tuple[int, int]]:
    # each pattern is tried only where its literal stands (str.find)
    for needle in ("User", "Login"):
        yield from _logins_at(_CAMEL_KEY, text, occurrences(text, needle))
    if "-" not in text:  # every other literal opens on "-": most prose has none
        return
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # a character whose lower case is longer: keep offsets exact
    if text.count("-") > _FEW_DASHES:
        for pattern, needles in _DASH_SCANS:
            for needle in needles:
                yield from _logins_at(pattern, text, occurrences(lower, needle))
        return
    # The dashes some literal opens at, found by one search for "-": a search per literal cost a
    # pass over the text each. Each literal's offsets among them, ascending, are its occurrences.
    dashes = [at for at in occurrences(lower, "-") if lower.startswith(_DASH_LITERALS, at)]
    if not dashes:
        return  # "long-term", "ab12-0-7": no literal
    for pattern, needles in _DASH_SCANS:
        for needle in needles:
            yield from _logins_at(pattern, text, [at for at in dashes if lower.startswith(needle, at)])


def _logins_at(pattern: re.Pattern[str], text: str, positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    for position in positions:
        match = pattern.match(text, position)
        if match:
            value = match.group("value").rstrip("._-")
            if person_login(value):
                yield match.start("value"), match.start("value") + len(value)


# A question naming the login, then the next speaker's turn giving it alone: "And your username?\nCaller: jdoe."
# (a game's or a forum's name for it too: "What's the account name?", "Quel est ton pseudo ?")
_LOGIN_QUESTION_WORDS = ("username", "user name", "login", "user id", "userid", "benutzername", "identifiant",
                         "nom d'utilisateur", "usuario", "nome utente", "utente", "account name", "pseudo", "handle",
                         "nickname", "gamertag", "in-game name", "screen name", "nom de compte", "nombre de cuenta",
                         "spielername", "kontoname")
_ANSWER = re.compile(
    rf"(?i)(?:{'|'.join(map(re.escape, _LOGIN_QUESTION_WORDS))})"
    r"(?:[ \t]+[^\W\d_][\w'’]*){0,3}[ \t]*\?[\"'”]?[ \t]*\n[ \t]*[^\W\d_][^\n:?]{0,30}:[ \t]*"
    r"(?:(?:it's|it is|sure|yes|yeah|oui|ja|sí|si|c'est|es|è)[,.!]?[ \t]+){0,2}[\"'`]?" + _VALUE
    + r"(?=[ \t]*[.!,]?[ \t]*(?:\n|$))"
)


def _answered_logins(text: str) -> Iterator[tuple[int, int]]:
    if "?" not in text:
        return
    for position in label_positions(text, _LOGIN_QUESTION_WORDS):
        match = _ANSWER.match(text, position)
        if match:
            value = match.group("value").rstrip("._-")
            if person_login(value):
                yield match.start("value"), match.start("value") + len(value)


def find_role_logins(text: str) -> Iterator[tuple[int, int]]:
    yield from _role_logins(text)
    yield from _key_logins(text)
    yield from _answered_logins(text)
