"""Controlled vocabularies of the dataset.

Codes are stable identifiers stored in the CSV files; their Dutch and English labels live
in `dashboard.i18n`, so a vocabulary change is made here and labelled there.
"""

SECTORS = (
    "kinderopvang", "onderwijs", "jeugdzorg", "jeugd_ggz", "cjg", "gemeente", "rijksoverheid",
    "kennisinstituut", "fonds", "belangenorganisatie", "netwerk", "onbekend",
)
# The sectors a pilot is meant to bring together (issue: sector coverage at a glance).
CORE_SECTORS = ("kinderopvang", "onderwijs", "jeugdzorg", "jeugd_ggz", "cjg", "gemeente")

INITIATIVE_KINDS = ("bso_pilot", "case", "dagarrangement", "koploper")
INITIATIVE_STATUSES = ("running", "exploring", "ended", "unknown")
PROGRAMME_BASIS = ("stated", "inferred")

PARTICIPANT_ROLES = (
    "trekker", "partner", "betrokken", "opdrachtgever", "beleid", "onderzoek", "financier",
    "verkenning", "contact",
)
RELATION_KINDS = (
    "coaching", "training", "contactpersoon", "samenwerking", "ondersteuning", "onderzoek",
    "overdracht", "ontmoeting", "verkenning", "financiering", "lidmaatschap", "opdrachtgever",
)
RELATION_STATUSES = ("current", "planned")

APPROACHES = (
    "coaching_on_the_job", "cjg_contact_per_location", "pedagogical_coach_per_location",
    "school_contact_person", "positive_parenting", "parent_involvement",
    "child_portfolio_to_school", "parent_questionnaire", "day_arrangement", "neighbourhood_teams",
    "professional_meetings", "early_signalling", "support_close_to_home",
    "youth_care_in_childcare", "diagnostics_in_childcare", "small_scale_units",
)
APPROACH_STATUSES = ("in_practice", "planned", "considered")

METRICS = (
    "schools", "childcare_organisations", "locations", "neighbourhoods", "groups", "units",
    "units_gifted", "participants", "training_sessions", "group_size", "special_needs_children",
    "teacher_time_social_emotional",
)
UNITS = ("count", "percent")
PER = ("location", "group")

LOCATION_KINDS = ("bso_locatie", "school", "bijeenkomst")
COORD_PRECISIONS = ("exact", "neighbourhood", "municipality")

DATE_PRECISIONS = ("day", "month", "year")
EVENT_KINDS = (
    "beleid", "start", "einde", "programma", "studiereis", "werkplaats", "verkenning", "gesprek",
    "monitor", "bijeenkomst",
)
EVENT_STATUSES = ("happened", "planned")
WAVE_STATUSES = ("completed", "planned")
STATEMENT_TOPICS = (
    "vision", "approach", "activity", "result", "next_step", "context", "experience",
)

# Ordinal scales for ratings, lowest first. The scale is a definition, not a fact: only the
# labels a source actually uses appear in monitor_ratings.csv.
RATING_SCALES: dict[str, tuple[str, ...]] = {
    "nl_oordeel": ("onvoldoende", "voldoende", "ruim voldoende", "goed", "zeer goed"),
}
