"""Vergaderingen: the meetings section, the editor of one meeting, its agenda, attendance and documents."""
