"""The names notebooks and scripts have always imported from here: loading the validated data.

The code lives in `dashboard.data`; see docs/decisions/0005-package-layout.md for the layers.
"""

from dashboard.data import *  # noqa: F403 (the same names, under their old address)
from dashboard.data import __all__  # noqa: F401
