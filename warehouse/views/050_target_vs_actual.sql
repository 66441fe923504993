-- Each annual target against the actual later reported for the same year (usually in the next
-- report). status: met / missed / no_actual (not reported yet) / unit_mismatch.
-- How "met" reads the target's wording:
--   以上/超过/余 (at_least, over)    met when actual >= target
--   以内/以下/不超过/近 (at_most, below)  met when actual <= target
--   左右/exact/a range             met when actual is within the range, widened by met_points
--                                  (rates, growth) or met_ratio (counts, amounts) of check_thresholds,
--                                  or beyond it on the side the catalogue's `better` names
-- direction says on which side a missed target fell: below / above.
CREATE OR REPLACE VIEW target_vs_actual AS
WITH t AS (
    SELECT * FROM indicator_points WHERE modality = 'target' AND scope = 'annual'
),
a AS (
    SELECT * FROM indicator_points WHERE modality = 'actual' AND scope = 'annual'
),
j AS (
    SELECT
        t.region, t.report_kind AS kind, t.canonical, t.canonical_name AS name,
        t.indicator_kind, t.year,
        t.num_value AS target, t.low AS target_low, t.high AS target_high,
        t.approx AS target_approx, t.unit AS target_unit, t.metric AS target_metric,
        t.document_id AS target_document_id,
        a.num_value AS actual, a.unit AS actual_unit, a.metric AS actual_metric,
        a.document_id AS actual_document_id,
        -- the acceptable band around a 左右/exact target or a range
        CASE WHEN t.change = 'decrease' AND t.indicator_kind = 'growth'
             THEN -COALESCE(t.high, t.num_value) ELSE COALESCE(t.low, t.num_value) END AS lo,
        CASE WHEN t.change = 'decrease' AND t.indicator_kind = 'growth'
             THEN -COALESCE(t.low, t.num_value) ELSE COALESCE(t.high, t.num_value) END AS hi,
        th.met_points, th.met_ratio, ci.better
    FROM t
    LEFT JOIN a
        ON a.region = t.region AND a.report_kind = t.report_kind
       AND a.canonical = t.canonical AND a.year = t.year
    LEFT JOIN check_thresholds AS th
        ON th.indicator_kind = t.indicator_kind AND th.modality = 'target'
    LEFT JOIN canonical_indicators AS ci ON ci.id = t.canonical
),
banded AS (
    SELECT
        *,
        lo - COALESCE(met_points, abs(lo) * met_ratio, 0) AS band_lo,
        hi + COALESCE(met_points, abs(hi) * met_ratio, 0) AS band_hi
    FROM j
)
SELECT
    region, kind, canonical, name, indicator_kind, year,
    target, target_low, target_high, target_approx, target_unit, target_metric, target_document_id,
    actual, actual_unit, actual_metric, actual_document_id,
    actual - target AS gap,
    CASE
        WHEN actual IS NULL OR target IS NULL THEN 'no_actual'
        WHEN actual_unit IS DISTINCT FROM target_unit THEN 'unit_mismatch'
        WHEN target_approx IN ('at_least', 'over') THEN
            CASE WHEN actual >= target - 1e-9 THEN 'met' ELSE 'missed' END
        WHEN target_approx IN ('at_most', 'below') THEN
            CASE WHEN actual <= target + 1e-9 THEN 'met' ELSE 'missed' END
        WHEN actual BETWEEN band_lo - 1e-9 AND band_hi + 1e-9 THEN 'met'
        WHEN better = 'higher' AND actual > band_hi THEN 'met'
        WHEN better = 'lower' AND actual < band_lo THEN 'met'
        ELSE 'missed'
    END AS status,
    CASE
        WHEN actual IS NULL OR target IS NULL OR actual_unit IS DISTINCT FROM target_unit THEN NULL
        WHEN target_approx IN ('at_least', 'over') AND actual < target - 1e-9 THEN 'below'
        WHEN target_approx IN ('at_most', 'below') AND actual > target + 1e-9 THEN 'above'
        WHEN target_approx IN ('at_least', 'over', 'at_most', 'below') THEN NULL
        WHEN actual < band_lo - 1e-9 THEN 'below'
        WHEN actual > band_hi + 1e-9 THEN 'above'
    END AS direction
FROM banded;
