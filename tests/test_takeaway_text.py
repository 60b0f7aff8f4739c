"""Labels inside a takeaway title read as part of the sentence without mangling abbreviations."""

from dashboard.ui.takeaways import mid_sentence


def test_a_label_inside_a_sentence_starts_in_lower_case():
    assert mid_sentence("Onderwijs") == "onderwijs"
    assert mid_sentence("(Sociale) wijkteams") == "(sociale) wijkteams"
    assert mid_sentence("Jeugd-GGZ") == "jeugd-GGZ"


def test_abbreviations_and_text_without_letters_stay_as_they_are():
    assert mid_sentence("CJG") == "CJG"
    assert mid_sentence("Youth and family centre (CJG)") == "youth and family centre (CJG)"
    assert mid_sentence("") == ""
    assert mid_sentence("12") == "12"
