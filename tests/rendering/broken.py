"""One fact per kind that is not stated practice, each on a subject that appears nowhere else.

Each kind adds rows to a copy of the fixture dataset (tests/fixtures/data/): one fact that is
planned, intended, under way or inferred, attached to a fictional subject — an organisation,
an approach or metric the fixture never uses, an event, a wave, an initiative — so that every
text a reader sees of that subject shows that one fact. The rendering test then asks whether
each such text says how sure the fact is. Kinds that can meet in one text (a participation
and a tie in a network's row) differ in how sure they are, so that one's words never pass
for the other's.

The rows are invented and called so ("Proef…", source "Proefbron"); their excerpts word them
as the proof rules require but occur in no newsletter, so the copy is served with the sources
out of sight (tests/robustness/hostile.py). Nothing here touches data/ or the fixture itself.
"""

from dataclasses import dataclass, field
from pathlib import Path

from dashboard import i18n
from dashboard.data.schemas import TABLES
from tests.conftest import read_rows, write_rows

SOURCE = "proefbron"
SOURCE_TITLE = "Proefbron (alleen voor tests)"
HOME = "assen"  # the initiative the subjects are attached to: a case, on every page
HOME_GM = "GM0106"
HOME_NAMES = ("BSO-pilot Assen", "BSO pilot Assen")  # its name in Dutch and English
MEMBER = "proefpilot-onbenoemd"  # the initiative whose programme membership is inferred

Rows = dict[str, list[dict[str, str]]]
EXCERPT_COLUMNS = ("evidence", "evidence_2", "evidence_3")
MEMBERSHIP_EXCERPTS = ("programme_evidence", "programme_evidence_2")


@dataclass(frozen=True)
class Fact:
    """One fact that is not stated practice, and how to recognise the texts that show it.

    `subject` is, per language, the words that must all occur in a text for it to show the fact
    (for a tie: both organisations); `context`, words that may instead stand in the heading
    the text is under (a membership is said under the initiative's name). `modality` and
    `inferred` are the fact's; its marker is `i18n.certainty` of them, and `code` the cell
    that says so in the raw data. `table` is the table of the fact's row, the last of the
    rows added to it; `rows` are the rows to add, per table.
    """

    kind: str
    subject: dict[str, tuple[str, ...]]
    modality: str | None
    inferred: bool
    code: str
    table: str
    rows: Rows = field(repr=False)
    context: tuple[str, ...] = ()
    status: str | None = None  # a wave's: its own vocabulary says how sure it is

    def marker(self, lang: str) -> str:
        if self.status is not None:
            return i18n.label("wave_status", self.status, lang)
        return i18n.certainty(self.modality, self.inferred, lang)

    def excerpts(self) -> set[str]:
        """The excerpts of the fact's row: a list of facts quotes them to say which fact a
        row is."""
        row = self.rows[self.table][-1]
        return {row[c] for c in (*EXCERPT_COLUMNS, *MEMBERSHIP_EXCERPTS) if row.get(c)}


def _org(org_id: str, name: str, sector: str) -> dict[str, str]:
    return {"org_id": org_id, "name": name, "name_en": name, "sector": sector,
            "gm_code": HOME_GM, "is_generic": "false", "source_id": SOURCE,
            "evidence": f"{name} is een organisatie in Assen."}


def _participant(org_id: str, name: str, modality: str, evidence: str) -> dict[str, str]:
    return {"initiative_id": HOME, "org_id": org_id, "role": "partner", "modality": modality,
            "source_id": SOURCE, "evidence": evidence or f"{name} werkt mee aan BSO-pilot Assen."}


PARTICIPANT = Fact(
    "participant",
    subject={"nl": ("Proeforganisatie Zonderpraktijk",),
             "en": ("Proeforganisatie Zonderpraktijk",)},
    modality="under_way", inferred=False,
    code="under_way", table="participants",
    rows={"organisations": [_org("proef-zonderpraktijk", "Proeforganisatie Zonderpraktijk",
                                 "jeugdzorg")],
          "participants": [_participant(
              "proef-zonderpraktijk", "Proeforganisatie Zonderpraktijk", "under_way",
              "Proeforganisatie Zonderpraktijk is bezig om aan BSO-pilot Assen mee te "
              "doen.")]})

def _tie(opvang: str, school: str, kind: str, modality: str, evidence: str,
         **basis: str) -> Fact:
    """A tie between two made-up organisations that both take part in practice."""
    ids = {opvang: f"proef-{opvang.split()[-1].lower()}-opvang",
           school: f"proef-{school.split()[-1].lower()}-school"}
    inferred = basis.get("basis") == "inferred"
    return Fact(
        "relation",
        subject={lang: (opvang, school) for lang in ("nl", "en")},
        modality=modality, inferred=inferred,
        code="inferred" if inferred else modality, table="relations",
        rows={"organisations": [_org(ids[opvang], opvang, "kinderopvang"),
                                _org(ids[school], school, "onderwijs")],
              "participants": [_participant(ids[opvang], opvang, "in_practice", ""),
                               _participant(ids[school], school, "in_practice", "")],
              "relations": [{"initiative_id": HOME, "from_org_id": ids[opvang],
                             "to_org_id": ids[school], "kind": kind, "modality": modality,
                             "source_id": SOURCE, "evidence": evidence, **basis}]})


RELATION = _tie("Proefopvang Verbinding", "Proefschool Verbinding", "samenwerking", "intended",
                "Proefopvang Verbinding en Proefschool Verbinding willen samenwerken.")

APPROACH = Fact(
    "approach",
    subject={lang: (i18n.label("approach", "diagnostics_in_childcare", lang),)
             for lang in ("nl", "en")},
    modality="considered", inferred=False,
    code="considered", table="approaches",
    rows={"approaches": [{"initiative_id": HOME, "approach": "diagnostics_in_childcare",
                          "modality": "considered", "source_id": SOURCE,
                          "evidence": "Diagnostiek in de opvang wordt in Assen overwogen."}]})

FIGURE = Fact(
    "figure",
    subject={lang: (i18n.label("metric", "training_sessions", lang),) for lang in ("nl", "en")},
    modality="planned", inferred=False,
    code="planned", table="figures",
    rows={"figures": [{"initiative_id": HOME, "metric": "training_sessions", "value": "37",
                       "approximate": "false", "unit": "count", "modality": "planned",
                       "source_id": SOURCE,
                       "evidence": "In Assen zal men 37 trainingsbijeenkomsten houden."}]})

STATEMENT = Fact(
    "statement",
    subject={lang: ("Proefuitspraak",) for lang in ("nl", "en")},
    modality="intended", inferred=False,
    code="intended", table="statements",
    rows={"statements": [{"statement_id": "proefuitspraak", "topic": "next_step",
                          "initiative_id": HOME,
                          "summary_nl": "Proefuitspraak: Assen wil een tweede wijk toevoegen.",
                          "summary_en": "Proefuitspraak: Assen aims to add a second "
                                        "neighbourhood.",
                          "modality": "intended", "source_id": SOURCE,
                          "evidence": "In Assen willen we een tweede wijk toevoegen."}]})

EVENT = Fact(
    "event",
    subject={lang: ("Proefbijeenkomst",) for lang in ("nl", "en")},
    modality="planned", inferred=False,
    code="planned", table="events",
    rows={"events": [{"event_id": "proefbijeenkomst", "date": "2013-11",
                      "date_precision": "month", "title": "Proefbijeenkomst in Assen",
                      "title_en": "Proefbijeenkomst in Assen (test meeting)",
                      "kind": "bijeenkomst", "modality": "planned", "year_basis": "stated",
                      "initiative_id": HOME, "gm_code": HOME_GM, "source_id": SOURCE,
                      "evidence": "In november 2013 volgt de Proefbijeenkomst in Assen."}]})

MEMBERSHIP = Fact(
    "membership",
    subject={lang: ("Alert4you in de BSO",) for lang in ("nl", "en")},
    context=("Proefpilot Onbenoemd",),
    modality=None, inferred=True,
    code="inferred", table="initiatives",
    rows={"initiatives": [{
        "initiative_id": MEMBER, "name": "Proefpilot Onbenoemd", "name_en": "Proefpilot Onbenoemd",
        "kind": "bso_pilot", "programme_id": "alert4you-bso", "programme_basis": "inferred",
        "programme_evidence": "Proefpilot Onbenoemd bespreekt de resultaten van de monitor van "
                              "Alert4you in de BSO.",
        "programme_inference": "De pilot bespreekt de monitor van de BSO-pilots; dat hij er "
                               "een is, zegt de bron niet.",
        "programme_inference_en": "The pilot discusses the monitor of the BSO pilots; the "
                                  "source does not say that it is one.",
        "gm_code": HOME_GM, "place": "Assen", "case_study": "true", "status": "running",
        "summary_nl": "Testgegevens: een verzonnen pilot.",
        "summary_en": "Test data: an invented pilot.",
        "source_id": SOURCE, "evidence": "Proefpilot Onbenoemd werkt in Assen."}],
          "participants": [{"initiative_id": MEMBER, "org_id": "gemeente-assen",
                            "role": "trekker", "modality": "in_practice", "source_id": SOURCE,
                            "evidence": "De gemeente Assen trekt Proefpilot Onbenoemd."}]})

# A monitor wave has no modality column: its status says whether it was held, and a planned
# wave is marked with that status ("gepland"); its row in a list of facts gives the modality
# the status stands for.
WAVE = Fact(
    "wave",
    subject={lang: ("Proefmeting",) for lang in ("nl", "en")},
    modality="planned", inferred=False,
    code="planned", table="monitor_waves", status="planned",
    rows={"monitor_waves": [{"wave_id": "proefmeting", "programme_id": "alert4you-bso",
                             "name": "Proefmeting NJI-monitor",
                             "name_en": "Proefmeting (test wave) of the NJI monitor",
                             "date": "2014-03", "date_precision": "month", "status": "planned",
                             "research_org_id": "nji", "source_id": SOURCE,
                             "evidence": "In maart 2014 zal de Proefmeting worden "
                                         "gehouden."}]})

# A participation and a tie in practice that rest on an inference (their row's `basis`).
INFERRED_PARTICIPANT = Fact(
    "participant",
    subject={lang: ("Proeforganisatie Afgeleid",) for lang in ("nl", "en")},
    modality="in_practice", inferred=True,
    code="inferred", table="participants",
    rows={"organisations": [_org("proef-afgeleid", "Proeforganisatie Afgeleid", "cjg")],
          "participants": [{**_participant(
              "proef-afgeleid", "Proeforganisatie Afgeleid", "in_practice",
              "Proeforganisatie Afgeleid werkt mee aan BSO-pilot Assen."),
              "basis": "inferred", "inference": "Proef: niet met zoveel woorden gezegd.",
              "inference_en": "Test: not said in so many words."}]})

INFERRED_RELATION = _tie(
    "Proefopvang Afgeleid", "Proefschool Afgeleid", "overdracht", "in_practice",
    "Proefopvang Afgeleid geeft portfolio's door aan Proefschool Afgeleid.",
    basis="inferred", inference="Proef: aan wie, zegt de bron niet.",
    inference_en="Test: the source does not say to whom.")

KINDS: tuple[Fact, ...] = (PARTICIPANT, RELATION, APPROACH, FIGURE, STATEMENT, EVENT,
                           MEMBERSHIP, WAVE, INFERRED_PARTICIPANT, INFERRED_RELATION)

# The flip side: a participation stated and in practice, of an organisation in nothing else.
# What shows it must not be marked.
CONTROL = Fact(
    "control",
    subject={lang: ("Proefpartner Inpraktijk",) for lang in ("nl", "en")},
    modality="in_practice", inferred=False, code="in_practice", table="participants",
    rows={"organisations": [_org("proef-inpraktijk", "Proefpartner Inpraktijk", "cjg")],
          "participants": [_participant("proef-inpraktijk", "Proefpartner Inpraktijk",
                                        "in_practice", "")]})

SOURCE_ROW = {"source_id": SOURCE, "title": SOURCE_TITLE, "publisher": "Proefuitgever",
              "published": "2013", "published_precision": "year", "file": "proefbron.txt",
              "language": "nl"}


def add_rows(directory: Path, table: str, rows: list[dict[str, str]]) -> None:
    """Append rows as an editor would: every column of the table, unknown cells empty."""
    columns = TABLES[table].columns
    path = directory / TABLES[table].file
    write_rows(path, [*read_rows(path), *({c: row.get(c, "") for c in columns} for row in rows)],
               header=columns)


def break_data(directory: Path, kinds: tuple[Fact, ...] = (*KINDS, CONTROL)) -> Path:
    """Add the proof source and the rows of `kinds` to the copy in `directory`.

    The kinds' subjects are disjoint, so one copy holds them all and the app is rendered once
    for all of them: each kind is still found only through its own subject."""
    add_rows(directory, "sources", [SOURCE_ROW])
    for fact in kinds:
        for table, rows in fact.rows.items():
            add_rows(directory, table, rows)
    return directory

