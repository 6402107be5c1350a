"""Person names from gazetteers: runs of capitalised words anchored on a known first or last name.

"Helena Carlsen", "Stipo B. Marinović", "Ulrich Bieber DVM" are found without NER when one word
is a known name; a lone known first name counts on its own, a lone surname only after a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .addresses import UPPER
from .gazetteer import is_common_word, load_gazetteer
from .normalize import TextView
from .types import Span

_TOKEN = re.compile(rf"[{UPPER}]\.|[^\W\d_][\w'’\-]*(?:\.(?=\s))?|[0-9]+|[^\w\s]")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Herr|Frau|Mme|Mlle|Sr|Sra|Sig)\.?", re.IGNORECASE)
_NAME_INTRO = re.compile(
    r"(?:name is|name's|named|called|call me|this is|dear|hi|hello|leave me|said|nam is|under|by)[\s:,]*$",
    re.IGNORECASE,
)


def _is_cap_word(token: str) -> bool:
    return token[0] in UPPER and token.rstrip(".").replace("-", "").replace("'", "").replace("’", "").isalpha()


class NameFinder:
    def __init__(self) -> None:
        gazetteer = load_gazetteer()
        self.first = gazetteer.first_names
        self.last = gazetteer.last_names

    def find(self, view: TextView) -> Iterator[Span]:
        text = view.text
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        i = 0
        while i < len(tokens):
            start, end, token = tokens[i]
            if not _is_cap_word(token) or token.isupper() and len(token) > 1:
                i += 1
                continue
            # Collect a run of capitalised words / initials on one line.
            j = i
            while j + 1 < len(tokens):
                nxt = tokens[j + 1]
                gap = text[tokens[j][1] : nxt[0]]
                if gap not in (" ", "  ") or not _is_cap_word(nxt[2]) or (nxt[2].isupper() and len(nxt[2].rstrip(".")) > 1):
                    break
                j += 1
            run = tokens[i : j + 1]
            i = j + 1
            titled = False
            title_start = None
            while run and _TITLE.fullmatch(run[0][2]):
                title_start = run[0][0] if title_start is None else title_start
                run, titled = run[1:], True
            if not run:
                continue
            words = [t[2].rstrip(".") for t in run]
            known_first = [w in self.first for w in words]
            known_last = [w in self.last for w in words]
            common = [is_common_word(w) for w in words]
            introduced = bool(_NAME_INTRO.search(text[max(0, run[0][0] - 20) : run[0][0]]))
            if not titled and not introduced and not any(f or l for f, l in zip(known_first, known_last)):
                continue
            # Trim common words ("Thanks", "Please") at either end of the run.
            lo, hi = 0, len(run)
            while lo < hi and common[lo]:
                lo += 1
            while hi > lo and common[hi - 1] and not (hi - 1 > lo and known_first[hi - 2]):
                hi -= 1
            if lo >= hi or len(run[lo:hi]) > 4:
                continue
            anchored = titled or introduced or any(known_first[lo:hi]) or any(known_last[lo:hi])
            if not anchored:
                continue
            span_start, span_end = run[lo][0], run[hi - 1][1]
            if title_start is not None and lo == 0:
                span_start = title_start  # "Mr. Felix Sørensen": the title belongs to the name
            if text[span_end - 1] == "." and len(run[hi - 1][2]) > 2:
                span_end -= 1
            count = hi - lo
            before = text[max(0, span_start - 20) : span_start]
            if count >= 2 or titled:
                score = 0.85
            elif any(known_first[lo:hi]):
                score = 0.7
            else:
                score = 0.7 if titled or _NAME_INTRO.search(before) else 0.4
            a, b = view.to_original(span_start, span_end)
            yield Span(a, b, "PERSON", score)
