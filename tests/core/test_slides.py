"""The presentation's slide order, what a slide rests on and how it words it."""

from collections import Counter

from dashboard.content.slide_plan import Slide, shown_facts, slide_content, slide_plan
from dashboard.content.slides import approach_groups, case_line, metrics, slide_source
from dashboard.topics.overview import case_studies


def test_plan_frames_one_slide_per_case(ds):
    plan = slide_plan(ds)
    cases = list(case_studies(ds)["initiative_id"])
    assert plan[:2] == (Slide("core"), Slide("overview"))
    assert [s.initiative_id for s in plan if s.kind == "case"] == cases
    assert [s.kind for s in plan[-3:]] == ["monitor", "timeline", "unknowns"]
    assert len(plan) == len(cases) + 5


def test_the_core_slide_rests_on_the_key_figures_and_sector_counts(ds):
    content = slide_content(ds, Slide("core"))
    assert (content.sources, content.newest.value) == (2, "2013")
    assert content.headline.pilots.declared == 8
    assert all(ref.split(":")[0] in {"programmes", "initiatives", "organisations", "events",
                                     "participants", "figures", "relations", "monitor_waves",
                                     "statements", "people", "quotes", "locations"}
               for ref in content.refs)
    assert content.refs


def test_a_case_slide_rests_on_its_network_map_figures_and_approaches(ds):
    content = slide_content(ds, Slide("case", "assen"))
    tables = Counter(ref.split(":")[0] for ref in shown_facts(content))
    assert tables == {"participants": 7, "relations": 7, "initiatives": 1, "figures": 3,
                      "approaches": 4}


def test_a_slide_names_its_sources_once_the_map_borders_first(ds):
    plan = {s.initiative_id or s.kind: slide_content(ds, s) for s in slide_plan(ds)}
    assert slide_source(ds, plan["assen"], "nl") == (
        "Bronnen: CBS / Kadaster (gemeente- en provinciegrenzen 2013); "
        "Nieuwsbrief Alert4you (2012)")
    assert slide_source(ds, plan["monitor"], "en") == (
        "Source: Samen in de BSO groep! Nieuwsbrief 4 (2013)")
    assert slide_source(ds, plan["timeline"], "nl") == (
        "Bronnen: Samen in de BSO groep! Nieuwsbrief 4 (2013); Nieuwsbrief Alert4you (2012)")


def test_approaches_are_grouped_by_how_sure_the_source_is(ds):
    content = slide_content(ds, Slide("case", "assen"))
    assert approach_groups(content, "nl") == [
        ("In praktijk", ["Eigen CJG-contactpersoon per locatie",
                         "Eigen pedagogische coach per locatie"]),
        # The municipality's general approach, not said to be the pilot's: inferred.
        ("Gaande", ["(Sociale) wijkteams (afgeleid)"]),
        ("Uitgangspunt of algemene uitspraak", ["Positief opvoeden"]),
    ]
    assert approach_groups(content, "en")[1] == ("Under way", ["Neighbourhood teams (inferred)"])


def test_a_case_line_marks_a_kind_resting_on_an_inference(ds):
    groningen = slide_content(ds, Slide("case", "groningen"))
    assert case_line(groningen, "nl").startswith(
        "Groningen (Groningen) · BSO-project (afgeleid) · ")
    overview = slide_content(ds, Slide("overview"))
    assert ("Daarvan te herkennen in de bronnen", "2", "waarvan 1 afgeleid") in metrics(
        overview, "nl")
