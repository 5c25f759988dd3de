from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monev_desktop.domain.nip import parse_nip


def test_display_form_and_parts():
    nip = parse_nip("196711101992031001")
    assert str(nip) == "19671110 199203 1 001"
    assert nip.birth_date == date(1967, 11, 10)
    assert nip.service_start == (1992, 3)
    assert nip.sex == "L"


def test_accepts_the_display_form_back():
    assert parse_nip("19671110 199203 1 001").digits == "196711101992031001"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("12345", "18 angka"),
        ("1967111019920310011", "18 angka"),
        ("19671310199203 1 001", "tanggal lahir"),
        ("19671110 199213 1 001", "pengangkatan"),
        ("19671110 197003 1 001", "pengangkatan"),
        ("19671110 199203 3 001", "laki-laki"),
        ("19671110 199203 1 000", "nomor urut"),
        ("1967111O 199203 1 001", "18 angka"),
    ],
)
def test_invalid_nip_says_what_is_wrong(text, words):
    with pytest.raises(ValueError, match=words):
        parse_nip(text)


@given(
    born=st.dates(min_value=date(1950, 1, 1), max_value=date(2004, 12, 31)),
    years_later=st.integers(min_value=18, max_value=40),
    month=st.integers(min_value=1, max_value=12),
    sex=st.sampled_from("12"),
    serial=st.integers(min_value=1, max_value=999),
)
def test_display_form_round_trips(born, years_later, month, sex, serial):
    digits = f"{born:%Y%m%d}{born.year + years_later:04d}{month:02d}{sex}{serial:03d}"
    nip = parse_nip(digits)
    assert parse_nip(str(nip)) == nip
    assert str(nip).replace(" ", "") == digits
