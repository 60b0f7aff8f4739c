"""The presentation's slide order."""

from dashboard.core.overview import case_studies
from dashboard.core.slides import Slide, slide_content, slide_plan


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
