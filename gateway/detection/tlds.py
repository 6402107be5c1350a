"""Top-level domains from tldextract's bundled public-suffix snapshot (never fetched at run time)."""

from __future__ import annotations

import tldextract

from .lookup_tables import lookup_table


@lookup_table
def _known_tlds() -> frozenset[str]:
    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    suffixes = extractor.tlds  # loads the snapshot shipped inside the package
    return frozenset(s.rsplit(".", 1)[-1].lower() for s in suffixes if s.isascii())


def is_known_tld(label: str) -> bool:
    return label.lower() in _known_tlds()
