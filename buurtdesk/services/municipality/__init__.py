"""Above one council: pooled funds, the overview across councils, the annual report's data."""
