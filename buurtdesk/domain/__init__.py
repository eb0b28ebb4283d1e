"""Plain Python rules and values of BuurtDesk: no database, no Qt."""
