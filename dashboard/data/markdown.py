"""The one way untrusted text (data, uploads, the URL) is put into Markdown: on the pages and
in the Markdown files that leave the app (the dataset zip's attribution).

Streamlit's Markdown understands more than CommonMark: links and images, raw HTML, LaTeX,
`:material/…:` icons, `:smile:` emoji shortcodes, `:red[…]` colour and other directives, and
bare URLs, `www.` hosts and e-mail addresses turned into links (GFM autolinks). Backslash
escapes stop the first group, but not the last two: the emoji and autolink plugins work on the
text after escapes are resolved. For those a word joiner (U+2060, zero width, not shown) is put
inside the pattern, so the text reads the same and nothing comes alive. Any other Markdown
reader gets a subset of this, so the same escape serves files.

It lives in the lowest layer so that the pages (ui.text re-exports it) and the files of
`dashboard.publish` share one implementation.
"""

import re

from dashboard.data.characters import isolate

# Characters that start Markdown syntax anywhere in a line: emphasis, code, links and images
# (via the bracket), HTML and entities, headings, tables, strikethrough, maths.
_INLINE = re.compile(r"([\\`*_{}\[\]<>#|~$&])")
# At the start of a line, these open a list, a numbered list or a setext heading.
_LINE_START = re.compile(r"(?m)^(\s*)([-+=])")
_NUMBERED = re.compile(r"(?m)^(\s*\d+)([.)])")
JOINER = "\u2060"
# A colon before a word character, '/', '+' or '-' may open a shortcode (':smile:', ':+1:'),
# an icon (':material/home:'), a directive (':red[') or a scheme ('https://', 'mailto:x').
_COLON = re.compile(r":(?=[\w/+-])")
# 'www.' and an '@' between word characters start GFM autolinks without any scheme.
_WWW = re.compile(r"(?i)(?<![\w.])(www)(?=\.)")
_AT = re.compile(r"(?<=\w)@(?=\w)")


def md_escape(text: object) -> str:
    """`text` as Markdown that renders literally: no link, image, HTML, maths, icon, emoji,
    colour or autolink can come from it, whatever it holds; text with right-to-left letters is
    isolated (characters.isolate), so it cannot reorder the sentence it is put in.

    Ordinary punctuation ('BSO-pilot', 'Assen (Drenthe)', 'Bron: …') is left as it is, and so
    is left-to-right text.
    """
    escaped = _INLINE.sub(r"\\\1", str(text))
    escaped = _LINE_START.sub(r"\1\\\2", escaped)
    escaped = _NUMBERED.sub(r"\1\\\2", escaped)
    escaped = _COLON.sub(":" + JOINER, escaped)
    escaped = _WWW.sub(r"\1" + JOINER, escaped)
    return isolate(_AT.sub("@" + JOINER, escaped))
