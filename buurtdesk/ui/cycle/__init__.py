"""Toekomstagenda: the five phase pages of the round, its votes, roles, projects and checks."""
