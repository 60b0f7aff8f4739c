"""URL parameters read against a page's schema: clean values, refusals, never an exception."""

from hypothesis import given
from hypothesis import strategies as st

from dashboard.ui.url_parse import MAX_VALUE_LENGTH, Choice, Number, Text, parse, shown

SCHEMA = {"rol": Choice(["pilot", "case"], many=True, limit=2), "gemeente": Choice(["GM0106"]),
          "slide": Number(1, 8), "zoek": Text(max_length=10)}


def test_known_values_are_kept_in_order_and_duplicates_fold():
    parsed = parse(SCHEMA, {"rol": ["case,pilot", "case"], "gemeente": ["GM0106", "GM0106"]})
    assert parsed.values["rol"] == ["case", "pilot"]
    assert parsed.values["gemeente"] == "GM0106"
    assert parsed.refused == {}


def test_absent_parameters_are_empty():
    assert parse(SCHEMA, {}).values == {"rol": [], "gemeente": None, "slide": None, "zoek": ""}


def test_unknown_and_surplus_values_are_refused_once_each():
    parsed = parse(SCHEMA, {"rol": ["x,pilot,x,case,pilot,y"], "gemeente": ["GM9999"]})
    assert parsed.values["rol"] == ["pilot", "case"]
    assert parsed.refused == {"rol": ["x", "y"], "gemeente": ["GM9999"]}
    assert parse({"k": Choice("abc", many=True, limit=2)}, {"k": ["a,b,c"]}).refused == {
        "k": ["c"]}


def test_numbers_are_ascii_digits_in_range_and_never_converted_when_huge():
    for raw in ("0", "9", "-1", "²", "١٢", "3.0", " ", "1e3", "9" * 5000, "0" * 50 + "1"):
        parsed = parse(SCHEMA, {"slide": [raw]})
        assert parsed.values["slide"] is None, raw
    assert parse(SCHEMA, {"slide": ["3"]}).values["slide"] == 3


def test_text_is_cut_to_its_length():
    parsed = parse(SCHEMA, {"zoek": ["x" * 50]})
    assert parsed.values["zoek"] == "x" * 10
    assert parsed.refused["zoek"] == ["x" * 50]


def test_overlong_values_are_refused_without_being_looked_at():
    parsed = parse(SCHEMA, {"rol": ["pilot" + "," * 10**6], "gemeente": ["G" * 10**6]})
    assert parsed.values == {**parsed.values, "rol": [], "gemeente": None}
    assert len(parsed.refused["gemeente"][0]) == 10**6 and MAX_VALUE_LENGTH < 10**6


def test_a_notice_names_a_few_values_each_cut_short():
    text, more = shown(["a" * 100, "b", "c", "d", "e"])
    assert text == "a" * 39 + "…; b; c" and more == 2


@given(st.dictionaries(st.sampled_from(["rol", "gemeente", "slide", "zoek", "x"]),
                       st.lists(st.text(max_size=60), max_size=4)))
def test_any_query_parses_without_exception(raw):
    parsed = parse(SCHEMA, raw)
    assert set(parsed.values) == set(SCHEMA)
    assert len(parsed.values["rol"]) <= 2
    assert parsed.values["slide"] is None or 1 <= parsed.values["slide"] <= 8
