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
# How a link is known: said in so many words, or inferred (then with excerpts and reasoning).
BASIS = ("stated", "inferred")
PROGRAMME_BASIS = BASIS

# How sure a statement about practice is, in one vocabulary for every table that says
# something about practice (approaches, relations, events, participants, figures, statements).
# Ordered from established to general: the order of legends and of the approach matrix.
MODALITIES = (
    "in_practice",  # done, in place, or (for an event) happened
    "under_way",    # being done as the source is written ("in het najaar bekijkt…" that autumn)
    "planned",      # a dated future step ("eind november volgt…", "in juni 2013 zal…")
    "intended",     # an aim or intention ("we willen…", "het streven is…", "ons doel is…")
    "considered",   # an option being weighed ("een mogelijke aanpak die overwogen wordt")
    "principle",    # a general remark or principle ("het uitgangspunt is…"), not a practice
)

PARTICIPANT_ROLES = (
    "trekker", "partner", "betrokken", "opdrachtgever", "beleid", "onderzoek", "ondersteuner",
    "financier", "verkenning", "contact",
)
RELATION_KINDS = (
    "coaching", "training", "contactpersoon", "samenwerking", "ondersteuning", "ontwikkeling",
    "overdracht", "ontmoeting", "verkenning", "steun", "financiering", "lidmaatschap",
    "opdrachtgever", "onderzoek",
)

APPROACHES = (
    "coaching_on_the_job", "cjg_contact_per_location", "pedagogical_coach_per_location",
    "school_contact_person", "positive_parenting", "parent_involvement",
    "child_portfolio_to_school", "parent_questionnaire", "day_arrangement", "neighbourhood_teams",
    "professional_meetings", "early_signalling", "support_close_to_home",
    "youth_care_in_childcare", "diagnostics_in_childcare", "small_scale_units",
)

# Each metric with the words (normalised, any one suffices) by which an excerpt names the
# thing counted: a figure's excerpt must contain its value and one of these.
METRIC_WORDS: dict[str, tuple[str, ...]] = {
    "schools": ("school", "scholen"),
    "childcare_organisations": ("kinderopvang",),
    "locations": ("locatie",),
    "neighbourhoods": ("wijk",),
    "groups": ("groep",),
    "units": ("unit",),
    "units_gifted": ("unitvoorhoogbegaafde",),
    "participants": ("professionals", "deelnemer"),
    "training_sessions": ("bijeenkomst",),
    "group_size": ("kinderen",),
    "special_needs_children": ("specialneeds",),
}
METRICS = tuple(METRIC_WORDS)
UNITS = ("count", "percent")
PER = ("location", "group")

LOCATION_KINDS = ("bso_locatie", "school", "bijeenkomst")
# Places where people met (a werkatelier, a national meeting), as opposed to places where an
# initiative is at work: maps draw them apart, so a venue never looks like a pilot.
VENUE_KINDS = ("bijeenkomst",)
COORD_PRECISIONS = ("exact", "neighbourhood", "municipality")

DATE_PRECISIONS = ("day", "month", "year")
EVENT_KINDS = (
    "beleid", "start", "einde", "programma", "studiereis", "werkplaats", "verkenning", "gesprek",
    "monitor", "bijeenkomst",
)
# How an event's year is known: written in the excerpt, or taken from the publication date
# of the source (the source says "27 september" and appeared in autumn 2012).
YEAR_BASIS = ("stated", "publication")
WAVE_STATUSES = ("completed", "planned")
# How sure a wave is, in the modality every other fact states: a planned wave is a plan.
WAVE_MODALITY = {"completed": "in_practice", "planned": "planned"}
STATEMENT_TOPICS = (
    "vision", "approach", "activity", "result", "next_step", "context", "experience",
    "funding", "expected_benefit", "barrier", "history",
)

# What the sources name: the entities an alias in aliases.csv can stand for.
ALIAS_ENTITIES = ("organisation", "person", "initiative", "programme", "location", "event")
# How a quoted passage is marked in the source: between quotation marks, or a first-person
# piece under the speaker's name as heading, or a column signed with the author's name.
QUOTE_KINDS = ("quotation", "headed", "signed")

# Ordinal scales for ratings, lowest first. The scale is a definition, not a fact: only the
# labels a source actually uses appear in ratings.csv.
RATING_SCALES: dict[str, tuple[str, ...]] = {
    "nl_oordeel": ("onvoldoende", "voldoende", "ruim voldoende", "goed", "zeer goed"),
}
