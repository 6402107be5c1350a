"""Labels of contact fields ("Tel +44 ...", "Fax: ...", "E-Mail: ...", "Móvil: ..."), in the
languages the gateway sees: the line they open holds contact details, never the end of an address.

A label counts as one only when used as one: followed by a colon, or by the start of a number
("Mobile, AL 36602" is the town of Mobile). A label word written capitalised before a number
("Telefax 08621 ...", "Durchwahl 032 ...") is therefore never a one-word street with its house number.
"""

from __future__ import annotations

import re

CONTACT_LABELS = (
    "tel", "tel.", "tél", "tél.", "tfno", "tfno.", "tlf", "tlf.", "telephone", "téléphone", "telefon",
    "telefoon", "telefono", "teléfono", "telefone", "telefonnummer", "phone", "ph", "ph.", "fon", "fax",
    "telefax", "mobile", "mobil", "mobiel", "móvil", "movil", "mob", "mob.", "mobiltelefon", "handy",
    "cell", "cell.", "cellulare", "celular", "telemóvel", "gsm", "portable", "komórka", "puhelin", "puh.",
    "desk", "direct", "dir.", "office", "main", "switchboard", "zentrale", "durchwahl", "standard",
    "centralino", "fisso", "fixe", "hotline", "email", "e-mail", "mail", "courriel", "correo", "e-post",
    "epost", "sähköposti", "web", "website", "www", "url", "skype", "mobilnummer", "handynummer",
    "faxnummer", "rufnummer", "nebenstelle", "fijo", "centralita", "telefonino",
)
_LABEL_WORDS = frozenset(CONTACT_LABELS)
_LABEL = "|".join(re.escape(label) for label in sorted(CONTACT_LABELS, key=len, reverse=True))
# The label, then a colon (after optional spaces) or straight away a number: "Tel +44", "Fax: 0", "Tél. : 02".
_CONTACT_FIELD = re.compile(rf"(?i:{_LABEL})(?:[ \t]*:|[ \t]+(?=[+(0-9]))")


def opens_contact_field(text: str, position: int) -> bool:
    """Whether a contact label used as one starts at `position`."""
    return _CONTACT_FIELD.match(text, position) is not None


def is_contact_label(word: str) -> bool:
    """Whether a word is a contact label ("Telefax", "Durchwahl", "Móvil"), in any case."""
    return word.lower() in _LABEL_WORDS
