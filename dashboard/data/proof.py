"""Rules by which an excerpt proves its row, not merely occurs in its source.

A policy advisor must be able to repeat anything the dashboard shows, so each kind of row
says what its excerpts must contain: the organisations a tie links, the number a figure
gives, the date an event has, the wording that makes something practice rather than an aim.
Names are matched through `aliases.csv` (how each source names an entity), so "Elker",
"jeugdzorgaanbieder Yorneo" or "de gemeente" count only where a curator has recorded them.
These rules need no source text; `dashboard.data.evidence` checks excerpts against the
sources themselves.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pandas as pd

from dashboard.data import vocab
from dashboard.data.errors import Problem
from dashboard.data.evidence import normalise
from dashboard.data.schemas import EVIDENCE_COLUMNS, TABLES

Frames = dict[str, pd.DataFrame]

# Which table and column hold each entity's own name (always an accepted way to name it).
ENTITY_TABLES = {
    "organisation": ("organisations", "org_id"),
    "person": ("people", "person_id"),
    "initiative": ("initiatives", "initiative_id"),
    "programme": ("programmes", "programme_id"),
    "location": ("locations", "location_id"),
    "event": ("events", "event_id"),
}
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
NUMBER_WORDS = {
    1: ("één", "eén", "een"), 2: ("twee",), 3: ("drie",), 4: ("vier",), 5: ("vijf",),
    6: ("zes",), 7: ("zeven",), 8: ("acht",), 9: ("negen",), 10: ("tien",), 11: ("elf",),
    12: ("twaalf",), 20: ("twintig",), 100: ("honderd",),
}
# Wording that makes a statement an aim, an option or a future step (casefolded, on word
# boundaries). An excerpt with one of these cannot prove practice; each non-practice
# modality needs wording of its own kind.
MARKERS: dict[str, tuple[str, ...]] = {
    "intended": (r"\bwill?en\b", r"\bwil\b", r"\bstreven\b", r"\bdoel\b", r"\bbeoog",
                 r"\bzullen\b", r"\bgaan we\b", r"\bwordt contact gezocht\b"),
    "considered": (r"\boverw[oe]", r"\bzou(den)? kunnen\b", r"\bmogelijkheid\b"),
    "planned": (r"\bzal\b", r"\bzullen\b", r"\bvolgt\b", r"\bduurt tot\b", r"\bgepland"),
    "under_way": (r"\bbekijkt\b", r"\bwordt onderzocht\b", r"\bbezig\b", r"\bop weg\b",
                  r"\baangegaan\b", r"\bverder uitgewerkt\b", r"\bbouwt\b",
                  r"\bexperimenteren\b", r"\bontwikkelt zich\b", r"\bal gezocht\b"),
    # Singular "het uitgangspunt … is": a stated principle ("met dezelfde uitgangspunten" and
    # "het uitgangspunt werd … gestimuleerd" describe practice and do not count).
    "principle": (r"\buitgangspunt\b[^.]{0,40}\bis\b",
                  r"\bvertrekpunt(en)?\b[^.]{0,40}\b(is|zijn)\b"),
}
# Wording of a step still to come (casefolded, on word boundaries), by the words a curator
# looks for: it cannot prove an event that happened or a monitor wave that has been held
# ("In juni 2013 zal de tweede meting … worden gehouden"). Not "duurt tot": a running project
# "duurt tot 2014" and its start still happened.
FUTURE: dict[str, str] = {
    "zal": r"\bzal\b",
    "zullen": r"\bzullen\b",
    "volgt": r"\bvolgt\b",
    "gepland": r"\bgepland",
    "wordt … gehouden": r"\bwordt\b[^.]{0,60}\bgehouden\b",
    "wordt … georganiseerd": r"\bwordt\b[^.]{0,60}\bgeorganiseerd\b",
    "binnenkort": r"\bbinnenkort\b",
    "komende": r"\bkomende?\b",
}
# A principle needs no wording of its own (a general remark has none); the others do.
NEEDS_WORDING = ("intended", "considered", "planned", "under_way")
NOT_PRACTICE = ("intended", "considered", "principle")


@dataclass(frozen=True)
class Names:
    """Every accepted way to name an entity: its own name anywhere, an alias in its source."""

    own: dict[tuple[str, str], frozenset[str]]
    scoped: dict[tuple[str, str, str], frozenset[str]]

    def named(self, entity: str, entity_id: str, source_id: str, text: str) -> bool:
        """True when normalised `text` contains a name of the entity valid in `source_id`."""
        forms = self.own.get((entity, entity_id), frozenset()) | self.scoped.get(
            (entity, entity_id, source_id), frozenset())
        return any(form in text for form in forms)


def names_index(frames: Frames) -> Names:
    own: dict[tuple[str, str], set[str]] = {}
    for entity, (table, key) in ENTITY_TABLES.items():
        frame = frames.get(table)
        if frame is None:
            continue
        names = frame["title"] if table == "events" else frame["name"]
        for entity_id, name in zip(frame[key], names, strict=True):
            own.setdefault((entity, entity_id), set()).add(normalise(name))
    scoped: dict[tuple[str, str, str], set[str]] = {}
    aliases = frames.get("aliases")
    if aliases is not None:
        for a in aliases.itertuples(index=False):
            scoped.setdefault((a.entity, a.entity_id, a.source_id), set()).add(
                normalise(a.alias))
    return Names({k: frozenset(v) for k, v in own.items()},
                 {k: frozenset(v) for k, v in scoped.items()})


def proof_texts(record: pd.Series, columns: tuple[str, ...] = EVIDENCE_COLUMNS) -> list[str]:
    """The non-empty excerpts of a row, in column order."""
    return [record[c] for c in columns if c in record and pd.notna(record[c])]


@dataclass(frozen=True)
class Context:
    names: Names
    published_year: dict[str, int]


Check = Callable[[pd.Series, Context], list[tuple[str, str]]]


@dataclass(frozen=True)
class Rule:
    """One rule: which rows of which table it checks, and how (column, message) it fails."""

    table: str
    title: str
    applies: Callable[[pd.Series], bool]
    check: Check


def _always(_: pd.Series) -> bool:
    return True


def _given(column: str) -> Callable[[pd.Series], bool]:
    return lambda record: pd.notna(record[column])


def _names(entity: str, column: str, evidence: tuple[str, ...] = EVIDENCE_COLUMNS) -> Check:
    """The excerpts name the entity in `column` (e.g. a tie's from_org_id)."""
    def check(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
        if pd.isna(record[column]):
            return []
        text = normalise(" ".join(proof_texts(record, evidence)))
        if ctx.names.named(entity, record[column], record["source_id"], text):
            return []
        return [(column, f"the excerpts do not name {entity} {record[column]!r} (add an "
                         "excerpt that names it, or an alias in aliases.csv)")]
    return check


def _both(*checks: Check) -> Check:
    def check(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
        return [found for c in checks for found in c(record, ctx)]
    return check


def _number_forms(value: float) -> list[str]:
    if value != int(value):
        return [f"{value:g}", f"{value:g}".replace(".", ",")]
    whole = int(value)
    return [str(whole), *NUMBER_WORDS.get(whole, ())]


def _has_number(text: str, value: float) -> bool:
    return any(re.search(rf"(?<![\w,.]){re.escape(form)}(?![\w]|[,.][0-9])", text)
               for form in _number_forms(value))


def _figure(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    raw = " ".join(proof_texts(record)).casefold()
    found = []
    for column in ("value", "value_max"):
        if pd.notna(record[column]) and not _has_number(raw, float(record[column])):
            found.append((column, f"the excerpts do not contain {record[column]:g} "
                                  "(in digits or as a Dutch number word)"))
    words = vocab.METRIC_WORDS.get(record["metric"], ())
    if words and not any(w in normalise(raw) for w in words):
        found.append(("metric", "the excerpts do not name what is counted ("
                                + " / ".join(words) + ")"))
    return found


def _result(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    """A monitor result's excerpts write its value: a reader finds the number in the report."""
    if _has_number(" ".join(proof_texts(record)).casefold(), float(record["value"])):
        return []
    return [("value", f"the excerpts do not contain {record['value']:g} "
                      "(in digits or as a Dutch number word)")]


def _date_written(column: str, precision_column: str,
                  evidence: tuple[str, ...] = EVIDENCE_COLUMNS,
                  year_optional: Callable[[pd.Series], bool] = lambda r: False) -> Check:
    """The excerpts contain the date as written: year, month name, day, at its precision."""
    def check(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
        value = record[column]
        if pd.isna(value):
            return []
        raw = " ".join(proof_texts(record, evidence)).casefold()
        missing = []
        year = value[:4]
        written_year = re.search(rf"\b{year}\b|[’'‘]\s?{year[2:]}\b", raw)
        if not written_year and not year_optional(record):
            missing.append(year)
        # Only the parts the value has: a precision that disagrees is the date rules' report.
        if len(value) >= 7 and MONTHS[int(value[5:7]) - 1] not in raw:
            missing.append(MONTHS[int(value[5:7]) - 1])
        if len(value) == 10 and not re.search(rf"\b{int(value[8:10])}\b", raw):
            missing.append(str(int(value[8:10])))
        if not missing:
            return []
        return [(column, "the excerpts do not contain the date as written ("
                         + ", ".join(missing) + ")")]
    return check


def _year_from_publication(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    if record["year_basis"] != "publication":
        return []
    published = ctx.published_year.get(record["source_id"])
    if published is not None and int(record["date"][:4]) != published:
        return [("date", f"year {record['date'][:4]} is said to come from the publication "
                         f"date, but the source appeared in {published}")]
    return []


def _role(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    if pd.isna(record["role"]):
        return []
    if normalise(record["role"]) in normalise(" ".join(proof_texts(record))):
        return []
    return [("role", "the excerpts do not contain the role as written")]


MEMBERSHIP = ("programme_evidence", "programme_evidence_2")


def _membership(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    if pd.isna(record["programme_id"]):
        return []
    if pd.isna(record["programme_basis"]) or not proof_texts(record, MEMBERSHIP):
        return [("programme_evidence", "a programme membership needs programme_basis and "
                                       "programme_evidence")]
    found = _names("programme", "programme_id", MEMBERSHIP)(record, ctx)
    if record["programme_basis"] == "stated":
        found += _names("initiative", "initiative_id", MEMBERSHIP)(record, ctx)
    elif pd.isna(record["programme_inference"]):
        found.append(("programme_inference", "an inferred membership needs its reasoning"))
    return found


def _modality(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    text = " ".join(proof_texts(record)).casefold()
    said = {m for m, patterns in MARKERS.items() if any(re.search(p, text) for p in patterns)}
    modality = record["modality"]
    if modality == "in_practice" and said & set(NOT_PRACTICE):
        return [("modality", "the excerpts word an aim or option ("
                             + ", ".join(sorted(said & set(NOT_PRACTICE)))
                             + "), not practice")]
    if modality in NEEDS_WORDING and modality not in said:
        return [("modality", f"the excerpts have no wording that makes this {modality}")]
    return []


def future_words(record: pd.Series) -> list[str]:
    text = " ".join(proof_texts(record)).casefold()
    return [words for words, pattern in FUTURE.items() if re.search(pattern, text)]


def _event_happened(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    """An event in practice has happened: its excerpts may not word it as still to come."""
    said = future_words(record)
    if not said:
        return []
    return [("modality", f"the excerpts word a step still to come ({', '.join(said)}), not an "
                         "event that happened")]


def _wave_status(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    """A completed wave's excerpts say it was held; a planned wave's say it is to come."""
    said = future_words(record)
    if record["status"] == "completed" and said:
        return [("status", f"the excerpts word a measurement still to come ({', '.join(said)}),"
                           " not a completed wave")]
    if record["status"] == "planned" and not said:
        return [("status", "the excerpts have no wording that makes this wave planned (such as "
                           "zal, volgt, gepland)")]
    return []


def _in_practice(record: pd.Series) -> bool:
    return record["modality"] == "in_practice"


def _reasoned(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    """An inferred row says why; a reasoning on a row not marked inferred would never be
    shown, so it is reported too."""
    inferred = record["basis"] == "inferred"
    if inferred and pd.isna(record["inference"]):
        return [("inference", "an inferred row needs its reasoning (inference and "
                              "inference_en)")]
    if not inferred and pd.notna(record["inference"]):
        return [("basis", "the row has a reasoning in inference but basis is not 'inferred'")]
    return []


def _inference_given(record: pd.Series) -> bool:
    return pd.notna(record["basis"]) or pd.notna(record["inference"])


def _alias_in_evidence(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    if normalise(record["alias"]) in normalise(" ".join(proof_texts(record))):
        return []
    return [("alias", "the excerpts do not contain the alias")]


def _rating_written(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    if re.search(rf"\b{re.escape(record['rating'].casefold())}\b",
                 " ".join(proof_texts(record)).casefold()):
        return []
    return [("rating", "the excerpts do not contain the rating as written")]


def _statement_subject(record: pd.Series, ctx: Context) -> list[tuple[str, str]]:
    """A statement's event, when given, is named by its excerpts or by a quote's speaker."""
    return _names("event", "event_id")(record, ctx) if pd.isna(record["person_id"]) else []


def _membership_given(record: pd.Series) -> bool:
    return pd.notna(record["programme_id"])


RULES: tuple[Rule, ...] = (
    Rule("participants", "names the organisation and the initiative", _always,
         _both(_names("organisation", "org_id"), _names("initiative", "initiative_id"))),
    Rule("relations", "names both organisations", _always,
         _both(_names("organisation", "from_org_id"), _names("organisation", "to_org_id"))),
    Rule("event_participants", "names the organisation", _always,
         _names("organisation", "org_id")),
    Rule("figures", "contains the value and what is counted", _always, _figure),
    Rule("monitor_indicators", "contains the value as written", _always, _result),
    Rule("events", "contains the date as written", _always,
         _both(_date_written("date", "date_precision",
                             year_optional=lambda r: r["year_basis"] == "publication"),
               _year_from_publication)),
    Rule("events", "words a past event as past", _in_practice, _event_happened),
    Rule("monitor_waves", "contains the date as written", _always,
         _date_written("date", "date_precision")),
    Rule("monitor_waves", "words its status", _always, _wave_status),
    Rule("initiatives", "contains the period as written", _given("start"),
         _both(_date_written("start", "start_precision"),
               _date_written("end", "end_precision"))),
    Rule("initiatives", "links the initiative to its programme", _membership_given,
         _membership),
    Rule("initiatives", "names the initiative", _always, _names("initiative", "initiative_id")),
    Rule("programmes", "names the programme", _always, _names("programme", "programme_id")),
    Rule("organisations", "names the organisation", _always,
         _names("organisation", "org_id")),
    Rule("people", "names the person and the role", _always,
         _both(_names("person", "person_id"), _role)),
    Rule("locations", "names the place", _always, _names("location", "location_id")),
    Rule("quotes", "names who speaks", _always, _names("person", "person_id")),
    Rule("aliases", "contains the alias", _always, _alias_in_evidence),
    Rule("statements", "names its event", _given("event_id"), _statement_subject),
    Rule("ratings", "contains the rating as written", _always, _rating_written),
    *(Rule(table.name, "words its modality", _always, _modality)
      for table in TABLES.values() if "modality" in table.columns),
    *(Rule(table.name, "carries its reasoning when inferred", _inference_given, _reasoned)
      for table in TABLES.values() if "basis" in table.columns),
)


def run_rules(frames: Frames) -> tuple[list[Problem], dict[str, dict[str, set[int]]]]:
    """Every rule over every row: the problems, and per table which rows each rule checked."""
    ctx = Context(names_index(frames), _published_years(frames))
    problems: list[Problem] = []
    checked: dict[str, dict[str, set[int]]] = {}
    for rule in RULES:
        frame = frames.get(rule.table)
        if frame is None:
            continue
        rows = checked.setdefault(rule.table, {}).setdefault(rule.title, set())
        for index, record in _records(frame):
            if not rule.applies(record):
                continue
            rows.add(index)
            problems += [Problem(TABLES[rule.table].file, index + 2, column, message)
                         for column, message in rule.check(record, ctx)]
    return problems, checked


def _records(frame: pd.DataFrame) -> Iterator[tuple[int, pd.Series]]:
    """Rows as plain dicts (rules only read cells): far cheaper than iterrows at 100x data."""
    for index, record in zip(frame.index, frame.to_dict("records"), strict=True):
        yield int(index), record


def _published_years(frames: Frames) -> dict[str, int]:
    sources = frames.get("sources")
    if sources is None:
        return {}
    return {s: int(p[:4]) for s, p in zip(sources["source_id"], sources["published"],
                                          strict=True)}


def check_proof(frames: Frames) -> list[Problem]:
    """The loader's entry point: every problem of every proof rule."""
    return run_rules(frames)[0]
