-- Year over year: each point of a series (region, report kind, canonical, modality, scope) with
-- the point before it. Points without a comparable number are left out.
--   previous_*   the previous point of the series, whatever it is
--   change       value - previous_value (percentage points for rates and growth figures)
--   ratio        value / previous_value when both are positive
--   reference_*  the value checks compare against: the previous point, unless that point was
--                itself a scale jump from the one before it, in which case the one before it;
--                so a series 1.3万亿 → 1.3亿 → 1.4万亿 flags the middle point once, not twice
--   scale_power  k when value / reference ≈ 10^k (k ≠ 0) for a count or amount (or a rate or
--                growth target moving by scale_min_points too), else 0
--   blame_previous  the series' first point is the odd one out: it jumps by a power of ten
--                to this point, and this point agrees with the next one
CREATE OR REPLACE VIEW indicator_yoy AS
WITH p AS (
    SELECT
        pt.*,
        t.scale_tolerance, t.scale_absurd, t.scale_min_points,
        lag(year)        OVER w AS previous_year,
        lag(num_value)   OVER w AS previous_value,
        lag(unit)        OVER w AS previous_unit,
        lag(metric)      OVER w AS previous_metric,
        lag(document_id) OVER w AS previous_document_id,
        lag(year, 2)        OVER w AS previous2_year,
        lag(num_value, 2)   OVER w AS previous2_value,
        lag(unit, 2)        OVER w AS previous2_unit,
        lag(document_id, 2) OVER w AS previous2_document_id,
        lead(num_value)  OVER w AS next_value,
        lead(unit)       OVER w AS next_unit
    FROM indicator_points AS pt
    LEFT JOIN check_thresholds AS t
        ON t.indicator_kind = pt.indicator_kind AND t.modality = pt.modality
    WHERE pt.num_value IS NOT NULL
    WINDOW w AS (PARTITION BY pt.region, pt.report_kind, pt.canonical, pt.modality, pt.scope
                 ORDER BY pt.year)
),
jumps AS (
    SELECT
        *,
        CASE WHEN unit IS NOT DISTINCT FROM previous_unit
                  AND abs(num_value - previous_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(num_value, previous_value, scale_tolerance, scale_absurd)
             ELSE 0 END AS k_previous,
        CASE WHEN unit IS NOT DISTINCT FROM previous2_unit
                  AND abs(num_value - previous2_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(num_value, previous2_value, scale_tolerance, scale_absurd)
             ELSE 0 END AS k_previous2,
        CASE WHEN unit IS NOT DISTINCT FROM next_unit
                  AND abs(num_value - next_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(num_value, next_value, scale_tolerance, scale_absurd)
             ELSE 0 END AS k_next
    FROM p
),
blamed AS (
    SELECT
        *,
        COALESCE(k_previous <> 0 AND previous2_year IS NULL AND next_value IS NOT NULL
                 AND unit IS NOT DISTINCT FROM next_unit AND k_next = 0, false) AS blame_previous
    FROM jumps
),
flagged AS (
    SELECT *, (k_previous <> 0 AND NOT blame_previous) AS jumped FROM blamed
),
referenced AS (
    SELECT
        *,
        COALESCE(lag(jumped) OVER w, false) AND previous2_year IS NOT NULL AS previous_suspect
    FROM flagged
    WINDOW w AS (PARTITION BY region, report_kind, canonical, modality, scope ORDER BY year)
)
SELECT
    region,
    report_kind AS kind,
    canonical,
    canonical_name AS name,
    indicator_kind,
    modality,
    scope,
    year,
    metric,
    num_value AS value,
    unit,
    approx,
    period,
    document_id,
    previous_year,
    previous_value,
    previous_unit,
    previous_metric,
    previous_document_id,
    num_value - previous_value AS change,
    CASE WHEN num_value > 0 AND previous_value > 0 THEN num_value / previous_value END AS ratio,
    CASE WHEN previous_suspect THEN previous2_year ELSE previous_year END AS reference_year,
    CASE WHEN previous_suspect THEN previous2_value ELSE previous_value END AS reference_value,
    CASE WHEN previous_suspect THEN previous2_unit ELSE previous_unit END AS reference_unit,
    CASE WHEN previous_suspect THEN previous2_document_id ELSE previous_document_id END
        AS reference_document_id,
    CASE WHEN previous_suspect THEN k_previous2
         WHEN blame_previous THEN 0
         ELSE k_previous END AS scale_power,
    blame_previous,
    previous2_value,
    previous2_unit
FROM referenced;
