"""Offline postcode lookup from the shipped Code-Point Open table."""

from mapper.domain.validation import normalise_postcode
from mapper.store import postcodes


def test_known_postcode_any_spacing_or_case():
    lon, lat = postcodes.lookup("s10 5br")
    assert abs(lon - -1.5035) < 0.001 and abs(lat - 53.3788) < 0.001
    assert postcodes.lookup("S105BR") == postcodes.lookup("S10 5BR")


def test_unknown_or_not_a_postcode():
    assert postcodes.lookup("ZZ99 9ZZ") is None
    assert postcodes.lookup("hello") is None
    assert normalise_postcode("not one") is None
    assert postcodes.known_count() > 30_000
