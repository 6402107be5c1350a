"""Capitalised words of the five languages (en, de, fr, es, it) that are not names on their own.

A name finder or NER model sees "Dienstag", "Nombre", "Recursos Humanos" or "Mar" (of "Tue Mar 5")
capitalised and takes it for a person. These lists say what such words are instead:

- calendar words: weekdays and months, full and abbreviated;
- the words of departments and offices ("Atención al Cliente", "Risorse Umane", "Oficina de Teruel");
- role words: who speaks in a chat, a call or an interview ("Visitor:", "AGENT:", "Kundin:",
  "Operatore:"), in the five languages;
- a general lexicon: Faker's lorem word lists and spaCy's stop words for the five languages (a few
  thousand frequent words; names that are words too, "Pierre", "Rosa", stay names when the
  gazetteer knows them, which the callers check).
"""

from __future__ import annotations

import importlib

from .lookup_tables import lookup_table

# Month names and their usual abbreviations in en, de, fr, es, it, lower case (with and without accents).
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar jänner februar märz marz april mai juni juli august oktober dezember mär mrz okt dez "
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre "
    "decembre janv févr fevr avr juil déc "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "ene abr ago dic set "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott".split()
)
WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
)
CALENDAR_WORDS = MONTH_WORDS | WEEKDAY_WORDS

# Words that make a capitalised phrase a department or an office, not a person: "Customer Service",
# "Recursos Humanos", "Assistenza Clienti", "Inside Sales", "Oficina de Teruel", "Hotel Laguna".
DEPARTMENT_WORDS = frozenset(
    # customers and their service
    "customer customers client clients cliente clientes clienti kunden kundenservice kundendienst "
    "atención assistenza servizio servicio service support soporte supporto helpdesk hotline "
    # people, money, buying and selling, law, logistics
    "human humanos humaines umane resources ressources recursos risorse personalabteilung "
    "sales ventas vendite ventes vertrieb marketing compras acquisti achats einkauf procurement purchasing "
    "finance finances finanzas finanza finanzen treasury tesorería tesoreria trésorerie accounting "
    "contabilidad contabilità comptabilité buchhaltung administración amministrazione administration "
    "verwaltung legal legale juridique jurídico rechtsabteilung logística logistica logistique "
    "controlling gestione facturación fatturazione facturation billing "
    # offices and branches, and places of business
    "oficina office offices bureau büro ufficio sede filiale sucursal agencia agence agenzia "
    "niederlassung zweigstelle hotel hôtel albergo restaurante ristorante "
    # management, engineering, quality, security and the network ("Direction Générale", "Dirección
    # Financiera", "Quality Assurance", "service Réseau")
    "direction dirección direzione direktion générale generale financière financiera finanziaria "
    "technique técnica tecnica réseau réseaux redes network quality qualité calidad qualità assurance "
    "engineering ingeniería ingegneria développement desarrollo sviluppo operations opérations operaciones "
    "informatique informática informatica sécurité seguridad sicurezza security compliance "
    "proyectos projets progetti projekte projects sistemas systèmes sistemi systeme systems".split()
)

# Roles of the people in a chat, call, ticket or interview, in en, de, fr, es, it (masculine and
# feminine): a transcript labels its lines with them ("Visitor: hi", "AGENT:", "Kundin:", "Operatore:").
ROLE_WORDS = frozenset(
    "agent agents user caller customer client visitor guest host bot assistant system human ai support "
    "operator admin moderator interviewer interviewee speaker patient doctor nurse representative rep "
    "requester applicant member participant attendee buyer seller vendor supplier tenant landlord "
    "besucher besucherin kunde kundin anrufer anruferin berater beraterin mitarbeiter mitarbeiterin "
    "nutzer nutzerin benutzer benutzerin gast bearbeiter bearbeiterin sachbearbeiter sachbearbeiterin "
    "teilnehmer teilnehmerin patientin "
    "visiteur visiteuse conseiller conseillère appelant appelante utilisateur utilisatrice invité invitée "
    "opérateur opératrice interlocuteur interlocutrice "
    "cliente visitante usuario usuaria agente operador operadora asesor asesora llamante invitado invitada "
    "visitatore visitatrice operatore operatrice utente consulente ospite "
    # who takes part in a delivery ("Driver says he's stuck", "Fahrer: bin da")
    "driver courier dispatcher technician fahrer fahrerin kurier disponent disponentin techniker technikerin "
    "chauffeur livreur livreuse technicien technicienne conductor conductora repartidor repartidora técnico "
    "técnica autista corriere fattorino tecnico "
    # the parties of an insurance claim, an employment or a care case, who speak in its call notes
    # and chats ("Assicurato: In via Roma 4", "Empleada (Ana Ruiz): Hola")
    "insured policyholder claimant employee employer worker witness adjuster caregiver carer "
    "parent parents guardian plaintiff defendant respondent appellant petitioner "
    "versicherte versicherter versicherungsnehmer versicherungsnehmerin geschädigte geschädigter "
    "antragsteller antragstellerin arbeitnehmer arbeitnehmerin angestellte angestellter zeuge zeugin "
    "assuré assurée souscripteur souscriptrice sinistré sinistrée employé employée salarié salariée "
    "demandeur demandeuse témoin "
    "asegurado asegurada tomador tomadora empleado empleada trabajador trabajadora solicitante "
    "reclamante testigo paciente "
    "assicurato assicurata contraente danneggiato danneggiata dipendente impiegato impiegata "
    "lavoratore lavoratrice richiedente testimone paziente "
    # who travels, in a booking desk's or an excursion's chat ("Pasajero: ¿a qué hora sale?")
    "passenger traveller traveler fahrgast reisende reisender passager passagère voyageur voyageuse "
    "pasajero pasajera viajero viajera passeggero passeggera viaggiatore viaggiatrice".split()
)

# Function words of German, French, Spanish and Italian ("ihre", "nella", "dans"): spaCy's stop words.
_FUNCTION_WORDS_BY_LANGUAGE = tuple(
    frozenset(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)
    for language in ("de", "fr", "es", "it")
)
FUNCTION_WORDS = frozenset().union(*_FUNCTION_WORDS_BY_LANGUAGE)

_LEXICON_LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT")
_STOP_WORD_LANGUAGES = ("en", "de", "fr", "es", "it")


@lookup_table
def lexicon() -> frozenset[str]:
    """Frequent words of the five languages, lower case."""
    words: set[str] = set()
    for locale in _LEXICON_LOCALES:
        provider = importlib.import_module(f"faker.providers.lorem.{locale}").Provider
        words.update(w.lower() for w in getattr(provider, "word_list", ()) if isinstance(w, str))
    for language in _STOP_WORD_LANGUAGES:
        words.update(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)
    return frozenset(words)


def is_lexicon_word(word: str) -> bool:
    return word.lower() in lexicon()


def is_role_word(word: str) -> bool:
    """"Visitor", "AGENT", "Kundin": the role of whoever speaks, in any case."""
    return word.lower() in ROLE_WORDS


def is_month_word(word: str) -> bool:
    return word.lower().rstrip(".") in MONTH_WORDS


def is_calendar_word(word: str) -> bool:
    return word.lower().rstrip(".") in CALENDAR_WORDS


def is_department_word(word: str) -> bool:
    return word.lower() in DEPARTMENT_WORDS


def is_function_word(word: str) -> bool:
    """"nella", "vi", "alla", "dans": a function word of German, French, Spanish or Italian."""
    return word.lower() in FUNCTION_WORDS


def same_language_function_words(first: str, second: str) -> bool:
    """"Dove è", "Où est": two function words of one of German, French, Spanish or Italian."""
    a, b = first.lower(), second.lower()
    return any(a in words and b in words for words in _FUNCTION_WORDS_BY_LANGUAGE)
