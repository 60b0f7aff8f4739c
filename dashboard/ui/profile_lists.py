"""The partner and figure lists of a comparison card, as Markdown: one element per card, since
each Streamlit element costs every rerun. Built with Vergelijken's model (ui.models.compare),
so once per selection and language."""

from dashboard import i18n
from dashboard.content import fact_words
from dashboard.content.fact_words import partners_per_sector
from dashboard.data.dataset import Dataset
from dashboard.data.schemas import own_words
from dashboard.i18n.formatting import figures_text
from dashboard.topics.compare import figure_table
from dashboard.topics.places import partners_by_sector
from dashboard.ui.text import md_escape


def partners_md(ds: Dataset, initiative_id: str, lang: str) -> str:
    """'Partners' and, per sector, the organisations of the initiative with their roles."""
    lines = partners_per_sector(partners_by_sector(ds, (initiative_id,)), lang)
    return f"**{md_escape(i18n.t('compare_partners', lang))}**\n\n" + (
        "\n".join(f"- **{md_escape(sector)}**: {md_escape(names)}" for sector, names in lines)
        if lines else i18n.t("unknown", lang))


def figures_md(ds: Dataset, initiative_id: str, lang: str) -> str:
    """'Figures' and each figure of the initiative with what it counts and its value."""
    mine = figure_table(ds, (initiative_id,))
    return f"**{md_escape(i18n.t('compare_figures', lang))}**\n\n" + (
        i18n.t("unknown", lang) if mine.empty else "\n".join(
            f"- {md_escape(fact_words.figure(m, p, mod, lang))}"
            + (f" ({md_escape('; '.join(o))})" if o else "")
            + f": **{md_escape(figures_text(v, lang))}**"
            for m, p, mod, o, v in zip(mine["metric"], mine["per"], mine["modality"],
                                       own_words(mine, "organisations", lang), mine[initiative_id],
                                       strict=True)))
