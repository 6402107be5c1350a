"""Titles of Central and Eastern Europe that stand before or after a name and are not part of it.

Czech and Slovak academic degrees ("Ing. arch. Jana Nováková", "doc. RNDr. Martin Dvořák, CSc.",
"Mgr. Petr Svoboda, Ph.D."), Polish ("inż.", "mgr"), Hungarian ("ifj.", "özv.") and Bulgarian
("Г-н", "Г-жа", "Др.") forms of address. Like "Mr." or "Frau" they are context, never the name: the
same person gives the same span however they are addressed (names.py). Words that are also ordinary
words ("arch", "doc", "dr", "id") count only with their dot, and only in their written case.
"""

from __future__ import annotations

import re

# Before a name. The first group is never an ordinary word, so its dot may be missing ("MUDr Eva").
PRE_NOMINAL = re.compile(
    r"(?:Ing|MUDr|MVDr|MDDr|JUDr|PhDr|RNDr|PharmDr|ThDr|PaedDr|RSDr|ICDr|ThLic|Mgr|MgrA|BcA|Inż|inż"
    r"|Г-н|Г-жа|Г-ца|Г-ди)\.?"
    r"|(?:arch|doc|Doc|Bc|mgr|ifj|Ifj|id|özv|Özv|Др|Проф|Доц|Инж)\."
)

# After a name, with or without a comma: "Petr Svoboda, Ph.D.", "Jaromíra Notová Th.D.".
POST_NOMINAL = re.compile(r"(?:Ph|Th|Art)\. ?D\.|PhD\b|ArtD\.|CSc\.?|DrSc\.?|DiS\.?|LL\.M\.|Dr\. ?h\. ?c\.")


def is_pre_nominal(word: str) -> bool:
    return PRE_NOMINAL.fullmatch(word) is not None


def post_nominal_at(text: str, index: int) -> bool:
    """Whether a post-nominal title opens at `index` (it closes the name before it)."""
    return POST_NOMINAL.match(text, index) is not None
