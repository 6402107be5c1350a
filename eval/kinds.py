"""Generalisation corpus kinds: signatures, postal blocks, dialogue, code with secrets, labelled prose.

Texts come from templates (eval.kind_templates_dev, _heldout, _final, _final2, _final3, _final4,
_final5, _final6, _final7, _final8, _final9, _final10, _final11, _final12, _final13, _final14, _final15, _final16, _final17, _final18, _final19, _final20, _final21, _final22, _final23, _final24, _final25, _final26, _final27, _final28, _final29 or _final30, by split) and eval.planted values under a seed: same split and seed, same corpus. Postal blocks and names
are drawn from many Faker locales; each split has extra postal locales the development split does not
use, the final split more again, and the final2, final3 and final4 splits locales no earlier split used
as an extra locale; final5 is new in its templates and seeds, and draws its postal blocks from the
common and the European locales with streets of their own (every one used by some earlier split);
final6 likewise, from a mix of European and overseas locales with streets of their own; final7 likewise,
with the Caucasus, Algeria and Indonesia beside them; final8 likewise, with the Americas, Cyrillic,
Armenian and Hebrew scripts, Algeria and Indonesia beside the European ones; final9 likewise, with
Cyrillic, Hebrew, Armenian and South American locales among them; final10 likewise, with Georgian,
Armenian, Azerbaijani, Algerian, Indonesian and Brazilian locales beside the European ones; final11 likewise, with Georgian,
Arabic (Algeria) and Cyrillic scripts, Brazil, Chile and French Canada among them; final12 likewise,
with Macedonian and Russian Cyrillic, Hebrew, Armenian and Georgian scripts, Algeria, Indonesia,
Brazil, Chile and French Canada among them; final13 likewise,
with Hebrew, Armenian, Georgian, Cyrillic (uk_UA, mk_MK) and Arabic (Algeria) scripts, Azerbaijan,
Indonesia, Brazil and Chile among them; final14 likewise, with Russian and Ukrainian Cyrillic, Georgian,
Hebrew, Armenian and Arabic (Algeria) scripts, Hungary, Azerbaijan, Indonesia, Brazil, Chile and French
Canada among them; final15 likewise, with Russian and Ukrainian Cyrillic, Hebrew,
Armenian, Georgian and Arabic (Algeria) scripts, Hungary, Azerbaijan, Indonesia, Brazil, Chile and
both Canadas among them; final16 likewise, with Macedonian and Ukrainian Cyrillic, Hebrew, Armenian,
Georgian and Arabic (Algeria) scripts, Australia, Slovakia, Romania, Indonesia, Brazil, Chile and English
Canada among them; final17 likewise, with Ukrainian and Macedonian Cyrillic, Hebrew, Armenian,
Georgian and Arabic (Algeria) scripts, Slovakia, Romania, Australia, Indonesia, Brazil and Chile among
them; final18 likewise, with Russian Cyrillic, Hebrew, Armenian, Georgian and Arabic (Algeria) scripts,
Hungary, Croatia, Azerbaijan, both Canadas, New Zealand, Brazil and Chile among them; final19 likewise,
with Russian and Macedonian Cyrillic, Hebrew, Armenian, Georgian and Arabic (Algeria) scripts, both
Canadas, New Zealand, Hungary, Croatia, Azerbaijan, Indonesia, Brazil and Chile among them; final20
likewise, with Ukrainian Cyrillic, Hebrew, Armenian, Georgian and Arabic (Algeria) scripts, Ireland,
Switzerland, Portugal, Czechia, Slovenia, English Canada, Australia, Hungary, Croatia, Indonesia,
Brazil and Chile among them;
final21 likewise, with Russian and Ukrainian Cyrillic, Hebrew, Armenian, Georgian and Arabic (Algeria) scripts,
Ireland, Switzerland, Portugal, Czechia, Slovenia, French Canada, New Zealand, Indonesia, Brazil and
Chile among them; final22 likewise, with Russian and Macedonian Cyrillic, Greek, Hebrew, Armenian,
Georgian and Arabic (Algeria) scripts, both Canadas, Australia, New Zealand, Slovakia, Croatia,
Romania, Azerbaijan, Brazil and Chile among them;
final23 likewise, with Russian and Macedonian Cyrillic, Greek, Hebrew, Armenian,
Georgian and Arabic (Algeria) scripts, German Switzerland, Czechia, Slovakia, Slovenia, Croatia, both
Canadas, Australia, Azerbaijan, Indonesia, Brazil and Chile among them; final24 likewise, with Russian
and Ukrainian Cyrillic, Greek, Hebrew, Armenian, Georgian and Arabic (Algeria) scripts, Ireland, New
Zealand, Australia, both Switzerlands, French Algeria, Portugal, Hungary, Norway, Indonesia, Brazil and
Chile among them;
final25 likewise, with Ukrainian Cyrillic, Hebrew, Armenian, Georgian and Arabic (Algeria) scripts,
Ireland, New Zealand, both Switzerlands, Portugal, Hungary, Norway, French Algeria, Czechia, Slovenia,
Croatia, Romania, both Canadas, Brazil and Chile among them;
final26 likewise, with Russian, Ukrainian and Macedonian Cyrillic, Greek, Hebrew, Armenian and Arabic
(Algeria) scripts, Australia, both Canadas, Austria, German Switzerland, French Algeria, Czechia,
Slovakia, Slovenia, Croatia, Romania, Azerbaijan, Indonesia, Brazil and Chile among them;
final27 likewise, with Russian and Macedonian Cyrillic, Greek, Hebrew, Armenian and Arabic (Algeria)
scripts, Australia, New Zealand, both Canadas, both Switzerlands, Portugal, Slovakia, Slovenia, Croatia,
Romania, Azerbaijan, Indonesia, Brazil and Chile among them;
final28 likewise, with Ukrainian and Macedonian Cyrillic, Georgian, Hebrew, Armenian and Arabic
(Algeria) scripts, Ireland, Australia, New Zealand, both Canadas, both Switzerlands, Austria,
Portugal, Czechia, Hungary, Norway, Finland, Slovenia, Croatia and Chile among them;
final29 likewise, with Russian and Ukrainian Cyrillic, Greek, Hebrew, Georgian and Arabic (Algeria)
scripts, Ireland, New Zealand, English Canada, both Switzerlands, French Algeria, Portugal, Czechia,
Hungary, Norway, Slovenia, Croatia, Romania and Chile among them;
final30 likewise, with Russian and Macedonian Cyrillic, Greek, Hebrew, Armenian and Arabic (Algeria)
scripts, Australia, both Canadas, Austria, German Switzerland, Portugal, Brazil, Slovakia, Slovenia,
Croatia, Azerbaijan, Indonesia and Chile among them.
"""

from __future__ import annotations

import random
import re

from eval import (
    kind_templates_dev,
    kind_templates_final,
    kind_templates_final2,
    kind_templates_final3,
    kind_templates_final4,
    kind_templates_final5,
    kind_templates_final6,
    kind_templates_final7,
    kind_templates_final8,
    kind_templates_final9,
    kind_templates_final10,
    kind_templates_final11,
    kind_templates_final12,
    kind_templates_final13,
    kind_templates_final14,
    kind_templates_final15,
    kind_templates_final16,
    kind_templates_final17,
    kind_templates_final18,
    kind_templates_final19,
    kind_templates_final20,
    kind_templates_final21,
    kind_templates_final22,
    kind_templates_final23,
    kind_templates_final24,
    kind_templates_final25,
    kind_templates_final26,
    kind_templates_final27,
    kind_templates_final28,
    kind_templates_final29,
    kind_templates_final30,
    kind_templates_heldout,
)
from eval.corpus import LabelledText, fill_template
from eval.planted import PlantedValues

_SLOT = re.compile(r"\{\{(\w+)\}\}")
PLAIN_TEXT = "TEXT"  # a planted value that is not personal (company, job title)

LANGUAGE_LOCALES = {
    "en": ["en_US", "en_GB"],
    "de": ["de_DE"],
    "fr": ["fr_FR"],
    "es": ["es_ES"],
    "it": ["it_IT"],
}
_SHARED_EXTRA_LOCALES = ["nl_NL", "pl_PL", "sv_SE", "da_DK", "de_DE", "fr_FR", "es_ES", "it_IT", "en_US", "en_GB"]
# Development adds its own postal formats (state or province before the postcode, spaced postcodes,
# Greek script), none of the held-out split's extra locales, so that held-out postal formats stay unseen.
DEV_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_NZ", "nl_BE", "sk_SK", "ro_RO", "hr_HR", "sl_SI", "el_GR",
]
HELDOUT_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + ["de_AT", "de_CH", "cs_CZ", "fi_FI", "no_NO", "pt_PT", "en_IE", "hu_HU"]
HELDOUT_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE"], "de": ["de_DE", "de_AT", "de_CH"]}
# Faker locales with street addresses of their own (fr_BE, it_CH and the Baltic ones fall back to
# American streets, so they are left out).
FINAL_EXTRA_LOCALES = HELDOUT_EXTRA_LOCALES + [
    "en_CA", "en_NZ", "fr_CH", "nl_BE", "sk_SK", "sl_SI", "ro_RO", "el_GR", "hr_HR"]
FINAL_LANGUAGE_LOCALES = {**HELDOUT_LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE", "en_CA", "en_NZ"],
                          "fr": ["fr_FR", "fr_CH"]}
# The common locales and some of the earlier extras, plus Faker locales with street addresses of their
# own that no earlier split used as an extra locale: Ukrainian and Macedonian (Cyrillic script) first,
# then French Canadian, Brazilian and Chilean. de_LI, de_LU, lb_LU, bg_BG, the Baltic
# locales and tr_TR have no address provider in Faker (American streets), es_MX and es_AR give
# American or malformed postcodes, en_IN line breaks inside the street, es_CO no valid IBAN:
# all left out.
FINAL2_NEW_LOCALES = ["uk_UA", "mk_MK", "fr_CA", "pt_BR", "es_CL"]
FINAL2_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "de_AT", "de_CH", "fr_CH", "nl_BE", "pt_PT", "cs_CZ", "en_IE"] + FINAL2_NEW_LOCALES
FINAL2_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE", "en_CA"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH", "fr_CA"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# The common locales, a broad mix of the earlier splits' extras, and the Faker locales with street data
# of their own that no earlier split used as an extra locale: Russian (Cyrillic), Georgian, Armenian
# (their own scripts) and Azerbaijani, European and neighbouring ones first: the other European Faker
# locales are taken or give American streets (de_LI, de_LU, lb_LU); en_IN breaks lines inside the street
# and has no valid IBAN, en_PH no phone numbers.
FINAL3_NEW_LOCALES = ["ru_RU", "ka_GE", "hy_AM", "az_AZ"]
FINAL3_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "de_AT", "de_CH", "fr_CH", "nl_BE", "pt_PT", "cs_CZ", "hu_HU", "ro_RO", "el_GR", "hr_HR", "en_IE",
    "uk_UA", "fr_CA", "pt_BR"] + FINAL3_NEW_LOCALES
FINAL3_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE", "en_NZ"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH", "fr_CA"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# The common locales, a mix of the earlier splits' extras, and Faker locales with street data of their
# own that no earlier split used as an extra locale. Every European Faker locale with its own streets is
# taken by now, so the neighbours across the Mediterranean come first: Algeria in French (fr_DZ) and in
# Arabic script (ar_DZ), Israel in Hebrew script (he_IL); then Indonesia (id_ID: Latin script, "Jl."
# streets, five-digit postcodes after the town). Left out: fa_IR and th_TH (Faker's IBANs fail the check
# digits), zu_ZA, en_BD and en_MS (American phone numbers), vi_VN (English first names), ja_JP (streets
# end in "Street"), es_AR and es_MX (invalid IBANs and phones), as before en_IN, en_PH and es_CO.
FINAL4_NEW_LOCALES = ["fr_DZ", "ar_DZ", "he_IL", "id_ID"]
FINAL4_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "de_AT", "de_CH", "fr_CH", "nl_BE", "cs_CZ", "sk_SK", "sl_SI", "no_NO", "fi_FI",
    "pt_PT", "el_GR", "mk_MK", "es_CL", "pt_BR", "ka_GE"] + FINAL4_NEW_LOCALES
FINAL4_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_AU", "en_CA"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# The common locales and the European Faker locales with street data of their own, a broad mix that
# every earlier split drew from in part (en_CA for North America beside en_US): what is unseen in final5
# is its templates, its seeds and its presidio locales, not its countries.
FINAL5_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_IE", "de_AT", "de_CH", "fr_CH", "nl_BE", "pt_PT", "cs_CZ", "sk_SK", "sl_SI", "hr_HR",
    "hu_HU", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA", "mk_MK"]
FINAL5_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_IE", "en_CA"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH"]}
# Again a broad mix of locales with street data of their own that earlier splits used, European and
# overseas (French Canadian, Brazilian, Chilean, Russian, Hebrew): what is unseen in final6 is its
# templates, its seeds and its presidio locales, not its countries.
FINAL6_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "el_GR", "fi_FI", "no_NO", "uk_UA",
    "mk_MK", "ru_RU", "he_IL"]
FINAL6_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_AU", "en_CA"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, this time with the
# Caucasus (Georgian and Armenian script, Azerbaijani), Algeria (French and Arabic script) and Indonesia
# beside the European ones: what is unseen in final7 is its templates, its seeds and its presidio locales.
FINAL7_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "nl_BE", "pt_PT", "cs_CZ", "sk_SK",
    "sl_SI", "hr_HR", "hu_HU", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA", "ka_GE", "hy_AM", "az_AZ",
    "fr_DZ", "ar_DZ", "id_ID", "es_CL"]
FINAL7_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_NZ", "en_IE"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used: the European ones,
# North and South America (fr_CA, pt_BR, es_CL), Cyrillic (uk_UA, mk_MK, ru_RU), Armenian and Hebrew
# script, Algeria in French and Indonesia: what is unseen in final8 is its templates, its seeds and its
# presidio locales, not its countries.
FINAL8_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA",
    "mk_MK", "ru_RU", "hy_AM", "he_IL", "id_ID", "fr_DZ"]
FINAL8_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_AU", "en_CA"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_CH", "fr_DZ"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used: European ones beside
# Cyrillic (uk_UA, mk_MK, ru_RU), Hebrew, Armenian, Indonesian, French Canadian, Brazilian and Chilean
# ones: what is unseen in final9 is its templates, its seeds and its presidio locales.
FINAL9_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA", "mk_MK",
    "ru_RU", "he_IL", "hy_AM", "id_ID"]
FINAL9_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_AU", "en_IE"],
                           "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                           "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used: the European ones
# beside Georgian and Armenian script (ka_GE, hy_AM), Azerbaijan, Algeria in French and in Arabic
# script, Indonesia, Brazil, French Canada and Chile: what is unseen in final10 is its templates, its
# seeds and its presidio locales, not its countries.
FINAL10_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA", "ru_RU",
    "ka_GE", "hy_AM", "az_AZ", "fr_DZ", "ar_DZ", "id_ID"]
FINAL10_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_NZ", "en_CA"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used: the European ones
# beside Georgian (ka_GE), Azerbaijani, Arabic and French Algerian (ar_DZ, fr_DZ), Cyrillic (uk_UA,
# ru_RU), Armenian, Hebrew, Indonesian, Brazilian, Chilean and French Canadian ones: what is unseen in
# final11 is its templates, its seeds and its presidio locales, not its countries.
FINAL11_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "sl_SI", "hr_HR", "hu_HU", "el_GR", "fi_FI", "no_NO", "ka_GE", "az_AZ", "ar_DZ",
    "uk_UA", "ru_RU", "hy_AM", "he_IL", "id_ID"]
FINAL11_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_NZ", "en_CA"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used: the European ones
# beside Macedonian and Russian Cyrillic (mk_MK, ru_RU), Hebrew, Armenian and Georgian script (he_IL,
# hy_AM, ka_GE), Algeria in French and in Arabic script, Azerbaijan, Indonesia, Brazil, Chile and French
# Canada: what is unseen in final12 is its templates, its seeds and its presidio locales, not its
# countries.
FINAL12_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "sk_SK", "hr_HR", "ro_RO", "el_GR", "fi_FI", "no_NO", "mk_MK", "ru_RU", "he_IL",
    "hy_AM", "ka_GE", "ar_DZ", "az_AZ", "id_ID"]
FINAL12_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_AU", "en_IE"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used: the European ones
# beside Hebrew, Armenian and Georgian script (he_IL, hy_AM, ka_GE), Cyrillic (uk_UA, mk_MK), Arabic
# and French Algerian (ar_DZ, fr_DZ), Azerbaijani, Indonesian, Brazilian and Chilean ones: what is
# unseen in final13 is its templates, its seeds and its presidio locales, not its countries.
FINAL13_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_DZ", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA", "mk_MK", "he_IL",
    "hy_AM", "ka_GE", "az_AZ", "ar_DZ", "id_ID"]
FINAL13_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_AU", "en_IE"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another mix than
# final13's: the European ones (Hungary back in, Slovakia and Macedonia out) beside Russian and Ukrainian
# Cyrillic (ru_RU, uk_UA), Georgian, Hebrew and Armenian script (ka_GE, he_IL, hy_AM), Arabic and French
# Algerian (ar_DZ, fr_DZ), Azerbaijani, Indonesian, Brazilian, Chilean and French Canadian ones: what is
# unseen in final14 is its templates, its seeds and its presidio locales, not its countries.
FINAL14_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "hu_HU", "sl_SI", "hr_HR", "ro_RO", "el_GR", "fi_FI", "no_NO", "ru_RU", "uk_UA",
    "ka_GE", "he_IL", "hy_AM", "az_AZ", "ar_DZ", "id_ID"]
FINAL14_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_NZ"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_CH"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final13's: English and French Canada (en_CA, fr_CA) and Hungary back in, Russian beside Ukrainian
# Cyrillic (ru_RU, uk_UA), Hebrew, Armenian and Georgian script, Arabic and French Algerian,
# Azerbaijani, Indonesian, Brazilian and Chilean ones; en_AU, sk_SK, ro_RO and mk_MK left out this
# time. What is unseen in final15 is its templates, its seeds and its presidio locales, not its countries.
FINAL15_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "hu_HU", "sl_SI", "hr_HR", "el_GR", "fi_FI", "no_NO", "ru_RU", "uk_UA", "he_IL",
    "hy_AM", "ka_GE", "az_AZ", "ar_DZ", "id_ID"]
FINAL15_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_NZ"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final14's and final15's: Australia, Slovakia, Romania and Macedonian Cyrillic (en_AU, sk_SK, ro_RO,
# mk_MK), which final15 left out, back in beside Ukrainian Cyrillic, Hebrew, Armenian and Georgian
# script, Arabic and French Algerian, Indonesian, Brazilian, Chilean and English Canadian ones; Russian,
# Hungarian, Azerbaijani, French Canadian and New Zealand ones left out this time. What is unseen in
# final16 is its templates, its seeds and its presidio locales, not its countries.
FINAL16_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_AU", "en_CA", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_DZ", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "cs_CZ", "sk_SK", "sl_SI", "ro_RO", "hr_HR", "el_GR", "fi_FI", "no_NO", "mk_MK", "uk_UA", "he_IL",
    "hy_AM", "ka_GE", "ar_DZ", "id_ID"]
FINAL16_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_IE", "en_AU"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final14's and final15's (written beside final16's): Australia, Slovakia, Romania and Macedonian Cyrillic (en_AU, sk_SK, ro_RO,
# mk_MK, which final15 left out) back in beside Ukrainian Cyrillic, Hebrew, Armenian and Georgian
# script, Arabic and French Algerian, Indonesian, Brazilian and Chilean ones; both Canadas, New
# Zealand, Hungary, Croatia, Russian Cyrillic and Azerbaijan left out this time. What is unseen in
# final17 is its templates, its seeds and its presidio locales, not its countries.
FINAL17_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_AU", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_DZ", "nl_BE", "pt_PT", "pt_BR", "es_CL", "cs_CZ",
    "sk_SK", "sl_SI", "ro_RO", "el_GR", "fi_FI", "no_NO", "uk_UA", "mk_MK", "he_IL", "hy_AM", "ka_GE",
    "ar_DZ", "id_ID"]
FINAL17_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_AU", "en_NZ"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final16's and final17's: Russian Cyrillic, Hungary, Croatia, Azerbaijan, both Canadas and New Zealand
# (ru_RU, hu_HU, hr_HR, az_AZ, en_CA, fr_CA, en_NZ, which final17 left out) back in beside Hebrew,
# Armenian and Georgian script, Arabic and French Algerian, Brazilian and Chilean ones; Ukrainian and
# Macedonian Cyrillic, Slovakia, Romania, Australia, Portugal and Indonesia (uk_UA, mk_MK, sk_SK, ro_RO,
# en_AU, pt_PT, id_ID) left out this time. What is unseen in final18 is its templates, its seeds and its
# presidio locales, not its countries.
FINAL18_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_BR", "es_CL",
    "cs_CZ", "hu_HU", "hr_HR", "sl_SI", "el_GR", "fi_FI", "no_NO", "ru_RU", "he_IL", "hy_AM", "ka_GE",
    "az_AZ", "ar_DZ"]
FINAL18_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_IE"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final17's: both Canadas, New Zealand, Hungary, Croatia, Russian Cyrillic and Azerbaijan (en_CA,
# fr_CA, en_NZ, hu_HU, hr_HR, ru_RU, az_AZ, which final17 left out) back in beside Macedonian
# Cyrillic, Hebrew, Armenian and Georgian script, Arabic and French Algerian, Australian, Slovak,
# Romanian, Indonesian, Brazilian and Chilean ones; Ireland, Switzerland (German and French),
# Portugal, Czechia, Slovenia and Ukrainian Cyrillic (en_IE, de_CH, fr_CH, pt_PT, cs_CZ, sl_SI, uk_UA)
# left out this time. What is unseen in final19 is its templates, its seeds and its presidio locales,
# not its countries.
FINAL19_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_AU", "en_CA", "en_NZ", "de_AT", "fr_CA", "fr_DZ", "nl_BE", "pt_BR", "es_CL", "hu_HU", "hr_HR",
    "sk_SK", "ro_RO", "el_GR", "fi_FI", "no_NO", "ru_RU", "mk_MK", "he_IL", "hy_AM", "ka_GE", "az_AZ",
    "ar_DZ", "id_ID"]
FINAL19_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_AU"],
                            "de": ["de_DE", "de_DE", "de_AT"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final18's and final19's (and than any earlier split's): Ukrainian Cyrillic and Portugal (uk_UA, pt_PT,
# which both left out), Ireland, Switzerland (German and French), Czechia and Slovenia (en_IE, de_CH,
# fr_CH, cs_CZ, sl_SI, which final19 left out) back in beside Hebrew, Armenian and Georgian script,
# Arabic and French Algerian, English Canadian, Australian, Hungarian, Croatian, Indonesian, Brazilian
# and Chilean ones; Russian and Macedonian Cyrillic, Azerbaijan, New Zealand, French Canada, Slovakia
# and Romania (ru_RU, mk_MK, az_AZ, en_NZ, fr_CA, sk_SK, ro_RO) left out this time. What is unseen in
# final20 is its templates, its seeds and its presidio locales, not its countries.
FINAL20_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_DZ", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "cs_CZ", "sl_SI", "hr_HR", "hu_HU", "el_GR", "fi_FI", "no_NO", "uk_UA", "he_IL", "hy_AM", "ka_GE",
    "ar_DZ", "id_ID"]
FINAL20_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_IE", "en_CA"],
                            "de": ["de_DE", "de_DE", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final18's and final19's: Ireland, Switzerland (German and French), Portugal, Czechia, Slovenia and
# Ukrainian Cyrillic (en_IE, de_CH, fr_CH, pt_PT, cs_CZ, sl_SI, uk_UA, which final19 left out) back in
# beside Russian Cyrillic, Hebrew, Armenian and Georgian script, Arabic and French Algerian, French
# Canadian, New Zealand, Austrian, Belgian, Hungarian, Romanian, Finnish, Norwegian, Azerbaijani,
# Indonesian, Brazilian and Chilean ones; English Canada, Australia, Slovakia, Croatia, Greece and
# Macedonian Cyrillic (en_CA, en_AU, sk_SK, hr_HR, el_GR, mk_MK) left out this time; language locales
# en_US, en_GB, en_IE, en_NZ / de_DE, de_AT, de_CH / fr_FR, fr_CH, fr_CA / es_ES, es_CL / it_IT. What
# is unseen in final21 is its templates, its seeds and most of its presidio locales, not its countries.
FINAL21_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_IE", "en_NZ", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "cs_CZ", "sl_SI", "hu_HU", "ro_RO", "fi_FI", "no_NO", "uk_UA", "ru_RU", "he_IL", "hy_AM", "ka_GE",
    "az_AZ", "ar_DZ", "id_ID"]
FINAL21_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_IE", "en_NZ"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final20's and final21's: English Canada, Australia, Slovakia, Croatia, Greece and Macedonian
# Cyrillic (en_CA, en_AU, sk_SK, hr_HR, el_GR, mk_MK, which final21 left out) back in beside Russian
# Cyrillic, Hebrew, Armenian and Georgian script, Arabic and French Algerian, French Canadian, New
# Zealand, Austrian, Swiss German, Belgian, Czech, Romanian, Norwegian, Azerbaijani, Brazilian and
# Chilean ones; Ireland, French Switzerland, Portugal, Slovenia, Hungary, Finland, Ukrainian Cyrillic
# and Indonesia (en_IE, fr_CH, pt_PT, sl_SI, hu_HU, fi_FI, uk_UA, id_ID) left out this time, as no
# split before left them all out together; language locales en_US, en_GB, en_CA, en_AU, en_NZ /
# de_DE, de_AT, de_CH / fr_FR, fr_CA, fr_DZ (France no more often than Quebec or Algeria, a first) /
# es_ES, es_CL / it_IT. What is unseen in final22 is its templates and its seeds: its presidio locales
# are all early splits' ones, declared as reuses (eval/splits.py), and its countries were all used.
FINAL22_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_NZ", "de_AT", "de_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_BR", "es_CL", "cs_CZ",
    "sk_SK", "hr_HR", "ro_RO", "el_GR", "no_NO", "mk_MK", "ru_RU", "he_IL", "hy_AM", "ka_GE", "az_AZ",
    "ar_DZ"]
FINAL22_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_AU", "en_NZ"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final20's and final21's (and than any earlier split's): English Canada, Australia, Slovakia, Croatia,
# Greece and Macedonian Cyrillic (en_CA, en_AU, sk_SK, hr_HR, el_GR, mk_MK, which final21 left out)
# back in beside Russian Cyrillic, Hebrew, Armenian and Georgian script, Arabic Algerian, Azerbaijani,
# German Swiss, Austrian, French Canadian, Belgian, Czech, Slovenian, Romanian, Finnish, Indonesian,
# Brazilian and Chilean ones; Ireland, New Zealand, French Switzerland,
# French Algeria, Portugal, Hungary, Norway and Ukrainian Cyrillic (en_IE, en_NZ, fr_CH, fr_DZ, pt_PT,
# hu_HU, no_NO, uk_UA) left out this time; language locales en_US, en_GB, en_CA, en_AU / de_DE, de_AT,
# de_CH / fr_FR, fr_CA / es_ES, es_CL / it_IT. What is unseen in final23 is its templates and its
# seeds, not its countries, nor (this time) its presidio locales, all four of which early splits' parts
# used (eval/splits.py, PRESIDIO_REUSED_LOCALES).
FINAL23_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "de_AT", "de_CH", "fr_CA", "nl_BE", "pt_BR", "es_CL", "cs_CZ", "sk_SK", "sl_SI",
    "hr_HR", "el_GR", "ro_RO", "fi_FI", "mk_MK", "ru_RU", "he_IL", "hy_AM", "ka_GE", "az_AZ", "ar_DZ",
    "id_ID"]
FINAL23_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_AU"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final22's and final23's (and than any earlier split's): Ireland, New Zealand, French Switzerland,
# French Algeria, Portugal, Hungary, Norway and Ukrainian Cyrillic (en_IE, en_NZ, fr_CH, fr_DZ, pt_PT,
# hu_HU, no_NO, uk_UA, which final23 left out) back in beside Russian Cyrillic, Greek, Hebrew, Armenian
# and Georgian script, Arabic Algerian, Australian, Austrian, German Swiss, Belgian, Slovenian, Finnish,
# Indonesian, Brazilian and Chilean ones; both Canadas, Czechia, Slovakia, Croatia, Romania, Macedonian
# Cyrillic and Azerbaijan (en_CA, fr_CA, cs_CZ, sk_SK, hr_HR, ro_RO, mk_MK, az_AZ) left out this time;
# language locales en_US, en_GB, en_IE, en_NZ, en_AU / de_DE, de_AT, de_CH / fr_FR, fr_CH, fr_DZ /
# es_ES, es_CL / it_IT. What is unseen in final24 is its templates and its seeds, not its countries,
# nor its presidio locales, all four of which early splits' parts used (eval/splits.py,
# PRESIDIO_REUSED_LOCALES).
FINAL24_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_IE", "en_NZ", "en_AU", "de_AT", "de_CH", "fr_CH", "fr_DZ", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "sl_SI", "hu_HU", "el_GR", "fi_FI", "no_NO", "uk_UA", "ru_RU", "he_IL", "hy_AM", "ka_GE", "ar_DZ",
    "id_ID"]
FINAL24_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_IE", "en_NZ", "en_AU"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final22's to final24's (and than any earlier split's): Ireland, New Zealand, French Switzerland,
# French Algeria, Portugal, Hungary, Norway and Ukrainian Cyrillic (en_IE, en_NZ, fr_CH, fr_DZ, pt_PT,
# hu_HU, no_NO, uk_UA, which final23 left out) back in beside Hebrew, Armenian, Georgian and Arabic
# (Algeria) scripts, English and French Canadian, Austrian, German Swiss, Belgian, Czech, Croatian,
# Slovenian, Romanian, Finnish, Brazilian and Chilean ones; Australia, Slovakia, Greece, Macedonian and
# Russian Cyrillic, Azerbaijan and Indonesia (en_AU, sk_SK, el_GR, mk_MK, ru_RU, az_AZ, id_ID) left out
# this time; language locales en_US, en_GB, en_IE, en_NZ, en_CA / de_DE, de_AT, de_CH / fr_FR, fr_CH,
# fr_CA / es_ES, es_CL / it_IT. What is unseen in final25 is its templates and its seeds, not its
# countries, nor its presidio locales, all four of which early splits' parts used (eval/splits.py,
# PRESIDIO_REUSED_LOCALES).
FINAL25_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_IE", "en_NZ", "de_AT", "de_CH", "fr_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_PT", "pt_BR",
    "es_CL", "cs_CZ", "hu_HU", "hr_HR", "sl_SI", "ro_RO", "fi_FI", "no_NO", "uk_UA", "he_IL", "hy_AM",
    "ka_GE", "ar_DZ"]
FINAL25_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE", "en_NZ", "en_CA"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final24's and final25's (and than any earlier split's): Australia, Slovakia, Greece, Macedonian and
# Russian Cyrillic, Azerbaijan and Indonesia (en_AU, sk_SK, el_GR, mk_MK, ru_RU, az_AZ, id_ID, which
# final25 left out) back in beside Ukrainian Cyrillic, Hebrew, Armenian and Arabic (Algeria) scripts,
# English and French Canadian, Austrian, German Swiss, French Algerian, Belgian, Czech, Slovenian,
# Croatian, Romanian, Brazilian and Chilean ones; Ireland, New Zealand, French Switzerland, Portugal,
# Hungary, Finland, Norway and Georgian script (en_IE, en_NZ, fr_CH, pt_PT, hu_HU, fi_FI, no_NO, ka_GE)
# left out this time, as no split before left them all out together; language locales en_US, en_GB,
# en_CA, en_AU / de_DE, de_AT, de_CH / fr_FR, fr_CA, fr_DZ / es_ES, es_CL / it_IT. What is unseen in
# final26 is its templates and its seeds, not its countries, nor its presidio locales, all four of
# which early splits' parts used (eval/splits.py, PRESIDIO_REUSED_LOCALES).
FINAL26_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "de_AT", "de_CH", "fr_CA", "fr_DZ", "nl_BE", "pt_BR", "es_CL", "cs_CZ", "sk_SK",
    "sl_SI", "hr_HR", "ro_RO", "el_GR", "uk_UA", "mk_MK", "ru_RU", "he_IL", "hy_AM", "az_AZ", "ar_DZ",
    "id_ID"]
FINAL26_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_US", "en_GB", "en_CA", "en_AU"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final24's and final25's (and than any earlier split's, final26's beside it included): Australia,
# Slovakia, Greece, Macedonian and Russian Cyrillic, Azerbaijan and Indonesia (en_AU, sk_SK, el_GR,
# mk_MK, ru_RU, az_AZ, id_ID, which final25 left out; sk_SK, mk_MK and az_AZ were left out by final24 too) back in beside Hebrew, Armenian
# and Arabic (Algeria) scripts, English and French Canadian, New Zealand, Austrian, German and French
# Swiss, Belgian, Portuguese, Brazilian, Chilean, Slovenian, Croatian, Romanian and Finnish ones;
# Ireland, French Algeria, Czechia, Hungary, Norway, Ukrainian Cyrillic and Georgian (en_IE, fr_DZ,
# cs_CZ, hu_HU, no_NO, uk_UA, ka_GE) left out this time; language locales en_US, en_GB, en_AU, en_NZ,
# en_CA / de_DE, de_AT, de_CH / fr_FR, fr_CH, fr_CA / es_ES, es_CL / it_IT. What is unseen in final27
# is its templates and its seeds, not its countries, nor its presidio locales, all four of which early
# splits' parts used (eval/splits.py, PRESIDIO_REUSED_LOCALES).
FINAL27_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "en_NZ", "de_AT", "de_CH", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "pt_BR", "es_CL",
    "sk_SK", "sl_SI", "hr_HR", "ro_RO", "el_GR", "fi_FI", "mk_MK", "ru_RU", "he_IL", "hy_AM", "az_AZ",
    "ar_DZ", "id_ID"]
FINAL27_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_AU", "en_NZ", "en_CA"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final26's and final27's (and than any earlier split's): Ireland, Hungary, Norway and Georgian script
# (en_IE, hu_HU, no_NO, ka_GE, which final26 and final27 both left out), Czechia and Ukrainian Cyrillic
# (cs_CZ, uk_UA, which final27 left out) back in beside Macedonian Cyrillic, Hebrew, Armenian and Arabic
# (Algeria) scripts, English and French Canadian, Australian, New Zealand, Austrian, German and French
# Swiss, Belgian, Portuguese, Chilean, Slovenian, Croatian and Finnish ones; Greece, Russian Cyrillic,
# Azerbaijan, Indonesia, Slovakia, Romania, Brazil and French Algeria (el_GR, ru_RU, az_AZ, id_ID, sk_SK,
# ro_RO, pt_BR, fr_DZ) left out this time; language locales en_US, en_GB, en_IE, en_NZ, en_AU / de_DE,
# de_AT, de_CH / fr_FR, fr_CH, fr_CA / es_ES, es_CL / it_IT. What is unseen in final28 is its templates
# and its seeds, not its countries, nor its presidio locales, all four of which an early split's part
# used (eval/splits.py, PRESIDIO_REUSED_LOCALES).
FINAL28_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_IE", "en_AU", "en_NZ", "de_AT", "de_CH", "fr_CH", "fr_CA", "nl_BE", "pt_PT", "es_CL",
    "cs_CZ", "hu_HU", "sl_SI", "hr_HR", "fi_FI", "no_NO", "uk_UA", "mk_MK", "he_IL", "hy_AM", "ka_GE",
    "ar_DZ"]
FINAL28_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE", "en_NZ", "en_AU"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final26's and final27's (and than any earlier split's): Ireland, French Algeria, Czechia, Hungary,
# Norway, Ukrainian Cyrillic and Georgian (en_IE, fr_DZ, cs_CZ, hu_HU, no_NO, uk_UA, ka_GE, which
# final27 left out; en_IE, hu_HU, no_NO and ka_GE were left out by final26 too) back in beside Russian
# Cyrillic, Greek, Hebrew and Arabic (Algeria) scripts, English Canadian, New Zealand, Austrian, German
# and French Swiss, Belgian, Portuguese, Chilean, Slovenian, Croatian, Romanian and Finnish ones;
# Australia, French Canada, Brazil, Slovakia, Macedonian Cyrillic, Armenian script, Azerbaijan and
# Indonesia (en_AU, fr_CA, pt_BR, sk_SK, mk_MK, hy_AM, az_AZ, id_ID) left out this time; language
# locales en_US, en_GB, en_IE, en_NZ, en_CA / de_DE, de_AT, de_CH / fr_FR, fr_CH, fr_DZ / es_ES, es_CL
# / it_IT. What is unseen in final29 is its templates and its seeds, not its countries, nor its
# presidio locales, all four of which an early split's part used (eval/splits.py,
# PRESIDIO_REUSED_LOCALES).
FINAL29_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_NZ", "en_IE", "de_AT", "de_CH", "fr_CH", "fr_DZ", "nl_BE", "pt_PT", "es_CL", "cs_CZ",
    "hu_HU", "no_NO", "sl_SI", "hr_HR", "ro_RO", "el_GR", "fi_FI", "uk_UA", "ru_RU", "he_IL", "ka_GE",
    "ar_DZ"]
FINAL29_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_IE", "en_NZ", "en_CA"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CH", "fr_DZ"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
# Again a mix of locales with street data of their own that earlier splits used, another one than
# final28's and final29's: Australia, French Canada, Brazil, Slovakia, Macedonian Cyrillic, Armenian
# script, Azerbaijan and Indonesia (en_AU, fr_CA, pt_BR, sk_SK, mk_MK, hy_AM, az_AZ, id_ID, which final29
# left out) back in beside Russian Cyrillic, Greek, Hebrew and Arabic (Algeria) scripts, English Canadian,
# Austrian, German Swiss, Belgian, Portuguese, Chilean, Slovenian and Croatian ones; Ireland, New
# Zealand, French Switzerland, French Algeria, Czechia, Hungary, Norway, Romania, Finland, Ukrainian
# Cyrillic and Georgian (en_IE, en_NZ, fr_CH, fr_DZ, cs_CZ, hu_HU, no_NO, ro_RO, fi_FI, uk_UA, ka_GE) left
# out this time; language locales en_US, en_GB, en_AU, en_CA / de_DE, de_AT, de_CH / fr_FR, fr_CA /
# es_ES, es_CL / it_IT. What is unseen in final30 is its templates and its seeds, not its countries, nor
# its presidio locales, all four of which an early split's part used (eval/splits.py,
# PRESIDIO_REUSED_LOCALES).
FINAL30_EXTRA_LOCALES = _SHARED_EXTRA_LOCALES + [
    "en_CA", "en_AU", "de_AT", "de_CH", "fr_CA", "nl_BE", "pt_PT", "pt_BR", "es_CL", "sk_SK", "sl_SI",
    "hr_HR", "el_GR", "ru_RU", "mk_MK", "he_IL", "hy_AM", "az_AZ", "id_ID", "ar_DZ"]
FINAL30_LANGUAGE_LOCALES = {**LANGUAGE_LOCALES, "en": ["en_US", "en_GB", "en_AU", "en_CA"],
                            "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_FR", "fr_CA"],
                            "es": ["es_ES", "es_ES", "es_CL"]}
EXTRA_LOCALES = {"dev": DEV_EXTRA_LOCALES, "heldout": HELDOUT_EXTRA_LOCALES, "final": FINAL_EXTRA_LOCALES,
                 "final2": FINAL2_EXTRA_LOCALES, "final3": FINAL3_EXTRA_LOCALES, "final4": FINAL4_EXTRA_LOCALES,
                 "final5": FINAL5_EXTRA_LOCALES, "final6": FINAL6_EXTRA_LOCALES, "final7": FINAL7_EXTRA_LOCALES,
                 "final8": FINAL8_EXTRA_LOCALES, "final9": FINAL9_EXTRA_LOCALES,
                 "final10": FINAL10_EXTRA_LOCALES,
                 "final11": FINAL11_EXTRA_LOCALES,
                 "final12": FINAL12_EXTRA_LOCALES, "final13": FINAL13_EXTRA_LOCALES,
                 "final14": FINAL14_EXTRA_LOCALES,
                 "final15": FINAL15_EXTRA_LOCALES,
                 "final16": FINAL16_EXTRA_LOCALES,
                 "final17": FINAL17_EXTRA_LOCALES,
                 "final18": FINAL18_EXTRA_LOCALES,
                 "final19": FINAL19_EXTRA_LOCALES,
                 "final20": FINAL20_EXTRA_LOCALES,
                 "final21": FINAL21_EXTRA_LOCALES,
                 "final22": FINAL22_EXTRA_LOCALES,
                 "final23": FINAL23_EXTRA_LOCALES,
                 "final24": FINAL24_EXTRA_LOCALES,
                 "final25": FINAL25_EXTRA_LOCALES,
                 "final26": FINAL26_EXTRA_LOCALES,
                 "final27": FINAL27_EXTRA_LOCALES,
                 "final28": FINAL28_EXTRA_LOCALES,
                 "final29": FINAL29_EXTRA_LOCALES,
                 "final30": FINAL30_EXTRA_LOCALES}
BY_LANGUAGE = {"dev": LANGUAGE_LOCALES, "heldout": HELDOUT_LANGUAGE_LOCALES, "final": FINAL_LANGUAGE_LOCALES,
               "final2": FINAL2_LANGUAGE_LOCALES, "final3": FINAL3_LANGUAGE_LOCALES,
               "final4": FINAL4_LANGUAGE_LOCALES, "final5": FINAL5_LANGUAGE_LOCALES,
               "final6": FINAL6_LANGUAGE_LOCALES, "final7": FINAL7_LANGUAGE_LOCALES,
               "final8": FINAL8_LANGUAGE_LOCALES, "final9": FINAL9_LANGUAGE_LOCALES,
               "final10": FINAL10_LANGUAGE_LOCALES,
               "final11": FINAL11_LANGUAGE_LOCALES,
               "final12": FINAL12_LANGUAGE_LOCALES, "final13": FINAL13_LANGUAGE_LOCALES,
               "final14": FINAL14_LANGUAGE_LOCALES,
               "final15": FINAL15_LANGUAGE_LOCALES,
               "final16": FINAL16_LANGUAGE_LOCALES,
               "final17": FINAL17_LANGUAGE_LOCALES,
               "final18": FINAL18_LANGUAGE_LOCALES,
               "final19": FINAL19_LANGUAGE_LOCALES,
               "final20": FINAL20_LANGUAGE_LOCALES,
               "final21": FINAL21_LANGUAGE_LOCALES,
               "final22": FINAL22_LANGUAGE_LOCALES,
               "final23": FINAL23_LANGUAGE_LOCALES,
               "final24": FINAL24_LANGUAGE_LOCALES,
               "final25": FINAL25_LANGUAGE_LOCALES,
               "final26": FINAL26_LANGUAGE_LOCALES,
               "final27": FINAL27_LANGUAGE_LOCALES,
               "final28": FINAL28_LANGUAGE_LOCALES,
               "final29": FINAL29_LANGUAGE_LOCALES,
               "final30": FINAL30_LANGUAGE_LOCALES}
_TEMPLATES = {"dev": kind_templates_dev.TEMPLATES, "heldout": kind_templates_heldout.TEMPLATES,
              "final": kind_templates_final.TEMPLATES, "final2": kind_templates_final2.TEMPLATES,
              "final3": kind_templates_final3.TEMPLATES, "final4": kind_templates_final4.TEMPLATES,
              "final5": kind_templates_final5.TEMPLATES, "final6": kind_templates_final6.TEMPLATES,
              "final7": kind_templates_final7.TEMPLATES, "final8": kind_templates_final8.TEMPLATES,
              "final9": kind_templates_final9.TEMPLATES, "final10": kind_templates_final10.TEMPLATES,
              "final11": kind_templates_final11.TEMPLATES, "final12": kind_templates_final12.TEMPLATES,
              "final13": kind_templates_final13.TEMPLATES, "final14": kind_templates_final14.TEMPLATES,
              "final15": kind_templates_final15.TEMPLATES,
              "final16": kind_templates_final16.TEMPLATES,
              "final17": kind_templates_final17.TEMPLATES,
              "final18": kind_templates_final18.TEMPLATES,
              "final19": kind_templates_final19.TEMPLATES,
              "final20": kind_templates_final20.TEMPLATES,
              "final21": kind_templates_final21.TEMPLATES,
              "final22": kind_templates_final22.TEMPLATES,
              "final23": kind_templates_final23.TEMPLATES,
              "final24": kind_templates_final24.TEMPLATES,
              "final25": kind_templates_final25.TEMPLATES,
              "final26": kind_templates_final26.TEMPLATES,
              "final27": kind_templates_final27.TEMPLATES,
              "final28": kind_templates_final28.TEMPLATES,
              "final29": kind_templates_final29.TEMPLATES,
              "final30": kind_templates_final30.TEMPLATES}


def templates(split: str) -> dict[str, list[tuple[str, str]]]:
    if split not in _TEMPLATES:
        raise ValueError("split must be dev, heldout, final, final2, final3, final4, final5, final6, final7, final8, final9, final10, final11, final12, final13, final14, final15, final16, final17, final18, final19, final20, final21, final22, final23, final24, final25, final26, final27, final28, final29 or final30")
    return _TEMPLATES[split]


class _Draws(dict[str, tuple[str, str | None]]):
    """Slot -> (text, entity or None), drawn on first use, so a slot named twice in one template gets
    the same value."""

    def __init__(self, values: PlantedValues) -> None:
        super().__init__()
        self._values = values

    def __missing__(self, slot: str) -> tuple[str, str | None]:
        text, label = self._values.draw(slot)
        self[slot] = (text, None if label == PLAIN_TEXT else label)
        return self[slot]


def fill(template: str, values: PlantedValues, source: str) -> LabelledText:
    return fill_template(template, _Draws(values), source)


def _locale(kind: str, lang: str, split: str, rng: random.Random) -> str:
    extra, by_language = EXTRA_LOCALES[split], BY_LANGUAGE[split]
    # Postal blocks travel: a German letter may go to Denmark. Names too, now and then.
    if kind == "address_block" or rng.random() < 0.25:
        return rng.choice(extra)
    return rng.choice(by_language[lang])


def generate(split: str, seed: int, per_kind: int = 60) -> dict[str, list[LabelledText]]:
    """`per_kind` texts of each kind for one split and seed, keyed by kind name."""
    rng = random.Random(f"{split}-{seed}")
    out: dict[str, list[LabelledText]] = {}
    for kind, pairs in templates(split).items():
        texts = []
        for index in range(per_kind):
            lang, template = pairs[index % len(pairs)] if index < len(pairs) else rng.choice(pairs)
            values = PlantedValues(_locale(kind, lang, split, rng), lang, rng)
            texts.append(fill(template, values, f"{kind}_{lang}"))
        out[kind] = texts
    return out
