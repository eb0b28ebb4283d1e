"""The buurtbudget's documents: the budget statement (verantwoording) and a pooled fund's statement."""
