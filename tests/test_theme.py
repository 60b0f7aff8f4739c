"""The theme is readable on a projector: WCAG AA contrast, no external fonts, privacy settings."""

import tomllib

import pytest

from dashboard import config

SETTINGS = tomllib.loads((config.ROOT / ".streamlit" / "config.toml").read_text())
THEME = SETTINGS["theme"]


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("fore", "back"), [
    ("textColor", "backgroundColor"),
    ("textColor", "secondaryBackgroundColor"),
    ("primaryColor", "backgroundColor"),
])
def test_wcag_aa_contrast(fore, back):
    assert contrast(THEME[fore], THEME[back]) >= 4.5


def test_no_external_font_and_privacy_defaults():
    assert THEME["font"] in ("sans-serif", "serif", "monospace")
    assert SETTINGS["browser"]["gatherUsageStats"] is False
    assert SETTINGS["server"]["enableXsrfProtection"] is True
    assert SETTINGS["server"]["maxUploadSize"] <= 10


CAPTION_OPACITY = 0.6  # Streamlit draws st.caption in the text colour at 60 % opacity


def faded(colour: str, over: str, opacity: float) -> str:
    """`colour` at `opacity` over the background `over`, as the eye sees it."""
    def rgb(c: str) -> list[int]:
        return [int(c.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]

    return "#" + "".join(f"{round(opacity * f + (1 - opacity) * b):02x}"
                         for f, b in zip(rgb(colour), rgb(over), strict=True))


@pytest.mark.parametrize(("text", "back"), [
    (THEME["textColor"], THEME["backgroundColor"]),
    (THEME["sidebar"]["textColor"], THEME["secondaryBackgroundColor"]),
])
def test_captions_meet_wcag_aa_contrast(text, back):
    """The main area is white, the sidebar grey: a caption must reach 4.5:1 on both."""
    assert contrast(faded(text, back, CAPTION_OPACITY), back) >= 4.5


@pytest.mark.parametrize("back", [THEME["backgroundColor"], THEME["secondaryBackgroundColor"]])
def test_selected_focused_option_meets_wcag_aa_contrast(back):
    """A selected, focused segmented-control option: primary text over a 20 % primary tint."""
    tint = faded(THEME["primaryColor"], back, 0.2)
    assert contrast(THEME["primaryColor"], tint) >= 4.5
