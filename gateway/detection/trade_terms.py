"""A delivery term and its named place ("FCA Rotterdam", "DAP Graz", "CIF Genova") are not a person.

Quotations and invoices name the Incoterms rule with the port or town it applies to; NER reads the
three capitals and the place as a name. The eleven rules of Incoterms 2020 (and the 2010 DAT, and
the older DAF, DES, DEQ, DDU, still written) are a closed set. Used by thing_names.py.
"""

from __future__ import annotations

import re

INCOTERMS = frozenset("EXW FCA FAS FOB CFR CIF CPT CIP DAP DPU DDP DAT DAF DES DEQ DDU".split())
_TERM_BEFORE = re.compile(r"(?<![\w-])([A-Z]{3}) $")


def after_trade_term(text: str, start: int, end: int) -> bool:
    """The span opens with a delivery term, or one stands right before it ("… FCA [Rotterdam]")."""
    first = text[start:end].split(" ", 1)[0]
    if first in INCOTERMS and " " in text[start:end]:
        return True
    if start < 4 or not text[start - 4 : start - 1].isupper():
        return False  # the term's three capitals fill the window's first three characters, or there is none
    before = _TERM_BEFORE.search(text, start - 4, start)
    return before is not None and before.group(1) in INCOTERMS
