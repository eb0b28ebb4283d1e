"""The printed documents, in rooms by what they are about; the press they share stays here.

- `meetings/`: the invitation with its agenda, the minutes, the action list, their Word copies,
  the unsent e-mail.
- `toekomstagenda/`: the booklet of one round of the cycle.
- `budget/`: the budget statement (verantwoording) and a pooled fund's statement.
- `jaarverslag/`: a council's annual report, PDF and Word.
- Shared: `base` (page frame, styles, archival output), `blocks` with `pdf_blocks` and
  `docx_blocks` (one text, two formats), `word` (the Word writer), `words` (every printed word,
  from the message catalogue), `fonts`, `layout` (the page rules), `styles`, `tables`, `archive`.

Importing this package does not import reportlab; import the module you need
(for example `buurtdesk.documents.meetings.minutes`, or `.base` for a new document).
"""
