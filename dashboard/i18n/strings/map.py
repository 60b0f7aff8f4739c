"""Strings of the Kaart (map) page and its map builders."""

STRINGS: dict[str, tuple[str, str]] = {
    "map_tip_inferred": ("{name} (lid van het programma: afgeleid, niet gezegd)",
                         "{name} (programme membership: inferred, not stated)"),
    "nav_map": ("Kaart", "Map"),
    "map_title": ("Waar gebeurt het?", "Where does it happen?"),
    "map_intro": (
        "De gemeenten met een initiatief, gekleurd naar hun rol, en de plekken die de bronnen "
        "noemen. Kies een gemeente op de kaart of in de keuzelijst voor de details. De kaart "
        "werkt zonder internet: gemeenten en provincies vormen zelf de ondergrond.",
        "The municipalities with an initiative, coloured by their role, and the places the "
        "sources mention. Pick a municipality on the map or in the list for its details. The "
        "map works without internet: municipalities and provinces are the base map themselves.",
    ),
    "map_filter_kinds": ("Rol", "Role"),
    "map_filter_programmes": ("Programma", "Programme"),
    "map_filter_year": ("Jaar", "Year"),
    "map_filter_all_years": ("Alle jaren", "All years"),
    "map_filter_help": (
        "Een jaar toont de initiatieven waarvan de bekende looptijd dat jaar raakt. "
        "Initiatieven zonder bekende looptijd blijven zichtbaar.",
        "A year shows the initiatives whose known period touches that year. Initiatives "
        "without a known period stay visible.",
    ),
    "map_filter_count": ("{initiatives} in {municipalities}", "{initiatives} in {municipalities}"),
    "map_filter_count_inferred": ("{initiatives} (waarvan {inferred} afgeleid) in {municipalities}",
                                  "{initiatives} ({inferred} of them inferred) in {municipalities}"),
    "map_count_initiatives": ("{count} initiatieven", "{count} initiatives"),
    "map_count_initiatives_one": ("1 initiatief", "1 initiative"),
    "map_count_municipalities": ("{count} gemeenten", "{count} municipalities"),
    "map_count_municipalities_one": ("1 gemeente", "1 municipality"),
    "map_filter_none": ("Geen initiatieven bij dit filter.", "No initiatives match this filter."),
    "map_undated_note_one": (
        "Van 1 initiatief is de looptijd niet (volledig) bekend uit de bronnen; het blijft "
        "daarom zichtbaar bij het jaar {year}: {names}.",
        "The period of 1 initiative is not (fully) known from the sources, so it stays "
        "visible for the year {year}: {names}.",
    ),
    "map_undated_note": (
        "Van {count} initiatieven is de looptijd niet (volledig) bekend uit de bronnen; ze blijven "
        "daarom zichtbaar bij het jaar {year}: {names}.",
        "The period of {count} initiatives is not (fully) known from the sources, so they stay "
        "visible for the year {year}: {names}.",
    ),
    "map_national": ("Gemeenten naar rol", "Municipalities by role"),
    "map_legend": ("Legenda", "Legend"),
    "map_legend_none": ("Geen initiatief bekend", "No initiative known"),
    "map_legend_other": ("Andere gemeenten (naam op de kaart)",
                         "Other municipalities (named on the map)"),
    "map_legend_order": (
        "Heeft een gemeente meer rollen, dan bepaalt de eerste in deze lijst de kleur; de "
        "tooltip noemt ze allemaal.",
        "When a municipality has several roles, the first in this list sets the colour; the "
        "tooltip names them all.",
    ),
    "map_legend_places": ("Plekken van initiatieven", "Where initiatives work"),
    "map_legend_place_exact": ("BSO-locatie of school, exacte plek",
                               "BSO location or school, exact place"),
    "map_legend_place_neighbourhood": ("BSO-locatie of school, wijk bij benadering",
                                       "BSO location or school, neighbourhood approximate"),
    "map_legend_place_municipality": (
        "BSO-locatie of school, getekend op het punt van de gemeente (CBS)",
        "BSO location or school, drawn at the municipality's point (CBS)"),
    "map_legend_venues": ("Plekken van bijeenkomsten", "Where meetings were held"),
    "map_legend_venue_exact": ("Bijeenkomst, exacte plek", "Meeting, exact place"),
    "map_legend_venue_neighbourhood": ("Bijeenkomst, wijk bij benadering",
                                       "Meeting, neighbourhood approximate"),
    "map_legend_venue_municipality": ("Bijeenkomst, getekend op het punt van de gemeente (CBS)",
                                      "Meeting, drawn at the municipality's point (CBS)"),
    "map_legend_partners": ("Partnerorganisaties", "Partner organisations"),
    "map_legend_partner_exact": ("Partner, exacte plek", "Partner, exact place"),
    "map_legend_partner_neighbourhood": ("Partner, wijk bij benadering",
                                         "Partner, neighbourhood approximate"),
    "map_legend_partner_municipality": ("Partner, alleen de vestigingsgemeente bekend",
                                        "Partner, only its home municipality known"),
    "map_legend_ties": ("Samenwerkingsbanden", "Ties between partners"),
    "map_legend_tie_in_practice": ("In de praktijk", "In practice"),
    "map_legend_tie_not_in_practice": ("Niet (of nog niet) in de praktijk, of afgeleid; de "
                                       "tooltip zegt hoe zeker",
                                       "Not (yet) in practice, or inferred; the tooltip says how "
                                       "certain"),
    "map_attribution": ("Bron: CBS / Kadaster (gemeente- en provinciegrenzen 2013)",
                        "Source: CBS / Kadaster (municipal and provincial borders 2013)"),
    "map_geometry_source": ("CBS / Kadaster (gemeente- en provinciegrenzen 2013)",
                            "CBS / Kadaster (municipal and provincial borders 2013)"),
    "map_no_initiative": ("Geen initiatief bekend uit de bronnen",
                          "No initiative known from the sources"),
    "map_tip_role": ("Rol", "Role"),
    "map_tip_initiatives": ("Initiatieven", "Initiatives"),
    "map_tip_kind": ("Soort", "Kind"),
    "map_tip_precision": ("Plek", "Place"),
    "map_tip_partners": ("Partnerorganisaties", "Partner organisations"),
    "map_place_kind_bso_locatie": ("BSO-locatie", "BSO location"),
    "map_place_kind_school": ("School", "School"),
    "map_place_kind_bijeenkomst": ("Bijeenkomst", "Meeting"),
    "map_pick_municipality": ("Gemeente", "Municipality"),
    "map_pick_none": ("— kies een gemeente —", "— pick a municipality —"),
    "map_picked_outside": (
        "{municipality}: geen initiatief bij het huidige filter.",
        "{municipality}: no initiative under the current filter.",
    ),
    "map_detail_initiatives": ("Initiatieven", "Initiatives"),
    "map_detail_partners": ("Partners per sector", "Partners by sector"),
    "map_detail_figures": ("Kerncijfers", "Key figures"),
    "map_detail_no_figures": ("Kerncijfers: niet bekend uit de bronnen.",
                              "Key figures: not known from the sources."),
    "map_detail_no_partners": ("Partners: niet bekend uit de bronnen.",
                               "Partners: not known from the sources."),
    "map_col_subject": ("Over", "About"),
    "map_col_metric": ("Cijfer", "Figure"),
    "map_col_value": ("Waarde", "Value"),
    "map_link_compare": ("Vergelijk dit initiatief", "Compare this initiative"),
    "map_link_network": ("Bekijk het netwerk", "View the network"),
    "map_case": ("Kaart per initiatief", "Map per initiative"),
    "map_case_pick": ("Initiatief", "Initiative"),
    "map_case_title": ("{initiative} in {municipality}", "{initiative} in {municipality}"),
    "map_case_unlocated": (
        "Niet op de kaart, want hun vestigingsgemeente is niet bekend uit de bronnen: {names}.",
        "Not on the map, because the sources do not give their home municipality: {names}.",
    ),
    "map_case_ties": (
        "{drawn} van de {total} samenwerkingsbanden met twee bekende plekken zijn als lijn "
        "getekend; {same} verbinden organisaties in dezelfde gemeente (zelfde punt, dus geen lijn).",
        "{drawn} of the {total} ties with two known places are drawn as lines; {same} connect "
        "organisations in the same municipality (one point, so no line).",
    ),
    "map_case_no_places": ("Geen locaties bekend uit de bronnen.",
                           "No locations known from the sources."),
}
