"""Partner networks: who works with whom, per initiative and across the programme.

A network is a `networkx.MultiDiGraph` keyed by org_id. Every relation row of relations.csv
is one edge, kept with its direction (coach → coached), kind, modality, source and evidence,
so nothing the sources say is merged away. Measures that need "is there a tie between A and
B" use `ties(graph)`: the undirected simple graph in which a pair of organisations is tied
when at least one relation links them.

Only the data decide the picture: participants that no relation mentions stay in the graph
as isolated nodes, because "no tie described" is not "no tie".

Node attributes: name, sector, initiatives (tuple of initiative_ids the organisation takes
part in), roles (`topics.roles.Role`s: each role with its modality), facts (the participant
rows). Edge attributes: kind, modality, inferred, scope ("initiative" or "programme"), scope_id,
source_id, evidence, facts (the relation row).
"""

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from dashboard.data import vocab
from dashboard.data.dataset import Dataset, initiative_names
from dashboard.data.refs import FACTS, inferred, pooled, with_facts
from dashboard.topics.roles import roles, sure

UNKNOWN_SECTOR = "onbekend"


# --- building graphs ---------------------------------------------------------------------------


def graph_from_tables(organisations: pd.DataFrame, relations: pd.DataFrame,
                      memberships: pd.DataFrame | None = None) -> nx.MultiDiGraph:
    """A network from an organisation table and a relation table (the dataset's columns).

    `organisations` needs org_id, name, name_en, sector; `relations` needs from_org_id, to_org_id,
    kind, modality and may carry initiative_id, programme_id, source_id, evidence;
    `memberships` (participants rows: initiative_id, org_id, role, modality) fills the
    initiatives of each node, those it takes part in in practice on a stated tie
    (`practising`; not those it explores, plans or takes part in by inference), and its
    roles. Nodes are added sorted by org_id so drawings are
    reproducible. Relation ends missing from `organisations` are an error: a tie needs known
    organisations.
    """
    graph = nx.MultiDiGraph()
    initiatives: dict[str, dict[str, None]] = {}
    practising: dict[str, dict[str, None]] = {}
    members: dict[str, list[int]] = {}
    facts: dict[str, list[tuple[str, ...]]] = {}
    if memberships is not None:
        refs = memberships[FACTS] if FACTS in memberships else [()] * len(memberships)
        modalities = memberships.get("modality", pd.Series("in_practice", index=memberships.index))
        for position, (initiative, org, modality, guessed, why) in enumerate(zip(
                memberships["initiative_id"], memberships["org_id"], modalities,
                inferred(memberships), refs, strict=True)):
            initiatives.setdefault(org, {})[initiative] = None
            if modality == "in_practice" and not guessed:
                practising.setdefault(org, {})[initiative] = None
            members.setdefault(org, []).append(position)
            facts.setdefault(org, []).append(why)
    for row in organisations.sort_values("org_id").itertuples(index=False):
        graph.add_node(
            row.org_id, name=row.name, name_en=row.name_en,
            sector=_text(row.sector) or UNKNOWN_SECTOR,
            initiatives=tuple(initiatives.get(row.org_id, ())),
            practising=tuple(practising.get(row.org_id, ())),
            facts=pooled(facts.get(row.org_id, ())),
            roles=roles(memberships.iloc[members[row.org_id]])
            if memberships is not None and row.org_id in members else (),
        )
    for row, guessed in zip(relations.to_dict("records"), inferred(relations), strict=True):
        for end in (row["from_org_id"], row["to_org_id"]):
            if end not in graph:
                raise KeyError(f"relation end {end!r} is not among the organisations")
        initiative = _text(row.get("initiative_id"))
        graph.add_edge(
            row["from_org_id"], row["to_org_id"], kind=row["kind"], modality=row["modality"],
            inferred=bool(guessed),
            scope="initiative" if initiative else "programme",
            scope_id=initiative or _text(row.get("programme_id")),
            source_id=_text(row.get("source_id")), evidence=_text(row.get("evidence")),
            facts=row.get(FACTS, ()),
        )
    return graph


def initiative_graph(ds: Dataset, initiative_id: str) -> nx.MultiDiGraph:
    """The partner network of one initiative: its participants and the relations it records."""
    members = ds.participants[ds.participants["initiative_id"] == initiative_id]
    orgs = ds.organisations[ds.organisations["org_id"].isin(set(members["org_id"]))]
    relations = ds.relations[(ds.relations["initiative_id"] == initiative_id)
                             .fillna(False).astype(bool)]
    return graph_from_tables(orgs, with_facts(relations, "relations"),
                             with_facts(members, "participants"))


def programme_graph(ds: Dataset) -> nx.MultiDiGraph:
    """One network across all initiatives.

    Nodes: every participant of every initiative, every organisation a relation names
    (programme-level relations reach e.g. VWS and the aldermen's network) and the programme
    owners (programmes.owner_org_id). Edges: all relations, of initiatives and of programmes.
    """
    wanted = (set(ds.participants["org_id"]) | set(ds.relations["from_org_id"])
              | set(ds.relations["to_org_id"]) | set(ds.programmes["owner_org_id"].dropna()))
    orgs = ds.organisations[ds.organisations["org_id"].isin(wanted)]
    return graph_from_tables(orgs, with_facts(ds.relations, "relations"),
                             with_facts(ds.participants, "participants"))


# --- measures ----------------------------------------------------------------------------------


def ties(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph: two organisations are tied when any relation links them.

    Each tie keeps the kinds of the relations behind it (attribute `kinds`, sorted).
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for a, b, data in graph.edges(data=True):
        if simple.has_edge(a, b):
            simple[a][b]["kinds"] = tuple(sorted({*simple[a][b]["kinds"], data["kind"]}))
        else:
            simple.add_edge(a, b, kinds=(data["kind"],))
    return simple


def density(graph: nx.MultiDiGraph) -> float | None:
    """Ties present / ties possible (undirected); None with fewer than two organisations."""
    simple = ties(graph)
    return nx.density(simple) if simple.number_of_nodes() >= 2 else None


def cross_sector_share(graph: nx.MultiDiGraph) -> float | None:
    """Share of ties that join two different sectors.

    A tie with an organisation of unknown sector cannot be judged and is left out of both
    counts; None when no tie can be judged.
    """
    simple = ties(graph)
    judged = [(simple.nodes[a]["sector"], simple.nodes[b]["sector"]) for a, b in simple.edges
              if UNKNOWN_SECTOR not in (simple.nodes[a]["sector"], simple.nodes[b]["sector"])]
    if not judged:
        return None
    return sum(a != b for a, b in judged) / len(judged)


def sectors_covered(graph: nx.MultiDiGraph) -> tuple[str, ...]:
    """The known sectors of the organisations, in vocabulary order."""
    present = {sector for _, sector in graph.nodes(data="sector")}
    return tuple(s for s in vocab.SECTORS if s in present and s != UNKNOWN_SECTOR)


def degrees(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Number of distinct partners each organisation is tied to."""
    return dict(ties(graph).degree())


def most_connected(graph: nx.MultiDiGraph) -> str | None:
    """The organisation with the most distinct partners.

    Ties are broken by name, then org_id, so the answer never depends on row order. None when
    no organisation has a tie.
    """
    counts = degrees(graph)
    if not counts or max(counts.values()) == 0:
        return None
    return min(counts, key=lambda o: (-counts[o], graph.nodes[o]["name"], o))


def isolated(graph: nx.MultiDiGraph) -> list[str]:
    """Organisations without any described relation, sorted by name."""
    alone = [o for o, d in degrees(graph).items() if d == 0]
    return sorted(alone, key=lambda o: (graph.nodes[o]["name"], o))


@dataclass(frozen=True)
class NetworkMetrics:
    """The figures that compare networks. None means "cannot be computed", never zero."""

    organisations: int
    relations: int  # relation rows (several may link one pair)
    ties: int  # linked pairs
    density: float | None
    cross_sector_share: float | None
    sectors: tuple[str, ...]
    most_connected: str | None
    most_connected_partners: int
    isolated: int


def network_metrics(graph: nx.MultiDiGraph) -> NetworkMetrics:
    """All comparison figures of one network."""
    simple = ties(graph)
    top = most_connected(graph)
    return NetworkMetrics(
        organisations=graph.number_of_nodes(), relations=graph.number_of_edges(),
        ties=simple.number_of_edges(), density=density(graph),
        cross_sector_share=cross_sector_share(graph), sectors=sectors_covered(graph),
        most_connected=top, most_connected_partners=simple.degree(top) if top else 0,
        isolated=len(isolated(graph)),
    )


def metrics_table(ds: Dataset, initiative_ids: Iterable[str],
                  include_programme: bool = False) -> pd.DataFrame:
    """One row of network figures per initiative (and, if asked, the programme as a whole).

    Columns: scope_id (initiative_id, or "programme"), name, name_en, organisations,
    relations, ties, density, cross_sector_share, sectors (tuple), most_connected (org_id or
    None), most_connected_name, most_connected_name_en, most_connected_partners, isolated,
    unsure_members, unsure_ties (how sure each organisation and relation is that the counts
    include but that is not stated practice), FACTS (every participant and relation row of the
    network).
    """
    names, names_en = initiative_names(ds), initiative_names(ds, "en")
    graphs: list[tuple[str, str | None, str | None, nx.MultiDiGraph]] = [
        (i, names[i], names_en[i], initiative_graph(ds, i)) for i in initiative_ids]
    if include_programme:
        graphs.append(("programme", None, None, programme_graph(ds)))
    rows = []
    for scope_id, name, name_en, graph in graphs:
        m = network_metrics(graph)
        top = graph.nodes[m.most_connected] if m.most_connected else {}
        rows.append({
            "scope_id": scope_id, "name": name, "name_en": name_en,
            "organisations": m.organisations,
            "relations": m.relations, "ties": m.ties, "density": m.density,
            "cross_sector_share": m.cross_sector_share, "sectors": m.sectors,
            "most_connected": m.most_connected,
            "most_connected_name": top.get("name"), "most_connected_name_en": top.get("name_en"),
            "most_connected_partners": m.most_connected_partners, "isolated": m.isolated,
            "unsure_members": unsure_members(graph), "unsure_ties": unsure_ties(graph),
            FACTS: network_facts(graph),
        })
    return pd.DataFrame(rows)


def unsure_members(graph: nx.MultiDiGraph) -> tuple[tuple[str | None, bool], ...]:
    """(modality, inferred) of each organisation that takes part only by exploring, planning
    or inference (no role in practice on a stated tie): what a count of the network's
    organisations includes that is not practice."""
    return tuple((d["roles"][0].modality, d["roles"][0].inferred)
                 for _, d in graph.nodes(data=True) if not sure(d["roles"]))


def unsure_ties(graph: nx.MultiDiGraph) -> tuple[tuple[str | None, bool], ...]:
    """(modality, inferred) of each relation not in practice or inferred."""
    return tuple((d["modality"], d["inferred"]) for _, _, d in graph.edges(data=True)
                 if d["modality"] != "in_practice" or d["inferred"])


def network_facts(graph: nx.MultiDiGraph) -> tuple[str, ...]:
    """The fact rows a network is drawn from: its participants, then its relations."""
    return pooled([*(d["facts"] for _, d in graph.nodes(data=True)),
                   *(d["facts"] for _, _, d in graph.edges(data=True))])


def bridging_organisations(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """Organisations taking part in more than one initiative: the ones that connect pilots.

    Columns: org_id, name, name_en, sector, initiatives (tuple), count, FACTS (the
    participant rows). Most initiatives first, then by name.
    """
    rows = [{"org_id": o, "name": d["name"], "name_en": d["name_en"], "sector": d["sector"],
             "initiatives": d["initiatives"], "count": len(d["initiatives"]),
             FACTS: d["facts"]}
            for o, d in graph.nodes(data=True) if len(d["initiatives"]) > 1]
    frame = pd.DataFrame(rows, columns=["org_id", "name", "name_en", "sector", "initiatives",
                                        "count", FACTS])
    return frame.sort_values(["count", "name"], ascending=[False, True]).reset_index(drop=True)


def drawing_selection(graph: nx.MultiDiGraph, limit: int) -> list[str]:
    """At most `limit` organisations: those in most initiatives first, then those with most
    partners, then by name. What a readable drawing of a very large network keeps."""
    partners = degrees(graph)
    ranked = sorted(graph.nodes(data=True),
                    key=lambda item: (-len(item[1]["initiatives"]), -partners[item[0]],
                                      item[1]["name"], item[0]))
    return [org_id for org_id, _ in ranked[:limit]]


def relation_rows(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """The relations of a network as a table (the accessible alternative to the drawing).

    Columns: from_org_id, from_name, from_name_en, to_org_id, to_name, to_name_en, kind,
    modality, inferred, scope, scope_id, source_id, evidence, FACTS; sorted by names then kind.
    """
    columns = ["from_org_id", "from_name", "from_name_en", "to_org_id", "to_name",
               "to_name_en", "kind", "modality", "inferred", "scope", "scope_id", "source_id",
               "evidence", FACTS]
    rows = [{"from_org_id": a, "from_name": graph.nodes[a]["name"],
             "from_name_en": graph.nodes[a]["name_en"], "to_org_id": b,
             "to_name": graph.nodes[b]["name"], "to_name_en": graph.nodes[b]["name_en"],
             **{c: d[c] for c in columns[6:]}}
            for a, b, d in graph.edges(data=True)]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["from_name", "to_name", "kind"]).reset_index(drop=True)


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


# --- ready to draw -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Network:
    """A network with its figures; where its organisations are drawn is viz's concern
    (dashboard.viz.network_layout)."""

    graph: nx.MultiDiGraph
    metrics: NetworkMetrics


def initiative_network(ds: Dataset, initiative_id: str) -> Network:
    """The partner network of one initiative, measured."""
    graph = initiative_graph(ds, initiative_id)
    return Network(graph, network_metrics(graph))


def programme_network(ds: Dataset) -> Network:
    """The network across all initiatives (see programme_graph), measured."""
    graph = programme_graph(ds)
    return Network(graph, network_metrics(graph))
