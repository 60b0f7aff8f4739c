"""Takeaway titles as sentences: singular and plural, ties, empty cases; and labels inside a
title read as part of the sentence without mangling abbreviations. Dutch (the default)."""

import pandas as pd

from dashboard.content import takeaways
from dashboard.content.takeaways import core, mid_sentence
from dashboard.topics.overview import Headline, PartialDate, PilotCount


def sectors_title(counts):
    return takeaways.sectors_title(counts, "nl")


def waves_title(waves):
    return takeaways.waves_title(waves, "nl")


def timeline_title(spans, events):
    return takeaways.timeline_title(spans, events, "nl")


def test_a_label_inside_a_sentence_starts_in_lower_case():
    assert mid_sentence("Onderwijs") == "onderwijs"
    assert mid_sentence("(Sociale) wijkteams") == "(sociale) wijkteams"
    assert mid_sentence("Jeugd-GGZ") == "jeugd-GGZ"


def test_abbreviations_and_text_without_letters_stay_as_they_are():
    assert mid_sentence("CJG") == "CJG"
    assert mid_sentence("Youth and family centre (CJG)") == "youth and family centre (CJG)"
    assert mid_sentence("") == ""
    assert mid_sentence("12") == "12"


def test_sector_titles_name_ties_together_or_count_them():
    counts = pd.DataFrame({"sector": ["kinderopvang", "onderwijs", "cjg", "gemeente"],
                           "count": [3, 5, 3, 1]})
    assert sectors_title(counts) == "Onderwijs, kinderopvang en CJG zijn het vaakst betrokken"
    assert sectors_title(counts.assign(count=2)) == (
        "4 sectoren zijn even vaak het vaakst betrokken")
    assert sectors_title(counts.iloc[:1]) == "Kinderopvang is het vaakst betrokken"
    assert sectors_title(counts.iloc[0:0]) == "Organisaties per sector"


def test_wave_titles_follow_how_many_are_done_and_planned():
    def waves(*statuses: str) -> pd.DataFrame:
        dates = [f"2013-0{i + 1}" for i in range(len(statuses))]
        return pd.DataFrame({"date": dates, "date_precision": "month", "status": statuses})

    assert waves_title(waves("planned")) == (
        "Nog geen meting afgerond; de eerste gepland in januari 2013")
    assert waves_title(waves("completed", "completed")) == (
        "2 metingen afgerond, de laatste in februari 2013")
    assert waves_title(waves("completed", "planned", "planned")) == (
        "Eén meting afgerond (januari 2013); 2 gepland, de eerste in februari 2013")
    assert waves_title(waves()) == "De bronnen noemen nog geen metingen"


def test_timeline_titles_name_few_initiatives_and_count_many():
    spans = pd.DataFrame({"initiative_id": list("abcd"), "name": list("ABCD"),
                          "dated": [True, True, True, False]})
    no_events = pd.DataFrame()
    assert timeline_title(spans, no_events) == "Van 3 van de 4 initiatieven is de looptijd bekend"
    assert timeline_title(spans.iloc[1:], no_events) == (
        "Alleen van B en C is de looptijd bekend, van het andere initiatief niet")
    assert timeline_title(spans.iloc[:3], no_events) == (
        "Van alle 3 initiatieven is de looptijd bekend")
    assert timeline_title(spans.iloc[0:0], pd.DataFrame({"x": [1, 2]})) == (
        "Geen initiatief in deze keuze, alleen 2 gebeurtenissen")


def _headline(declared: int | None, stated: int, inferred: int) -> Headline:
    return Headline(PilotCount(declared, stated, inferred), organisations=3, municipalities=2,
                    first=PartialDate("2012-04", "month"), last=PartialDate("2013", "year"),
                    facts=())


def test_the_core_says_how_many_pilots_are_known_and_how():
    no_sectors = pd.DataFrame({"sector": [], "count": []})
    assert core(_headline(2, 2, 0), no_sectors, "nl") == [
        "Het programma telt 2 BSO-pilots: 2 noemen de bronnen als pilot.",
        "De bronnen noemen 3 organisaties; de initiatieven liggen in 2 gemeenten, en wat de "
        "bronnen beschrijven loopt van april 2012 tot 2013.",
    ]
    assert core(_headline(None, 1, 2), no_sectors, "en")[0] == (
        "How many BSO pilots the programme has, the sources do not say: the sources name 1 as a "
        "pilot, 2 are inferred from them.")


def test_a_wave_title_says_what_its_date_is_the_date_of():
    waves = pd.DataFrame({
        "date": ["2013-02", "2013-06"], "date_precision": "month",
        "status": ["completed", "planned"],
        "date_note": ["Maand waarin de resultaten zijn gepresenteerd; wanneer gemeten is, zeggen "
                      "de bronnen niet", None],
        "date_note_en": ["Month in which the results were presented; the sources do not say "
                         "when the measuring took place", None]})
    assert waves_title(waves) == (
        "Eén meting afgerond (februari 2013: maand waarin de resultaten zijn gepresenteerd); de "
        "volgende gepland in juni 2013")
    assert takeaways.waves_title(waves, "en") == (
        "One wave completed (February 2013: month in which the results were presented); the next "
        "planned for June 2013")
