"""Buurtbudget: sources, allocations, expenses, the balance and the statement."""
