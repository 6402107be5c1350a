"""The words that join names in a list or a firm's name: "Jones, Gregory and Cook", "Nilsson &
Söner", "Kowalski i Synowie", "Horváth és társa", "Παπαδόπουλος και Υιοί" (firms.py, not_persons.py).

One list for the languages whose firms and lists the name filters read; a module that joins names
with fewer or other words keeps its own and says why.
"""

from __future__ import annotations

import re

# English, German, Spanish, French, Italian/Portuguese, Swedish, Norwegian/Danish, Hungarian,
# Polish/Slovene/Croatian, Finnish/Estonian, Dutch and Greek "and".
NAME_CONNECTORS = ("and", "&", "und", "y", "et", "e", "och", "og", "és", "i", "ja", "en", "και")
NAME_CONNECTOR_WORDS = frozenset(NAME_CONNECTORS)
# An alternation of the connectors for a pattern: "(?:{NAME_CONNECTOR_PATTERN})".
NAME_CONNECTOR_PATTERN = "|".join(re.escape(w) for w in NAME_CONNECTORS)
