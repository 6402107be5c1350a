"""The capital letters a name, a firm's or a street's word opens with in Latin and Greek script
(addresses.py, names.py, firms.py and the other name filters build their patterns on them)."""

# Latin and Greek capitals ("Πεντέλης 210" is a Cypriot street as "Midway Road" is an American one).
UPPER = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x386, 0x3FF)] if chr(c).isupper())
