"""The generalisation evaluation (issue 11): splits, corpus kinds, decoy scoring and the CLI."""

from __future__ import annotations

import json
import random
import re

import pytest

import eval.__main__ as eval_cli
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
    kinds,
    planted,
    splits,
)
from eval.__main__ import main
from eval.corpus import GoldSpan, LabelledText
from eval.labels import CONTEXT_LABEL, DECOY_LABEL
from eval.planted import COUNTRY, LOCALE_REGION, PlantedValues
from eval.scoring import score
from gateway.detection.types import Span


def test_decoys_are_non_pii_and_count_as_false_alarms_when_masked() -> None:
    item = LabelledText("key FAKEkey123 commit abc123def", (GoldSpan(4, 14, "SECRET"), GoldSpan(22, 31, DECOY_LABEL)))
    board = score([item], [[Span(4, 14, "SECRET", 0.9), Span(22, 31, "SECRET", 0.9)]])
    assert board.entity("SECRET").recall == 1.0
    assert DECOY_LABEL not in board.by_entity
    assert board.decoys == 1 and board.decoy_false_alarm_share == 1.0
    # The decoy's 9 characters are non-PII and were changed; "key" and "commit" were not.
    assert board.non_pii_chars == 3 + 6 + 9 and board.non_pii_changed == 9


def test_kinds_are_deterministic_and_their_offsets_exact() -> None:
    first = kinds.generate("dev", 5, per_kind=15)
    assert first == kinds.generate("dev", 5, per_kind=15)
    assert first != kinds.generate("dev", 6, per_kind=15)
    for texts in first.values():
        for item in texts:
            for span in item.spans:
                assert 0 <= span.start < span.end <= len(item.text)
                assert item.text[span.start : span.end].strip() == item.text[span.start : span.end]


def test_held_out_templates_and_seeds_are_not_the_development_ones() -> None:
    for kind, pairs in kind_templates_heldout.TEMPLATES.items():
        assert not set(pairs) & set(kind_templates_dev.TEMPLATES[kind])
    assert not set(splits.SEEDS["dev"]) & set(splits.SEEDS["heldout"])
    assert splits.is_heldout_template("x") == splits.is_heldout_template(" x ")
    for split in splits.SPLITS:
        for seed in splits.SEEDS[split]:
            assert splits.presidio_path(split, seed).exists()


def test_every_postal_locale_has_a_country_and_dev_uses_no_held_out_only_country() -> None:
    for locale in {*kinds.DEV_EXTRA_LOCALES, *kinds.HELDOUT_EXTRA_LOCALES}:
        # a locale missing here would silently be addressed and dialled as the United States
        assert planted.COUNTRY[planted.LOCALE_REGION[locale]]
    # Held-out postal formats stay unseen: no country of a held-out-only locale is addressed in dev.
    heldout_only = set(kinds.HELDOUT_EXTRA_LOCALES) - set(kinds.DEV_EXTRA_LOCALES)
    dev_countries = {planted.LOCALE_REGION[locale] for locale in kinds.DEV_EXTRA_LOCALES}
    assert heldout_only and not {planted.LOCALE_REGION[locale] for locale in heldout_only} & dev_countries


def test_every_dev_template_fills_and_plants_something() -> None:
    locales = kinds.DEV_EXTRA_LOCALES
    for kind, pairs in kind_templates_dev.TEMPLATES.items():
        for index, (lang, template) in enumerate(pairs):
            values = planted.PlantedValues(locales[index % len(locales)], lang, random.Random(index))
            item = kinds.fill(template, values, kind)  # a slot planted.py does not know raises here
            assert item.spans, f"{kind} template {index} plants nothing"
            assert all(item.text[s.start : s.end].strip() for s in item.spans)


def test_case_suffixes_change_a_slots_letters_but_not_its_label() -> None:
    values = planted.PlantedValues("de_DE", "de", random.Random(3))
    upper, label = values.draw("name_uc")
    assert upper == upper.upper() and upper != upper.lower() and label == "PERSON"
    lower, label = values.draw("first2_lc")
    assert lower == lower.lower() and label == "PERSON"
    assert values.draw("ticket")[1] == "DECOY" and values.draw("dob_words")[1] == "DATE_OF_BIRTH"


def test_show_is_refused_on_the_unseen_splits(monkeypatch) -> None:
    # Should the refusal ever break, fail here rather than run the engine on an unseen split.
    monkeypatch.setattr(eval_cli, "_main_split", lambda args: pytest.fail("an unseen split was run"))
    # Between rounds no split may be sealed; the refusal is then checked on one sealed for the test.
    assert eval_cli.UNSEEN_SPLITS == splits.UNSEEN_SPLITS
    sealed = splits.UNSEEN_SPLITS or (splits.SPLITS[-1],)
    monkeypatch.setattr(eval_cli, "UNSEEN_SPLITS", sealed)
    for split in sealed:
        with pytest.raises(SystemExit):
            main(["--split", split, "--show", "5"])
    with pytest.raises(SystemExit):
        main(["--seeds", "1,2"])


_SLOT = re.compile(r"\{\{(\w+)\}\}")
_LABELS = PlantedValues("en_US", "en", random.Random(0))


def _sits_in(item: LabelledText, template: str) -> bool:
    """Does `item` fill `template` with each labelled slot's value exactly at its gold span?

    Labelled slots become the span's own text at its own offsets; unlabelled ones (company, job)
    any run of text on one line."""
    pieces = _SLOT.split(template)  # literal, slot, literal, slot, ..., literal
    slots = pieces[1::2]
    labels = [_LABELS.draw(slot)[1] for slot in slots]
    if sum(label != kinds.PLAIN_TEXT for label in labels) != len(item.spans):
        return False
    pattern, spans = re.escape(pieces[0]), iter(item.spans)
    for index, (label, literal) in enumerate(zip(labels, pieces[2::2])):
        if label == kinds.PLAIN_TEXT:
            pattern += r"[^\n]+?"
        else:
            span = next(spans)
            if span.entity != label:
                return False
            pattern += f"(?P<s{index}>{re.escape(item.text[span.start:span.end])})"
        pattern += re.escape(literal)
    match = re.fullmatch(pattern, item.text, re.DOTALL)
    if match is None:
        return False
    labelled = [i for i, label in enumerate(labels) if label != kinds.PLAIN_TEXT]
    return [(match.start(f"s{i}"), match.end(f"s{i}")) for i in labelled] == [(s.start, s.end) for s in item.spans]


@pytest.mark.parametrize("split, seed, module", [
    ("final", 201, kind_templates_final), ("final4", 501, kind_templates_final4), ("final5", 601, kind_templates_final5),
    ("final6", 701, kind_templates_final6), ("final7", 801, kind_templates_final7),
    ("final8", 901, kind_templates_final8),
    ("final9", 1001, kind_templates_final9),
    ("final10", 1101, kind_templates_final10),
    ("final11", 1201, kind_templates_final11),
    ("final12", 1301, kind_templates_final12),
    ("final13", 1401, kind_templates_final13),
    ("final14", 1501, kind_templates_final14),
    ("final15", 1601, kind_templates_final15),
    ("final16", 1701, kind_templates_final16),
    ("final17", 1801, kind_templates_final17),
    ("final18", 1901, kind_templates_final18),
    ("final19", 2001, kind_templates_final19),
    ("final20", 2101, kind_templates_final20),
    ("final21", 2201, kind_templates_final21),
    ("final22", 2301, kind_templates_final22),
    ("final23", 2401, kind_templates_final23),
    ("final24", 2501, kind_templates_final24),
    ("final25", 2601, kind_templates_final25),
    ("final26", 2701, kind_templates_final26),
    ("final27", 2801, kind_templates_final27),
    ("final28", 2901, kind_templates_final28),
    ("final29", 3001, kind_templates_final29),
    ("final30", 3101, kind_templates_final30)])
def test_a_split_loads_deterministically_with_spans_where_their_slots_are(split: str, seed: int, module) -> None:
    # Loads the labelled texts only: nothing here runs an engine on a sealed split.
    corpora = splits.load(split, seed)
    assert set(corpora) == {"presidio_templates", *kinds.templates(split)}
    assert corpora == splits.load(split, seed)
    assert corpora != splits.load(split, seed + 1)
    for kind, pairs in module.TEMPLATES.items():
        assert len(corpora[kind]) == 60
        for item in corpora[kind]:
            lang = item.source.removeprefix(f"{kind}_")
            assert item.spans
            assert any(_sits_in(item, template) for language, template in pairs if language == lang)
    for item in corpora["presidio_templates"]:
        for span in item.spans:  # presidio-evaluator leaves an empty context span now and then
            assert 0 <= span.start <= span.end <= len(item.text)
            assert span.entity == CONTEXT_LABEL or item.text[span.start : span.end].strip()


def test_a_span_in_the_wrong_place_is_caught_by_the_template_check() -> None:
    item = kinds.generate("final", 201, per_kind=1)["signature"][0]
    template = kind_templates_final.SIGNATURE[0][1]
    assert _sits_in(item, template)
    shifted = tuple(GoldSpan(s.start + 1, s.end + 1, s.entity) for s in item.spans)
    assert not _sits_in(LabelledText(item.text, shifted, item.source), template)


def test_the_final_split_is_new_text_in_more_places_than_the_held_out_one() -> None:
    for kind, pairs in kind_templates_final.TEMPLATES.items():
        assert len(pairs) >= len(kind_templates_heldout.TEMPLATES[kind])
        assert {lang for lang, _ in pairs} == {"en", "de", "fr", "es", "it"}
        for earlier in (kind_templates_dev, kind_templates_heldout):
            assert not {t for _, t in pairs} & {t for ps in earlier.TEMPLATES.values() for _, t in ps}
    seeds = [set(splits.SEEDS[split]) for split in splits.SPLITS]
    assert all(not a & b for i, a in enumerate(seeds) for b in seeds[i + 1 :])
    final, heldout = splits.load("final", 201, quick=True), splits.load("heldout", 101, quick=True)
    for kind in kinds.templates("final"):
        assert not {t.text for t in final[kind]} & {t.text for t in heldout[kind]}
    # presidio-evaluator's short templates without slots come out the same; the rest must not.
    shared = {t.text for t in final["presidio_templates"]} & {t.text for t in heldout["presidio_templates"]}
    assert len(shared) < len(final["presidio_templates"]) / 5
    assert not set(splits.PRESIDIO_LOCALES["final"]) & (set(splits.PRESIDIO_LOCALES["heldout"]) - {"en_US"})
    assert set(kinds.HELDOUT_EXTRA_LOCALES) < set(kinds.FINAL_EXTRA_LOCALES)
    for locale in kinds.FINAL_EXTRA_LOCALES:  # no locale falls back to an American postal block
        assert LOCALE_REGION[locale] in COUNTRY


def test_every_final4_template_fills_in_the_new_locales_and_its_own_language() -> None:
    # The new locales (other scripts, other postal orders) and one locale of the template's language in
    # turn; the other extras are covered by the loaded corpora above.
    for kind, pairs in kind_templates_final4.TEMPLATES.items():
        for index, (lang, template) in enumerate(pairs):
            own = kinds.FINAL4_LANGUAGE_LOCALES[lang]
            for number, locale in enumerate([*kinds.FINAL4_NEW_LOCALES, own[index % len(own)]]):
                values = planted.PlantedValues(locale, lang, random.Random(index * 100 + number))
                item = kinds.fill(template, values, kind)  # an unknown slot raises here
                assert "{{" not in item.text and "}}" not in item.text
                assert _sits_in(item, template)
                # Faker's es_ES streets end in a space now and then; the value itself is never blank.
                assert all(item.text[s.start : s.end].strip() for s in item.spans)


@pytest.mark.parametrize("module", [kind_templates_final4, kind_templates_final5, kind_templates_final6,
                                    kind_templates_final7, kind_templates_final8,
                                    kind_templates_final9, kind_templates_final10,
                                    kind_templates_final11, kind_templates_final12,
                                    kind_templates_final13, kind_templates_final14,
                                    kind_templates_final15, kind_templates_final16,
                                    kind_templates_final17, kind_templates_final18,
                                    kind_templates_final19, kind_templates_final20,
                                    kind_templates_final21, kind_templates_final22,
                                    kind_templates_final23, kind_templates_final24,
                                    kind_templates_final25, kind_templates_final26,
                                    kind_templates_final27, kind_templates_final28,
                                    kind_templates_final29, kind_templates_final30])
def test_final_templates_write_no_literal_personal_value(module) -> None:
    literal = re.compile(
        r"[\w.+-]+@[\w-]+\.[a-z]{2,}\b"  # an e-mail address (Outlook's cid:image@hex refs end in hex)
        r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"  # an IPv4 address
        r"|\+\d[\d ()-]{7,}"  # an international phone number
        r"|\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|\b(?:sk-|ghp_|glpat-|xox[bpa]-|AIza)\w+"  # a provider key
        r"|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}"  # an IBAN
    )
    for pairs in module.TEMPLATES.values():
        for _, template in pairs:
            assert not literal.search(_SLOT.sub(" ", template))
    assert literal.search("write to j.doe@example.org") and literal.search("ring +44 20 7946 0000")


def test_the_final4_split_is_new_text_in_new_places() -> None:
    earlier = (kind_templates_dev, kind_templates_heldout, kind_templates_final, kind_templates_final2,
               kind_templates_final3)
    seen = {t for module in earlier for pairs in module.TEMPLATES.values() for _, t in pairs}
    for kind, pairs in kind_templates_final4.TEMPLATES.items():
        assert len(pairs) >= 15
        assert {lang for lang, _ in pairs} == {"en", "de", "fr", "es", "it"}
        assert not {t for _, t in pairs} & seen
    assert sum(len(pairs) for pairs in kind_templates_final4.TEMPLATES.values()) >= 80
    assert splits.SEEDS["final4"] == (501, 502, 503)
    # Its presidio part is in Faker locales no earlier split used there (en_US aside).
    # (A later split may take them again as a reuse it declares: final29 takes all four.)
    used = {loc for split in splits.SPLITS if split != "final4" for loc in splits.PRESIDIO_LOCALES[split]
            if loc not in splits.PRESIDIO_REUSED_LOCALES.get(split, {})}
    assert len(splits.PRESIDIO_LOCALES["final4"]) == 5
    assert not set(splits.PRESIDIO_LOCALES["final4"]) & (used - {"en_US"})
    # Its new postal locales were no earlier split's extra locale, and none falls back to the United States.
    before = splits.SPLITS[: splits.SPLITS.index("final4")]  # later splits may draw from them again
    earlier_extras = {loc for split in before for loc in kinds.EXTRA_LOCALES[split]}
    assert kinds.FINAL4_NEW_LOCALES and not set(kinds.FINAL4_NEW_LOCALES) & earlier_extras
    assert set(kinds.FINAL4_NEW_LOCALES) < set(kinds.FINAL4_EXTRA_LOCALES)
    for locale in {*kinds.FINAL4_EXTRA_LOCALES, *(loc for ls in kinds.FINAL4_LANGUAGE_LOCALES.values() for loc in ls)}:
        assert LOCALE_REGION[locale] in COUNTRY
    final4, final3 = splits.load("final4", 501, quick=True), splits.load("final3", 401, quick=True)
    for kind in kinds.templates("final4"):
        assert not {t.text for t in final4[kind]} & {t.text for t in final3[kind]}


# Each later sealed split: its template module, the template modules before it, the split before it,
# and the postal locales in other scripts each of its templates is filled in (besides its own language's).
LATER_SPLITS = {
    "final5": (kind_templates_final5, ("el_GR", "uk_UA", "mk_MK"), "final4"),
    "final6": (kind_templates_final6, ("ru_RU", "he_IL", "el_GR"), "final5"),
    "final7": (kind_templates_final7, ("ka_GE", "hy_AM", "ar_DZ"), "final6"),
    "final8": (kind_templates_final8, ("uk_UA", "hy_AM", "he_IL"), "final7"),
    "final9": (kind_templates_final9, ("he_IL", "mk_MK", "hy_AM"), "final8"),
    "final10": (kind_templates_final10, ("ka_GE", "ar_DZ", "ru_RU"), "final9"),
    "final11": (kind_templates_final11, ("ka_GE", "ar_DZ", "ru_RU"), "final10"),
    "final12": (kind_templates_final12, ("mk_MK", "he_IL", "hy_AM"), "final11"),
    "final13": (kind_templates_final13, ("he_IL", "hy_AM", "mk_MK"), "final12"),
    "final14": (kind_templates_final14, ("ka_GE", "he_IL", "ru_RU"), "final13"),
    "final15": (kind_templates_final15, ("ru_RU", "ka_GE", "ar_DZ"), "final14"),
    "final16": (kind_templates_final16, ("mk_MK", "hy_AM", "ar_DZ"), "final15"),
    "final17": (kind_templates_final17, ("uk_UA", "ar_DZ", "hy_AM"), "final16"),
    "final18": (kind_templates_final18, ("ru_RU", "he_IL", "ka_GE"), "final17"),
    "final19": (kind_templates_final19, ("ru_RU", "he_IL", "ka_GE"), "final18"),
    "final20": (kind_templates_final20, ("uk_UA", "hy_AM", "ar_DZ"), "final19"),
    "final21": (kind_templates_final21, ("uk_UA", "ar_DZ", "ka_GE"), "final20"),
    "final22": (kind_templates_final22, ("mk_MK", "el_GR", "he_IL"), "final21"),
    "final23": (kind_templates_final23, ("mk_MK", "el_GR", "he_IL"), "final22"),
    "final24": (kind_templates_final24, ("uk_UA", "el_GR", "ar_DZ"), "final23"),
    "final25": (kind_templates_final25, ("uk_UA", "ka_GE", "ar_DZ"), "final24"),
    "final26": (kind_templates_final26, ("ru_RU", "el_GR", "hy_AM"), "final25"),
    "final27": (kind_templates_final27, ("ru_RU", "el_GR", "hy_AM"), "final26"),
    "final28": (kind_templates_final28, ("uk_UA", "ka_GE", "he_IL"), "final27"),
    "final29": (kind_templates_final29, ("uk_UA", "ka_GE", "el_GR"), "final28"),
    "final30": (kind_templates_final30, ("mk_MK", "hy_AM", "ar_DZ"), "final29"),
}
EARLIER_MODULES = [kind_templates_dev, kind_templates_heldout, kind_templates_final, kind_templates_final2,
                   kind_templates_final3, kind_templates_final4, kind_templates_final5, kind_templates_final6,
                   kind_templates_final7, kind_templates_final8, kind_templates_final9, kind_templates_final10,
                   kind_templates_final11, kind_templates_final12, kind_templates_final13,
                   kind_templates_final14, kind_templates_final15, kind_templates_final16,
                   kind_templates_final17, kind_templates_final18,
                   kind_templates_final19, kind_templates_final20,
                   kind_templates_final21, kind_templates_final22,
                   kind_templates_final23, kind_templates_final24,
                   kind_templates_final25, kind_templates_final26,
                   kind_templates_final27, kind_templates_final28,
                   kind_templates_final29, kind_templates_final30]


@pytest.mark.parametrize("split", sorted(LATER_SPLITS))
def test_every_later_template_fills_in_other_scripts_and_its_own_language(split: str) -> None:
    # Postal blocks and names in other scripts (the extras), and one locale of the template's language in
    # turn; the other extras are covered by the loaded corpora above.
    module, scripts, _ = LATER_SPLITS[split]
    language_locales = getattr(kinds, f"{split.upper()}_LANGUAGE_LOCALES")
    for kind, pairs in module.TEMPLATES.items():
        for index, (lang, template) in enumerate(pairs):
            own = language_locales[lang]
            for number, locale in enumerate([*scripts, own[index % len(own)]]):
                values = planted.PlantedValues(locale, lang, random.Random(index * 100 + number))
                item = kinds.fill(template, values, kind)  # an unknown slot raises here
                assert "{{" not in item.text and "}}" not in item.text
                assert _sits_in(item, template)
                assert all(item.text[s.start : s.end].strip() for s in item.spans)


@pytest.mark.parametrize("split", sorted(LATER_SPLITS))
def test_a_later_split_is_new_text_in_new_places(split: str) -> None:
    module, _, before = LATER_SPLITS[split]
    earlier = EARLIER_MODULES[: EARLIER_MODULES.index(module)]
    seen = {t for m in earlier for pairs in m.TEMPLATES.values() for _, t in pairs}
    for kind, pairs in module.TEMPLATES.items():
        assert len(pairs) >= 16
        assert {lang for lang, _ in pairs} == {"en", "de", "fr", "es", "it"}
        assert not {t for _, t in pairs} & seen
    assert sum(len(pairs) for pairs in module.TEMPLATES.values()) >= 80
    seeds = splits.SEEDS[split]
    assert not set(seeds) & {s for other in splits.SPLITS if other != split for s in splits.SEEDS[other]}
    # Its presidio part is in Faker locales no earlier split used there (en_US aside), but for the reuses
    # it declares (one or several), each of a locale an earlier split's part used first (dev, heldout,
    # final and final2 for every reuse until final27; final4 for final29's, final5 for final30's).
    # (A later split's declared reuse of one of them does not count: final30 takes final5's four.)
    used = {loc for other in splits.SPLITS if other != split for loc in splits.PRESIDIO_LOCALES[other]
            if loc not in splits.PRESIDIO_REUSED_LOCALES.get(other, {})}
    reused = splits.PRESIDIO_REUSED_LOCALES.get(split, {})
    assert len(splits.PRESIDIO_LOCALES[split]) == 5
    assert not (set(splits.PRESIDIO_LOCALES[split]) - set(reused)) & (used - {"en_US"})
    assert "en_US" not in reused and len(reused) <= len(splits.PRESIDIO_LOCALES[split]) - 1
    for locale, early in reused.items():
        assert early in splits.SPLITS[: splits.SPLITS.index(split)] and locale in splits.PRESIDIO_LOCALES[early]
        assert locale not in splits.PRESIDIO_REUSED_LOCALES.get(early, {})
        assert locale in splits.PRESIDIO_LOCALES[split] and locale != "en_US"
    # Its postal and name locales all have a country of their own (none falls back to the United States).
    extra = getattr(kinds, f"{split.upper()}_EXTRA_LOCALES")
    language_locales = getattr(kinds, f"{split.upper()}_LANGUAGE_LOCALES")
    for locale in {*extra, *(loc for ls in language_locales.values() for loc in ls)}:
        assert LOCALE_REGION[locale] in COUNTRY
    this, previous = splits.load(split, seeds[0], quick=True), splits.load(before, splits.SEEDS[before][0], quick=True)
    for kind in kinds.templates(split):
        assert not {t.text for t in this[kind]} & {t.text for t in previous[kind]}


def test_a_tiny_dev_run_reports_mean_and_spread(tmp_path, capsys) -> None:
    out = tmp_path / "figures.json"
    assert main(["--engine", "ours", "--split", "dev", "--seeds", "1", "--quick", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "mean ± sd over seeds" in printed and "secrets_code" in printed
    figures = json.loads(out.read_text())["ours"]["1"]
    assert set(figures) == {"presidio_templates", *kinds.templates("dev")}
