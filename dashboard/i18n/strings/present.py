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
}
