"""Pure extraction: PDF or text → repaired document → indicators. No Prefect, no DuckDB here."""
