"""The demo councils: a small demo and a municipality-scale one, built through the services."""
