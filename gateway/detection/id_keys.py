"""Numbers that a record's key or a URL's path names as a thing's identifier, not a phone.

A bare run of ten digits ("4155550123") is a valid North-American phone number by its shape, and
an order, product or row id is often just as long. In structured text the writer says which it is:

- a JSON, YAML, log or query key: '"id": 4155550123', 'orderId=2125550198', 'order_id: ...',
  'pk=4155550123';
- an SQL comparison: 'WHERE o.id = 4155550123', 'o.id IN (4155550123, 2125550198)';
- a REST path: '/api/v2/orders/4155550123', '/invoices/2125550198/pdf';
- a noun and a written "id", or a short code and "#": '(macro id 36001482113)', 'MLS# 22-417739';
- a table's column: a CSV or INSERT cell under "id", "order_id" or "orderId" (tables.py).

Keys and path segments that name a person or a phone ("customer_id", "/users/", "phoneId",
"wa.me/") are left alone: their number may be personal, and other checks decide.
"""

from __future__ import annotations

import re

from .tables import table_cells

# A key that is "id" or ends on one set apart ("orderId", "order_id", "ORDER-ID"), or a primary key
# ("pk"); "paid" or "valid" end on "id" too but set nothing apart.
# The thing before "id" (group "thing") is checked against person and phone words below.
_KEY = r"(?P<key>(?:(?P<thing>[A-Za-z][A-Za-z0-9]*?)(?:[_\-](?:id|Id|ID)|Id|ID))|id|Id|ID|pk)"
# The key, its quotes and its separator right before the value: '"id": ', "id=", "id: ", "o.id = ".
_KEYED_BEFORE = re.compile(rf"(?<![A-Za-z0-9]){_KEY}[\"']?[ \t]*(?::|=|=>|==)[ \t]*[\"']?$")
# A noun and a written "id" or a short code and "#" before the value: "(macro id 36001482113)",
# "Build ID 4155550123", "MLS# 22-417739", "PO # 4155550123".
_NAMED_ID_BEFORE = re.compile(
    r"(?<![^\W_])(?P<thing>[A-Za-z]{2,})[ \t]+(?:id|ID|Id)[ \t]*[:#=]?[ \t]*$|(?<![^\W_])(?P<code>[A-Z]{2,6})[ \t]*#[ \t]*$"
)
# An SQL list after a key: "o.id IN (4155550123, " (earlier members of the list may stand between).
_SQL_LIST_BEFORE = re.compile(rf"(?<![A-Za-z0-9]){_KEY}[ \t]+(?i:in)[ \t]*\((?:[ \t]*[0-9]+[ \t]*,)*[ \t]*$")
# A REST path segment right before the number: "/orders/", "/v2/invoices/".
_PATH_BEFORE = re.compile(r"(?P<host>[\w.\-]*)(?:/[\w.\-]*)*?/(?P<segment>[a-z][a-z_\-]{2,})/$")
# Words that make an identifier a person's, an account's or a phone's.
_PERSONAL = (
    "user", "customer", "client", "member", "account", "patient", "employee", "person", "people", "contact",
    "staff", "worker", "student", "guest", "owner", "subscriber", "citizen", "tax", "national", "kunde",
    "mitglied", "mitarbeiter", "patient", "cliente", "utente", "usuario", "utilisateur", "socio", "phone",
    "tel", "mobile", "cell", "fax", "msisdn", "whatsapp", "sms", "call", "number", "profile", "login", "social",
    "passport", "licen", "driver", "policy", "insur", "card", "iban", "bank", "caller", "skype", "telegram",
    "signal", "viber", "line", "apple", "pin", "ssn", "vat", "emp", "pat", "mrn",
)
_PERSONAL_HOSTS = ("wa.me", "whatsapp", "t.me", "tel", "callto", "sms")
_REACH = 60
_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]+)[ \t_.\-]*$")


def _personal(word: str) -> bool:
    lower = word.lower()
    return any(part in lower for part in _PERSONAL)


def keyed_as_identifier(text: str, start: int) -> bool:
    """Whether the key or path right before `start` names a thing's identifier."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    window = text[max(line_start, start - _REACH) : start]
    if not window:
        return False
    # Exact prechecks on the window's end (it holds no newline, so "$" is its end): each pattern
    # is searched only when the characters it ends on are there; most numbers follow a word.
    # _KEYED_BEFORE ends on ":", "=", "=>" or "==" and then spaces, tabs and a quote at most;
    # _SQL_LIST_BEFORE on "(" and then a list's digits, commas, spaces and tabs.
    keyed = window.rstrip(" \t\"'")[-1:] in (":", "=", ">")
    listed = window.rstrip(" \t0123456789,")[-1:] == "("
    for pattern, possible in ((_KEYED_BEFORE, keyed), (_SQL_LIST_BEFORE, listed)):
        match = pattern.search(window) if possible else None
        if match is not None:
            # "Customer ID: ", "Patient-Id = ": the word before a bare key says whose it is.
            before = _WORD_BEFORE.search(window, 0, match.start())
            owner = before.group(1) if before is not None and match.group("thing") is None else ""
            return not _personal(match.group("thing") or "") and not _personal(owner)
    # _NAMED_ID_BEFORE ends on "id" in one of its cases (then spaces, tabs and one of ":#=") or on "#".
    named_possible = window.rstrip(" \t:#=").endswith(("id", "ID", "Id")) or window.rstrip(" \t").endswith("#")
    named = _NAMED_ID_BEFORE.search(window) if named_possible else None
    if named is not None:
        return not _personal(named.group("thing") or named.group("code"))
    if window.endswith("/"):
        path = _PATH_BEFORE.search(window)
        if path is not None:
            host = path.group("host").lower()
            return not _personal(path.group("segment")) and not any(h in host for h in _PERSONAL_HOSTS)
    return False


# A column a carrier numbers: "tracking", "parcel", "consignment", "waybill", "pod" (proof of delivery).
# Fewer words than reference_labels' shipment words, which say a line is about a parcel: a "carrier",
# "courier" or "pallet" column holds a name or a count, and a phone there stays one.
_SHIPMENT_COLUMNS = frozenset("tracking parcel consignment waybill awb shipment container seal pod".split())
# A carrier's or courier's reference, though, is the parcel's number: "courier_ref", "carrier reference no".
_CARRIER_WORDS = _SHIPMENT_COLUMNS | {"courier", "carrier"}
_REFERENCE_WORDS = frozenset("ref reference no nr number num".split())


def in_id_column(text: str, start: int, end: int) -> bool:
    """Whether the number is a cell of a table column named as a thing's id ("id", "order_id",
    "orderId", "pk") or a parcel's ("tracking", "parcel", "courier_ref"), a person's ids
    ("customer_id") aside."""
    if "\n" not in text:
        return False
    for cell in table_cells(text):
        if cell.start <= start and end <= cell.end:
            words = cell.column.split()
            if words and words[-1] in _SHIPMENT_COLUMNS:
                return True
            if len(words) >= 2 and words[-1] in _REFERENCE_WORDS and any(w in _CARRIER_WORDS for w in words[:-1]):
                return True
            if not words or words[-1] not in ("id", "pk"):
                return False
            return not any(_personal(w) for w in words[:-1])
    return False
