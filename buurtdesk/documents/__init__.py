"""The printed documents: minutes, agenda, action list (and the shared base other documents use).

Importing this package does not import reportlab; import the module you need
(`buurtdesk.documents.minutes`, `.agenda`, `.action_list`, or `.base` for a new document).
"""
