"""Words that make a name a company's: legal forms ("GmbH", "Kft.", "Sp. z o.o.") and organisation
words ("Group", "Stichting", "Fratelli").

Legal forms are compared as written: "AG", "SA", "AS" are legal forms, "as" and "sa" are words.
The lists follow the legal forms of the countries whose text the gateway sees (the EU, the UK and
Ireland, Switzerland, Norway, the US), not any corpus. Forms that are also everyday capitals
("ME", "CV", "PC") are left out: "Jane Doe CV" is a person's CV. Faker's company suffixes of every
locale written in Latin script add the forms the list above misses ("Kht.", "o.s.", "ASF", "LOC"),
less those of two letters (undotted) and those that are words or other abbreviations ("CON", "URL").
"""

from __future__ import annotations

import re

import faker.providers.company as faker_company

from .faker_data import locale_providers

LEGAL_FORMS = frozenset(
    # English-speaking countries
    "Inc Inc. Incorporated LLC L.L.C. LLP L.L.P. LP L.P. Ltd Ltd. Limited PLC plc Corp Corp. Corporation "
    "Co Co. PLLC DAC CLG ULC Teo. Teoranta CIC "
    # German-speaking countries
    "GmbH gGmbH mbH AG KG KGaA OHG OG e.V. eV GbR UG SE eG e.G. PartG PartGmbB Ges.m.b.H. GesmbH GesbR GesnbR e.U. e.K. "
    "Sàrl Sagl "
    # French, Belgian, Luxembourgish
    "S.A. SA SAS S.A.S. SASU SARL S.A.R.L. EURL SNC S.N.C. SCI SCP S.C.P. SCOP SCA GIE SPRL BVBA VZW ASBL "
    # Spanish, Portuguese
    "S.L. SL S.L.U. SLU S.L.N.E. S.L.L. S.C. S.Coop. S.Com. S.A.U. C.B. Lda Lda. Ltda Ltda. SGPS Unipessoal "
    "Limitada S/A EIRL E.I.R.L. SpA "  # Latin America: Chile's sole-trader firm, Brazil's S/A
    # Italian
    "S.p.A. SpA SPA S.P.A. Srl S.r.l. s.r.l. SRL S.r.l.s. Srls S.n.c. Snc S.a.s. Sas S.c.a.r.l. Scarl "
    # Dutch
    "BV B.V. NV N.V. VOF V.O.F. C.V. CommV "
    # Nordic countries
    "AB HB KB A/S ApS I/S K/S P/S IVS AS ASA ANS DA Oy Oyj Ky Ay Tmi Osk hf. ehf. "
    # Polish, Czech, Slovak, Hungarian, Slovenian, Croatian, Romanian, Baltic, Greek
    "sp. Sp. Sp.k. sp.k. Sp.j. sp.j. S.K.A. s.r.o. a.s. spol. v.o.s. k.s. z.s. o.p.s. Kft. Kft Zrt. Zrt "
    "Nyrt. Nyrt Bt. Bt Kkt. Kkt Rt. d.o.o. d.d. j.d.o.o. OÜ SIA UAB Α.Ε. Ε.Π.Ε. Ο.Ε. ΙΚΕ Ι.Κ.Ε. Α.Β.Ε.Ε. Ε.Ε. "
    "ΑΕ ΕΠΕ ΟΕ ΑΒΕΕ "
    # Finnish registered association, Indonesian listed and state-owned companies ("PD Sari (Persero) Tbk")
    "ry Tbk Persero (Persero)".split()
)
# Suffixes that are everyday words or abbreviations in capitals, never taken from Faker.
_NOT_FORMS = frozenset("CON URL INC RA EP SEM OC1 OC2 OC3 SPI PFA CRL".split())


def _cyrillic_or_armenian(suffix: str) -> bool:
    return len(suffix) >= 2 and all(0x400 <= ord(c) < 0x590 for c in suffix)


def _faker_forms() -> frozenset[str]:
    """The single-token company suffixes of Faker's Latin-script locales ("Kht.", "o.s.", "ASF") and
    of its Cyrillic and Armenian ones (bg_BG, mk_MK, ru_RU: "ЕООД", "ЈП"; hy_AM: "ՍՊԸ", "Հոլդինգ")."""
    forms: set[str] = set()
    for _, provider in locale_providers(faker_company):
        for suffix in getattr(provider, "company_suffixes", ()):
            if not isinstance(suffix, str) or " " in suffix:
                continue
            if _cyrillic_or_armenian(suffix):
                forms.add(suffix)  # "ЈП", "ДООЕЛ", "ЕООД", "Лтд", "ՓԲԸ": no everyday word of the five languages
                continue
            if not all(ord(c) < 0x250 for c in suffix):
                continue
            letters = suffix.replace(".", "").replace("/", "")
            dotted_or_capitals = "." in suffix or "/" in suffix or suffix.isupper()
            long_enough = len(letters) > 2 or len(letters) == 2 and "." in suffix  # "o.s.", not "AS"
            if long_enough and dotted_or_capitals and suffix not in _NOT_FORMS and letters.isalnum():
                forms.add(suffix)
    return frozenset(forms)


LEGAL_FORMS = LEGAL_FORMS | _faker_forms()


def _faker_prefixes() -> frozenset[str]:
    """Faker's company prefixes in Latin script ("PT", "CV", "Perum", "S.C.", "Gabinety"): forms that
    open a firm's name. Only before a name: "Jane Doe CV" is a person's CV."""
    prefixes: set[str] = set()
    for _, provider in locale_providers(faker_company):
        values = getattr(provider, "company_prefixes", ())
        prefixes.update(p.strip() for p in values if isinstance(p, str) and p.strip() and all(ord(c) < 0x250 for c in p))
    return frozenset(prefixes)


# Written as Faker writes them; compared as written before a name (firms "PD Sari", "Perum Wijaya").
COMPANY_PREFIXES = _faker_prefixes()
# Organisation words, in any case, written capitalised: "Gomez Group", "Grupo Coronado", "Stichting Vos",
# and the words of a department's name ("Abteilung Einkauf").
ORGANISATION_WORDS = frozenset(
    # group, holding, associates, sons and brothers
    "group groep gruppe grupo gruppo groupe grupa skupina csoport koncern holding holdings associates "
    "asociados associés associati partners partnership partnerschaft fils figli hijos söhne sons filhos "
    "brothers bros bros. gebrüder gebr. frères hermanos hnos hnos. fratelli irmãos synowie synové fiai "
    "sønner sönner társa társai "
    # company, firm, society in the languages of the EU ("Company" is a Catalan surname too)
    "compagnie cie cie. compañía compagnia companhia empresa société società sociedad sociedade "
    "spółka společnost társaság yhtiö selskab selskap bolag bolaget kanzlei bufete "
    # foundation, association, cooperative
    "foundation stiftung stichting fundación fundació fondazione fondation fundação fundacja nadace "
    "alapítvány säätiö stiftelse stiftelsen verein vereniging association asociación associazione "
    "associação stowarzyszenie yhdistys förening forening cooperativa coöperatie genossenschaft "
    "spółdzielnia družstvo osuuskunta "
    # trades and sectors that close a firm's name
    "industries industrias industrie consultores consulting consultants immobilien suministros "
    "comercializadora construcciones servicios inversiones soluciones distribuciones transportes "
    "solutions systems technologies labs ventures logistics logística verlag werke enterprises "
    "bank banca banco bankhaus sparkasse insurance versicherung assurances seguros assicurazioni "
    "instalaciones centraal royal koninklijke trust costruzioni trasporti servizi impianti constructions transports "
    "bau technik logistik logistique immobilier immobiliare inmobiliaria ingeniería ingegneria "
    "engineering software pharma beratung "
    # communities of owners or residents, named after their building ("Comunidad Edificio Los Olmos")
    "comunidad comunitat comunità communauté community condominio copropriété "
    # professional firms
    "solicitors lawyers attorneys barristers accountants architects notaires avocats abogados avvocati "
    "advocaten rechtsanwälte steuerberater "
    # practices and services that close a firm's or a unit's name ("Dillon Veterinary Surgery",
    # "Riverside Clinic", "Betriebsärztlicher Dienst"); words that open a doctor's name ("Praxis
    # Dr. Lang") are left out: the name after them is a person
    "surgery veterinary clinic dienst "
    # performing companies and wine houses named after a founder ("Adams Opera", "Gaspar Bodegas")
    "opera orchestra orchester orchestre orquesta philharmonic philharmonie choir chorale ensemble "
    "theatre theater théâtre teatro bodegas viñedos vineyards winery weingut brewery brauerei "
    "hospice hospices hospiz hospizverein "
    # clubs, cafés and restorers that close a name ("Hobbs-Serrano Club", "Martin Repair Café", "Kubík
    # Pavlík Classic Car Restorations", "Scott-Morgan Restauro Auto")
    "club café restorations restoration restauro restauración restaurierung "
    # departments and units: "Departamento de Ventas", "Abteilung Einkauf", "Ufficio Acquisti"
    "department dept. departement departamento département dipartimento abteilung ufficio afdeling "
    "avdelning afdelingen osasto dział oddělení osztály division".split()
)
# Partners and family closing a firm's name after "and", written in lower case as often as not:
# "Gualtieri e figli", "Herranz y asociados", "Horváth és társa", "Normand et fils".
PARTNER_WORDS = frozenset(
    "associates asociados associés associati partner partners partnere sons söhne sønner sönner fils figli "
    "hijos filhos synowie syn synové társa társai brothers frères hermanos fratelli irmãos cie cie. co co. "
    "compagnie compañía compagnia".split()
)
# Dotted legal forms: "S.A.", "S.Coop.", "S.L.N.E", "S.C.P" (a lone initial like "J." is not one).
_DOTTED_FORM = re.compile(r"^S\.[A-Z][a-z]{0,4}\.?(?:[A-Z]\.?)*$")


# German compounds naming a centre ("Tauchsportzentrum", "Ausbildungszentrum"): no name ends so.
_CENTRE_ENDINGS = ("zentrum", "zentren")


def is_legal_form(word: str) -> bool:
    # "GbR." closing a sentence is "GbR". (_DOTTED_FORM opens on "S.": no regex call for other words,
    # most of those asked about.)
    return (word in LEGAL_FORMS or word.startswith("S.") and _DOTTED_FORM.match(word) is not None
            or (word.endswith(".") and word[:-1] in LEGAL_FORMS))


def is_organisation_word(word: str) -> bool:
    """A legal form as written, or a capitalised organisation word."""
    if is_legal_form(word):
        return True
    if not word[:1].isupper():
        return False  # (most words asked about: no lower-casing for them)
    lower = word.lower()
    # "Holdaway Group." closing a sentence is "Group"; "Kocianová Tauchsportzentrum": a centre's compound.
    return lower in ORGANISATION_WORDS or lower.rstrip(".") in ORGANISATION_WORDS or lower.endswith(_CENTRE_ENDINGS)
