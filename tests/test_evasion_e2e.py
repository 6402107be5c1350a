"""Issue 7 through the HTTP gateway under the shipped default policy: evasion forms never reach the
upstream, pseudonyms restore to exactly what the user typed, and ordinary spaced numbers pass untouched.

All values are synthetic (test card numbers, the ECBS example IBAN, reserved/example domains).
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.gateway_fixtures import RunningGateway, Upstreams

ECHO = "hf:test/echo"
ZW = "\u200b"
CYRILLIC = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i"}


def skeleton(text: str) -> str:
    """What a model could read back: compatibility-folded, invisible characters and separators gone."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(CYRILLIC.get(ch, ch) for ch in text if unicodedata.category(ch) != "Cf")
    return "".join(ch for ch in text.lower() if ch.isalnum())


# (form, prompt, fragments that must not survive in what the upstream receives)
CARD = ["4111111111111111"]
EMAIL = ["ashworth", "examplemail"]
PHONE = ["2125550187"]
IBAN = ["de89370400440532013000"]
FORMS = [
    ("card spaced every digit", "Pay with 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 today.", CARD),
    ("card dotted", "Karte: 4111.1111.1111.1111 bitte belasten.", CARD),
    ("card dashed", "Carte 4111-1111-1111-1111 à débiter.", CARD),
    ("card slashed", "Tarjeta 4111/1111/1111/1111 por favor.", CARD),
    ("card full-width", "Card ４１１１ １１１１ １１１１ １１１１ please.", CARD),
    ("card zero-width", f"Card 4111{ZW}1111{ZW}1111{ZW}1111 please.", CARD),
    ("email spelled en", "Write to quinn dot ashworth at examplemail dot com tomorrow.", EMAIL),
    ("email brackets", "Mail quinn.ashworth[at]examplemail[dot]com now.", EMAIL),
    ("email parens", "Mail quinn (dot) ashworth (at) examplemail (dot) com now.", EMAIL),
    ("email spelled de", "Schreib an quinn punkt ashworth ät examplemail punkt de bitte.", EMAIL),
    ("email spelled fr", "Écris à quinn point ashworth arobase examplemail point fr demain.", EMAIL),
    ("email spelled es", "Escribe a quinn punto ashworth arroba examplemail punto es mañana.", EMAIL),
    ("email spelled it", "Scrivi a quinn punto ashworth chiocciola examplemail punto it domani.", EMAIL),
    ("email zero-width", f"Mail qu{ZW}inn.ash{ZW}worth@example{ZW}mail.com now.", EMAIL),
    ("email cyrillic", "Mail quinn.аshworth@exаmplemail.com now.", EMAIL),
    ("email full-width", "Mail ｑｕｉｎｎ．ａｓｈｗｏｒｔｈ＠ｅｘａｍｐｌｅｍａｉｌ．ｃｏｍ now.", EMAIL),
    ("phone spaced every digit", "Call +1 2 1 2 5 5 5 0 1 8 7 after six.", PHONE),
    ("phone dotted", "Ruf an: +1.212.555.0187 nach sechs.", PHONE),
    ("iban groups of four", "IBAN DE89 3704 0044 0532 0130 00 für die Miete.", IBAN),
    ("iban zero-width", f"IBAN DE89{ZW}3704{ZW}0044{ZW}0532{ZW}0130{ZW}00 pour le loyer.", IBAN),
]


@pytest.mark.parametrize("form,prompt,fragments", FORMS, ids=[f[0] for f in FORMS])
def test_evasion_form_never_reaches_upstream(gateway: RunningGateway, clean: Upstreams, form, prompt, fragments):
    r = gateway.post("eu-team", {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    assert r.status_code == 200, r.text
    sent = clean.chat_bodies("eu")[0]["messages"][0]["content"]
    for fragment in fragments:
        assert fragment not in skeleton(sent), form


@pytest.mark.parametrize("prompt", [
    f"Schreib an qu{ZW}inn.ash{ZW}worth@examplemail.com bitte.",
    "Mail quinn.аshworth@exаmplemail.com, or call +1 2 1 2 5 5 5 0 1 8 7.",
    "Écris à quinn point ashworth arobase examplemail point fr demain.",
])
@pytest.mark.parametrize("stream", [False, True])
def test_restoration_gives_back_exactly_what_was_typed(gateway: RunningGateway, clean: Upstreams, prompt, stream):
    client = gateway.openai("eu-team")
    messages = [{"role": "user", "content": prompt}]
    if stream:
        chunks = client.chat.completions.create(model="hf:test/stream-chars", messages=messages, stream=True)
        answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        answer = client.chat.completions.create(model=ECHO, messages=messages).choices[0].message.content
    assert answer == prompt
    assert "ashworth" not in skeleton(clean.chat_bodies("eu")[0]["messages"][0]["content"])


ORDINARY = [
    "The release is planned for 2024 01 15 at 10 30 in room 4 12.",
    "Upgrade from version 1.2.3 to 2.0.1 and then 2 0 2 beta.",
    "Order 1234 5678 9012 3457 shipped; reference 1234-5678-9012-3457.",
    "We sold 12 500 units in Q3 and 13 250 in Q4, up 6.0 percent.",
    "Der Termin ist am 15.01.2024 um 10.30 Uhr, Raum 3 14.",
    "Ticket 20240115-0042 was merged in build 7 3 1 9.",
]


@pytest.mark.parametrize("prompt", ORDINARY)
def test_ordinary_spaced_numbers_are_left_alone(gateway: RunningGateway, clean: Upstreams, prompt):
    r = gateway.post("eu-team", {"model": ECHO, "messages": [{"role": "user", "content": prompt}]})
    assert r.status_code == 200
    assert clean.chat_bodies("eu")[0]["messages"][0]["content"] == prompt
