"""The review gallery: every page, slide, factsheet and the offline deck as a reader sees them,
on one contact sheet.

    python -m review.gallery [--data DIR] [--out build/gallery]

Screenshots in headless Debian Chromium of every page of app.py in Dutch and English at
1440×900, 1280×720 and 390×844 (each page whole: the window is made as tall as the page), every
slide of Presentatie and of the offline deck at 1920×1080 and 1280×720 (the screen only: a
slide must fit it), and every factsheet at the width of an A4 page, with its page count when
printed. Under each picture stands what the browser measured (tests/browser/geometry.py): labels
cut off or printed over each other, scrolling on a slide, tables hiding rows. The sheet is
`index.html` in the output folder; open it in a browser and review it in one look.
"""

import argparse
import html
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from pypdf import PdfReader

from dashboard import config
from dashboard.content.slide_plan import slide_plan
from dashboard.data import load_dataset
from dashboard.topics.overview import case_studies
from dashboard.viz.deck import deck_html
from dashboard.viz.factsheet import factsheet_html
from tests.browser.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    app_pages,
    live_app,
    wait_for_run,
)
from tests.browser.geometry import (
    APP_SLIDE,
    DECK_SLIDE,
    PROJECTOR_BODY_TEXT,
    chart_reports,
    deck_slides,
    page_address,
    scroll_overflow,
    smallest_body_text,
    tables_hiding_rows,
)

LANGUAGES = ("nl", "en")
PAGE_VIEWPORTS = ((1440, 900), (1280, 720), (390, 844))
SLIDE_VIEWPORTS = ((1920, 1080), (1280, 720))
A4_WIDTH = 794  # CSS pixels at 96 dpi
TALLEST = 12_000  # a page taller than this is cut in its screenshot
OUT = config.ROOT / "build" / "gallery"


@dataclass
class Shot:
    """One screenshot and what was measured on it."""

    group: str
    caption: str
    file: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def measure(page: Page, fits: bool, slide: str | None = None) -> tuple[list[str], dict[str, int]]:
    """What the geometry probes find on the page as drawn (the problems in words, and counted);
    with `fits`, whether it scrolls too; on a `slide` (APP_SLIDE, DECK_SLIDE) shown at
    1920×1080, whether its body text is too small for a projector."""
    reports = chart_reports(page)
    hidden = tables_hiding_rows(page)
    problems = [report.describe() for report in reports if not report.readable]
    problems += [f"table hides rows without a cue: {name}" for name in hidden]
    counts = {"charts": len(reports), "labels": sum(r.labels for r in reports),
              "cut off": sum(len(r.cut) for r in reports),
              "overlapping pairs": sum(len(r.overlapping) for r in reports),
              "unreadable charts": sum(not r.readable for r in reports),
              "tables hiding rows": len(hidden)}
    if fits:
        across, down = scroll_overflow(page)
        counts["scrolls"] = int(bool(across or down))
        if across or down:
            problems.append(f"scrolls {down} px down, {across} px across")
    if slide and page.viewport_size == {"width": 1920, "height": 1080}:
        body = smallest_body_text(page, slide)
        counts["small body text"] = int(body is not None and body.size < PROJECTOR_BODY_TEXT)
        if counts["small body text"]:
            problems.append(f"body text {body.size} px, under {PROJECTOR_BODY_TEXT}: "
                            f"{body.text!r}")
    return problems, counts


def whole_page(page: Page, width: int, height: int) -> None:
    """Make the window as tall as the page, so one screenshot holds all of it: Streamlit
    scrolls inside its own container, which a full-page screenshot does not see."""
    _, down = scroll_overflow(page)
    if down:
        page.set_viewport_size({"width": width, "height": min(TALLEST, height + down)})
        wait_for_run(page)


def shoot_pages(page_of, url: str, out: Path, only: set[str] | None) -> Iterator[Shot]:
    for width, height in PAGE_VIEWPORTS:
        page = page_of(width, height)
        for path, _ in app_pages():
            if path == "presentatie" or (only and (path or "overzicht") not in only):
                continue
            for lang in LANGUAGES:
                page.set_viewport_size({"width": width, "height": height})
                page.goto(f"{url}/{page_address(path, lang)}")
                wait_for_run(page)
                problems, counts = measure(page, fits=False)
                whole_page(page, width, height)
                name = f"page-{path or 'overzicht'}-{lang}-{width}x{height}.png"
                page.screenshot(path=out / name)
                yield Shot("Pages", f"{path or 'overzicht'} · {lang} · {width}×{height}", name,
                           problems, counts)


def shoot_slides(page_of, url: str, count: int, out: Path) -> Iterator[Shot]:
    for width, height in SLIDE_VIEWPORTS:
        page = page_of(width, height)
        for number in range(1, count + 1):
            for lang in LANGUAGES:
                page.goto(f"{url}/{page_address('presentatie', lang, slide=number)}")
                wait_for_run(page)
                name = f"slide-{number}-{lang}-{width}x{height}.png"
                page.screenshot(path=out / name)
                yield Shot("Slides (Presentatie)", f"slide {number} · {lang} · {width}×{height}",
                           name, *measure(page, fits=True, slide=APP_SLIDE))


def shoot_deck(page_of, files: dict[str, Path], count: int, out: Path) -> Iterator[Shot]:
    for width, height in SLIDE_VIEWPORTS:
        page = page_of(width, height)
        for lang, deck in files.items():
            page.goto(deck.as_uri())
            for number in deck_slides(page, count):
                name = f"deck-{number}-{lang}-{width}x{height}.png"
                page.screenshot(path=out / name)
                yield Shot("Offline deck", f"deck slide {number} · {lang} · {width}×{height}",
                           name, *measure(page, fits=True, slide=DECK_SLIDE))


def shoot_factsheets(page_of, files: dict[tuple[str, str], Path], out: Path) -> Iterator[Shot]:
    page = page_of(A4_WIDTH, 1123)
    for (initiative, lang), sheet in files.items():
        page.set_viewport_size({"width": A4_WIDTH, "height": 1123})
        page.goto(sheet.as_uri())
        pages = len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({"width": A4_WIDTH, "height": min(TALLEST, height)})
        name = f"factsheet-{initiative}-{lang}.png"
        page.screenshot(path=out / name, full_page=True)
        problems, counts = measure(page, fits=False)
        yield Shot("Factsheets", f"{initiative} · {lang} · {pages} A4 page(s) printed", name,
                   problems, {**counts, "A4 pages": pages})


def totals(shots: list[Shot]) -> dict[str, dict[str, int]]:
    """The measured counts added up per group of screenshots."""
    summed: dict[str, dict[str, int]] = {}
    for shot in shots:
        group = summed.setdefault(shot.group, {"screenshots": 0})
        group["screenshots"] += 1
        for key, value in shot.counts.items():
            group[key] = group.get(key, 0) + value
    return summed


def contact_sheet(shots: list[Shot]) -> str:
    """One HTML page with every screenshot as a thumbnail, grouped, problems under each."""
    groups: dict[str, list[Shot]] = {}
    for shot in shots:
        groups.setdefault(shot.group, []).append(shot)
    total = sum(len(shot.problems) for shot in shots)
    parts = ["<!doctype html><meta charset=utf-8><title>Review gallery</title><style>",
             "body{font:14px system-ui,sans-serif;margin:16px;background:#f4f4f4}",
             ".grid{display:flex;flex-wrap:wrap;gap:12px}",
             "figure{margin:0;width:300px;background:#fff;padding:6px;border:1px solid #ccc}",
             "figure img{width:100%;max-height:420px;object-fit:cover;object-position:top}",
             "figure.bad{border:2px solid #b00020}.bad figcaption b{color:#b00020}",
             "ul{margin:4px 0;padding-left:16px;font-size:12px;max-height:120px;overflow:auto}",
             "</style>",
             f"<h1>Review gallery</h1><p>{len(shots)} screenshots; {total} problems measured.</p>"]
    for group, members in groups.items():
        parts.append(f"<h2>{html.escape(group)}</h2><div class=grid>")
        for shot in members:
            bad = " class=bad" if shot.problems else ""
            items = "".join(f"<li>{html.escape(p)}</li>" for p in shot.problems)
            parts.append(
                f"<figure{bad}><a href='{html.escape(shot.file)}'>"
                f"<img loading=lazy src='{html.escape(shot.file)}' alt=''></a>"
                f"<figcaption><b>{html.escape(shot.caption)}</b>"
                f"{f'<ul>{items}</ul>' if items else ''}</figcaption></figure>")
        parts.append("</div>")
    return "\n".join(parts)


def take_all(browser, url: str, only: set[str], pages: list[str] | None, count: int,
             decks: dict[str, Path], sheets: dict[tuple[str, str], Path],
             out: Path) -> list[Shot]:
    """Every screenshot asked for, printed as it is taken."""

    def page_of(width: int, height: int) -> Page:
        return browser.new_context(viewport={"width": width, "height": height}).new_page()

    takes = []
    if "pages" in only:
        takes.append(shoot_pages(page_of, url, out, set(pages or ())))
    if "slides" in only:
        takes.append(shoot_slides(page_of, url, count, out))
    if "deck" in only:
        takes.append(shoot_deck(page_of, decks, count, out))
    if "factsheets" in only:
        takes.append(shoot_factsheets(page_of, sheets, out))
    shots = []
    for take in takes:
        for shot in take:
            shots.append(shot)
            flag = f"  {len(shot.problems)} problem(s)" if shot.problems else ""
            print(f"{shot.group}: {shot.caption}{flag}", flush=True)
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="data folder (default: data/)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder")
    parser.add_argument("--page", action="append",
                        help="take only these pages (URL path; repeatable)")
    parser.add_argument("--only", choices=("pages", "slides", "deck", "factsheets"),
                        action="append", help="take only these (repeatable)")
    options = parser.parse_args(argv)
    if options.data:
        os.environ["BSO_DATA_DIR"] = str(options.data.resolve())
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)
    only = set(options.only or ("pages", "slides", "deck", "factsheets"))
    ds = load_dataset()
    count = len(slide_plan(ds))
    decks = {}
    sheets = {}
    if "deck" in only:
        for lang in LANGUAGES:
            decks[lang] = out / f"deck-{lang}.html"
            decks[lang].write_text(deck_html(ds, lang), encoding="utf-8")
    if "factsheets" in only:
        for initiative in case_studies(ds)["initiative_id"]:
            for lang in LANGUAGES:
                sheets[initiative, lang] = out / f"factsheet-{initiative}-{lang}.html"
                sheets[initiative, lang].write_text(factsheet_html(ds, initiative, lang),
                                                    encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        # The server inherits BSO_DATA_DIR (set above for --data).
        with live_app(browser, warm=False) as url:
            shots = take_all(browser, url, only, options.page, count, decks, sheets, out)
        browser.close()
    (out / "index.html").write_text(contact_sheet(shots), encoding="utf-8")
    (out / "summary.json").write_text(json.dumps(totals(shots), indent=2), encoding="utf-8")
    print(json.dumps(totals(shots), indent=2))
    print(f"{out / 'index.html'}: {len(shots)} screenshots, "
          f"{sum(bool(s.problems) for s in shots)} with problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
