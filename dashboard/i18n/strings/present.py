"""Strings of the presentation mode."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav_present": ("Presentatie", "Presentation"),
    "present_previous": ("Vorige", "Previous"),
    "present_next": ("Volgende", "Next"),
    "present_counter": ("Dia {number} / {count}", "Slide {number} / {count}"),
    "present_keys": ("Pijltjestoetsen ← → bladeren, Esc verlaat",
                     "Arrow keys ← → turn the slides, Esc leaves"),
    "present_exit": ("Presentatie verlaten", "Leave the presentation"),
    "present_figures": ("Kerncijfers", "Key figures"),
    "present_approach": ("Werkwijze", "Way of working"),
    "present_download": ("Download als één HTML-bestand", "Download as one HTML file"),
    "present_download_help": (
        "Alle dia's in één bestand dat zonder internet werkt: openen in een browser, "
        "← → bladeren, F voor volledig scherm; afdrukken geeft één dia per A4 liggend.",
        "Every slide in one file that works without internet: open it in a browser, "
        "← → turn the slides, F for full screen; printing gives one slide per A4 landscape "
        "page."),
    "deck_title": ("BSO-pilots: presentatie", "BSO pilots: presentation"),
    "deck_file": ("presentatie-bso-pilots", "presentation-bso-pilots"),
    "deck_keys": ("← → bladeren · F volledig scherm", "← → turn the slides · F full screen"),
}
