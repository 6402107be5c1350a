"""Name and street-word lists, read at load time from Faker's per-locale providers.

Faker ships first/last names and street words for dozens of locales, which gives German, French,
Spanish, Italian, Greek (and many more) names the same chance as English ones. Words that are also
common English words ("Will", "May", "Street") are kept out of the name lists.
"""

from __future__ import annotations

from dataclasses import dataclass

import faker.providers.address as faker_address
import faker.providers.person as faker_person
from faker.providers.lorem.en_US import Provider as _EnglishLorem
from spacy.lang.en.stop_words import STOP_WORDS

from .faker_data import locale_providers
from .lookup_tables import lookup_table
from .normalize import fold

# Capitalised words that Faker lists as names but that mostly start sentences or name things, and
# greetings and letter closings ("Mit freundlichen Grüßen", "Pozdrawiam"): never part of a name, so "Hi Johanna" and "Johanna" give the same PERSON span; German
# function words and tech terms that English NER tags as names ("Welche Frist", "Azure Blob").
_COMMON_WORDS = frozenset(
    """about above after again all also and any april august bank best bill both brown can
    card case center china church city close code cook court credit crossing date day dear does
    drive each east email even ever every fall field first ford forest french friday full
    general glass god golden gold good grace grant green guy hall happy have here hill home
    hope house how hunter iban ill image india info iris island jack joy july june just key king
    lake land last law lee less light like line little long love major march mark mars may
    member miles miller mine miss monday more most much must my name new next north not note
    now number ocean office one open page paris park person phone please point power price pride
    rain ray read reason red reed rich river road rock rose royal sale same saturday say see
    service shall she sky small so son south spring star state still stone story street
    summer sun sunday sunny thank thanks the thursday today tuesday under unit up upon very
    view wall want ward water way wednesday well west white why will win winter wish wood
    word work world yes young your
    hi hello hey dear thanks thank cheers regards greetings welcome best kind sincerely
    grüße grüßen gruß grüsse grüssen freundliche freundlichen herzliche herzlichen cordialement
    salutations saludos atentamente cordiali saluti distinti groet groeten pozdrawiam pozdrowienia
    pozdravem üdvözlettel terveisin ystävällisin hälsningar vänliga venlig venlige hilsen hilsner
    atenciosamente cumprimentos
    bonsoir grüezi guten salve buondì buonanotte
    moin servus sehr geehrte geehrter salut querido querida buongiorno buonasera gentilissimo
    gentilissima egregio spettabile buenos buenas
    meine mein meinen welche welcher welches wann warum kann können unser unsere bis bei nach
    azure docker kubernetes blob terraform github gitlab jira slack python java postgres redis
    kafka linux windows excel outlook gib mib kib
    ask tell contact send meet invite thank ping notify inform remind message text help see
    sie ich der die das dem den ein eine und mit von bitte danke hallo liebe lieber
    le la les un une et avec pour bonjour merci cher chère
    el los las una con por para hola gracias estimado estimada
    il lo gli con per ciao grazie caro cara gentile""".split()
) | frozenset(STOP_WORDS)

# Scripts whose names text rarely writes in title case runs are left out; Cyrillic and Armenian
# names (ru_RU, uk_UA, bg_BG, mk_MK, hy_AM) are read: "Світлана Дацюк" is capitalised like a Latin
# name. Georgian (ka_GE) has no capitals: names.py leaves its names to caseless_names.py.
_NAME_LOCALE_EXCLUDE = ("zh_", "ja_", "ko_", "th_", "ar_", "fa_", "he_", "hi_", "bn_", "ta_",
                        "ne_", "gu_", "or_", "ur_")


_NAME_LIST_ENDINGS = ("_names", "_names_male", "_names_female", "_names_unisex", "_names_nonbinary",
                      "_names_est", "_names_rus", "_names_common", "_names_female_common",
                      "_names_male_common", "_names_female_only", "_names_male_only", "_names_islamic",
                      "_names_female_islamic", "_names_male_islamic", "_names_without_suffix",
                      "_names_female_est", "_names_male_est", "_names_female_rus", "_names_male_rus")


def _title_case(word: str) -> str:
    """zh_TW lists romanized names in capitals ("MEI-LING"); text writes them "Mei-Ling"."""
    return "-".join(part.capitalize() for part in word.split("-")) if word.isupper() and len(word) > 2 else word


def _strings(value: object) -> list[str]:
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return [item for item in value if isinstance(item, str)]
    return []


def _lists_of(provider: type) -> list[tuple[str, object]]:
    """The provider's public word lists and tuples by name (its own and those it inherits)."""
    return [(name, value) for name in dir(provider) if not name.startswith("_")
            and isinstance(value := getattr(provider, name), (list, tuple, dict))]


def _is_name_word(word: str) -> bool:
    """"Jan", "Дацюк", "Աղաջանյան", and Georgian names, which have no capitals ("კობერიძე")."""
    return len(word) >= 2 and (word[0].isupper() or "\u10d0" <= word[0] <= "\u10ff") and word.replace(
        "-", "").replace("'", "").isalpha()


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str]
    last_names: frozenset[str]
    street_words: frozenset[str]  # lower-case: "street", "straße", "rue", "via", ...
    street_prefixes: frozenset[str]  # as written, words that open a street name: "Borgo", "Acceso"
    ambiguous_first_names: frozenset[str] = frozenset()  # first names that are also common words: "Grant"


@lookup_table
def load_gazetteer() -> Gazetteer:
    first: set[str] = set()
    last: set[str] = set()
    for locale, provider in locale_providers(faker_person):
        if locale.startswith(_NAME_LOCALE_EXCLUDE):
            continue
        # Every first/last-name list a locale ships ("first_names_unisex", "last_names_est",
        # "first_romanized_names" for Japanese and Chinese, "middle_names"), not just the main ones.
        for attr, value in _lists_of(provider):
            if "kana" in attr or "pairs" in attr or "language" in attr or not attr.endswith(_NAME_LIST_ENDINGS):
                continue
            words = {_title_case(w) for w in _strings(value)}
            target = last if attr.startswith(("last_", "male_last", "unisex_last")) else first
            target.update(w for w in words if _is_name_word(w))
    streets: set[str] = set()
    prefixes: set[str] = set()
    for _, provider in locale_providers(faker_address):
        prefixes.update(_leading_street_words(provider))
        for attr in ("street_suffixes", "street_prefixes", "street_suffixes_long",
                     "street_suffixes_short", "street_prefixes_short", "street_titles"):
            for word in _strings(getattr(provider, attr, None)):
                word = word.strip().lower()
                if word.replace(".", "").isalpha() and word != "street" or word == "street":
                    streets.add(word)
    drop = {w for w in first | last if w.lower() in _COMMON_WORDS}
    first, last = _with_folded(first), _with_folded(last)
    return Gazetteer(frozenset(first - drop), frozenset(last - drop), frozenset(streets), frozenset(prefixes),
                     frozenset(first & drop))


_LATIN_LIMIT = 0x250  # Basic Latin to Latin Extended-B


def _with_folded(names: set[str]) -> set[str]:
    """The names plus, for those in another script (Greek), the spelling the name finder reads:
    its view folds letters that look Latin ("Αλέξανδρος" -> "Aλέξαvδpoς", normalize.py)."""
    other_script = [n for n in names if any(ord(c) >= _LATIN_LIMIT for c in n)]
    return names | {fold(n).text for n in other_script}


def _leading_street_words(provider: type) -> set[str]:
    """Words a locale puts before the street's name ("Borgo Fabrizia", "Cañada Poncio Jurado"):
    the attribute a street_name_format starts with, whatever that locale calls it."""
    words: set[str] = set()
    formats = getattr(provider, "street_name_formats", None)
    for fmt in formats if isinstance(formats, (list, tuple)) else ():
        for attr in ("street_prefix", "street_suffix", "street_title"):
            if fmt.startswith("{{" + attr + "}} "):
                values = getattr(provider, attr + "es", None) or getattr(provider, attr + "s", None)
                words.update(w for w in _strings(values) if len(w) >= 3 and w.isalpha() and w[0].isupper())
    return words


def is_common_word(word: str) -> bool:
    return word.lower() in _COMMON_WORDS


# About a thousand frequent English words (Faker's English lorem list): a capitalised one is more
# likely a heading or a sentence opener than a name.
ENGLISH_WORDS = frozenset(w.lower() for w in _EnglishLorem.word_list)
# Faker's English nouns, verbs, adjectives and adverbs besides (about 2,200 words in all).
ENGLISH_VOCABULARY = ENGLISH_WORDS | frozenset(
    w.lower() for words in getattr(_EnglishLorem, "parts_of_speech", {}).values() for w in words)


def is_english_word(word: str) -> bool:
    lower = word.lower()
    return lower in ENGLISH_WORDS or lower.endswith("s") and lower[:-1] in ENGLISH_WORDS
