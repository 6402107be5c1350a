"""The prechecks that let prose skip a recognizer's pattern are exact: whenever the pattern matches,
its precheck lets it run. Each text below is matched by the pattern named next to it (asserted, so
a test text that stops matching fails here rather than passing vacuously).

All values are synthetic.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.detection import birthdates, emails, ip_addresses, labelled, log_logins, patterns, phones
from gateway.detection.addresses import AddressFinder
from gateway.detection.normalize import collapse_digit_separators, fold
from gateway.detection.views import TextViews

PROSE = (
    "We are moving the nightly export to several smaller jobs that run in parallel, because the "
    "current job often finishes late. If one part fails, it is retried twice and the previous export "
    "stays in place. Please point out any risks and a sensible default for a small server."
)


@pytest.fixture(scope="module")
def finder() -> AddressFinder:
    return AddressFinder()


ADDRESS_CASES = [
    ("ending", "Ich wohne in der Musterstraße 12 in Berlin."),
    ("ending", "Kankaanpääntie 40, Helsinki"),
    ("ending", "MUSTERSTR. 5"),
    ("ending", "Haupt-weg 3"),
    ("spaced_ending", "Langenhorner Chaussee 76"),
    ("box", "P.O. Box 1234"),
    ("box", "PSC 1234, Box 5678"),
    ("box", "USNS Bowditch"),
    ("box", "APO AE 09012"),
    ("po_box", "Private Bag 4411"),
    ("po_box", "P.O.Box 12"),
    ("po_box", "POBox 12"),
    ("po_box", "Apartado de Correos 6"),
    ("po_box", "Boîte postale 7"),
    ("po_box", "Postfach 12 34"),
    ("lower_typed", "Bécsi utca 53."),
    ("lower_typed", "Árpád fejedelem útja 45"),
    ("lower_typed", "Vörösmarty krt. 12"),
    ("numbered_suffix", "4147 Midway Road"),
    ("numbered_suffix", "the Midway Roads are closed"),
    ("numbered_suffix", "12 Elm St. is here"),
    ("numbered_suffix", "West 42nd Street"),
    ("numbered_suffix", "O'Neil-Smith. Road"),
    ("prefixed", "Via Pasquale Scura 127"),
    ("prefixed", "91 avenue Jules Ferry"),
    ("prefixed", "ul. Chrzanowska 61"),
    ("prefixed", "VIA Roma 5"),
    ("prefixed", "Allée des Roses 3"),
    ("prefixed", "ALLÉE des Roses 3"),
    ("prefixed", "(c/ Mayor 4)"),
    ("word_number", "Kuuse 53"),
    ("word_number", "5961 Slovenčeva 62, Črni Kal"),
]


@pytest.mark.parametrize(("pattern", "text"), ADDRESS_CASES)
def test_an_address_pattern_that_matches_passes_its_precheck(finder: AddressFinder, pattern: str, text: str) -> None:
    view = fold(text)
    assert getattr(finder, pattern).search(view.text) is not None
    assert getattr(finder.gates, pattern)(view)


@pytest.mark.parametrize("pattern", sorted({p for p, _ in ADDRESS_CASES}))
def test_prose_passes_no_address_precheck(finder: AddressFinder, pattern: str) -> None:
    assert not getattr(finder.gates, pattern)(fold(PROSE + " This is version 0-1-15."))


def test_a_suffix_word_after_no_capitalised_word_skips_the_numbered_suffix_scan(finder: AddressFinder) -> None:
    # "Reach" is a street suffix (Faker's), but here a lower-case word and a full stop stand before it.
    view = fold("The parcel arrived damaged. Reach them by mail, or Reach out to 42 people.")
    assert finder.numbered_suffix.search(view.text) is None
    assert not finder.gates.numbered_suffix(view)


def test_a_lower_case_address_closed_by_its_country_passes_the_town_country_precheck(finder: AddressFinder) -> None:
    text = "send it to frau jensen, odensegade 3, 9485 kolind, denmark please"
    assert finder.gates.town_country(fold(text))
    assert [text[s.start : s.end] for s in finder.find(fold(text))] == ["odensegade 3, 9485 kolind"]
    assert not finder.gates.town_country(fold("We ship it, as planned, in version ab12cd-0-5."))


@pytest.mark.parametrize("text", ["Jl. Merdeka No. 12", "JLN Sudirman No 4", "Gang Melati Raya No. 4"])
def test_an_indonesian_street_passes_its_precheck(finder: AddressFinder, text: str) -> None:
    assert finder.gates.indonesian(fold(text))
    assert [text[s.start : s.end] for s in finder.find(fold(text))] == [text]
    assert not finder.gates.indonesian(fold(PROSE + " No, the gang of four did not (NO 5)."))


def test_prose_with_an_address_still_finds_it(finder: AddressFinder) -> None:
    text = PROSE + " Send it to 4147 Midway Road."
    assert [text[s.start : s.end] for s in finder.find(fold(text))] == ["4147 Midway Road"]


PATTERN_CASES = [
    (patterns.find_ibans, "IBAN DE89 3704 0044 0532 0130 00", "folded"),
    (ip_addresses.find_ip_addresses, "host 192.168.10.20 is up", "folded"),
    (patterns.find_crypto, "send to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT now", "folded"),
    (patterns.find_medical_licenses, "DEA AB1234563", "folded"),
    (patterns.find_es_nifs, "DNI 12345678Z", "folded"),
    (patterns.find_fr_nirs, "NIR 2 55 08 14 168 025 38", "digits"),
    (patterns.find_eu_vats, "VAT DE 136695976", "digits"),
    (patterns.find_uk_ninos, "NINO AB 12 34 56 C", "folded"),
    (patterns.find_us_passports, "passport 912803456", "folded"),
    (patterns.find_us_bank_numbers, "account 12345678901", "folded"),
    (patterns.find_us_driver_licenses, "licence ABC12DEFG34", "folded"),
    (patterns.find_us_driver_licenses, "licence WDLABCDEFGHI", "folded"),
    (patterns.find_us_driver_licenses, "licence A123-4567-8901", "folded"),
]


@pytest.mark.parametrize(("find", "text", "view_name"), PATTERN_CASES)
def test_an_identifier_behind_a_precheck_is_still_found(find, text: str, view_name: str) -> None:  # type: ignore[no-untyped-def]
    view = fold(text) if view_name == "folded" else collapse_digit_separators(fold(text))
    assert list(find(view))


@pytest.mark.parametrize(
    ("gate", "text"),
    [
        (labelled._ids_possible, "Kundennr. 12-34-5"),
        (labelled._ids_possible, "member_id;plan\nAC-1/2/3/4/5;gold"),
        (birthdates._dates_possible, "DOB 1.2.84"),
        (birthdates._dates_possible, "born 3 Jan 1975"),
        (log_logins._ip_possible, "for jdoe from 2001:db8::7"),
        (log_logins._ip_possible, "for jdoe from 10.1.2.3"),
    ],
)
def test_a_labelled_value_behind_a_precheck_passes_it(gate, text: str) -> None:  # type: ignore[no-untyped-def]
    assert gate(TextViews(text))


@pytest.mark.parametrize(
    "label", ["Ordine n. ", "Bestellnummer: ", "N ° ", "Nº de pedido ", "FACTURA ", "Ticket-ID ", "Auftrags-Nr. "]
)
def test_a_label_before_a_number_passes_the_phone_label_precheck(label: str) -> None:
    assert phones._LABEL_BEFORE.search(label)  # the label is one _LABEL_BEFORE reads
    assert phones._label_possible(label)


@pytest.mark.parametrize(
    "text",
    [
        "jane dot doe@example.com",  # a dot word in the local part, a plain "@"
        "jane@example dot com",
        "jane@ex+ample.com",  # a sign the plain form's domain does not take
        "jane [at] example (dot) com",
        "jane(at)example.com",
        "JANE AT EXAMPLE.COM",
        "jane\tat\nexample.com",  # other whitespace around the word
        "jane @ example.com",
        "jane@ example.com",
        "Grüße: jane.doe at example punkt de",  # non-ASCII text takes the regex path
        "write to\njane  arroba  example.es",
    ],
)
def test_a_spelled_email_passes_its_precheck(text: str) -> None:
    view = fold(text)
    assert list(emails.find_spelled_emails(view))  # a spelled address the recognizer reports
    assert emails._spelled_email_possible(view.text)


@pytest.mark.parametrize(
    "text", ["Reach them at jdoe@example.com or at noon.", "a@b.com (see above)", "Meet me at the office\nat 9.",
             "Please point out any risks at once; the pt. of no return is near."]  # dot words, no "at" part
)
def test_plain_addresses_and_prose_skip_the_spelled_email_scan(text: str) -> None:
    assert not emails._spelled_email_possible(fold(text).text)


def test_prose_without_five_digits_in_a_row_skips_the_labelled_identifier_scan() -> None:
    assert not labelled._ids_possible(TextViews(PROSE + " This is version 0-1-15."))


def test_digit_separators_collapse_between_digits_only() -> None:
    view = collapse_digit_separators(fold("card 4111 1111-1111.1111, v 1 - 2 and 3 a 4"))
    assert view.text == "card 4111111111111111, v 12 and 3 a 4"
    assert view.joins == (9, 13, 17, 26)


# Every precheck, opened wide: the engine then scans every pattern on every text.
_ADDRESS_GATES = ("ending", "spaced_ending", "box", "lower_typed", "numbered_suffix", "prefixed", "word_number",
                  "town_country", "indonesian")
_PATTERN_GATES = ("_iban_possible", "_crypto_possible", "_nino_possible", "_license_possible",
                  "_has_run_of")


def _evaluation_texts() -> list[str]:
    """A slice of the development evaluation: presidio-evaluator sentences and every corpus kind."""
    from eval import splits

    texts = []
    for corpus in splits.load("dev", 1, quick=True).values():
        texts += [item.text for item in corpus]
    return texts + [PROSE + " This is version 0-1-15."]


def test_prechecks_change_no_span_on_the_evaluation_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    # The exactness of each precheck is argued in its comment; this holds them all to it on ~400
    # varied texts (postal blocks of 19 countries, code, logs, signatures, dialogue), so a pattern
    # widened later without its precheck fails here.
    from gateway.detection.address_gates import AddressGates
    from gateway.detection.engine import DetectionEngine
    from gateway.detection.entities import DEFAULT_POLICY_ENTITIES
    from gateway.detection.types import DetectionSpec

    engine, spec, texts = DetectionEngine(), DetectionSpec(frozenset(DEFAULT_POLICY_ENTITIES)), _evaluation_texts()
    gated = engine.analyze(texts, spec)
    for name in _ADDRESS_GATES:
        monkeypatch.setattr(AddressGates, name, lambda self, view: True)
    for name in _PATTERN_GATES:
        monkeypatch.setattr(patterns, name, lambda *args: True)
    monkeypatch.setattr(patterns, "longest_digit_run", lambda view: 1 << 20)
    for module, name in ((labelled, "_ids_possible"), (birthdates, "_dates_possible"), (log_logins, "_ip_possible")):
        monkeypatch.setattr(module, name, lambda *args: True)
    monkeypatch.setattr(phones, "_label_possible", lambda window: True)
    monkeypatch.setattr(emails, "_AT_THEN_DOMAIN", __import__("re").compile(""))
    monkeypatch.setattr(emails, "_spelled_email_possible", lambda text: True)
    assert engine.analyze(texts, spec) == gated


@pytest.mark.parametrize("entity", sorted(__import__("gateway.detection.checksums", fromlist=["x"]).DIGIT_PRECHECKS))
def test_every_valid_national_id_passes_its_digit_precheck(entity: str) -> None:
    # Random digit strings of the id's length, the check digits swept so that valid ones are met
    # (synthetic numbers): the precheck must never turn one down.
    import random

    from gateway.detection.checksums import DIGIT_PRECHECKS, ID_VALIDATORS
    from gateway.detection.numbers import _NATIONAL_IDS

    length = _NATIONAL_IDS[entity][0]
    rng = random.Random(entity)
    valid = 0
    for _ in range(600):
        stem = "".join(rng.choice("0123456789") for _ in range(length - 2))
        if entity == "CH_AHV" and rng.random() < 0.5:
            stem = "756" + stem[3:]
        for tail in range(100):
            digits = stem + f"{tail:02d}"
            if ID_VALIDATORS[entity](digits):
                valid += 1
                assert DIGIT_PRECHECKS[entity](digits), digits
    assert valid > 50  # the sweep met valid numbers, so the assertion above was tried


@pytest.mark.parametrize(
    "text",
    [
        "host 192.168.10.20 is up, 10.0.0.1 too",
        "v1.2.3.4.5 and 1.2.3.4.5.6.7.8 and 999.1.1.1",
        "a1.2.3.4 .1.2.3.4 1.2.3.4a 1.2.3.4.5 12.34.56.78,1.1.1.1;2.2.2.2",
        "10.1.2.3.4 then 8.8.8.8",
        "0001.2.3.4 1.2.3.4x 1.2.3",
    ],
)
def test_dotted_quads_tried_at_digit_runs_are_the_scan_s_matches(text: str) -> None:
    view = fold(text)
    assert [m.span() for m in ip_addresses._ipv4_matches(view)] == [m.span() for m in ip_addresses._IPV4.finditer(view.text)]


@pytest.mark.parametrize(
    "text",
    [
        "call +41 44 668 18 00 or (555) 123-4567, ( +49) 30 1234567 and 0049 30 901820",
        "ext 555-1234 x 22, #4411 223, a1234567 _1234567 +(1)2345678 ((0) 12345",
        "+ 1234567 (0)1234567 00+1234 +++12345 (\t+1)2345678 12345678901234567",
    ],
)
def test_phone_candidates_tried_at_digit_runs_are_the_scan_s_matches(text: str) -> None:
    for view in (fold(text), collapse_digit_separators(fold(text))):
        assert [m.span() for m in phones._phone_matches(view)] == [m.span() for m in phones._PHONE.finditer(view.text)]
        assert list(phones._phone_matches(view))


@pytest.mark.parametrize(
    "text",
    [
        "licence A123-4567-8901, A-123-456-789-012, A 123 456 789 012 and 123 456 789",
        "DL ABC12DEFG34 or 123AB4567, 12ABC34567, 1234567A, AB12345C; x_12345678 a1b2c3d4",
        "WDLABCDEFGHI and K00-00-0000 then 12-345-6789",
    ],
)
def test_licence_candidates_tried_at_digit_runs_are_the_scan_s_matches(text: str) -> None:
    view = fold(text)
    assert [m.span() for m in patterns._license_matches(view)] == [
        m.span() for m in patterns._US_DRIVER_LICENSE.finditer(view.text)]
    assert list(patterns._license_matches(view))


@pytest.mark.parametrize(
    ("starts", "pattern", "text", "view_name"),
    [
        (lambda v: emails._email_starts(v.text), emails._EMAIL,
         "mail jane.doe@example.com, x%y@example.org; .a@b.co -j@k.de é@x.com a.b.c@d.example.io@e.com", "folded"),
        (patterns._iban_starts, patterns._IBAN, "IBAN DE89 3704 0044 0532 0130 00 and GB82WEST12345698765432, xDE89", "folded"),
        (patterns._nir_starts, patterns._FR_NIR, "NIR 2 55 08 14 168 025 38 or 1 84 12 2A 123 456 78; 355081416802538", "digits"),
    ],
)
def test_patterns_tried_where_they_can_open_find_the_scan_s_matches(starts, pattern, text: str, view_name: str) -> None:  # type: ignore[no-untyped-def]
    # The recognizer tries its pattern only at the positions a match can open at: those matches
    # must be the matches of a scan of the whole text (each of these texts has some).
    view = fold(text) if view_name == "folded" else collapse_digit_separators(fold(text))
    scanned = [m.span() for m in pattern.finditer(view.text)]
    assert scanned
    assert [m.span() for m in patterns.matches_at(pattern, view.text, starts(view))] == scanned


@pytest.mark.parametrize("text", ["Permission denied for jdoe@203.0.113.5", "jdoe@2001:db8::7: Permission denied",
                                  "Last login: jdoe@fe80::1 on pts/0"])
def test_a_login_at_an_ip_passes_its_precheck(text: str) -> None:
    from gateway.detection import shell_logins

    assert shell_logins._AT_IP.search(text) is not None
    assert shell_logins._ip_after_an_at(text)


def test_a_mail_address_skips_the_login_at_ip_scan() -> None:
    from gateway.detection import shell_logins

    text = PROSE + " Write to jane.doe@example.com or ops@acme.test, the last login was at 10:14."
    assert shell_logins._AT_IP.search(text) is None
    assert not shell_logins._ip_after_an_at(text)


@pytest.mark.parametrize(("text", "login"), [("run docker login registry.example.com -u jdoe -p x", "jdoe"),
                                             ("after the login: su  - jdoe", "jdoe")])
def test_a_login_word_with_a_user_option_still_finds_the_user(text: str, login: str) -> None:
    from gateway.detection import shell_logins

    assert [text[a:b] for a, b in shell_logins.find_command_users(text)] == [login]


@pytest.mark.parametrize("before", ["Version ", "release v", "bump chart to ", "roll back to ", "-Drevision=",
                                    "SENTRY_RELEASE=orders@", "## ", "registry.example/app:", "fixed in ",
                                    "version of the plugin ", "the last login came from ", "host ", "",
                                    "what's new in ", "aggiornamento alla ", "npm notice package: @acme/x-tokens@",
                                    "yarn add left-pad@", "gem install rails@", "(pyrfc ", "(host ",
                                    "the fix ships in ", "available in "])
def test_the_version_word_scan_finds_what_the_full_search_finds(before: str) -> None:
    text = PROSE[:30] + " " + before + "1.2.3.4"
    end = len(text) - len("1.2.3.4")
    expected = ip_addresses._VERSION_BEFORE.search(text, max(0, end - 40), end)
    found = ip_addresses._version_word_before(text, max(0, end - 40), end)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


@pytest.mark.parametrize("text", ["ref A1 23 456 789 and x 1 12 345 678", "KS K00-00-0000, CO 12-345-6789, t-3 a1b22",
                                  "VT 1234567A; IA 123AB4567 / 12ABC34567; 10.0.0.7 and 4111 1111"])
def test_licence_matches_skip_one_digit_runs_and_find_the_same(text: str) -> None:
    from gateway.detection.numbers import matches_at_digit_runs

    view = fold(text)
    expected = [m.span() for m in patterns._US_DRIVER_LICENSE.finditer(view.text)]
    assert expected
    assert [m.span() for m in matches_at_digit_runs(view, patterns._US_DRIVER_LICENSE, patterns._ASCII_LETTERS,
                                                    min_run=2)] == expected


@pytest.mark.parametrize(("before", "keyed"), [('"id": ', True), ("orderId=", True), ("order_id: ", True),
                                                ("WHERE o.id = ", True), ("o.id IN (2125550198, ", True),
                                                ("/api/v2/orders/", True), ("(macro id ", True), ("MLS# ", True),
                                                ("Customer ID: ", False), ("call me on ", False), ("id => '", True)])
def test_identifier_keys_are_read_with_their_prechecks(before: str, keyed: bool) -> None:
    from gateway.detection.id_keys import keyed_as_identifier

    text = "Note: " + before + "4155550123"
    assert keyed_as_identifier(text, len(text) - 10) is keyed


@pytest.mark.parametrize(("window", "has"), [("account number is C4471203", True), ("account settings only", False),
                                              ("Konto ist ٤٤٧١٢٠٣", True), ("Konto ist ²", True), ("Konto für Jö", False)])
def test_the_clause_digit_check_reads_digits_as_str_isdigit_does(window: str, has: bool) -> None:
    from gateway.detection import deferred_ids

    assert deferred_ids._has_digit(window) is has is any(c.isdigit() for c in window)


# URLs are tried only where a match can start (patterns._url_starts); on any ASCII text the matches
# are the full scan's. Characters the pattern turns on, so random strings make URLs, near-URLs and
# domains glued to words, dots, slashes and "@".
_URL_ALPHABET = "abcdehmnoprstwxACMOW019._-/:@ \n\"'<>ſK"
_URL_PIECES = ["://", "http", "https", "ftp", "www.", "WWW.", ".com", ".co.uk", ".io", ".De", "example",
               "mail@", "a-b", "..", "/p?q=1", "_x", "ſ"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_URL_PIECES), st.text(alphabet=_URL_ALPHABET, max_size=6)), max_size=14))
def test_urls_tried_where_they_can_start_are_the_full_scans(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in patterns._url_matches(text)] == [m.span() for m in patterns._URL.finditer(text)]


def test_url_start_finding_is_exercised() -> None:
    # (the property above would hold vacuously if no generated text held a URL: these do)
    for text, url in [("see https://example.com/x today", "https://example.com/x"),
                      ("at WWW.Example.org or", "WWW.Example.org"),
                      ("mail a-b.example.co.uk now", "a-b.example.co.uk")]:
        assert [m.group() for m in patterns._url_matches(text)] == [url]
