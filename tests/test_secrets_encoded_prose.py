"""Base64 that decodes to sentences is test data, not a key; key material and encoded credentials
stay secrets (gateway/detection/secret_values.py, secrets.py). Values are generated here."""

from __future__ import annotations

import base64
import random

from gateway.detection.secrets import find_secrets
from gateway.detection.views import TextViews


def secrets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_secrets(TextViews(text))]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def test_an_app_key_of_encoded_sentences_is_no_secret() -> None:
    for sentence in ("Acuerdo parece problema en la sala.", "Lorem ipsum dolor sit amet, sed do eiusmod.",
                     "Quam possimus vitae molestiae eos porro."):
        text = f"APP_ENV=staging\nAPP_KEY=base64:{_b64(sentence.encode())}\nDB_HOST=db.internal\n"
        assert secrets(text) == []


def test_random_key_material_and_encoded_credentials_stay_secrets() -> None:
    rng = random.Random(7)
    key = _b64(bytes(rng.randrange(256) for _ in range(32)))
    assert secrets(f"APP_KEY=base64:{key}\n") == [f"base64:{key}"]
    credentials = _b64(b"jfake:Xq7pLm2Rt9Vw")
    assert secrets(f"auth_token = {credentials}\n") == [credentials]
