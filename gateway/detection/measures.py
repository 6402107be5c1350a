"""A number followed by a unit of measure is a quantity, not a house number.

"14 Behälter 240 l", "Kabeltrommel 50 m", "Palette 800 kg": a capitalised noun between two numbers
has the shape of a street line ("906 Jõe 56"), but the second number measures something. Units
are written in their international symbols; a house number's letter suffix ("12 a", "7 B") stays
a house number, so single letters count only where no house numbering uses them.
"""

from __future__ import annotations

import re

# SI and common trade units, as written after a number: length, area, volume, mass, power, energy,
# pressure, temperature, data. Single letters only where no house number takes that letter suffix
# in practice ("l", "t", "m", "g" would be the 12th, 20th, 13th and 7th house on one plot).
_UNIT = re.compile(
    r"[ ]?(?:mm|cm|dm|km|m²|m2|m³|m3|qm|ml|cl|dl|hl|kg|mg|kW|kWh|MW|mA|kV|Pa|hPa|bar|psi|°C|°F|GB|MB|TB|l|t|m|g"
    r"|Stk|Stück|pcs|pieces|lbs?|oz|gal|ft|in\.)(?![\w²³])"
)


def measured(text: str, number_end: int) -> bool:
    """Whether a unit of measure follows the number that ends at `number_end`."""
    return _UNIT.match(text, number_end) is not None

