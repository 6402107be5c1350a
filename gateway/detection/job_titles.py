"""Words of job titles ("Head of Procurement", "Directora Comercial", "Abteilungsleiter Einkauf"),
in the languages the gateway sees. In a signature, the line holding one is the signer's title, so a
single capitalised word there is part of the title, not a second person (firms.py).
"""

from __future__ import annotations

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
PROFESSION_WORDS = frozenset(
    "nurse doctor physician surgeon pharmacist dentist midwife paramedic surveyor proofreader editor "
    "animator teacher lecturer professor scientist researcher technician designer writer translator "
    "interpreter lawyer solicitor barrister notary accountant auditor actuary economist engineer "
    "krankenschwester krankenpfleger arzt ärztin infirmier infirmière médecin enfermero enfermera médico "
    "infermiere infermiera medico".split()
)


def is_profession_word(word: str) -> bool:
    """A job title or a profession, in one word: "Nurse", "Radiographer", "Buchhalterin"."""
    lower = word.lower().strip(".,;:()")
    return is_job_title_word(word) or lower in PROFESSION_WORDS or (len(lower) > 7 and lower.endswith(_PROFESSION_ENDINGS))
