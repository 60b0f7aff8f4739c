"""The presentation's slide order and the slide number from the URL."""

import pytest

from dashboard.core.overview import case_studies
from dashboard.core.slides import Slide, slide_number, slide_plan


def test_plan_frames_one_slide_per_case(ds):
    plan = slide_plan(ds)
    cases = list(case_studies(ds)["initiative_id"])
    assert plan[0] == Slide("overview")
    assert [s.initiative_id for s in plan if s.kind == "case"] == cases
    assert [s.kind for s in plan[-3:]] == ["monitor", "timeline", "unknowns"]
    assert len(plan) == len(cases) + 4


@pytest.mark.parametrize(("raw", "expected"), [
    ("1", 1), ("8", 8), ("9", None), ("0", None), ("-1", None), ("drie", None), (None, None),
])
def test_slide_number(raw, expected):
    assert slide_number(raw, 8) == expected
