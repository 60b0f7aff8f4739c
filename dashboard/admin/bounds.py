"""The bounds of an upload, in one place: what the reader checks before it parses, and what
the tests and ADR 0013 refer to.

Each bound is far above what a monitor wave holds (one row per initiative and indicator, in
the table's 11 columns) and far below what makes reading cost more than a moment.
"""

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 5 * MB  # the server's maxUploadSize; the command line keeps to it too
# Room for a full MAX_ROWS workbook unpacked, and no more: reading a sheet costs time in
# proportion to its unpacked XML, since openpyxl scans it whole for its size
# (benchmarks/results/design.md).
MAX_UNPACKED_BYTES = 10 * MB
MAX_ARCHIVE_MEMBERS = 200  # a workbook of one sheet has about a dozen parts
MAX_ROWS = 10_000  # a wave has one row per initiative and indicator: hundreds, not thousands
MAX_COLUMNS = 50  # the table has 11 columns; more is another file
MAX_CELL_CHARS = 1000  # ids, units and indicator names are short; a longer cell is a mistake
# The longest line a row of MAX_COLUMNS cells of MAX_CELL_CHARS characters can take in CSV,
# every quote doubled and every cell quoted: a longer line is refused before it is split.
MAX_LINE_CHARS = MAX_COLUMNS * (2 * MAX_CELL_CHARS + 3)
# Cells with forbidden characters listed one by one; past this, one line says how many more.
MAX_LISTED = 50
