"""The names notebooks and scripts have always imported from here: loading the validated data.

The code lives in `dashboard.data`; see docs/decisions/0005-package-layout.md for the layers.
"""

from dashboard.data import (
    Dataset,
    DataValidationError,
    Problem,
    data_version,
    initiative_names,
    load_dataset,
    organisation_names,
)

__all__ = ["DataValidationError", "Dataset", "Problem", "data_version", "initiative_names",
           "load_dataset", "organisation_names"]
