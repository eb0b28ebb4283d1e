"""BuurtDesk: meetings, action points, the toekomstagenda cycle and the buurtbudget."""

__version__ = "0.1.0"
