-- One row per region, report kind, canonical indicator, modality, scope and year: the row
-- compared across years (pick_rank = 1 of indicator_rows). Term totals and annual figures are
-- separate series, so a five-year total is never compared with one year's figure.
CREATE OR REPLACE VIEW indicator_points AS
SELECT * EXCLUDE (pick_rank, doc_rank, period_years)
FROM indicator_rows
WHERE pick_rank = 1;
