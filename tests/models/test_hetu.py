"""Finnish personal identity code validation. All codes are synthetic, computed here with the checksum."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.hetu import Hetu, InvalidHetu, hetu_matches_birth_date, is_valid_hetu, parse_hetu

CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def make(ddmmyy: str, sign: str, individual: str) -> str:
    """A code with a correct check character, built with the published algorithm."""
    return f"{ddmmyy}{sign}{individual}{CHECK_CHARS[int(ddmmyy + individual) % 31]}"


def wrong_check(code: str) -> str:
    right = code[-1]
    return code[:-1] + next(c for c in CHECK_CHARS if c != right)


def reason_of(text: str) -> str:
    with pytest.raises(InvalidHetu) as info:
        parse_hetu(text)
    return info.value.reason


def test_valid_code_parses() -> None:
    code = make("010594", "Y", "903")
    hetu = parse_hetu(code)
    assert hetu == Hetu(date(1994, 5, 1), 903, True, code)
    assert hetu.normalized == code
    assert is_valid_hetu(code)


def test_known_example_checksum() -> None:
    # 131052-308T is the example the Digital and Population Data Services Agency publishes.
    assert make("131052", "-", "308") == "131052-308T"
    assert parse_hetu("131052-308T").date_of_birth == date(1952, 10, 13)


@pytest.mark.parametrize("sign", sorted(CENTURY_SIGNS))
def test_each_century_sign(sign: str) -> None:
    hetu = parse_hetu(make("150777", sign, "123"))
    assert hetu.date_of_birth == date(CENTURY_SIGNS[sign] + 77, 7, 15)
    assert not hetu.is_temporary


@pytest.mark.parametrize("sign", ["G", "Z", "*", "/", "1", "_"])
def test_unknown_century_sign(sign: str) -> None:
    assert reason_of(make("150777", sign, "123")) == "century"


@pytest.mark.parametrize(
    ("ddmmyy", "sign", "valid"),
    [
        ("290200", "A", True),  # 2000 is a leap year
        ("290200", "-", False),  # 1900 is not
        ("290200", "+", False),  # 1800 is not
        ("290296", "-", True),
        ("290296", "V", True),
        ("290201", "B", False),
        ("290204", "C", True),
        ("280201", "A", True),
    ],
)
def test_29_february(ddmmyy: str, sign: str, valid: bool) -> None:
    code = make(ddmmyy, sign, "345")
    if valid:
        assert parse_hetu(code).date_of_birth.day == int(ddmmyy[:2])
    else:
        assert reason_of(code) == "date"


@pytest.mark.parametrize("ddmmyy", ["000190", "320190", "310490", "011390", "010090", "999999"])
def test_impossible_dates(ddmmyy: str) -> None:
    assert reason_of(make(ddmmyy, "-", "234")) == "date"


def test_wrong_checksum() -> None:
    assert reason_of(wrong_check(make("010594", "Y", "903"))) == "checksum"
    assert reason_of(wrong_check(make("311299", "A", "002"))) == "checksum"


@pytest.mark.parametrize("check", ["G", "I", "O", "Q", "Z", "g", "-"])
def test_check_character_outside_alphabet(check: str) -> None:
    assert reason_of("010594Y903" + check) == "format"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "010594Y903", "010594Y90322", "01059Y9032X", "010594YA032", "01 0594Y903", "010594Y9 03"],
)
def test_wrong_length_or_shape(text: str) -> None:
    assert reason_of(text) == "format"
    assert not is_valid_hetu(text)


def test_lowercase_and_whitespace_are_normalized() -> None:
    code = make("240317", "A", "997")
    assert code[-1].isalpha()  # so the lowercase variant really differs
    for text in (code.lower(), f"  {code.lower()}\n", f"\t{code} "):
        assert parse_hetu(text).normalized == code


@pytest.mark.parametrize(
    ("individual", "temporary"),
    [("002", False), ("500", False), ("899", False), ("900", True), ("950", True), ("999", True)],
)
def test_temporary_numbers_are_flagged(individual: str, temporary: bool) -> None:
    hetu = parse_hetu(make("121212", "-", individual))
    assert hetu.individual_number == int(individual)
    assert hetu.is_temporary is temporary


@pytest.mark.parametrize("individual", ["000", "001"])
def test_individual_numbers_below_002_are_invalid(individual: str) -> None:
    assert reason_of(make("121212", "-", individual)) == "individual_number"


@pytest.mark.parametrize(
    "text",
    [
        "131052-308X",  # checksum
        "310252-308T",  # date
        "131052G308T",  # century
        "131052-30",  # format
        make("121212", "-", "001"),  # individual number
    ],
)
def test_messages_never_contain_the_input(text: str) -> None:
    with pytest.raises(InvalidHetu) as info:
        parse_hetu(text)
    message = str(info.value) + repr(info.value) + repr(info.value.args)
    for part in (text, text[:6], text[7:10]):
        assert part not in message
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_repr_of_parsed_code_is_redacted() -> None:
    code = make("010594", "Y", "903")
    hetu = parse_hetu(code)
    assert code not in repr(hetu) and code not in str(hetu)
    assert "1994" not in repr(hetu)


def test_matches_birth_date() -> None:
    code = make("050608", "D", "456")
    assert hetu_matches_birth_date(code, date(2008, 6, 5))
    assert hetu_matches_birth_date(parse_hetu(code), date(2008, 6, 5))
    assert not hetu_matches_birth_date(code, date(1908, 6, 5))
    assert not hetu_matches_birth_date(wrong_check(code), date(2008, 6, 5))
    assert not hetu_matches_birth_date("", date(2008, 6, 5))


@given(
    born=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    individual=st.integers(min_value=2, max_value=999),
    data=st.data(),
)
def test_every_generated_code_round_trips(born: date, individual: int, data: st.DataObject) -> None:
    signs = [s for s, century in CENTURY_SIGNS.items() if century == born.year // 100 * 100]
    sign = data.draw(st.sampled_from(signs))
    code = make(born.strftime("%d%m%y"), sign, f"{individual:03d}")
    hetu = parse_hetu(code)
    assert (hetu.date_of_birth, hetu.individual_number) == (born, individual)
    assert hetu.is_temporary is (individual >= 900)
    assert reason_of(wrong_check(code)) == "checksum"
