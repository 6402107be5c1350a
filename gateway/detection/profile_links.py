"""The person a profile link names: "linkedin.com/in/jay-nelson-4b1a7".

A LinkedIn profile's address is made of its owner's name (and a suffix that makes it unique): in a
signature it names the person as plainly as the name line above it, and the whole slug identifies
them, so the whole slug is reported as the person's. Only the paths LinkedIn gives a person's profile
are read ("/in/", "/pub/"): a company's page ("/company/") names no one. (XING's "/profile/Jay_Nelson"
would need the not-a-name filter to let an underscore pass, which it reads as code: left for now.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .types import Span
from .views import TextViews

PERSON_ENTITY = "PERSON"
PROFILE_SCORE = 0.85
_PROFILE = re.compile(
    r"(?i)(?<![\w.-])(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/"
    r"(?P<slug>[^\W_](?:[\w%-]*[^\W_])?)(?![\w%-])"
)


def find_profile_names(views: TextViews) -> Iterator[Span]:
    text = views.original
    if "inkedin.com/" not in text and "INKEDIN.COM/" not in text:  # any case of its first letter
        return
    for match in _PROFILE.finditer(text):
        slug = match.group("slug")
        if any(c.isalpha() for c in slug):
            yield Span(match.start("slug"), match.end("slug"), PERSON_ENTITY, PROFILE_SCORE)
