"""Words of job titles ("Head of Procurement", "Directora Comercial", "Abteilungsleiter Einkauf"),
in the languages the gateway sees. In a signature, the line holding one is the signer's title, so a
single capitalised word there is part of the title, not a second person (firms.py).
"""

from __future__ import annotations

import re

import faker.providers.job as faker_job

from .faker_data import locale_providers
from .lookup_tables import lookup_table

JOB_TITLE_WORDS = frozenset(
    "head chief director directora directeur directrice direttore direttrice directeur-général manager "
    "managerin leiter leiterin geschäftsführer geschäftsführerin responsable responsabile jefe jefa "
    "kierownik dyrektor ředitel ředitelka vezető igazgató johtaja chef cheffe lead officer engineer "
    "ingenieur ingenieurin ingénieur ingénieure ingeniero ingeniera ingegnere consultant consultante "
    "consulente berater beraterin assistant assistante assistente asistente assistentin specialist "
    "spezialist spezialistin spécialiste especialista specialista analyst analystin analyste analista "
    "coordinator coordinatrice coordinatore coordinador coordinadora koordinator koordinatorin president "
    "président présidente presidente präsident präsidentin founder co-founder owner partner secretary "
    "secrétaire secretaria segretaria sekretär sekretärin accountant comptable contable buchhalter "
    "buchhalterin advisor adviser conseiller conseillère asesor asesora ceo cfo cto coo cio cmo vp svp evp "
    "intern trainee architect developer entwickler entwicklerin développeur développeuse desarrollador "
    "desarrolladora sviluppatore administrator administratrice executive representative supervisor "
    "superviseur superviseure principal deputy vice adjoint adjointe stellvertretender stellvertretende "
    "associate senior junior".split()
)
# German compounds end in their title word: "Abteilungsleiter", "Vertriebsmanager", "Steuerberaterin".
_COMPOUND_ENDINGS = ("leiter", "leiterin", "manager", "managerin", "berater", "beraterin", "referent",
                     "referentin", "assistent", "assistentin", "direktor", "direktorin")


def is_job_title_word(word: str) -> bool:
    lower = word.lower().strip(".,;:()")
    return lower in JOB_TITLE_WORDS or (len(lower) > 8 and lower.endswith(_COMPOUND_ENDINGS))


# Professions named by their ending: "Microbiologist", "Radiographer", "Paediatrician", "Salesperson".
_PROFESSION_ENDINGS = ("ologist", "ographer", "ician", "iatrist", "ometrist", "therapist", "person", "ologe",
                       "ologin", "ologue", "ólogo", "óloga", "ologo", "ologa")
# A German master craftsman's title, a compound of his trade ("Reetdachdeckermeister", "Malermeisterin");
# long enough to leave the surnames "Baumeister" and "Kellermeister" alone.
_MASTER_ENDINGS = ("meister", "meisterin")
PROFESSION_WORDS = frozenset(
    "nurse doctor physician surgeon pharmacist dentist midwife paramedic surveyor proofreader editor "
    "animator teacher lecturer professor scientist researcher technician designer writer translator "
    "interpreter lawyer solicitor barrister notary accountant auditor actuary economist engineer "
    # the parties of a works contract ("TO GENERAL CONTRACTOR:", "General Counsel")
    "contractor subcontractor consultant counsel "
    "krankenschwester krankenpfleger arzt ärztin infirmier infirmière médecin enfermero enfermera médico "
    "infermiere infermiera medico".split()
)


def is_profession_word(word: str) -> bool:
    """A job title or a profession, in one word: "Nurse", "Radiographer", "Buchhalterin"."""
    lower = word.lower().strip(".,;:()")
    return (is_job_title_word(word) or lower in PROFESSION_WORDS or (len(lower) > 7 and lower.endswith(_PROFESSION_ENDINGS))
            or (len(lower) >= 12 and lower.endswith(_MASTER_ENDINGS)))


# Faker's job titles of every locale written in Latin script ("Marine scientist", "Chemist, analytical",
# "Teacher, English as a foreign language", "Platero", "Sprzątacz"): a capitalised word inside one
# of them, where the text writes the whole title, is part of a job title, not a name.
_LATIN_LIMIT = 0x250  # Basic Latin to Latin Extended-B


def _is_latin(title: str) -> bool:
    return all(ord(c) < _LATIN_LIMIT for c in title)


@lookup_table
def _job_title_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Capitalised word (lower case) -> (job title in lower case, offset of the word in it)."""
    index: dict[str, list[tuple[str, int]]] = {}
    for _, provider in locale_providers(faker_job):
        for title in getattr(provider, "jobs", ()):
            if not isinstance(title, str) or not _is_latin(title):
                continue
            for match in _TITLE_WORD.finditer(title):
                index.setdefault(match.group().lower(), []).append((title.lower(), match.start()))
    return {word: tuple(dict.fromkeys(titles)) for word, titles in index.items()}


_TITLE_WORD = re.compile(r"(?<![\w'’\-])[A-ZÀ-Þ][^\W\d_]{2,}")


def in_job_title(text: str, start: int, end: int, one_word_ok: bool = True) -> bool:
    """Whether text[start:end] lies inside a job title written out in full ("Marine scientist",
    "Teacher, English as a foreign language"). A title of one word ("Platero") counts only when
    `one_word_ok` (the caller says the word is not a known name)."""
    first = text[start:end].split(" ", 1)[0]
    lowered: str | None = None
    for title, offset in _job_title_index().get(first.lower(), ()):
        at = start - offset
        if at < 0 or at + len(title) < end or (" " not in title and not one_word_ok):
            continue
        if lowered is None:
            lowered = text[max(0, start - 80) : end + 120].lower()
        base = max(0, start - 80)
        if lowered.startswith(title, at - base) and not _word_char(text, at - 1) and not _word_char(text, at + len(title)):
            return True
    return False


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "-_")
