"""Keeping data safe: the backups dialog and the recovery of a damaged file."""
