"""The NJI monitor: its waves, findings, ordinal ratings and numeric indicators.

Numeric results about few children can identify them, so every value with fewer than
`privacy.MIN_N` respondents is suppressed here, before anything reaches a chart, table or
download.
"""

import pandas as pd

from dashboard.data.dataset import Dataset
from dashboard.data.dates import span
from dashboard.data.privacy import MIN_N, is_suppressed, suppressed
from dashboard.data.refs import with_facts, with_states
from dashboard.data.vocab import RATING_SCALES

SUPPRESSED = f"< {MIN_N}"
# Past this many waves the rest is only counted: a page of hundreds of blocks is read by nobody.
MAX_WAVES_LISTED = 12


def waves(ds: Dataset) -> pd.DataFrame:
    """The monitor waves in date order, each with the span of its (partial) date, FACTS (an
    updated wave's whole history) and the source its state follows (refs.with_states)."""
    frame = with_states(ds, with_facts(ds.monitor_waves, "monitor_waves", ds), "monitor_waves")
    spans = [span(v, p) for v, p in zip(frame["date"], frame["date_precision"], strict=True)]
    frame["first"] = [s[0] for s in spans]
    frame["last"] = [s[1] for s in spans]
    return frame.sort_values(["first", "wave_id"]).reset_index(drop=True)


def findings(ds: Dataset, wave_id: str) -> pd.DataFrame:
    """The findings of one wave in the order the source gives them, with FACTS."""
    found = with_facts(ds.monitor_findings[ds.monitor_findings["wave_id"] == wave_id],
                       "monitor_findings")
    return found.sort_values("rank").reset_index(drop=True)


def ratings(ds: Dataset, initiative_ids: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Ratings (of the chosen initiatives) with initiative and location names; a rating belongs
    to the NJI monitor only when its wave_id says so; `rating` is an ordered categorical over
    the full scale, so 'voldoende' sorts below 'goed' and unused levels keep their place."""
    chosen = with_facts(ds.ratings if initiative_ids is None else
                        ds.ratings[ds.ratings["initiative_id"].isin(initiative_ids)], "ratings")
    frame = chosen.merge(
        ds.locations[["location_id", "name"]].rename(columns={"name": "location"}),
        on="location_id", how="left",
    ).merge(_initiative_names(ds), on="initiative_id", how="left")
    scales = set(frame["scale"])
    if len(scales) > 1:
        raise ValueError(f"ratings on several scales cannot share one axis: {sorted(scales)}")
    levels = RATING_SCALES[scales.pop()] if scales else next(iter(RATING_SCALES.values()))
    frame["rating"] = pd.Categorical(frame["rating"], categories=levels, ordered=True)
    return frame.sort_values(["initiative", "subject", "location"]).reset_index(drop=True)


def _initiative_names(ds: Dataset) -> pd.DataFrame:
    """initiative_id with the initiative's name in Dutch (`initiative`) and English
    (`initiative_en`), to join onto rows about an initiative."""
    return ds.initiatives[["initiative_id", "name", "name_en"]].rename(
        columns={"name": "initiative", "name_en": "initiative_en"})


def indicators(ds: Dataset) -> pd.DataFrame:
    """Numeric results per wave and initiative with a `suppressed` flag; the value of a
    suppressed row is removed (NA) so it cannot leak into a chart or download."""
    frame = with_facts(ds.monitor_indicators, "monitor_indicators").merge(
        _initiative_names(ds), on="initiative_id", how="left",
    ).merge(
        ds.monitor_waves[["wave_id", "name", "name_en", "date"]].rename(
            columns={"name": "wave", "name_en": "wave_en", "date": "wave_date"}),
        on="wave_id", how="left",
    )
    frame["suppressed"] = suppressed(frame)
    frame["value"] = frame["value"].mask(frame["suppressed"])
    return frame.sort_values(["wave_date", "initiative", "indicator"]).reset_index(drop=True)


def results(ds: Dataset, wave_id: str) -> pd.DataFrame:
    """The numeric results of one wave (`indicators`, suppressed values removed)."""
    found = indicators(ds)
    return found[found["wave_id"] == wave_id].reset_index(drop=True)


def shown_n(n) -> str:
    """The number of respondents as shown: '< 5' below the threshold."""
    return SUPPRESSED if is_suppressed(n) else str(int(n))
