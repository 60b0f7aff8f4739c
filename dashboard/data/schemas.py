"""The one declaration of every table: its columns, types, vocabularies, keys and references.

Loading, pandera validation, typed conversion and the foreign-key checks are all derived
from `TABLES`, so adding a column means adding one `Field` here, with its description: the
column tables of data/README.md and data/datapackage.json are generated from these declarations
(`python -m dashboard.publish.datapackage`).
"""

from dataclasses import dataclass, replace

import pandera.pandas as pa

from dashboard.data import vocab

SLUG = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
# [0-9], not \d: \d also matches other scripts' digits, which pandas cannot convert.
PATTERNS = {
    "id": (SLUG, "is not a lowercase slug (a-z, 0-9, '-')"),
    "ref": (SLUG, "is not a lowercase slug (a-z, 0-9, '-')"),
    "int": (r"^-?[0-9]{1,18}$", "is not a whole number (at most 18 digits)"),
    "float": (r"^-?[0-9]+(?:\.[0-9]+)?$", "is not a number (use '.' as decimal point)"),
    "bool": (r"^(?:true|false)$", "is not 'true' or 'false'"),
    "date": (r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$",
             "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    "gm_code": (r"^GM[0-9]{4}$", "is not a CBS municipality code like GM0106"),
}
DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean"}
# Plausible ranges of numbers (see data/README.md). No count here can exceed the children in
# Dutch after-school care (about 800,000), no programme has 1000 pilots nor a wave 1000
# findings: a value outside is a typing or export error, not a fact.
COUNT = (0, 1_000_000)
PILOTS = (0, 1000)
RANK = (1, 1000)


@dataclass(frozen=True)
class Field:
    """A column. `kind` is one of: id, ref, text, int, float, bool, date, gm_code, enum.

    `description` and `glosses` (a few codes of the vocabulary explained) are what the data
    dictionary and datapackage.json say about the column: written here, next to the rules,
    so documentation and code cannot drift apart.
    """

    name: str
    kind: str = "text"
    required: bool = False
    vocab: tuple[str, ...] = ()
    ref: str | None = None  # "table.column" that a non-empty value must exist in
    bounds: tuple[float, float] | None = None  # plausible (lowest, highest) of a number
    description: str = ""
    glosses: tuple[tuple[str, str], ...] = ()  # (code, what it means) for codes that need it

    @property
    def dtype(self) -> str:
        return DTYPES.get(self.kind, "string")


@dataclass(frozen=True)
class Table:
    """A CSV file in data/ and the rules every row of it follows.

    `title` and `description` document the table in data/README.md and datapackage.json.
    """

    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ()
    dates: tuple[tuple[str, str], ...] = ()  # (date column, precision column)
    intervals: tuple[tuple[str, str], ...] = ()  # (start column, end column), end >= start
    sourced: bool = True  # every row carries source_id and a non-empty evidence excerpt
    title: str = ""
    description: str = ""
    # The id column of a table whose rows a later source may update (a wave planned, then
    # held): one row per id and source, each a fact of its own (docs/decisions/0009).
    over_time: str = ""

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def get(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _text(name: str, description: str, required: bool = False) -> Field:
    return Field(name, required=required, description=description)


def _id(name: str, description: str) -> Field:
    return Field(name, "id", required=True, description=description)


def _ref(name: str, target: str, description: str, required: bool = False) -> Field:
    return Field(name, "ref", required=required, ref=target, description=description)


def _enum(name: str, values: tuple[str, ...], description: str = "", required: bool = True,
          glosses: dict[str, str] | None = None) -> Field:
    return Field(name, "enum", required=required, vocab=values, description=description,
                 glosses=tuple((glosses or {}).items()))


def _precision(name: str, date: str, required: bool = False) -> Field:
    return _enum(name, vocab.DATE_PRECISIONS, required=required,
                 description=f"How precisely `{date}` is known; must agree with how it is "
                             "written.")


def _date(name: str, description: str, required: bool = False) -> Field:
    return Field(name, "date", required=required,
                 description=f"{description} Written at the precision the source gives.")


def _doc(field_: Field, description: str) -> Field:
    """A shared column declaration with what it means in one particular table."""
    return replace(field_, description=description)


def _proof(evidence: str = "An exact excerpt from the source that proves the row "
                           "(see conventions).") -> tuple[Field, ...]:
    """source_id and one to three exact excerpts: a row may need one naming each end of a
    tie. `evidence` says what the first excerpt must hold where a table asks more."""
    return (
        SOURCE, Field("evidence", required=True, description=evidence),
        _text("evidence_2", "A second exact excerpt, when one does not prove the row alone."),
        _text("evidence_3", "A third exact excerpt, when two do not prove the row."),
    )


SOURCE = _ref("source_id", "sources.source_id", "The source document the row comes from.",
              required=True)
EVIDENCE_COLUMNS = ("evidence", "evidence_2", "evidence_3")
PROOF = _proof()
MODALITY = _enum("modality", vocab.MODALITIES,
                 "How sure the row is about practice (see conventions).")
GM = Field("gm_code", "gm_code", ref="municipalities.gm_code",
           description="CBS municipality code (2013).")
INITIATIVE = _ref("initiative_id", "initiatives.initiative_id", "The initiative it belongs to.")
PROGRAMME = _ref("programme_id", "programmes.programme_id", "The programme it belongs to.")
SUMMARIES = (_text("summary_nl", "One line in Dutch, in our own words.", required=True),
             _text("summary_en", "One line in English, in our own words.", required=True))
ORG = _ref("org_id", "organisations.org_id", "The organisation.")
# Always filled, so a new row cannot forget it: equal to `name` for a proper name, in English
# where the name is partly our own description ("Twaalf basisscholen in Assen (niet bij naam
# genoemd)"), claiming no more than the Dutch.
# How a row is known, for rows that may rest on an inference: said in so many words by the
# excerpts (empty or `stated`), or `inferred` from them, and then with its reasoning, so every
# page that shows the row can say it is inferred and why (`dashboard.data.proof` requires it).
INFERENCE = (
    _enum("basis", vocab.BASIS, "How the row is known; empty means `stated`.", required=False,
          glosses={"stated": "the excerpts say it in so many words",
                   "inferred": "follows from the excerpts without being said; `inference` "
                               "says how"}),
    _text("inference", "One line of reasoning in Dutch for an `inferred` row (required then, "
                       "and only then)."),
    _text("inference_en", "The same reasoning in English."),
)
NAME_EN = _text("name_en", "The name in English: the same as `name` for a proper name; "
                           "translated where the name is (partly) our own description or "
                           "qualifier, such as \"(niet bij naam genoemd)\".", required=True)

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("sources", (
        _id("source_id", "Slug of the document."),
        _text("title", "Title as printed (or a descriptive title when the newsletter has none).",
              required=True),
        _text("publisher", "Who published it.", required=True),
        _date("published", "Publication date.", required=True),
        _precision("published_precision", "published", required=True),
        _text("published_note", "How the date was inferred (Dutch)."),
        _text("published_note_en", "The same note in English."),
        _text("file", "File name in `../shared/seeds/` (or `BSO_SOURCES_DIR`); when that "
                      "folder is present, a file not in it is a problem.", required=True),
        _text("language", "Language code of the document (`nl`).", required=True),
    ), key=("source_id",), dates=(("published", "published_precision"),), sourced=False,
        title="the source documents",
        description="The source documents: the only factual sources of the project."),
    Table("municipalities", (
        Field("gm_code", "gm_code", required=True, description="CBS code."),
        _text("name", "CBS name.", required=True),
        _text("prov_code", "CBS province code (`PV20`…`PV31`).", required=True),
        _text("province", "Province name.", required=True),
    ), key=("gm_code",), sourced=False, title="reference data (CBS 2013)",
        description="Not facts about the pilots: the CBS / Kadaster 2013 municipalities the "
                    "dataset refers to, with the province found by the project's geodata "
                    "build (`make geodata`). The loader checks every code, name and province "
                    "against `data/geo/gemeente_punten_2013.csv`."),
    Table("programmes", (
        _id("programme_id", "Slug of the programme."),
        _text("name", "Name as the source gives it.", required=True),
        _ref("owner_org_id", "organisations.org_id",
             "Organisation that runs the programme; empty when not stated."),
        _ref("parent_programme_id", "programmes.programme_id",
             "Programme this one is part of."),
        Field("pilot_count", "int", bounds=PILOTS,
              description="Number of pilots the source declares; empty when none is declared."),
        *SUMMARIES, *PROOF,
    ), key=("programme_id",), title="programmes that initiatives belong to"),
    Table("organisations", (
        _id("org_id", "Slug of the organisation."),
        _text("name", "Name as the source gives it.", required=True),
        NAME_EN,
        _enum("sector", vocab.SECTORS, "The sector the organisation works in.",
              glosses={"onbekend": "source does not say"}),
        _doc(GM, "Home municipality when the source gives it."),
        _ref("parent_org_id", "organisations.org_id", "E.g. Goudwinde is part of KION."),
        Field("is_generic", "bool", required=True,
              description="The source names only the type of organisation "
                          "(\"twaalf basisscholen\"); the name says so."),
        *PROOF,
    ), key=("org_id",), title="organisations the sources name"),
    Table("initiatives", (
        _id("initiative_id", "Slug of the initiative."),
        _text("name", "Name as the source gives it.", required=True),
        NAME_EN,
        _enum("kind", vocab.INITIATIVE_KINDS, "What kind of initiative it is.", glosses={
            "bso_pilot": "a BSO project of a programme",
            "case": "a municipal approach described in the sources",
            "dagarrangement": "school day-programme experiment",
            "koploper": "municipal front-runner"}),
        _doc(PROGRAMME, "The programme the initiative belongs to."),
        _enum("programme_basis", vocab.PROGRAMME_BASIS,
              "How the membership is known; empty without a programme.", required=False,
              glosses={"stated": "the source says it belongs to the programme",
                       "inferred": "follows from the source without being said in one "
                                   "sentence"}),
        _text("programme_evidence", "Exact excerpt that links the initiative to the "
                                    "programme (when `stated`, the excerpts name both)."),
        _text("programme_evidence_2", "A second excerpt for the link to the programme."),
        _text("programme_inference", "One line of reasoning in Dutch for an `inferred` "
                                     "membership (required then)."),
        _text("programme_inference_en", "The same reasoning in English."),
        Field("gm_code", "gm_code", True, ref="municipalities.gm_code",
              description="Municipality."),
        _text("place", "Place name as the source gives it (e.g. Lent, in the municipality "
                       "of Nijmegen)."),
        Field("case_study", "bool", required=True,
              description="A featured case, the editors' pick: it gets a card on Overzicht "
                          "and a slide (every initiative has a factsheet)."),
        _enum("status", vocab.INITIATIVE_STATUSES,
              "The initiative's state as of the source's publication."),
        _date("start", "Start; empty when not known."), _precision("start_precision", "start"),
        _date("end", "End, not before `start`; empty when not known."),
        _precision("end_precision", "end"),
        *SUMMARIES, *PROOF,
    ), key=("initiative_id",), dates=(("start", "start_precision"), ("end", "end_precision")),
        intervals=(("start", "end"),), title="pilots, cases, experiments, front-runners"),
    Table("participants", (
        _ref("initiative_id", "initiatives.initiative_id", "The initiative.", True),
        _ref("org_id", "organisations.org_id", "The organisation taking part.", True),
        _enum("role", vocab.PARTICIPANT_ROLES, "What the organisation does in the initiative.",
              glosses={"trekker": "lead", "betrokken": "involved",
                       "opdrachtgever": "commissioner", "beleid": "policy/alderman",
                       "onderzoek": "research",
                       "ondersteuner": "\"ondersteund door\": support, not funding",
                       "financier": "only where a source says money is given",
                       "verkenning": "exploring a role"}),
        MODALITY, *INFERENCE, *PROOF,
    ), key=("initiative_id", "org_id", "role"), title="who takes part in an initiative"),
    Table("relations", (
        _doc(INITIATIVE, "Initiative the tie belongs to; both ends must be its participants."),
        _doc(PROGRAMME, "For programme-wide ties (one of the two scopes is required)."),
        _ref("from_org_id", "organisations.org_id",
             "One end of the tie; direction as the source tells it (coach → coached).", True),
        _ref("to_org_id", "organisations.org_id",
             "The other end: a different organisation.", True),
        _enum("kind", vocab.RELATION_KINDS, "What the tie is.", glosses={
            "ontwikkeling": "developed together", "steun": "\"ondersteund door\"",
            "financiering": "money, only where said"}),
        MODALITY, *INFERENCE, *PROOF,
    ), key=("initiative_id", "programme_id", "from_org_id", "to_org_id", "kind"),
        title="ties between organisations"),
    Table("people", (
        _id("person_id", "Slug of the person."),
        _text("name", "Name as the source gives it.", required=True),
        _text("role", "Public role **as written** in the excerpt (the loader checks it occurs "
                      "there); empty when not stated."),
        _text("role_en", "The role in English (own words)."),
        _doc(ORG, "The organisation the person works for."),
        _doc(INITIATIVE, "The initiative the person works in."),
        _doc(PROGRAMME, "The programme the person works in."), *PROOF,
    ), key=("person_id",), title="public roles only",
        description="People the sources name, with their public role. Never e-mail "
                    "addresses or phone numbers (a test enforces this)."),
    Table("locations", (
        _id("location_id", "Slug of the location."),
        _text("name", "Name as the source gives it.", required=True),
        _enum("kind", vocab.LOCATION_KINDS, "What kind of place it is."),
        _doc(INITIATIVE, "Its municipality must equal the initiative's."),
        _doc(ORG, "Organisation running the location."),
        Field("gm_code", "gm_code", True, ref="municipalities.gm_code",
              description="Municipality."),
        _text("area", "Neighbourhood (wijk/buurt) as the source names it."),
        Field("lat", "float", bounds=(-90, 90), description="Latitude, WGS84, inside the "
                                                             "Netherlands."),
        Field("lon", "float", bounds=(-180, 180), description="Longitude, WGS84, inside the "
                                                               "Netherlands."),
        _enum("coord_precision", vocab.COORD_PRECISIONS,
              "How precisely the point is known. With `municipality` the point is the CBS "
              "representative point of the municipality (`data/geo/gemeente_punten_2013.csv`), "
              "never a guessed spot; a test checks this."),
        *PROOF,
    ), key=("location_id",), title="places of initiatives"),
    Table("events", (
        _id("event_id", "Slug of the event."),
        _date("date", "Date of the event.", required=True),
        _precision("date_precision", "date", required=True),
        _date("end_date", "For events spanning days; not before `date`."),
        _text("title", "Own words (Dutch).", required=True),
        _text("title_en", "The same title in English; names stay as written.", required=True),
        _enum("kind", vocab.EVENT_KINDS, "What kind of event it is."),
        _doc(MODALITY, "Whether it happened or lies ahead (see conventions)."),
        _enum("year_basis", vocab.YEAR_BASIS, "How the year is known.", glosses={
            "stated": "the excerpt writes the year",
            "publication": "the source writes \"27 september\"; the year is its publication "
                           "year, which the loader checks"}),
        _doc(INITIATIVE, "What the event belongs to (may be empty: wider policy context)."),
        _doc(PROGRAMME, "What the event belongs to. An event is not tagged with a programme "
                        "through an inferred membership."),
        _doc(GM, "Where."),
        _ref("location_id", "locations.location_id", "Where."),
        _text("date_note", "How the date was read (Dutch)."),
        _text("date_note_en", "The same note in English."),
        *PROOF,
    ), key=("event_id", "source_id"), over_time="event_id", dates=(("date", "date_precision"),),
        intervals=(("date", "end_date"),), title="dated events"),
    Table("event_participants", (
        _ref("event_id", "events.event_id", "The event.", True),
        _ref("org_id", "organisations.org_id", "An organisation taking part in it.", True),
        *PROOF,
    ), key=("event_id", "org_id"), title="organisations at an event"),
    Table("figures", (
        _doc(INITIATIVE, "What the figure is about (at least one of initiative, organisation "
                         "and event)."),
        _doc(ORG, "What the figure is about."),
        _ref("event_id", "events.event_id", "What the figure is about."),
        _enum("metric", vocab.METRICS, "What is counted. The excerpt must name it "
                                       "(`vocab.METRIC_WORDS`)."),
        Field("value", "float", required=True, bounds=COUNT, description="The figure."),
        Field("value_max", "float", bounds=COUNT,
              description="Upper end when the source gives a range (\"2 à 3\")."),
        Field("approximate", "bool", required=True,
              description="The source says \"rond de\", \"circa\"."),
        _enum("unit", vocab.UNITS, "Unit of the value."),
        _enum("per", vocab.PER, "When the figure is per unit.", required=False),
        _doc(MODALITY, "See conventions. A person's general remark (\"een leerkracht besteedt "
                       "30 procent…\") is a statement, not a figure."),
        *PROOF,
    ), key=("initiative_id", "org_id", "event_id", "metric"), title="key figures"),
    Table("approaches", (
        _ref("initiative_id", "initiatives.initiative_id", "The initiative.", True),
        _enum("approach", vocab.APPROACHES, "The element of the way of working."),
        MODALITY, *INFERENCE, *PROOF,
    ), key=("initiative_id", "approach"), title="elements of the way of working"),
    Table("monitor_waves", (
        _id("wave_id", "Slug of the wave."),
        _ref("programme_id", "programmes.programme_id", "The programme monitored.", True),
        _text("name", "Name of the wave (Dutch).", required=True),
        _text("name_en", "The same name in English.", required=True),
        _date("date", "The first wave's date is the month its results were presented.",
              required=True),
        _precision("date_precision", "date", required=True),
        _text("date_note", "How the date was read (Dutch)."),
        _text("date_note_en", "The same note in English."),
        _enum("status", vocab.WAVE_STATUSES, "Whether the wave has been held."),
        _ref("research_org_id", "organisations.org_id", "The organisation doing the research."),
        *PROOF,
    ), key=("wave_id", "source_id"), over_time="wave_id", dates=(("date", "date_precision"),),
        title="measurements of the NJI monitor"),
    Table("monitor_findings", (
        _id("finding_id", "Slug of the finding."),
        _ref("wave_id", "monitor_waves.wave_id", "The wave it was found in.", True),
        Field("rank", "int", required=True, bounds=RANK, description="Order in the source."),
        *SUMMARIES, *PROOF,
    ), key=("finding_id",), title="what a monitor wave found"),
    Table("ratings", (
        _ref("initiative_id", "initiatives.initiative_id", "The initiative rated.", True),
        _ref("wave_id", "monitor_waves.wave_id",
             "The monitor wave the rating belongs to, only when a source ties it to the "
             "monitor."),
        _ref("location_id", "locations.location_id", "Must belong to the initiative.", True),
        _text("subject", "What was rated (Dutch).", required=True),
        _text("subject_en", "The same subject in English; names stay as written.",
              required=True),
        _text("rating", "A label of the scale.", required=True),
        _enum("scale", tuple(vocab.RATING_SCALES), "The scale (a definition, not a fact), "
                                                   "lowest label first.",
              glosses={name: " < ".join(labels)
                       for name, labels in vocab.RATING_SCALES.items()}),
        _text("rated_by", "Who gave the rating (Dutch)."),
        _text("rated_by_en", "The same in English."),
        _text("note", "How the row was read from the source (Dutch)."),
        _text("note_en", "The same note in English."), *INFERENCE, *PROOF,
    ), key=("initiative_id", "location_id", "subject"), title="ordinal ratings the sources give",
        description="Not part of the NJI monitor unless `wave_id` says so (the teams' rating "
                    "of a training is not)."),
    Table("monitor_indicators", (
        _ref("wave_id", "monitor_waves.wave_id", "A completed wave.", True),
        _ref("initiative_id", "initiatives.initiative_id", "The initiative measured.", True),
        _text("indicator", "What was measured, as the report words it (Dutch).",
              required=True),
        _text("indicator_en", "The same indicator in English; names stay as written.",
              required=True),
        Field("value", "float", required=True, bounds=(-COUNT[1], COUNT[1]),
              description="The result."),
        _text("unit", "Unit of the value.", required=True),
        Field("n", "int", required=True, bounds=COUNT,
              description="Number of respondents. A result with n < 5 is never shown as a "
                          "number, nor its excerpts, and the published zip leaves it out."),
        *_proof("An exact excerpt from the report that contains the value as written."),
    ), key=("wave_id", "initiative_id", "indicator"),
        title="numeric monitor results",
        description="Only real results from a report; never sample numbers. Each "
                    "result is a fact like the others: its report is a source in "
                    "`sources.csv` and its excerpts prove the value."),
    Table("statements", (
        _id("statement_id", "Slug of the statement."),
        _enum("topic", vocab.STATEMENT_TOPICS, "What the statement is about."),
        _ref("person_id", "people.person_id",
             "Whose own words these are: every excerpt lies inside one of their passages in "
             "`quotes.csv`. Empty for the newsletter's own narrative."),
        _doc(INITIATIVE, "What it is about."), _doc(PROGRAMME, "What it is about."),
        _ref("event_id", "events.event_id", "What it is about."),
        _text("summary_nl", "In Dutch, in our own words, claiming no more than the excerpts.",
              required=True),
        _text("summary_en", "In English, in our own words, claiming no more than the "
                            "excerpts.", required=True),
        MODALITY, *PROOF,
    ), key=("statement_id",), title="statements, findings, activities and views"),
    Table("aliases", (
        _enum("entity", vocab.ALIAS_ENTITIES, "The kind of entity named."),
        Field("entity_id", "id", required=True, description="The id in its table."),
        _text("alias", "The words as the source writes them; must occur in `evidence`.",
              required=True),
        *_proof("Where the source uses the alias for the entity."),
    ), key=("entity", "entity_id", "alias", "source_id"),
        title="how the sources name each entity",
        description="Every way a source refers to an organisation, person, initiative, "
                    "programme, location or event (\"Elker\", \"jeugdzorgaanbieder Yorneo\", "
                    "\"de gemeente\", \"deze pilot\"), valid for excerpts of that source. An "
                    "entity's own `name` (or an event's `title`) always counts."),
    Table("quotes", (
        _id("quote_id", "Slug of the passage."),
        _ref("person_id", "people.person_id", "The speaker.", True),
        _enum("kind", vocab.QUOTE_KINDS, "How the passage is marked in the source.", glosses={
            "quotation": "between quotation marks, checked in the source",
            "headed": "a first-person piece under the attribution as heading",
            "signed": "a column followed by the attribution as signature"}),
        _text("first_words", "The passage's first words, exactly.", required=True),
        _text("last_words", "The passage's last words, exactly.", required=True),
        *_proof("The attribution (\"vervolgt De Jonge\"); must name the person."),
    ), key=("quote_id",), title="passages that are a person's own words"),
)}


ENGLISH_SUFFIX = "_en"
DUTCH_SUFFIX = "_nl"


# Our own words are written in Dutch, with an English twin column beside each.
OWN_WORDS_LANGUAGE = "nl"


def english_twin(column: str) -> str:
    """The English column of a Dutch own-words column: summary_nl -> summary_en, title ->
    title_en."""
    return column.removesuffix(DUTCH_SUFFIX) + ENGLISH_SUFFIX


def own_words(data, column: str, lang: str = OWN_WORDS_LANGUAGE):
    """Our own words from `data` (a row, a frame, a dict or a namedtuple) in `lang`: the Dutch
    `column` (e.g. 'title', 'summary_nl') or its English twin ('title_en', 'summary_en').
    The one place that picks the column by language, so no page shows Dutch own words in
    English mode."""
    name = column if lang == OWN_WORDS_LANGUAGE else english_twin(column)
    return getattr(data, name) if isinstance(data, tuple) else data[name]


def own_words_columns(table: Table) -> dict[str, str]:
    """The table's own-words text (ours, not the source's) as {Dutch column: English column}:
    every column with an English twin. What English mode must never show in Dutch."""
    names = set(table.columns)
    pairs = {}
    for name in table.columns:
        if not name.endswith(ENGLISH_SUFFIX):
            continue
        stem = name.removesuffix(ENGLISH_SUFFIX)
        dutch = stem + DUTCH_SUFFIX if stem + DUTCH_SUFFIX in names else stem
        if dutch in names:
            pairs[dutch] = name
    return pairs


def over_time_tables() -> dict[str, str]:
    """The tables a later source may update, each with its id column."""
    return {t.name: t.over_time for t in TABLES.values() if t.over_time}


def pandera_schema(table: Table) -> pa.DataFrameSchema:
    """The pandera schema of a table's raw (all-text) frame: presence, form and vocabulary."""
    columns = {}
    for f in table.fields:
        checks = []
        if f.kind in PATTERNS:
            pattern, message = PATTERNS[f.kind]
            checks.append(pa.Check.str_matches(pattern, error=message))
        if f.vocab:
            checks.append(pa.Check.isin(f.vocab, error="is not one of: " + ", ".join(f.vocab)))
        columns[f.name] = pa.Column(
            "string", checks=checks, nullable=not f.required,
            unique=table.key == (f.name,), report_duplicates="exclude_first",
        )
    unique = list(table.key) if len(table.key) > 1 else None
    return pa.DataFrameSchema(columns, strict=True, ordered=False, unique=unique,
                              report_duplicates="exclude_first", name=table.name)
