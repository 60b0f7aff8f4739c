"""Names that only look alike: one skeleton for what a reader cannot tell apart."""

from dashboard.data.lookalike import by_skeleton, differences, mixed_letter, skeleton


def test_names_a_reader_cannot_tell_apart_share_a_skeleton():
    assert skeleton("Sc\u043ere") == skeleton("Score") == "Score"  # Cyrillic o
    assert skeleton("Sco\u200bre") == "Score"  # zero-width space
    assert skeleton("\u0391\u03bf") == "Ao"  # Greek capital alpha, small omicron
    assert skeleton("\ufb01jn") == "fijn"  # the ligature fi
    assert skeleton("Score") != skeleton("score")  # case can be seen


def test_a_lookalike_letter_inside_a_latin_word_is_found_and_a_greek_word_left_alone():
    assert mixed_letter("p\u0435rcent") == "\u0435"
    assert mixed_letter("Cronbach's \u03b1") is None
    assert mixed_letter("\u03bcg per dag") is None  # mu is drawn like no Latin letter
    assert mixed_letter("\u0441\u043e\u0440") is None  # all Cyrillic: the skeleton's job


def test_differences_name_the_characters_of_either_side():
    assert differences("Sc\u043ere", "Score") == ["U+043E (CYRILLIC SMALL LETTER O)"]
    assert differences("Score", "Sco\u200bre") == ["U+200B (ZERO WIDTH SPACE)"]


def test_the_first_name_of_each_skeleton_is_kept():
    assert by_skeleton(["Score", "Sc\u043ere", "Rang"]) == {"Score": "Score", "Rang": "Rang"}
