-- severity: error
-- The unit of a series changed from one figure to the next (万元 read as 元 is a scale error
-- by another name; % against 个百分点 is a level against a change). Figures in different units
-- are not compared by ratio_jump or scale_error, so this check is what speaks for them. A switch
-- back to the unit of the figure before last is not reported again.
SELECT
    region, kind, year, metric, canonical, value, previous_value,
    format('{} {} {}: unit {} (was {} in {})',
           COALESCE(name, canonical), modality, year, COALESCE(unit, 'none'),
           COALESCE(previous_unit, 'none'), previous_year) AS detail,
    document_id
FROM indicator_yoy
WHERE previous_year IS NOT NULL
  AND unit IS DISTINCT FROM previous_unit
  AND NOT (unit IS NOT DISTINCT FROM previous2_unit
           AND previous_unit IS DISTINCT FROM previous2_unit);
