-- severity: warning
-- A figure compared across years whose unit is not the one the catalogue expects for its
-- canonical id (a growth in % mapped to a level in 元, 个百分点 for %): the comparison of its
-- series is likely meaningless. One row per series point, not per mention.
SELECT
    region, report_kind AS kind, year, metric, canonical, num_value AS value,
    CAST(NULL AS DOUBLE) AS previous_value,
    format('{} {} {}: unit {} where the catalogue expects {}',
           COALESCE(canonical_name, canonical), modality, year, COALESCE(unit, 'none'),
           catalog_unit) AS detail,
    document_id
FROM indicator_points
WHERE catalog_unit IS NOT NULL AND unit IS DISTINCT FROM catalog_unit;
