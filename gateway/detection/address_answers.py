"""An address given as the answer to a question for it, on the next speaker's turn.

"Can you confirm the delivery address?" / "18:22 jo bloggs: 2 jay pass, south melissa" (and a
postcode on the line under it): a customer in a chat types an address in lower case and without the
layout the address grammar (addresses.py) reads. The question is the evidence, in en/de/fr/es/it
("Adresse?", "adresse de livraison ?", "¿dirección?", "indirizzo?"): the question's line names an
address and ends with "?", the next line is a speaker's turn (a time stamp before the label allowed),
and its words up to the line's end are the address when a number stands next to a word in them (a
house number or a postcode) and no word says the number is a record's or a quantity ("the one from
ticket 4471", "1 sec"). A short line under it without a speaker
label of its own and with a digit (a postcode) continues it. The answer ends with its sentence (", KS
89077. There's a line down ..." ends at the stop); an answer with an "@" is an e-mail address, and a
question for an e-mail, IP, MAC or web address is none for a postal one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labelled import NEXT_TURN, label_positions
from .types import Span
from .views import TextViews

STREET_ADDRESS_ENTITY = "STREET_ADDRESS"
ANSWER_SCORE = 0.8
_ADDRESS_WORDS = ("address", "adresse", "anschrift", "dirección", "direccion", "domicilio", "indirizzo")
# From the address word to the question mark closing its line, then the next speaker's label.
_QUESTION_THEN_TURN = re.compile(rf"[^\n?]{{0,60}}\?{NEXT_TURN}")
# Words a speaker opens an answer with before the address itself.
_OPENING = re.compile(
    r"(?i)(?:(?:yes|yeah|sure|ok|okay|please|it's|it is|that's|ja|klar|bitte|oui|c'est|s'il vous plaît|sí|si|claro"
    r"|por favor|certo|per favore|è)[,.!:]?[^\S\n]+)*"
)
# An e-mail, IP, MAC or web address is asked for with the same word.
_OTHER_ADDRESS = re.compile(r"(?i)(?:mail|ip|mac|web|wallet)[^\S\n]*-?[^\S\n]*$")
# Where the answer's sentence ends and another begins ("..., KS 89077. There's a line down"): a stop,
# then a capitalised word and a lower-case one ("St. John Street" goes on).
_SENTENCE_END = re.compile(r"[.!?;](?=[^\S\n]+[^\W\d_][^\W\d_'’]*['’]?[^\W\d_]*[^\S\n]+[a-zà-ÿ])")
_LONGEST = 140
_CONTINUATION = re.compile(r"\n[^\S\n]*(?P<line>[^\n:]{2,24}?)[^\S\n]*(?=\n|$)")
_DIGIT = re.compile(r"\d")
# A number that numbers a house or a postcode next to a word ("2 jay pass", "hauptstraße 5", "w5b 4rn"),
# and words that say a number is some record's or a quantity instead ("the one from ticket 4471",
# "give me 5 minutes").
_HOUSE_NUMBER = re.compile(r"(?<![\w#])\d{1,5}[a-z]?(?:[/-]\d{1,4})?[^\S\n]+[^\W\d_]|[^\W\d_]{2,}[^\S\n]+\d{1,5}[a-z]?\b")
_NOT_ADDRESS_WORDS = re.compile(
    r"(?i)(?<![^\W_])(?:ticket|order|case|invoice|ref|no\.|nr\.?|number|#|secs?|seconds?|mins?|minutes?|hours?"
    r"|days?|weeks?|sekunden|minuten|stunden|tagen?|wochen|secondes|heures|jours|semaines|segundos|minutos"
    r"|horas|días|dias|semanas|secondi|minuti|ore|giorni|settimane)(?![^\W_])"
)


def find_address_answers(views: TextViews) -> Iterator[Span]:
    text = views.original
    if "?" not in text:
        return
    for position in label_positions(text, _ADDRESS_WORDS):
        turn = _QUESTION_THEN_TURN.match(text, position)
        if turn is None:
            continue
        start = _OPENING.match(text, turn.end()).end()  # type: ignore[union-attr]
        if _OTHER_ADDRESS.search(text, max(0, position - 12), position):
            continue
        line_end = text.find("\n", start)
        end = len(text) if line_end == -1 else line_end
        sentence_end = _SENTENCE_END.search(text, start, end)
        if sentence_end is not None:
            end, line_end = sentence_end.start(), -1  # what follows the sentence is no address
        answer = text[start:end].rstrip(" \t.!,;")
        if "@" in answer or len(answer) > _LONGEST:
            continue
        if len(answer.split()) < 2 or not _HOUSE_NUMBER.search(answer) or _NOT_ADDRESS_WORDS.search(answer):
            continue
        end = start + len(answer)
        more = _CONTINUATION.match(text, line_end) if line_end != -1 else None
        if more is not None and _DIGIT.search(more.group("line")) and len(more.group("line").split()) <= 3:
            end = more.end("line")
        yield Span(start, end, STREET_ADDRESS_ENTITY, ANSWER_SCORE)
