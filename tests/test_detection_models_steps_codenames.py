"""Product models ("Dell WD19", "Typ Kiel", "Hamburg Pro"), pipeline step titles ("Install Nginx")
and code names ('Codename "Marlowe"', "Sprint Falcon") found as people are dropped (products.py,
code_words.py, named_things.py via not_persons.py); people and places beside such words stay."""

from __future__ import annotations

import pytest
from tests.engine_fixtures import kept_by_non_person_filter as kept





@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Short description: Docking station Dell WD19 not detected", "Dell"),
        ("Objet : Renouvellement du contrat de maintenance Sage X3", "Sage"),
        ("Artikel: 12x Stahlregal Typ Kiel 2000", "Typ Kiel"),
        ("4x Palettenregal Hamburg Pro", "Hamburg Pro"),
        ("- name: Install Nginx\n  hosts: webservers", "Install Nginx"),
        ("    - name: Ensure nginx is at the latest version", "Ensure"),
        ('Release notes 4.12.0 (Codename "Marlowe")', "Marlowe"),
        ("Fix Version/s: Sprint Falcon 24", "Falcon"),
        ("Il server Zeus in sala CED va in manutenzione sabato.", "Zeus"),
        ("Rolled out web-frontend 3.4.1 to Kubernetes cluster Aurora (eu-central-1)", "Aurora"),
        ("Messages – Class 3 Willow\n\nMs Roe (teacher): Hello!", "Willow"),
        ("Elternabend der Klasse 4b Füchse am Dienstag", "Füchse"),
    ],
)
def test_a_model_step_or_code_name_is_no_person(text: str, value: str) -> None:
    assert kept(text, value) == []


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Contact Jane Roe 415 555 0123", "Jane Roe", "PERSON"),
        ("Flat 4B, Kim Roe 3a", "Kim Roe", "PERSON"),
        ("Westminster\nLondon SW1A 2AA", "London", "LOCATION"),
        ("Install Jane Roe's laptop today", "Install Jane Roe", "PERSON"),
        ("Sprint Review – Team Phoenix", "Phoenix", "PERSON"),
        ("Table 12  Server: Maria  Guests: 2", "Maria", "PERSON"),
        ("Room 3 Jane Roe checked in", "Jane Roe", "PERSON"),
    ],
)
def test_a_person_or_place_stays(text: str, value: str, entity: str) -> None:
    assert kept(text, value, entity) != []
