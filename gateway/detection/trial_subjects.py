"""A clinical study's subject number: in a trial the patient is a "subject", and the number that
stands for them in reports ("Subject: H3307712 (initials withheld)", "subject no. 1043-0021",
"Proband 7730021", "sujet n° 4471203") is a medical record number. "Subject:" also opens an e-mail's
header, so the label counts only where the text speaks of a study (protocol, investigator, adverse
event, randomisation ...) and the value reads as an identifier: a letter prefix, or one run of six digits and more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import LABELLED_ID_SCORE, MEDICAL_RECORD_ENTITY, label_positions
from .types import Span
from .views import TextViews

_SUBJECT_WORDS = ("subject", "proband", "studienteilnehmer", "sujet", "sujeto", "soggetto", "participant")
_SUBJECT_ID = re.compile(
    r"(?i)(?<![^\W_])(?:subject|proband(?:in)?|studienteilnehmer(?:in)?|sujet|sujeto|soggetto|participant)"
    r"(?:[ \t\-_]?(?:number|no\.?|nr\.?|n°|nº|id|#|code|nummer|numéro|número|numero))?"
    r"[ \t]*[:#=]?[ \t]*(?P<value>(?:[A-Z]{1,4}-?)?\d(?:[\-/]?\d){4,19})(?![\w\-])"
)
_STUDY_WORDS = re.compile(
    r"(?i)(?<![^\W_])(?:protocol|study|trial|investigator|adverse|randomi[sz]ed|randomi[sz]ation|enrolled|sponsor"
    r"|crf|studie|prüfplan|prüfarzt|étude|protocole|investigateur|estudio|ensayo|protocolo|investigador"
    r"|studio|sperimentazione|protocollo|sperimentatore)"
)
_REACH = 400  # characters around the label in which the study is named


def find_trial_subject_numbers(views: TextViews) -> Iterator[Span]:
    text = views.original
    for position in label_positions(text, _SUBJECT_WORDS):
        match = _SUBJECT_ID.match(text, position)
        if not match:
            continue
        value = match.group("value")
        # digits only: one run of six and more ("0214-0037" is a site's and a screening's count)
        if not value[0].isalpha() and (len(value) < 6 or not value.isdigit()):
            continue
        if _STUDY_WORDS.search(text, max(0, position - _REACH), min(len(text), match.end() + _REACH)):
            yield Span(match.start("value"), match.end("value"), MEDICAL_RECORD_ENTITY, LABELLED_ID_SCORE)
