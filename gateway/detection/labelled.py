"""Identifiers that only their label makes personal: medical record numbers and account-like numbers
(customer, member, policy, client, contract, insurance, employee numbers), in en/de/fr/es/it.
An order number or a ticket number is not personal, and has no label here.

A label is written in prose ("Customer number 4471203", "N.º de cliente: C-88213", "matricola 642886"),
as a record's key (`"member_id": "M-2215"`, `patient_mrn=H7730021`) or as a table's column name
(tables.py). A bare "ID" / "identifier" label takes its meaning from the person it belongs to:
"Employee: Jane Roe (ID 731304)", a patient record's `"identifier": "2536166"`. A few nouns are labels
only as a record's key ("Policy: POL-748260", "Póliza: 7719203"; "policy 2024" is prose), or in prose
before a value that reads as an identifier ("under policy C1615104554", "current account M05744210"). In a dialogue,
a question that names the number labels the answer on the next speaker's turn ("May I have your policy
number?" / "CUSTOMER: Sure, it's POL-6771584976.", ANSWER_TURN, also read by birthdates.py).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import ahocorasick

from .document_numbers import reads_as_document_number
from .numbers import all_digit_runs
from .tables import Cell, table_cells
from .types import Span
from .views import TextViews

MEDICAL_RECORD_ENTITY = "MEDICAL_RECORD_NUMBER"
ACCOUNT_NUMBER_ENTITY = "ACCOUNT_NUMBER"
LABELLED_ID_SCORE = 0.85
_MIN_DIGITS = 5  # what _ID_VALUE below asks for


def _lowered(text: str) -> str:
    """The text in lower case with "_" read as a space ("date_of_birth" holds "date of birth")."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets exact
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower.replace("_", " ") if "_" in lower else lower


@lru_cache(maxsize=8)
def _lowered_once(text: str) -> str:
    """`_lowered(text)`, once for the several label scans of one text."""
    return _lowered(text)


class _LabelScanner:
    """Every label set the recognizers ask for, in one Aho-Corasick automaton: a text is scanned
    once for all of them (about ten sets, each a pass of its own before; the scan itself, not what
    it finds, was most of their cost on ordinary prose), and each set then picks its labels out of
    that one list of matches. The sets are the recognizers' constants; past _MAX_SETS (a plug-in
    asking with sets of its own) a set gets an automaton of its own instead of growing this one.
    Safe under threads (a host may call the Presidio adapter from several): a set is registered
    under a lock and bumps the generation, and scans are cached per (text, generation), so a scan
    made before a set was registered is never served for it."""

    _MAX_SETS = 64

    def __init__(self) -> None:
        self._sets: dict[tuple[str, ...], frozenset[str]] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self._automaton: ahocorasick.Automaton | None = None
        self._built_for = -1

    def positions(self, text: str, labels: tuple[str, ...]) -> list[int]:
        wanted = self._sets.get(labels)
        if wanted is None:
            with self._lock:
                if len(self._sets) >= self._MAX_SETS and labels not in self._sets:
                    return sorted({end - len(label) + 1 for end, label in _automaton(labels).iter(_lowered_once(text))})
                if labels not in self._sets:
                    self._sets[labels] = frozenset(labels)
                    self._generation += 1
                wanted = self._sets[labels]
        found = self._matches(text, self._generation)
        if not found:
            return []
        # Usually no label or one of the set is in the text: the set lookup in C, and one label's
        # starts are already ascending and distinct (a copy: the scan's lists are cached).
        hits = wanted.intersection(found)
        if not hits:
            return []
        if len(hits) == 1:
            return found[next(iter(hits))][:]
        return sorted(set().union(*map(found.__getitem__, hits)))

    @lru_cache(maxsize=8)  # noqa: B019 - one scanner per process, texts of the last few calls only
    def _matches(self, text: str, generation: int) -> dict[str, list[int]]:
        """Label -> the offsets where it starts in the text (usually a few labels, ordinary words)."""
        found: dict[str, list[int]] = {}
        for end, label in self._automaton_of(generation).iter(_lowered_once(text)):
            found.setdefault(label, []).append(end - len(label) + 1)
        return found

    def _automaton_of(self, generation: int) -> ahocorasick.Automaton:
        """The automaton of every set registered by `generation` (or since: more labels only)."""
        with self._lock:
            if self._automaton is None or self._built_for < generation:
                automaton = ahocorasick.Automaton()
                for label in set().union(*self._sets.values()):
                    automaton.add_word(label, label)
                automaton.make_automaton()
                self._automaton, self._built_for = automaton, self._generation
            return self._automaton


@lru_cache(maxsize=64)
def _automaton(labels: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for label in set(labels):
        automaton.add_word(label, label)
    automaton.make_automaton()
    return automaton


_SCANNER = _LabelScanner()


def label_positions(text: str, labels: tuple[str, ...]) -> list[int]:
    """Sorted offsets where a (lower-case) label starts, overlapping ones included. One Aho-Corasick
    pass over the lowered text finds the labels of every set at once (_LabelScanner); a str.find
    scan per label cost a pass per label, and an alternation tried at every character more still."""
    if not labels:
        return []
    return _SCANNER.positions(text, labels)


def _words(words: str) -> str:
    """An alternation of the words, longest first; a space in a word also matches "_" and "-"."""
    return "|".join(re.escape(w).replace(r"\ ", r"[\s_\-]") for w in sorted(words.split("|"), key=len, reverse=True))


# "number" in its written forms. English and German ones follow the noun ("member no.", "Kundennr."),
# French, Spanish and Italian ones come first ("n° de client", "N.º de cliente", "numero di conto").
# A reference ("customer ref", "Kundenreferenz", "référence client") and a German account ("Vertragskonto",
# "Kundenkonto") stand for the number too.
_NUMBER_AFTER = r"(?:number|num\.?|no\.?|nr\.?|id|#|code|nummer|-nr\.?|-nummer|reference|referenz|ref\.?|konto|record)"
_NUMBER_BEFORE = (
    r"(?:n\.?[°º]|no\.|nr\.|n\.|núm\.?|num\.?|numéro|número|numero|code|codice|identifiant|identificativo|identificador|id"
    r"|référence|réf\.?|referencia|ref\.?|riferimento|rif\.?)"
)
_OF = r"(?:[\s_]*(?:de|di|du|del|d['’])[\s_]*|[\s_]+|)"  # a key's "_" too: "id_cliente", "numero_di_conto"


def _label_pattern(after_nouns: str, before_nouns: str, standalone: str, keyed: str = "") -> str:
    """`keyed` nouns are labels only before a colon, "#" or "=" ("Policy: ...", `"policy": "..."`)."""
    # ...or as a table's column name (the end of the name: `$`, read by a column's fullmatch).
    keyed_alternative = rf"|(?:{_words(keyed)})(?=[\"']?\s*[:#=]|$)" if keyed else ""
    return (
        # ("Account / premise no.": a second noun after a slash names the same number)
        rf"(?:(?:{_words(after_nouns)})(?:[ \t]*/[ \t]*[^\W\d_]{{2,15}})?[\s_\-]?{_NUMBER_AFTER}"
        rf"|{_NUMBER_BEFORE}{_OF}(?:{_words(before_nouns)})(?![^\W_])"
        rf"|(?:{_words(before_nouns)})(?=\s*(?:n\.?\s?[°º]|n\.|nr\.|no\.|n[uú]mero(?![^\W_])|numéro))"
        rf"|(?:{_words(standalone)})(?![^\W_]){keyed_alternative})"
    )


_MEDICAL_LABEL = _label_pattern(
    "medical record|patient|chart|hospital|health record|patienten|fall|akten|aufnahme",
    "dossier médical|dossier patient|dossier|patient|paciente|historia clínica|historia|cartella clinica"
    "|cartella|paziente|nosologico|ricovero",
    # "nosologico": the Italian hospital's admission record number ("N. nosologico: H689039215"), as
    # "Aufnahmenummer" is the German one; "historia H44064775": the clinical history's number;
    # "IPP": the French patient's permanent identifier.
    "mrn|medical record|hospital number|aktenzeichen|dossier médical|dossier patient|dossier du patient"
    "|historia clínica|historia|nhc|cartella clinica|cartella|nosologico|ipp",
)
_ACCOUNT_LABEL = _label_pattern(
    "account|member|membership|customer|client|policy|contract|subscriber|insurance|employee|staff"
    "|personnel|payroll|kunden|kd.|mitglieds|vertrags|versicherten|versicherungs|versicherungsschein|policen"
    "|polizzen|konto|personal|mitarbeiter|debitoren|debtor|worker"
    # the numbers a person holds with a scheme, school, landlord or employer's door: "Frequent flyer no.",
    # "Student ID", "tenant reference", "policy application", "Kundenkarte Nr.", "Matrikelnummer"
    "|frequent flyer|frequent flier|loyalty|loyalty card|rewards|bonus card|student|tenant|badge|library card"
    "|policy application|vielflieger|kundenkarte|kundenkarten|bonuskarte|bonuskarten|treuekarte|treuekarten|matrikel"
    "|studierenden|mieter|pupil|schüler|élève|alunno|alumno"
    # a tenancy's reference is the tenant's: "Tenancy reference: C335314", "lease no. 4471203"
    "|tenancy|lease|mietvertrags"
    # a person enrolled in a plan, programme or game, or giving a sample: "Plan participant ID", "Benefits ID",
    # "Donor ID", "Player ID", "Beneficiary no.", "Applicant number", "Enrollee ID", "Cardholder number"; a
    # supplier's or vendor's number is the account a payee is paid to ("Vendor no. 4471203")
    "|participant|plan participant|benefits|beneficiary|donor|player|applicant|enrollee|enrolee|learner"
    "|cardholder|card holder|holder|supplier|vendor|teilnehmer|spieler|spender|antragsteller|lieferanten|kreditoren"
    # an insurance claim is the insured's as the policy is: "Claim no. C2924886", "Schadennummer 4471203"
    "|claim|schaden|schadens"
    # a card or registration its holder shows: "Skills card no.", "Professional ID", "Pers.-Nr." (Personalnummer)
    "|card|karten|karte|professional|pers.|traveller|traveler"
    # a supporter's, a driver's or a borrower's number with a charity, a carrier or a lender ("Supporter no.",
    # "driver ID", "Loan no.", "Darlehensnummer"); a farm's producer number is its farmer's ("Erzeuger Nr.")
    "|supporter|driver|loan|borrower|darlehens|kredit|producer|erzeuger"
    "|certificate|discharge book|seaman's book|seefahrtsbuch|bewerber|klienten|zertifikats"
    # a learner's enrolment and a person's social-security number in a form that no national check
    # reads ("enrolment number M341982", "Numéro de sécurité sociale : C687119")
    "|enrolment|enrollment|social security|social insurance",
    "client|cliente|compte|cuenta|conto|contrat|contrato|contratto|adhérent|adhérente|membre|socio|socia|sociétaire"
    "|salarié|employé|empleado|dipendente|police|póliza|polizza|abonné|abonado|afiliado|tessera|débiteur"
    "|deudor|debitore|carte de fidélité|carte fidélité|fidélité|étudiant|étudiante|locataire|badge"
    "|tarjeta de fidelización|fidelización|estudiante|inquilino|carta fedeltà|fedeltà|studente"
    # a person's enrolment with a scheme or school: "codice iscrizione", "n° d'adhésion", "número de inscripción"
    "|iscrizione|adhésion|inscription|inscripción|afiliación|tesseramento"
    # a study's participant, numbered at inclusion ("N° d'inclusion : AC-634710")
    "|inclusion|inclusión|inclusione"
    # a card issued to the person ("Numéro de carte attribué", "número de tarjeta", "Tessera professionale n.")
    "|carte|tarjeta|tessera professionale|carta professionale"
    # the same enrolled or paid persons in French, Spanish and Italian ("numéro d'allocataire", "code
    # fournisseur", "n° de participant", "número de beneficiario", "codice fornitore")
    "|allocataire|bénéficiaire|beneficiario|beneficiaria|participant|participante|partecipante|donneur|donante"
    "|donatore|joueur|jugador|giocatore|demandeur|solicitante|richiedente|assuré|asegurado|assicurato"
    "|fournisseur|proveedor|fornitore|sinistre|siniestro|sinistro"
    # a user's number with a utility or an office ("codice utente", "número de usuario", "n° d'usager")
    "|utente|usuario|usager"
    # the same donors, drivers, loans and producers ("numéro de donateur", "número de préstamo")
    "|donateur|conducteur|conductor|autista|prêt|préstamo|prestamo|prestito|mutuo|producteur|productor|produttore"
    "|certificat|certificado|certificato|carné|carnet|permis|sécurité sociale|securite sociale|seguridad social"
    "|previdenza sociale",
    # "Debitor": the customer's account in German bookkeeping ("Debitor 031015"); an employee's "badge
    # C2924886" opens a door.
    "acct|matricule|matricola|legajo|debitor|badge|policy application|insurance application|versicherungsschein"
    "|adhérent|adhérente|socio|socia|membership",
    # a scheme's name alone keys its member's number on a form ("Frequent flyer: M646453")
    # (and an account, a policy certificate: "Card account: 4471203", "Versicherungsschein M907930")
    "policy|police|polizza|póliza|poliza|frequent flyer|frequent flier|vielflieger|account",
)
# Where a label may start (lower case, "_" read as a space): a prefix of every label above. A few
# short stems stand for many labels ("memb": member, membership, membre; "num": number, numéro, numero).
_NUMBER_BEFORE_STEMS = ("n°", "nº", "n.", "no.", "nr.", "núm", "num", "cod", "id", "réf", "ref", "rif")
_MEDICAL_STEMS = ("medical", "patient", "paciente", "paziente", "chart", "hospital", "health", "fall", "akten", "akte", "expediente", "aufnahm",
                  "mrn", "dossier", "historia", "nhc", "cartella", "nosolog", "ricover", "ipp")
_ACCOUNT_STEMS = ("acc", "memb", "customer", "client", "poli", "póliza", "contra", "conto", "konto", "compte", "vertrag",
                  "cuenta", "subscriber", "insurance", "empl", "staff", "worker", "person", "payroll", "kunden", "kd", "mit",
                  "ver", "adhérent", "socio", "socia", "sociétaire", "salarié", "dipendente", "abon", "afiliado", "tessera",
                  "matric", "legajo", "debit", "debt", "débiteur", "deudor", "frequent", "loyal", "reward", "bonus",
                  "student", "tenan", "lease", "badge", "library", "vielflieger", "treue", "matrikel", "studier", "mieter",
                  "carte", "fidél", "étudiant", "locataire", "tarjeta", "fideliz", "estudiante", "inquilino", "carta",
                  "fedeltà", "studente", "pupil", "schüler", "élève", "alunn", "alumn", "iscriz", "adhésion",
                  "inscri", "afilia", "tessera", "particip", "partecip", "benefi", "bénéfi", "donor", "donneur",
                  "donante", "donatore", "player", "joueur", "jugador", "giocator", "applicant", "enrol", "learner",
                  "social", "holder", "cardholder", "card holder", "supplier", "vendor", "teilnehmer", "spieler", "spender",
                  "antragsteller", "lieferanten", "kreditoren", "allocataire", "demandeur", "solicitante", "richiedente",
                  "assur", "asegur", "assicur", "fournisseur", "proveedor", "fornitor", "utente", "usuario", "usager",
                  "claim", "schaden", "sinist", "card", "kart", "profession", "pers", "inclus", "kund", "travel", "tessera",
                  "carta", "savings", "identifi", "supporter", "driver", "loan", "borrower", "darlehen",
                  "kredit", "producer", "erzeug", "donateur", "conduct", "autista", "prêt", "préstamo", "prestamo",
                  "prestito", "mutuo", "produ", "certif", "discharge", "seaman", "seefahrt", "bewerber", "klient",
                  "zertifikat", "carn", "permis")
_GENERIC_ID_STEMS = ("id", "kennung", "nr.", "no.")  # "id" opens identifier, identifiant, ...
_OBJECT_STEMS = ("user", "customer", "member", "patient", "client", "employee", "subscriber", "person", "contact")
_RECORD_STEMS = ("record",)
_ID_STEMS = tuple(dict.fromkeys(_MEDICAL_STEMS + _ACCOUNT_STEMS + _NUMBER_BEFORE_STEMS + _GENERIC_ID_STEMS
                                + _OBJECT_STEMS + _RECORD_STEMS))

# A question that names the value, answered on the next speaker's turn: "... your policy number,
# please?\nCUSTOMER: Sure, it's " (up to three words before the "?", a speaker's name and a colon, up to
# four short words before the value).
# A request with "please" in place of a question names it too: "Geburtsdatum bitte, zur Zuordnung.\nAnrufer: ".
# The end of a question's line, then the next speaker's label (a time stamp before it allowed):
# '?"\n[10:02] Caller: ', also read by address_answers.py.
NEXT_TURN = r"[\"'”]?[^\S\n]*\n[^\S\n]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[^\S\n]+)?[^\W\d_][^\n:?]{0,30}:[^\S\n]*"
# A question's words after the label ("... date of birth to check the list?", a line wrapped inside it:
# "date of birth for\nsecurity?"), then the next speaker's answer, which may give what was asked
# before it first ("Matrikelnummer und Geburtsdatum bitte.\nStudentin: 6992877240, 21.02.1978.",
# "postcode line and date of birth?\nSupporter: Aranui 5371, and 9 February 1975."): a few tokens
# of its line, as few as may be.
_QUESTION_WORD = r"(?:,[^\S\n]*|[^\S\n]+|[^\S\n]*\n[^\S\n]*)[^\W\d_][\w'’]*"
ANSWER_TURN = (
    rf"(?:(?:{_QUESTION_WORD}){{0,5}}[^\S\n]*\?"
    r"|[,]?[^\S\n]+(?i:bitte|please|por favor|per favore|s'il vous plaît|s’il vous plaît|svp)"
    rf"(?:{_QUESTION_WORD}){{0,3}}[^\S\n]*[.!:]?)"
    rf"{NEXT_TURN}"
    r"(?:[^\s]+[^\S\n]+){0,6}?"
)
_SEPARATOR = (
    # up to two words qualifying the label before its colon: "Patientennummer Klinik: ", "Client ID (CRM): "
    # (a preposition may join them: "N.º de socio del programa de fidelización: ")
    # or up to four naming where it is kept, "Chart number at the prescribing clinic: ", and a bracketed
    # label of its own, "Donor ID (employee no.): "
    r"(?:(?:[^\S\n]+(?:(?:of|de|del|des|du|di|della|der|at|in|on|for|bei|im|au|à|en|presso)[^\S\n]+)?"
    r"\(?[^\W\d_]{2,20}\.?\)?){1,4}[^\S\n]*:[^\S\n]*"
    r"|[\"']?\s*[:#=]\s*[\"']?|\s+(?:is|ist|lautet|est|es|è|n\.?\s?[°º]\.?|n\.|no\.?|nr\.?|n[uú]mero|numéro)\s*[:#]?\s*|\s+|\s*[:#]?\s*[-–]\s*|-"
    rf"|{ANSWER_TURN})"
)
# Five digits or more, a single "-" or "/" between them, after an optional prefix: "POL-6948161908".
_ID_VALUE = r"(?P<value>(?:[A-Z]{1,4}[-/]?)?\d(?:[\-/]?\d){4,19})(?![\w\-])"
_MEDICAL = re.compile(rf"(?i)(?<![^\W_])(?P<label>{_MEDICAL_LABEL})\.?{_SEPARATOR}{_ID_VALUE}")
_ACCOUNT = re.compile(rf"(?i)(?<![^\W_])(?P<label>{_ACCOUNT_LABEL})\.?{_SEPARATOR}{_ID_VALUE}")
_WHOLE_ID = re.compile(rf"(?i){_ID_VALUE}")
_MEDICAL_COLUMN = re.compile(rf"(?i){_MEDICAL_LABEL}")
_ACCOUNT_COLUMN = re.compile(rf"(?i){_ACCOUNT_LABEL}")

# In prose a contract's noun names the number right after it, its colon or a copula: "under policy
# C1615104554", "current account M05744210", "contrat 4471203", "Contrato: M2378748454", "Kundin 4471203",
# "La póliza es M732385", "préstamo POL-71960875", "client POL-4635722524", "Claim M035542 –
# water damage" (not the French "police": "Police 12345678 were deployed" is English). The value must
# read as an identifier rather than a year, a date or a count: a letter prefix, or six digits and more
# that no date shape explains.
_PROSE_ID = re.compile(
    r"(?i)(?P<label>policy|polizza|póliza|poliza|account|compte|cuenta|conto|konto|contract|contrat"
    r"|contrato|contratto|vertrag|claim|sinistre|siniestro|sinistro|kunde|kundin|member|savings|loan|préstamo|prestamo"
    r"|prêt|prestito|client|cliente)(?![^\W_])(?P<colon>[ \t]*:)?[ \t]+"
    rf"(?:(?:is|es|est|ist|è|era|was|lautet)[ \t]+)?{_ID_VALUE}"
)
_SPEAKER_NOUNS = frozenset({"kunde", "kundin", "client", "cliente"})
_DATE_SHAPED = re.compile(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/]\d{4}")


def _prose_id(text: str, position: int) -> re.Match[str] | None:
    match = _PROSE_ID.match(text, position)
    if match is None or (match.group("colon") and match.group("label").lower() in _SPEAKER_NOUNS):
        return None  # "Kundin: 04130528168", "Cliente: eb30044" answer as a speaker in a dialogue
    value = match.group("value")
    if value[0].isalpha():
        return match
    digits = sum(c.isdigit() for c in value)
    return match if digits >= 6 and not _DATE_SHAPED.fullmatch(value) else None


# A bare "ID" names whose identifier it is by the person before it: "Employee: Jane Roe (ID 731304)",
# `{"resourceType": "Patient", ..., "identifier": "2536166"}`. The label opens a clause or a key
# ("(ID", ", ID", `"identifier"`): "Order ID 5521" is the order's.
_GENERIC_ID = re.compile(
    rf"(?i)(?P<label>id|identifier|identifiant|identificador|identificativo|kennung|nr\.|no\.)(?![^\W_])"
    rf"\.?{_SEPARATOR}{_ID_VALUE}"
)
_OPENS_CLAUSE = frozenset("([{,;\n")
_ROLE = re.compile(
    r"(?i)(?<![^\W_])(?:(?P<patient>patient|patientin|patiente|paciente|paziente)"
    r"|employee|staff member|member|customer|client|subscriber|policyholder|mitarbeiter(?:in)?|kunde|kundin"
    r"|mitglied|versicherte[rn]?|salarié|salariée|employé|employée|adhérent|adhérente|cliente|empleado"
    r"|empleada|socio|socia|afiliado|afiliada|dipendente|assicurato|assicurata)(?![^\W_])"
)
_ROLE_REACH = 200  # characters before the label in which the person's role is looked for

# A record's object named after a person, whose first key is its id: `"user": {"id": "C3849283", ...}`
# (a Sentry event, an API payload), `customer: {id: 4471203}`.
_PERSON_OBJECT_ID = re.compile(
    r"(?i)(?<![^\W_])(?P<label>(?P<patient>patient)|user|customer|member|client|employee|subscriber|person|contact)"
    r"[\"']?[ \t]*[:=][ \t]*\{[ \t]*[\"']?(?:id|identifier)[\"']?[ \t]*:[ \t]*[\"']?"
    rf"{_ID_VALUE}[\"']?[ \t]*[,}}]"
)
# A "record number" is a patient's where the text speaks of care: "I'll send the prescription ...
# Your record number is H6831653".
_RECORD_ID = re.compile(rf"(?i)(?P<label>record)[\s_\-]?(?:number|no\.?|nr\.?|#|id){_SEPARATOR}{_ID_VALUE}")
# So is a "file" of a patient named in a French, Spanish or German care note: "patient Jo Roe, dossier
# 0415581", "expediente 4471203", "Akte 4471203" (elsewhere a file number is a case's or a supplier's).
_FILE_ID = re.compile(rf"(?i)(?P<label>dossier|expediente|akte)[ \t]+(?:n[°º.]?[ \t]*)?{_ID_VALUE}")
_CARE_WORDS = re.compile(
    r"(?i)(?<![^\W_])(?:prescription|pharmacy|clinic|hospital|patient|doctor|gp|nurse|ward|appointment|diagnosis"
    r"|treatment|medication|surgery|rezept|apotheke|klinik|praxis|ordonnance|pharmacie|receta|farmacia|ricetta"
    r"|patiente?|paciente|patientin|santé|salud|hôpital|hospital|krankenhaus|sanitaires?|sanitari[oa]s?)"
)


def _value_start(match: re.Match[str]) -> int:
    """Where the identifier starts: a label glued to it by a hyphen is its prefix ("MRN-419743053")."""
    glued = match.string[match.end("label") : match.start("value")] == "-"
    return match.start("label") if glued else match.start("value")


def _opens_clause(text: str, position: int) -> bool:
    """Whether the label at `position` opens a clause or a key: "(ID", ", ID", `{"identifier"`."""
    before = text[max(0, position - 16) : position].rstrip(" \t\"'")
    return before[-1:] in _OPENS_CLAUSE if before else position < 16


def _role_entity(text: str, position: int) -> str | None:
    """The entity a bare ID before `position` belongs to, by the nearest role word before it."""
    window = text[max(0, position - _ROLE_REACH) : position]
    paragraph = window.rfind("\n\n")
    roles = list(_ROLE.finditer(window, paragraph + 1 if paragraph != -1 else 0))
    if not roles:
        return None
    return MEDICAL_RECORD_ENTITY if roles[-1].group("patient") else ACCOUNT_NUMBER_ENTITY


# A social-security or social-insurance label: the number after it is an account number only where no
# national recognizer reads it as its own. Below their scores with this label as context (0.35 + 0.35 for
# a bare 9-digit US SSN or SIN, more when written in their groups), above the usual threshold.
_SOCIAL = re.compile(r"(?i)social")
_SOCIAL_LABEL_SCORE = 0.65


@lru_cache(maxsize=8)
def _labelled_ids(text: str) -> tuple[Span, ...]:
    """Medical record and account numbers, found in one pass (their labels share words: "n°",
    "id", "numero"). Cached: both recognizers read it for the same text."""
    spans: list[Span] = []
    last_end = -1
    for position in label_positions(text, _ID_STEMS):
        if position < last_end:
            continue
        # A label inside a word ("ver" of "several"): the patterns that open with (?<![^\W_]) cannot
        # match there, and most label hits in prose are such; they are not tried.
        opens_word = position == 0 or not text[position - 1].isalnum()
        match = (_MEDICAL.match(text, position) or _ACCOUNT.match(text, position)) if opens_word else None
        if match:
            last_end = match.end()
            if reads_as_document_number(match.group("value")):
                continue  # a ticket's or an invoice's number, whatever label the writer put before it
            entity = MEDICAL_RECORD_ENTITY if match.re is _MEDICAL else ACCOUNT_NUMBER_ENTITY
            score = _SOCIAL_LABEL_SCORE if _SOCIAL.search(match.group("label")) else LABELLED_ID_SCORE
            spans.append(Span(_value_start(match), match.end("value"), entity, score))
            continue
        match = _prose_id(text, position) if opens_word else None
        if match:
            last_end = match.end()
            if reads_as_document_number(match.group("value")):
                continue
            spans.append(Span(match.start("value"), match.end("value"), ACCOUNT_NUMBER_ENTITY, LABELLED_ID_SCORE))
            continue
        match = _PERSON_OBJECT_ID.match(text, position) if opens_word else None
        if match:
            last_end = match.end("value")
            entity = MEDICAL_RECORD_ENTITY if match.group("patient") else ACCOUNT_NUMBER_ENTITY
            spans.append(Span(match.start("value"), match.end("value"), entity, LABELLED_ID_SCORE))
            continue
        match = _RECORD_ID.match(text, position)
        if match and _CARE_WORDS.search(text, max(0, position - _ROLE_REACH * 2), min(len(text), match.end() + 80)):
            last_end = match.end()
            spans.append(Span(match.start("value"), match.end("value"), MEDICAL_RECORD_ENTITY, LABELLED_ID_SCORE))
            continue
        match = _FILE_ID.match(text, position)
        if match and _CARE_WORDS.search(text, max(0, position - _ROLE_REACH), min(len(text), match.end() + 80)) \
                and not reads_as_document_number(match.group("value")):
            last_end = match.end()
            spans.append(Span(match.start("value"), match.end("value"), MEDICAL_RECORD_ENTITY, LABELLED_ID_SCORE))
            continue
        match = _GENERIC_ID.match(text, position) if _opens_clause(text, position) else None
        if match and not reads_as_document_number(match.group("value")):
            entity = _role_entity(text, position)
            if entity is not None:
                last_end = match.end()
                spans.append(Span(match.start("value"), match.end("value"), entity, LABELLED_ID_SCORE))
    cells = table_cells(text)
    people_rows = _people_rows(text, cells)
    for cell in cells:
        entity = _column_entity(cell.column)
        if entity is None and cell.column == "id" and _row_of(text, cell.start) in people_rows:
            entity = ACCOUNT_NUMBER_ENTITY
        if entity and _WHOLE_ID.fullmatch(text, cell.start, cell.end) \
                and not reads_as_document_number(text[cell.start : cell.end]):
            spans.append(Span(cell.start, cell.end, entity, LABELLED_ID_SCORE))
    return tuple(spans)


# A table of people: its rows hold a person's name or e-mail, and no document, amount or parcel nor a
# labelled number of the person's, so its bare "id" is the person's (`SELECT id, full_name, email FROM
# users`); "id | customer | total" numbers orders.
# (a bare "name" names products as often as people: "id,name,created")
_PERSON_COLUMN = re.compile(r"(?:full |first |last |given |family |display |user ?)name|e ?mail|surname|login")
_THING_COLUMN = re.compile(
    r"(?:^| )(?:order|invoice|total|amount|price|sku|qty|quantity|item|product|tracking|ticket|shipment"
    r"|subtotal|currency|status)(?: |$)"
)


def _row_of(text: str, position: int) -> int:
    return text.rfind("\n", 0, position)


def _people_rows(text: str, cells: tuple[Cell, ...]) -> set[int]:
    """The rows (by the offset of their line's newline) whose columns name a person and no thing."""
    if not any(cell.column == "id" for cell in cells):
        return set()
    columns: dict[int, set[str]] = {}
    for cell in cells:
        columns.setdefault(_row_of(text, cell.start), set()).add(cell.column)
    # (a row that also holds the person's number under its own label, "customer_ref", numbers itself
    # by its "id": a database's row key)
    return {row for row, names in columns.items() if "id" in names
            and any(_PERSON_COLUMN.fullmatch(name) for name in names)
            and not any(_THING_COLUMN.search(name) or _column_entity(name) for name in names)}


def _column_entity(column: str) -> str | None:
    if _MEDICAL_COLUMN.fullmatch(column):
        return MEDICAL_RECORD_ENTITY
    return ACCOUNT_NUMBER_ENTITY if _ACCOUNT_COLUMN.fullmatch(column) else None


def _ids_possible(views: TextViews) -> bool:
    """Exact precheck: an identifier holds five digits with at most single separators between them,
    so the digits view (separators between digits collapsed) has a run of five digits."""
    return any(end - start >= _MIN_DIGITS for start, end in all_digit_runs(views.digits))


def find_medical_record_numbers(views: TextViews) -> list[Span]:
    if not _ids_possible(views):
        return []
    return [s for s in _labelled_ids(views.original) if s.entity == MEDICAL_RECORD_ENTITY]


def find_account_numbers(views: TextViews) -> list[Span]:
    if not _ids_possible(views):
        return []
    return [s for s in _labelled_ids(views.original) if s.entity == ACCOUNT_NUMBER_ENTITY]
