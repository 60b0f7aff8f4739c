"""The one declaration of every table: its columns, types, vocabularies, keys and references.

Loading, pandera validation, typed conversion and the foreign-key checks are all derived
from `TABLES`, so adding a column means adding one `Field` here (and documenting it in
data/README.md).
"""

from dataclasses import dataclass, field

import pandera.pandas as pa

from dashboard.core import vocab

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
    """A column. `kind` is one of: id, ref, text, int, float, bool, date, gm_code, enum."""

    name: str
    kind: str = "text"
    required: bool = False
    vocab: tuple[str, ...] = ()
    ref: str | None = None  # "table.column" that a non-empty value must exist in
    bounds: tuple[float, float] | None = None  # plausible (lowest, highest) of a number

    @property
    def dtype(self) -> str:
        return DTYPES.get(self.kind, "string")


@dataclass(frozen=True)
class Table:
    """A CSV file in data/ and the rules every row of it follows."""

    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ()
    dates: tuple[tuple[str, str], ...] = ()  # (date column, precision column)
    intervals: tuple[tuple[str, str], ...] = ()  # (start column, end column), end >= start
    sourced: bool = True  # every row carries source_id and a non-empty evidence excerpt
    description: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def get(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _id(name: str) -> Field:
    return Field(name, "id", required=True)


def _ref(name: str, target: str, required: bool = False) -> Field:
    return Field(name, "ref", required=required, ref=target)


def _enum(name: str, values: tuple[str, ...], required: bool = True) -> Field:
    return Field(name, "enum", required=required, vocab=values)


def _precision(name: str, required: bool = False) -> Field:
    return _enum(name, vocab.DATE_PRECISIONS, required)


SOURCE = _ref("source_id", "sources.source_id", required=True)
# One to three exact excerpts: a row may need one naming each end of a tie.
EVIDENCE_COLUMNS = ("evidence", "evidence_2", "evidence_3")
PROOF = (SOURCE, Field("evidence", required=True), Field("evidence_2"), Field("evidence_3"))
MODALITY = _enum("modality", vocab.MODALITIES)
GM = Field("gm_code", "gm_code", ref="municipalities.gm_code")
INITIATIVE = _ref("initiative_id", "initiatives.initiative_id")
PROGRAMME = _ref("programme_id", "programmes.programme_id")

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("sources", (
        _id("source_id"), Field("title", required=True), Field("publisher", required=True),
        Field("published", "date", required=True), _precision("published_precision", True),
        Field("published_note"), Field("published_note_en"), Field("file", required=True),
        Field("language", required=True),
    ), key=("source_id",), dates=(("published", "published_precision"),), sourced=False,
        description="The source documents; the only factual sources of the project."),
    Table("municipalities", (
        Field("gm_code", "gm_code", required=True), Field("name", required=True),
        Field("prov_code", required=True), Field("province", required=True),
    ), key=("gm_code",), sourced=False,
        description="CBS 2013 municipalities that the dataset refers to (reference data)."),
    Table("programmes", (
        _id("programme_id"), Field("name", required=True),
        _ref("owner_org_id", "organisations.org_id"),
        _ref("parent_programme_id", "programmes.programme_id"),
        Field("pilot_count", "int", bounds=PILOTS), Field("summary_nl", required=True),
        Field("summary_en", required=True), *PROOF,
    ), key=("programme_id",)),
    Table("organisations", (
        _id("org_id"), Field("name", required=True), _enum("sector", vocab.SECTORS), GM,
        _ref("parent_org_id", "organisations.org_id"), Field("is_generic", "bool", required=True),
        *PROOF,
    ), key=("org_id",)),
    Table("initiatives", (
        _id("initiative_id"), Field("name", required=True),
        _enum("kind", vocab.INITIATIVE_KINDS), PROGRAMME,
        _enum("programme_basis", vocab.PROGRAMME_BASIS, required=False),
        Field("programme_evidence"), Field("programme_evidence_2"),
        Field("programme_inference"), Field("programme_inference_en"),
        Field("gm_code", "gm_code", True, ref="municipalities.gm_code"),
        Field("place"), Field("case_study", "bool", required=True),
        _enum("status", vocab.INITIATIVE_STATUSES),
        Field("start", "date"), _precision("start_precision"),
        Field("end", "date"), _precision("end_precision"),
        Field("summary_nl", required=True), Field("summary_en", required=True), *PROOF,
    ), key=("initiative_id",), dates=(("start", "start_precision"), ("end", "end_precision")),
        intervals=(("start", "end"),)),
    Table("participants", (
        _ref("initiative_id", "initiatives.initiative_id", True),
        _ref("org_id", "organisations.org_id", True),
        _enum("role", vocab.PARTICIPANT_ROLES), MODALITY, *PROOF,
    ), key=("initiative_id", "org_id", "role")),
    Table("relations", (
        INITIATIVE, PROGRAMME, _ref("from_org_id", "organisations.org_id", True),
        _ref("to_org_id", "organisations.org_id", True), _enum("kind", vocab.RELATION_KINDS),
        MODALITY, *PROOF,
    ), key=("initiative_id", "programme_id", "from_org_id", "to_org_id", "kind")),
    Table("people", (
        _id("person_id"), Field("name", required=True), Field("role"), Field("role_en"),
        _ref("org_id", "organisations.org_id"), INITIATIVE, PROGRAMME, *PROOF,
    ), key=("person_id",)),
    Table("locations", (
        _id("location_id"), Field("name", required=True), _enum("kind", vocab.LOCATION_KINDS),
        INITIATIVE, _ref("org_id", "organisations.org_id"),
        Field("gm_code", "gm_code", True, ref="municipalities.gm_code"), Field("area"),
        Field("lat", "float", bounds=(-90, 90)), Field("lon", "float", bounds=(-180, 180)),
        _enum("coord_precision", vocab.COORD_PRECISIONS), *PROOF,
    ), key=("location_id",)),
    Table("events", (
        _id("event_id"), Field("date", "date", required=True), _precision("date_precision", True),
        Field("end_date", "date"), Field("title", required=True),
        Field("title_en", required=True),
        _enum("kind", vocab.EVENT_KINDS), MODALITY, _enum("year_basis", vocab.YEAR_BASIS),
        INITIATIVE,
        PROGRAMME, GM, _ref("location_id", "locations.location_id"), Field("date_note"),
        Field("date_note_en"), *PROOF,
    ), key=("event_id",), dates=(("date", "date_precision"),), intervals=(("date", "end_date"),)),
    Table("event_participants", (
        _ref("event_id", "events.event_id", True), _ref("org_id", "organisations.org_id", True),
        *PROOF,
    ), key=("event_id", "org_id")),
    Table("figures", (
        INITIATIVE, _ref("org_id", "organisations.org_id"), _ref("event_id", "events.event_id"),
        _enum("metric", vocab.METRICS), Field("value", "float", required=True, bounds=COUNT),
        Field("value_max", "float", bounds=COUNT), Field("approximate", "bool", required=True),
        _enum("unit", vocab.UNITS), _enum("per", vocab.PER, required=False), MODALITY, *PROOF,
    ), key=("initiative_id", "org_id", "event_id", "metric")),
    Table("approaches", (
        _ref("initiative_id", "initiatives.initiative_id", True),
        _enum("approach", vocab.APPROACHES), MODALITY,
        *PROOF,
    ), key=("initiative_id", "approach")),
    Table("monitor_waves", (
        _id("wave_id"), _ref("programme_id", "programmes.programme_id", True),
        Field("name", required=True), Field("name_en", required=True),
        Field("date", "date", required=True), _precision("date_precision", True),
        Field("date_note"), Field("date_note_en"),
        _enum("status", vocab.WAVE_STATUSES), _ref("research_org_id", "organisations.org_id"),
        *PROOF,
    ), key=("wave_id",), dates=(("date", "date_precision"),)),
    Table("monitor_findings", (
        _id("finding_id"), _ref("wave_id", "monitor_waves.wave_id", True),
        Field("rank", "int", required=True, bounds=RANK), Field("summary_nl", required=True),
        Field("summary_en", required=True), *PROOF,
    ), key=("finding_id",)),
    Table("ratings", (
        _ref("initiative_id", "initiatives.initiative_id", True),
        _ref("wave_id", "monitor_waves.wave_id"),
        _ref("location_id", "locations.location_id", True), Field("subject", required=True),
        Field("subject_en", required=True), Field("rating", required=True),
        _enum("scale", tuple(vocab.RATING_SCALES)), Field("rated_by"), Field("rated_by_en"),
        Field("note"), Field("note_en"), *PROOF,
    ), key=("initiative_id", "location_id", "subject")),
    Table("monitor_indicators", (
        _ref("wave_id", "monitor_waves.wave_id", True),
        _ref("initiative_id", "initiatives.initiative_id", True),
        Field("indicator", required=True),
        Field("value", "float", required=True, bounds=(-COUNT[1], COUNT[1])),
        Field("unit", required=True), Field("n", "int", required=True, bounds=COUNT), SOURCE,
    ), key=("wave_id", "initiative_id", "indicator"), sourced=False,
        description="Numeric monitor results; empty until real results are imported."),
    Table("statements", (
        _id("statement_id"), _enum("topic", vocab.STATEMENT_TOPICS),
        _ref("person_id", "people.person_id"), INITIATIVE, PROGRAMME,
        _ref("event_id", "events.event_id"), Field("summary_nl", required=True),
        Field("summary_en", required=True), MODALITY, *PROOF,
    ), key=("statement_id",)),
    Table("aliases", (
        _enum("entity", vocab.ALIAS_ENTITIES), Field("entity_id", "id", required=True),
        Field("alias", required=True), *PROOF,
    ), key=("entity", "entity_id", "alias", "source_id"),
        description="How the sources name each organisation, person, place and initiative."),
    Table("quotes", (
        _id("quote_id"), _ref("person_id", "people.person_id", True),
        _enum("kind", vocab.QUOTE_KINDS), Field("first_words", required=True),
        Field("last_words", required=True), *PROOF,
    ), key=("quote_id",),
        description="Passages that are a person's own words; evidence names who speaks."),
)}


ENGLISH_SUFFIX = "_en"
DUTCH_SUFFIX = "_nl"


def english_twin(column: str) -> str:
    """The English column of a Dutch own-words column: summary_nl -> summary_en, title ->
    title_en."""
    return column.removesuffix(DUTCH_SUFFIX) + ENGLISH_SUFFIX


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
