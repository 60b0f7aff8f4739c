"""What each page shows, made once per data version, language and selection (ui.cache).

One module per page: a frozen record of its sentences, cards and rows, and the entry point
that makes it. The page script in dashboard/views only draws it.
"""
