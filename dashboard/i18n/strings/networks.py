"""Strings of the Netwerken (networks) page and the network drawings."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav_networks": ("Netwerken", "Networks"),
    "networks_title": ("Wie werkt met wie?", "Who works with whom?"),
    "networks_intro": (
        "Per initiatief de deelnemende organisaties, gekleurd naar sector en groter naarmate "
        "ze met meer partners verbonden zijn, en de relaties die de bronnen beschrijven. Een "
        "organisatie zonder lijn doet mee, maar de bronnen beschrijven geen relatie.",
        "Per initiative the participating organisations, coloured by sector and larger the "
        "more partners they are tied to, and the relations the sources describe. An "
        "organisation without a line takes part, but the sources describe no relation.",
    ),
    "networks_per_initiative": ("Netwerk per initiatief", "Network per initiative"),
    "networks_pick": ("Initiatief", "Initiative"),
    "networks_pick_compare": ("Vergelijk met", "Compare with"),
    "networks_no_compare": ("— niet vergelijken —", "— no comparison —"),
    "networks_ties_none": ("{name}: de bronnen beschrijven geen verbindingen in praktijk",
                           "{name}: the sources describe no links in practice"),
    "networks_ties_all_one": ("{name}: de enige beschreven verbinding loopt tussen twee sectoren",
                              "{name}: its only described link joins two sectors"),
    "networks_ties_all_two": ("{name}: beide beschreven verbindingen lopen tussen twee sectoren",
                              "{name}: both described links join two sectors"),
    "networks_ties_all_many": ("{name}: alle {count} beschreven verbindingen lopen tussen twee "
                               "sectoren",
                               "{name}: all {count} described links join two sectors"),
    "networks_ties_some_one": ("{name}: {cross} van de {count} beschreven verbindingen loopt "
                               "tussen twee sectoren",
                               "{name}: {cross} of {count} described links joins two sectors"),
    "networks_ties_some_many": ("{name}: {cross} van de {count} beschreven verbindingen lopen "
                                "tussen twee sectoren",
                                "{name}: {cross} of {count} described links join two sectors"),
    "networks_ties_unsure": (" (en nog {count} niet in praktijk of afgeleid)",
                             " (and {count} more not in practice, or inferred)"),
    "networks_no_participants": (
        "{name}: deelnemers niet bekend uit de bronnen.",
        "{name}: participants not known from the sources.",
    ),
    "networks_isolated": (
        "Relatie niet beschreven in de bronnen: {names}.",
        "Relation not described in the sources: {names}.",
    ),
    "networks_legend_sectors": ("Sector", "Sector"),
    "networks_legend_relations": ("Relatie", "Relation"),
    "networks_legend_in_practice": ("In praktijk", "In practice"),
    "networks_legend_not_in_practice": ("Niet in praktijk of afgeleid",
                                        "Not in practice, or inferred"),
    "networks_legend_bridge": ("Doet mee in meer dan één initiatief",
                               "Takes part in more than one initiative"),
    "networks_hover_relation": ("{source} → {target}<br>{kind} ({status})",
                                "{source} → {target}<br>{kind} ({status})"),
    "networks_hover_roles": ("Rol: {roles}", "Role: {roles}"),
    "networks_no_relation": ("Relatie niet beschreven", "Relation not described"),
    "networks_col_from": ("Van", "From"),
    "networks_col_to": ("Naar", "To"),
    "networks_col_kind": ("Soort relatie", "Kind of relation"),
    "networks_metrics_header": ("Netwerken vergeleken", "Networks compared"),
    "networks_metrics_intro": (
        "Dichtheid: het deel van alle mogelijke paren dat verbonden is. Sectoroverstijgend: "
        "het deel van de verbonden paren tussen twee verschillende sectoren. Meest verbonden: "
        "de organisatie met de meeste partners (bij gelijke stand de eerste op naam).",
        "Density: the share of all possible pairs that are tied. Cross-sector: the share of "
        "tied pairs joining two different sectors. Most connected: the organisation with the "
        "most partners (on a tie, the first by name).",
    ),
    "networks_metrics_caption": (
        "Alleen relaties die de bronnen beschrijven tellen mee; een lage dichtheid kan ook "
        "betekenen dat de bron weinig vertelt.",
        "Only relations the sources describe count; a low density may also mean the source "
        "says little.",
    ),
    "networks_programme_row": ("Alle initiatieven samen", "All initiatives together"),
    "networks_col_network": ("Netwerk", "Network"),
    "networks_col_organisations": ("Organisaties", "Organisations"),
    "networks_col_relations": ("Relaties", "Relations"),
    "networks_col_ties": ("Verbonden paren", "Tied pairs"),
    "networks_col_density": ("Dichtheid", "Density"),
    "networks_col_cross_sector": ("Sectoroverstijgend", "Cross-sector"),
    "networks_col_sectors": ("Sectoren", "Sectors"),
    "networks_col_most_connected": ("Meest verbonden", "Most connected"),
    "networks_col_isolated": ("Zonder beschreven relatie", "Without a described relation"),
    "networks_partners": ("{name} ({count} partners)", "{name} ({count} partners)"),
    "networks_programme_header": ("Het programma als één netwerk",
                                  "The programme as one network"),
    "networks_bridges_none": ("Geen organisatie verbindt initiatieven",
                              "No organisation connects initiatives"),
    "networks_bridges_one": ("{names} verbindt de meeste initiatieven: {count} van de {total}",
                             "{names} connects the most initiatives: {count} of {total}"),
    "networks_bridges_one_not_yet": (
        "{names} verbindt de meeste initiatieven: {count} van de {total} "
        "(bij nog {not_yet} niet in praktijk)",
        "{names} connects the most initiatives: {count} of {total} "
        "(and {not_yet} more not in practice)",
    ),
    "networks_bridges_tie": ("{names} verbinden elk {count} van de {total} initiatieven",
                             "{names} each connect {count} of the {total} initiatives"),
    "networks_bridges_tie_many": (
        "{ties} organisaties verbinden elk {count} van de {total} initiatieven",
        "{ties} organisations each connect {count} of the {total} initiatives",
    ),
    "networks_programme_intro": (
        "Alle deelnemers van alle initiatieven, de relaties op programmaniveau en de "
        "programma-eigenaren in één beeld. Organisaties met een dikke rand doen mee in meer "
        "dan één initiatief: zij verbinden initiatieven.",
        "All participants of all initiatives, the programme-level relations and the "
        "programme owners in one picture. Organisations with a thick outline take part in "
        "more than one initiative: they connect initiatives.",
    ),
    "networks_programme_drawn": (
        "Getekend zijn de {shown} best verbonden van de {count} organisaties; de tabel noemt "
        "elke relatie.",
        "Drawn are the {shown} best connected of the {count} organisations; the table lists "
        "every relation.",
    ),
    "networks_programme_caption": (
        "Namen staan bij de verbindende en de meest verbonden organisaties; beweeg over een "
        "punt voor de andere. {count} organisaties hebben geen beschreven relatie.",
        "Names are shown for the connecting and the best-connected organisations; hover over "
        "a dot for the others. {count} organisations have no described relation.",
    ),
    "networks_bridges_header": ("Organisaties die initiatieven verbinden",
                                "Organisations that connect initiatives"),
    "networks_no_bridges": (
        "Geen organisatie doet volgens de bronnen mee in meer dan één initiatief.",
        "According to the sources no organisation takes part in more than one initiative.",
    ),
}
