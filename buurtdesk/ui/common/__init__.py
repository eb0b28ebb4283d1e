"""Shared pieces of every screen: sections, labels, undo, notices, style, language, background jobs."""
