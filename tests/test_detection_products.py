"""Product names found as people or places are dropped (products.py via not_persons.py); a person
with a product-like first name, or after a title, stays. Names are synthetic."""

from __future__ import annotations

import pytest
from tests.engine_fixtures import kept_by_non_person_filter as kept





@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Hi there, thanks for contacting Zendesk support.", "Zendesk", "PERSON"),
        ("Our Okta SSO stopped working yesterday.", "Okta", "PERSON"),
        ("Login page shows a blank screen on Safari 17.4", "Safari", "PERSON"),
        ("- Migrate dashboards from Tableau to Looker Studio", "Tableau", "LOCATION"),
        ("root cause Redis Sentinel failover", "Sentinel", "PERSON"),
        ("- Sostituzione di Windows Server con Red Hat Enterprise Linux.", "Server", "PERSON"),
        ('{"name": "Okta Workforce Identity", "seats": 400}', "Okta Workforce Identity", "PERSON"),
        ("notre script de synchronisation Google Maps renvoie REQUEST_DENIED.", "Google Maps", "LOCATION"),
        ("# Export aus dem Active Directory, Auftrag RITM8520470", "Directory", "PERSON"),
        ('"Mozilla/5.0 (X11; Intel Mac OS X 14_4)"', "Mac", "PERSON"),
        ("abrid incidencia DATA-8066 en Nextcloud.", "Nextcloud", "LOCATION"),
    ],
)
def test_a_product_is_no_person_or_place(text: str, value: str, entity: str) -> None:
    assert kept(text, value, entity) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please ask Mr. Safari to call back.", "Safari"),
        ("Teams Anna will join the call.", "Anna"),
        ("Okta Johansson signed the contract.", "Okta Johansson"),
    ],
)
def test_a_person_stays(text: str, value: str) -> None:
    assert kept(text, value) == [value]
