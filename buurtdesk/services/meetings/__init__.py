"""Use cases of meetings and their agenda."""
