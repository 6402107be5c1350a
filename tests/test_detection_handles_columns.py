"""A handle opening two lines or more of a direct-message transcript beside a capitalised speaker's
label is a login (chat_handles.py); a key opening lines of a config is none. A table column named for
whose street or town it holds ("dropoff_street", "pickup_town") holds addresses (columns.py). Every
value is synthetic."""

from __future__ import annotations

from tests.engine_fixtures import DEFAULT, engine  # noqa: F401 (the shared fixture)


def _found(engine, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(text[s.start : s.end], s.entity) for s in engine.analyze([text], DEFAULT)[0]]


def test_a_handle_speaking_in_a_direct_message_transcript_is_a_login(engine) -> None:  # noqa: F811
    text = ("Instagram DM – booking\n\nqtestwood: hiii do you have space on Tuesday?\n"
            "Studio: Hey! Yes, 3pm. What would you like?\nqtestwood: just a small script on my wrist")
    assert _found(engine, text).count(("qtestwood", "USERNAME")) == 2


def test_keys_opening_lines_of_a_config_are_no_logins(engine) -> None:  # noqa: F811
    text = "Settings:\ndb_host: db01.internal\nretry_count: 3\nretry_count: 4\nqueue_name: orders"
    assert not any(entity == "USERNAME" for _, entity in _found(engine, text))


def test_a_column_named_for_whose_street_it_holds_holds_streets(engine) -> None:  # noqa: F811
    text = ("manifest_id,rider,recipient_name,dropoff_street,dropoff_town\n"
            "CHG7075530,R-17,ცირა დავითაშვილი,ალვანის ქ. 38,55572 ახალციხე\n")
    found = _found(engine, text)
    assert ("ალვანის ქ. 38", "STREET_ADDRESS") in found
    assert ("55572 ახალციხე", "STREET_ADDRESS") in found
