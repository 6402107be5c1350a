"""Faker's per-locale providers read as data. Word lists that ship in a package we already trust
(first and last names, street words, company suffixes, job titles) are the gazetteers of several
recognizers; each of them walks the locales of one provider package the same way."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType


def locale_providers(package: ModuleType) -> Iterator[tuple[str, type]]:
    """(locale, Provider class) for every locale module of a Faker provider package
    (`faker.providers.person`, `.address`, `.company`, `.job`) that defines one."""
    for module in pkgutil.iter_modules(package.__path__):
        try:
            provider = importlib.import_module(f"{package.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        yield module.name, provider
