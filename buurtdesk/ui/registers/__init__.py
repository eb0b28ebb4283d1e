"""The registers: Actiepunten, Besluiten and Mensen."""
