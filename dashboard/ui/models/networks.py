"""Netwerken: who works with whom in each initiative, and who connects the initiatives.

Two entries: `networks` for what the page shows whatever is chosen (its lead, the pickers'
options, the figures of every network, the programme as one network and its bridges), and
`network_card` for one chosen initiative's network, so switching initiatives recomputes only
that card.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dashboard import i18n
from dashboard.content import fact_words, takeaways
from dashboard.content.leads import page_lead
from dashboard.data import Dataset, initiative_names
from dashboard.data.characters import isolate
from dashboard.data.schemas import own_words
from dashboard.topics.compare import default_selection
from dashboard.topics.network import (
    bridging_organisations,
    initiative_network,
    isolated,
    metrics_table,
    programme_network,
)
from dashboard.ui.cache import entry
from dashboard.ui.card import Card, make_card
from dashboard.viz.network import (
    PROGRAMME_DRAWN,
    bridges_table,
    initiative_network_chart,
    metrics_display,
    network_table,
    programme_network_chart,
)


@dataclass(frozen=True)
class Networks:
    lead: str
    options: tuple[str, ...]  # every initiative, in file order
    first: str  # what the page shows when a link chooses nothing: the first featured case
    names: Mapping[str, str]
    metrics: Card
    programme: Card
    bridges: Card | None  # None: no organisation takes part in more than one initiative


@dataclass(frozen=True)
class NetworkCard:
    """One initiative's network, or, when the sources name no participant, the sentence that
    says so instead."""

    card: Card | None
    empty: str | None


@entry
def networks(ds: Dataset, lang: str) -> Networks:
    options = tuple(ds.initiatives["initiative_id"])
    names = initiative_names(ds, lang)
    programme = programme_network(ds)
    bridges = bridging_organisations(programme.graph)
    size = programme.graph.number_of_nodes()
    caption = [i18n.t("networks_programme_caption", lang, count=programme.metrics.isolated)]
    if size > PROGRAMME_DRAWN:
        caption.append(i18n.t("networks_programme_drawn", lang, shown=PROGRAMME_DRAWN,
                              count=size))
    return Networks(
        lead=page_lead(ds, "networks", lang),
        options=options,
        first=(default_selection(ds) or options)[0],
        names=MappingProxyType(names),
        metrics=make_card(ds, lang, i18n.t("networks_metrics_header", lang),
                          metrics_display(metrics_table(ds, options, True), lang),
                          caption=i18n.t("networks_metrics_caption", lang)),
        programme=make_card(ds, lang, takeaways.programme_title(programme.graph, lang),
                            programme_network_chart(programme.graph, lang),
                            caption=" ".join(caption),
                            data=network_table(programme.graph, lang)),
        bridges=None if bridges.empty else make_card(
            ds, lang, i18n.t("networks_bridges_header", lang),
            bridges_table(bridges, names, lang)),
    )


@entry
def network_card(ds: Dataset, lang: str, initiative_id: str, height: int) -> NetworkCard:
    """The network of `initiative_id`, drawn `height` pixels high (less when two stand side
    by side)."""
    name = initiative_names(ds, lang)[initiative_id]
    graph = initiative_network(ds, initiative_id).graph
    if graph.number_of_nodes() == 0:
        return NetworkCard(card=None, empty=i18n.t("networks_no_participants", lang, name=name))
    alone = [fact_words.organisation(own_words(graph.nodes[o], "name", lang),
                                     graph.nodes[o]["roles"], lang) for o in isolated(graph)]
    return NetworkCard(
        card=make_card(ds, lang, takeaways.network_title(name, graph, lang),
                       initiative_network_chart(graph, lang, height),
                       caption=(i18n.t("networks_isolated", lang,
                                       names="; ".join(map(isolate, alone)))
                                if alone else None),
                       data=network_table(graph, lang)),
        empty=None,
    )
