"""URL parameters read against what each may hold: clean values, refusals, never an exception;
and written back so that a value survives the round trip through a link."""

from hypothesis import given
from hypothesis import strategies as st

from dashboard.ui.url_parse import (
    MAX_VALUE_LENGTH,
    Choice,
    Number,
    Text,
    Word,
    parse,
    shown,
    to_text,
)

SCHEMA = {"rol": Choice(["pilot", "case"], many=True, limit=2), "gemeente": Choice(["GM0106"]),
          "slide": Number(1, 8), "zoek": Text(max_length=10),
          "rijen": Word({"initiatief": "initiative", "gemeente": "municipality"}, "initiative"),
          "monitor": Word({"1": True}, default=False)}


def test_known_values_are_kept_in_order_and_duplicates_fold():
    parsed = parse(SCHEMA, {"rol": ["case,pilot", "case"], "gemeente": ["GM0106", "GM0106"]})
    assert parsed.values["rol"] == ["case", "pilot"]
    assert parsed.values["gemeente"] == "GM0106"
    assert parsed.refused == {}


def test_absent_parameters_are_empty():
    assert parse(SCHEMA, {}).values == {"rol": [], "gemeente": None, "slide": None, "zoek": "",
                                        "rijen": "initiative", "monitor": False}


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


def test_a_word_stands_for_its_value_and_anything_else_for_the_default():
    parsed = parse(SCHEMA, {"rijen": ["gemeente"], "monitor": ["ja", "1"]})
    assert parsed.values["rijen"] == "municipality" and parsed.values["monitor"] is True
    assert parsed.refused == {"monitor": ["ja"]}
    parsed = parse(SCHEMA, {"rijen": ["provincie"], "monitor": ["true"]})
    assert parsed.values["rijen"] == "initiative" and parsed.values["monitor"] is False
    assert parsed.refused == {"rijen": ["provincie"], "monitor": ["true"]}


def test_values_are_written_as_a_link_reads_them_and_empty_ones_left_out():
    assert to_text(SCHEMA["rol"], ["case", "pilot"]) == "case,pilot"
    assert to_text(SCHEMA["rol"], []) == to_text(SCHEMA["rol"], None) == ""
    assert to_text(SCHEMA["gemeente"], "GM0106") == "GM0106"
    assert to_text(SCHEMA["gemeente"], None) == ""
    assert to_text(SCHEMA["slide"], 3) == "3"
    assert to_text(SCHEMA["zoek"], "Yorneo") == "Yorneo"
    assert to_text(SCHEMA["rijen"], "municipality") == "gemeente"
    # The default (and no value, as a segmented control without a choice gives) is left out.
    assert to_text(SCHEMA["rijen"], "initiative") == to_text(SCHEMA["rijen"], None) == ""
    assert to_text(SCHEMA["monitor"], True) == "1" and to_text(SCHEMA["monitor"], False) == ""


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


@given(st.dictionaries(st.sampled_from([*SCHEMA, "x"]),
                       st.lists(st.text(max_size=60), max_size=4)))
def test_any_query_parses_without_exception(raw):
    parsed = parse(SCHEMA, raw)
    assert set(parsed.values) == set(SCHEMA)
    assert len(parsed.values["rol"]) <= 2
    assert parsed.values["slide"] is None or 1 <= parsed.values["slide"] <= 8


@given(st.dictionaries(st.sampled_from([*SCHEMA, "x"]),
                       st.lists(st.text(max_size=60), max_size=4)))
def test_a_clean_value_survives_the_round_trip_through_a_link(raw):
    values = parse(SCHEMA, raw).values
    written = {key: [to_text(kind, values[key])] for key, kind in SCHEMA.items()}
    again = parse(SCHEMA, written)
    assert again.values == values and again.refused == {}
