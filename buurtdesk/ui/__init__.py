"""The screens of BuurtDesk (PySide6). Talks to services only, never to the database."""
