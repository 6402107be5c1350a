"""A desk labelling a transcript's lines whose speaker gives another name is no person
(speaker_roles.py); a member's number written after the noun in French, Spanish or Italian, an
answer on a time-stamped turn and the numbers of a person's certificates, seaman's books,
applications and cards are labelled ids (labelled.py); the person's line above a firm's line
on a business address is its addressee (addressees.py); an address given as an answer, a profile
link's name, an SNMP community and a password named for its purpose are found, and tag, slip and
version numbers are no phones or addresses. Every value is synthetic."""

from __future__ import annotations

import pytest

from gateway.detection.addressees import addressees
from gateway.detection.labelled import find_account_numbers
from gateway.detection.speaker_roles import labels_a_role_speaker
from gateway.detection.types import Span
from gateway.detection.views import TextViews
from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _persons(engine, text: str) -> list[str]:  # noqa: F811
    return [text[s.start : s.end] for s in engine.analyze([text], DEFAULT)[0] if s.entity == "PERSON"]


@pytest.mark.parametrize(("text", "desk", "name"), [
    ("Cancelleria: Buongiorno, sono Testino Fabbri, cancelleria penale.\nAgenzia: Buongiorno, per quale udienza?\n"
     "Cancelleria: Aula 3, ore 9:30.\nAgenzia: Perfetto.", "Cancelleria", "Testino Fabbri"),
    ("Netzbetreiber: Guten Tag, Netzanschluss, Testa Quellmann am Apparat.\nInstallateur: Hallo, ich melde eine Anlage.\n"
     "Netzbetreiber: Auf welchen Betreiber?\nInstallateur: Auf mich.", "Netzbetreiber", "Testa Quellmann"),
    ("Secretaría: Club deportivo, buenas tardes, le atiende Lucía Moreno.\nSocio: Hola.\n"
     "Secretaría: ¿Fecha de nacimiento?\nSocio: No la tengo.", "Secretaría", "Lucía Moreno"),
])
def test_a_desk_whose_speaker_gives_another_name_is_no_person(engine, text: str, desk: str, name: str) -> None:  # noqa: F811
    persons = _persons(engine, text)
    assert desk not in persons
    assert name in persons


def test_the_other_party_of_a_desk_labelled_by_a_word_no_name_list_knows_is_no_person(engine) -> None:  # noqa: F811
    text = ("Secretaría: Club deportivo, buenas tardes, le atiende Lucía Moreno.\nSocio: Hola, quería darme de baja.\n"
            "Secretaría: ¿Fecha de nacimiento?\nSocio: No la tengo aquí.")
    assert _persons(engine, text) == ["Lucía Moreno"]


def test_a_surname_label_whose_speaker_gives_a_first_name_stays_a_name() -> None:
    text = "Ruggeri: Buongiorno, sono Manuel.\nAgenzia: Buongiorno.\nRuggeri: Domani alle nove."
    assert not labels_a_role_speaker(text, Span(0, 7, "PERSON", 0.85))


def test_a_desk_label_needs_a_line_where_another_name_is_given() -> None:
    text = "Biglietteria: Buongiorno.\nIngrid: Buongiorno.\nBiglietteria: Prego."
    assert not labels_a_role_speaker(text, Span(0, 12, "PERSON", 0.85))


@pytest.mark.parametrize(("text", "value"), [
    ("Socia: Hola, soy Tecla Prueba, socia número 35182286. Quería congelar la cuota.", "35182286"),
    ("Cliente número C4471203, llamada del martes.", "C4471203"),
    ("Adhérent : Bonjour, Test Benamar, adhérent M81368229. Je voulais savoir quand passe la benne.", "M81368229"),
    ("Le membre numéro 7731204 a renouvelé.", "7731204"),
    ("Advisor: Thanks for calling, can I have your applicant number?\n00:04 Applicant: It's M26408688.",
     "M26408688"),
    ("Agent: May I have your member number?\n[10:02] Caller: Sure, it's AC-5520913.", "AC-5520913"),
    ("Enhanced check certificate no. POL-1212384585, issued 03/24/2024", "POL-1212384585"),
    ("Name: Testa Quellmann\nSeefahrtsbuch-Nr.: POL-39539743", "POL-39539743"),
    ("Rank: Second Engineer | Discharge book no. 4471203", "4471203"),
    ("fehlende Unterlagen (Bewerbernummer M0574413) bitte nachreichen", "M0574413"),
    ("Pflegegrad 3, Klientennummer M80137459", "M80137459"),
    ("Número de carné: M8070255895", "M8070255895"),
    ("Gym front desk – chat log (membership M240123)", "M240123"),
])
def test_member_numbers_after_the_noun_and_on_a_time_stamped_answer(text: str, value: str) -> None:
    assert [text[s.start : s.end] for s in find_account_numbers(TextViews(text))] == [value]


@pytest.mark.parametrize("text", [
    "Le club compte 12345 adhérents et 20 socios.",
    "El socio 2019 ganó el torneo.",
    "Agent: Can I have your member number?\n00:04 Caller: I don't have it, sorry.",
    "The SSL certificate no. 2024 renewal is due.",
    "membership 2025 renewals are open",
])
def test_counts_years_and_answers_without_a_number_label_nothing(text: str) -> None:
    assert find_account_numbers(TextViews(text)) == []


def _addressees(text: str) -> list[str]:
    street = text.index("12 Harbour")
    return [text[s.start : s.end] for s in addressees(text, [Span(street, len(text), "STREET_ADDRESS", 0.8)])]


@pytest.mark.parametrize(("text", "name"), [
    ("Please ship to:\nNoor Testvik\nTestvik Shipping Ltd\n12 Harbour Road\nLeeds LS1 4AB", "Noor Testvik"),
    ("}} Tamao Fukasawa\n}} Serica Energy Plc\n}} 12 Harbour Road\n}} Leeds", "Tamao Fukasawa"),
])
def test_the_person_above_a_firms_line_is_the_addressee(text: str, name: str) -> None:
    assert _addressees(text) == [name]


@pytest.mark.parametrize("text", [
    "Accounts Payable\nVargas and Sons Ltd\n12 Harbour Road\nLeeds",  # a department above the firm
    "Noor Testvik\n\nTestvik Shipping Ltd\n12 Harbour Road\nLeeds",  # a blank line parts them
    "Kyorin HoldingsInc.\nSerica Energy Plc\n12 Harbour Road\nLeeds",  # a firm above the firm
])
def test_what_stands_above_a_firms_line_otherwise_is_no_addressee(text: str) -> None:
    assert _addressees(text) == []


def _addresses(text: str) -> list[str]:
    from gateway.detection.address_answers import find_address_answers

    return [text[s.start : s.end] for s in find_address_answers(TextViews(text))]


@pytest.mark.parametrize(("text", "address"), [
    ("Jo (agent): Can you confirm the delivery address?\n18:22 sam testwood: 2 jay pass, south melissa\nw5b 4rn\n"
     "18:23 Jo (agent): Thanks.", "2 jay pass, south melissa\nw5b 4rn"),
    ("Agent: Can I have the service address?\nCaller: It's 98 Testing Highway, Warnermouth, KS 89077. There's a "
     "line down across the driveway.", "98 Testing Highway, Warnermouth, KS 89077"),
    ("Agente: ¿Dirección de entrega?\nCliente: Calle Prueba 69, 6669850 Punitaqui. Y mi móvil es el de siempre.",
     "Calle Prueba 69, 6669850 Punitaqui"),
    ("Agent: Neue Adresse?\nKunde: bitte: teststraße 5, 10115 berlin\nAgent: Danke.", "teststraße 5, 10115 berlin"),
])
def test_an_address_given_as_the_answer_to_a_question_for_it(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize("text", [
    "Agent: Is the address still correct?\nCaller: yes it is.\nAgent: ok",
    "Agent: Which address?\nCaller: the one from ticket 4471\nAgent: ok",
    "Agent: Which address?\nCaller: give me 5 minutes\nAgent: ok",
    "Agent: An welche Adresse?\nAnrufer: An test@example.com, und unter 02-1810-371 erreichbar.",
    "Agent: What's your e-mail address?\nCaller: testuser 42 at example dot com\nAgent: ok",
])
def test_answers_that_give_no_postal_address_are_left_alone(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(("text", "slug"), [
    ("Jo Testwood\nlinkedin.com/in/jo-testwood-4b1a7", "jo-testwood-4b1a7"),
    ("Profil: https://de.linkedin.com/in/maría-prueba/", "maría-prueba"),
])
def test_the_name_in_a_profile_link_is_a_person(engine, text: str, slug: str) -> None:  # noqa: F811
    assert slug in _persons(engine, text)


def test_a_companys_page_names_no_one() -> None:
    from gateway.detection.profile_links import find_profile_names

    assert list(find_profile_names(TextViews("https://www.linkedin.com/company/test-widgets-gmbh/"))) == []


def test_a_german_noun_on_a_form_line_of_a_german_text_is_no_place() -> None:
    from gateway.detection import german_lexicon
    from gateway.detection.place_names import is_noun_not_a_place

    german_lexicon.load()
    letter = ("Sehr geehrte Frau Testa,\nwir haben Ihre Rücksendung erhalten und prüfen sie mit der Technik.\n"
              "Bearbeiter: t.quell, Vorgang CASE-89375967\n")
    start = letter.index("Vorgang")
    assert is_noun_not_a_place(letter, start, start + len("Vorgang"))
    # An English text with a form line keeps the rule's German-line condition.
    english = "Dear Ms Testa,\nwe received your return and will check it.\nHandler: t.quell, Vorgang CASE-89375967\n"
    start = english.index("Vorgang")
    assert not is_noun_not_a_place(english, start, start + len("Vorgang"))


def _found(engine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]


@pytest.mark.parametrize(("text", "value", "entity"), [
    ('plc:\n  host: plc-07.lan\n  community: "BO66sOfqgqHQ6psalTL17mFnCnHa3AnW"\n',
     "BO66sOfqgqHQ6psalTL17mFnCnHa3AnW", "SECRET"),
    ("Mot de passe de levée de doute : hOK(1Anu#v\nCentrale n° 42", "hOK(1Anu#v", "PASSWORD"),
    ("Password for the VPN: Tr0ub4dor&3", "Tr0ub4dor&3", "PASSWORD"),
    ("API key for the staging cluster: 9fK2mQ7xLp4vR8sT1wZ3yB6nD0hJ5cG", "9fK2mQ7xLp4vR8sT1wZ3yB6nD0hJ5cG", "SECRET"),
])
def test_an_snmp_community_and_a_password_named_for_its_purpose(engine, text: str, value: str, entity: str) -> None:  # noqa: F811
    assert (value, entity) in _found(engine, text)


@pytest.mark.parametrize("text", [
    "401 Client Error: Unauthorized for url: https://auth.example.com/oauth2/token",  # "auth" is no password word
    "Education officer, community\nTesta Quellmann-Keevers\n",  # "community" is a key only before ":" or "="
    "Good news: your bag (tag 7543563930) is on its way.",
    "su maleta, con etiqueta 599451708313, llegó ayer",
    "pour l'appareillage (bordereau 612045572702)",
    "so the build number (10.26.23.211) shows in the footer",
    "[Version]\nRezeptstand=10.11.5.110",
])
def test_tag_and_slip_numbers_and_versions_in_words_are_no_phones_addresses_or_secrets(engine, text: str) -> None:  # noqa: F811
    assert [e for _, e in _found(engine, text) if e in ("PHONE_NUMBER", "IP_ADDRESS", "SECRET", "PASSWORD")] == []


def test_a_long_transcripts_speaker_labels_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every one-word finding before a colon asks whether it labels a role; a transcript with
    hundreds of turns is scanned for its labels once, not once per turn (speaker_roles.py)."""
    import gateway.detection.speaker_roles as speaker_roles

    scans: list[int] = []
    pattern = speaker_roles._SPEAKER_LABEL

    class CountingPattern:
        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            scans.append(len(text))
            return pattern.finditer(text)

        def match(self, text: str, pos: int = 0):  # type: ignore[no-untyped-def]
            return pattern.match(text, pos)

    monkeypatch.setattr(speaker_roles, "_SPEAKER_LABEL", CountingPattern())
    speaker_roles._speaker_labels.cache_clear()
    turns = [f"Agenzia: Buongiorno, pratica {k}.\nRuggeri: Buongiorno, sono Manuel, pratica {k}." for k in range(200)]
    text = "\n".join(turns)
    starts = [i + 1 for i, char in enumerate(text) if char == "\n" and text.startswith("Ruggeri:", i + 1)]
    assert len(starts) == 200
    answers = {labels_a_role_speaker(text, Span(at, at + 7, "PERSON", 0.85)) for at in starts}
    assert answers == {False}  # a surname whose speaker gives a first name stays a name, as above
    assert scans == [len(text)]
    speaker_roles._speaker_labels.cache_clear()
