"""Text for plotly: the one escape every string from the data passes before plotly draws it.

plotly.js reads a subset of HTML in every text it draws (trace names, point text, hovers,
tick labels, titles, annotations, legends): `<a href>` becomes a live link, `<span style>`
takes any CSS (a `cursor:url(…)` fetches from anywhere), `<b>` and `<br>` restyle and break
lines, and entities such as `&amp;` are decoded. So data text goes in escaped, and the only
markup in a figure is our own, put between escaped pieces (`"<br>".join(plot_text(…), …)`).

A template (`hovertemplate`, `texttemplate`) never holds data: plotly would read a `%{…}` in
it as a reference. Data goes into `text`, `hovertext` or `customdata`, and the template
refers to it.
"""

from html import escape

from dashboard.data.characters import isolate


def plot_text(value: object) -> str:
    """`value` as text plotly shows as it is: '<', '>', '&' and quotes never become markup.

    Quotes become numeric references, the only form both a browser and plotly read (plotly
    shows '&quot;' literally). Right-to-left text is isolated (`characters.isolate`), so a
    name cannot reorder the words of ours around it in a hover or a label.
    """
    isolated = isolate(str(value))
    return escape(isolated, quote=False).replace('"', "&#34;").replace("'", "&#39;")
