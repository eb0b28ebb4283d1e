"""The annual report (jaarverslag) of a council, as an archival PDF and an editable Word copy."""
