"""The one list of dangerous characters: what each name covers."""

import unicodedata

from dashboard.data.characters import (
    BIDI_CONTROLS,
    BIDI_OVERRIDES,
    CONTROLS,
    INVISIBLE,
    describe,
    first_forbidden,
    isolate,
    without,
)


def test_controls_keep_tab_and_line_ends():
    assert "\t" not in CONTROLS and "\n" not in CONTROLS and "\r" not in CONTROLS
    assert {"\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9f"} <= CONTROLS


def test_a_character_is_described_by_code_point_and_name():
    assert describe("\x0b") == "U+000B (LINE TABULATION)"
    assert describe("\u202e") == "U+202E (RIGHT-TO-LEFT OVERRIDE)"
    assert describe("\x9b") == "U+009B (control character)"


def test_the_first_forbidden_character_is_found_with_its_position():
    assert first_forbidden("Assen\u202eBSO", BIDI_OVERRIDES) == (5, "\u202e")
    assert first_forbidden("Assen", CONTROLS) is None


def test_invisible_characters_can_be_left_out():
    assert without("Ouder\u200bs\u00adcommissie", INVISIBLE) == "Ouderscommissie"


def test_left_to_right_text_is_not_isolated_and_right_to_left_text_is():
    assert isolate("Samen in de BSO-groep") == "Samen in de BSO-groep"
    assert isolate("مدرسة") == "\u2068مدرسة\u2069"
    assert isolate("Assen\u202e") == "\u2068Assen\u2069"


def test_no_right_to_left_letter_or_bidi_control_lies_below_hebrew():
    """needs_isolation looks only at characters from U+0590 up."""
    below = [chr(c) for c in range(0x590)]
    assert [c for c in below if unicodedata.bidirectional(c) in ("R", "AL", "AN")] == []
    assert [c for c in below if c in BIDI_CONTROLS] == []
