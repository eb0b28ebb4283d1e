"""Exchange with other laptops: export, import with its preview, calendar and spreadsheets."""
