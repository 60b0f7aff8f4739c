"""The presentation's slide order."""

from dashboard.core.overview import case_studies
from dashboard.core.slides import Slide, slide_plan


def test_plan_frames_one_slide_per_case(ds):
    plan = slide_plan(ds)
    cases = list(case_studies(ds)["initiative_id"])
    assert plan[0] == Slide("overview")
    assert [s.initiative_id for s in plan if s.kind == "case"] == cases
    assert [s.kind for s in plan[-3:]] == ["monitor", "timeline", "unknowns"]
    assert len(plan) == len(cases) + 4
