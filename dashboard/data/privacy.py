"""Small numbers stay unshown: a monitor result on fewer than MIN_N respondents could identify
a child, so it is never shown as a number anywhere, nor the excerpts that write it.

The one rule every page, download, slide, deck and factsheet asks, in the lowest layer so that
the facts' excerpts (refs), the published zip (publish) and the pages (topics, ui) agree.
"""

import pandas as pd

MIN_N = 5


def is_suppressed(n) -> bool:
    """True when a value rests on fewer than MIN_N respondents (or on an unknown number)."""
    return n is None or bool(pd.isna(n)) or int(n) < MIN_N


def suppressed(frame: pd.DataFrame) -> pd.Series:
    """Per row of a results frame (a column `n`): whether it must not be shown."""
    return pd.Series([is_suppressed(n) for n in frame["n"]], index=frame.index, dtype=bool)
