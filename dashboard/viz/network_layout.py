"""Where a partner network's organisations are drawn: a fixed picture for every network.

Positions belong with the drawing, not with the network's figures (dashboard.topics.network):
they answer "where does it look good", not "what do the sources say".
"""

import networkx as nx

from dashboard.topics.network import isolated, ties

LAYOUT_SEED = 7  # spring layout seed: the same picture on every run
LAYOUT_DIGITS = 3
ISOLATED_GAP = 0.4  # distance below the picture of the row of organisations without a tie
GROUP_GROWTH = 0.7  # a group's radius is size ** GROUP_GROWTH
SPRING_K = 2.5  # spring length × √(group size): larger spreads hubs' partners further
COMPONENT_GAP = 1.0  # space between separate groups of connected organisations



def layout(graph: nx.MultiDiGraph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Node positions, identical on every run (fixed seed, sorted nodes, rounded).

    Each group of connected organisations gets its own layout (partners sit near each
    other), sized by its number of organisations; the groups stand side by side, largest
    first, and the whole is scaled to x in [-1, 1]. Organisations without a described tie
    stand in a row ISOLATED_GAP below, instead of being pushed to the edges where they would
    squeeze the rest of the picture.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_edges_from(sorted(tuple(sorted(e)) for e in ties(graph).edges))
    alone = isolated(graph)
    tied = _ordered(simple, set(simple.nodes) - set(alone))
    positions = _normalised(_components_side_by_side(tied, seed))
    floor = min((y for _, y in positions.values()), default=ISOLATED_GAP) - ISOLATED_GAP
    for i, org in enumerate(alone):
        x = 0.0 if len(alone) == 1 else -1 + 2 * i / (len(alone) - 1)
        positions[org] = (x, floor if tied.number_of_nodes() else 0.0)
    return {o: (round(x, LAYOUT_DIGITS) + 0.0, round(y, LAYOUT_DIGITS) + 0.0)
            for o, (x, y) in sorted(positions.items())}


def _components_side_by_side(tied: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout per connected group (started from a circle, which spreads hubs'
    partners better than random starts), radius growing with its size, left to right."""
    groups = sorted(nx.connected_components(tied), key=lambda c: (-len(c), min(c)))
    positions: dict[str, tuple[float, float]] = {}
    cursor = 0.0
    for group in groups:
        radius = len(group) ** GROUP_GROWTH
        sub = _ordered(tied, group)
        placed = nx.spring_layout(sub, pos=nx.circular_layout(sub), seed=seed,
                                  k=SPRING_K / len(group) ** 0.5, iterations=500,
                                  scale=radius, center=(cursor + radius, 0.0))
        positions.update({o: (float(x), float(y)) for o, (x, y) in placed.items()})
        cursor += 2 * radius + COMPONENT_GAP
    return positions


def _ordered(graph: nx.Graph, nodes: set[str]) -> nx.Graph:
    """The part of `graph` on `nodes`, its nodes and edges in sorted order. A networkx subgraph
    view walks its nodes in the order of an internal set, which changes with each process's
    string hashing, and the spring layout depends on that order."""
    part = nx.Graph()
    part.add_nodes_from(sorted(nodes))
    part.add_edges_from(sorted(tuple(sorted(e)) for e in graph.subgraph(nodes).edges))
    return part


def _normalised(positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Centred and scaled (same factor on both axes) so the widest side spans [-1, 1]."""
    if not positions:
        return {}
    xs, ys = [x for x, _ in positions.values()], [y for _, y in positions.values()]
    mid_x, mid_y = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {o: ((x - mid_x) / half, (y - mid_y) / half) for o, (x, y) in positions.items()}
