"""Each kind of fact in words, with how sure it is: the one wording every place shares."""

import pandas as pd

from dashboard.content import fact_words
from dashboard.topics.roles import Role


def test_a_participant_gives_its_role_and_certainty():
    assert fact_words.participant("Goudwinde", "partner", "in_practice", False, "nl") == (
        "Goudwinde — partner")
    assert fact_words.participant("Alert4you", "verkenning", "under_way", False, "nl") == (
        "Alert4you — verkent deelname (gaande)")
    assert fact_words.participant("Ministerie van Onderwijs", "ondersteuner", "in_practice",
                                  True, "en") == "Ministerie van Onderwijs — supporter (inferred)"


def test_roles_keep_each_certainty():
    taken = (Role("partner", "in_practice", False), Role("verkenning", "under_way", False))
    assert fact_words.roles(taken, "nl") == "Partner, Verkent deelname (gaande)"


def test_a_relation_and_a_tie():
    assert fact_words.relation("steun", "in_practice", True, "nl") == (
        "Steun (ondersteund door) (afgeleid)")
    assert fact_words.tie("Alert4you", "NJI", "verkenning", "under_way", False, "en") == (
        "Alert4you → NJI: exploration (under way)")
    assert fact_words.tie("Elker", "SKSG", "coaching", "in_practice", False, "nl") == (
        "Elker → SKSG: coaching")


def test_approach_figure_statement_and_event():
    assert fact_words.approach("positive_parenting", "considered", False, "nl") == (
        "Positief opvoeden (overwogen)")
    assert fact_words.approach("neighbourhood_teams", "under_way", True, "nl") == (
        "(Sociale) wijkteams (gaande; afgeleid)")
    assert fact_words.figure("groups", "location", "planned", "nl") == (
        "Groepen per locatie (gepland, met datum)")
    assert fact_words.statement("We willen meer scholen", "intended", "en") == (
        "We willen meer scholen (intended or aimed at)")
    assert fact_words.event("Tweede meting", "in_practice", "nl") == "Tweede meting"


def test_partners_per_sector_in_one_line_each():
    table = pd.DataFrame({"sector": ["kinderopvang", "fonds", "fonds"],
                          "name": ["Goudwinde", "Alert4you", "Fonds X"],
                          "name_en": ["Goudwinde", "Alert4you", "Fund X"],
                          "role": ["partner", "verkenning", "financier"],
                          "modality": ["in_practice", "under_way", "intended"],
                          "inferred": [False, False, True]})
    assert fact_words.partners_per_sector(table, "en") == (
        ("Childcare", "Goudwinde — partner"),
        ("Fund / programme", "Alert4you — exploring a role (under way); "
                             "Fund X — funder (intended or aimed at; inferred)"),
    )


def test_a_count_says_what_it_includes_that_is_not_practice():
    assert fact_words.count_of(6, [], "nl") == "6"
    assert fact_words.count_of(8, [("under_way", False), ("under_way", True),
                                   ("in_practice", True)], "nl") == (
        "8 (waarvan 1 gaande, 1 gaande en afgeleid, 1 afgeleid)")
    assert fact_words.count_of(5, [("planned", False)], "en") == (
        "5 (of which 1 planned, with a date)")
