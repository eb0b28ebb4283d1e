"""Use cases of the buurtbudget: sources, allocations, expenses, reversals, carry-over."""
