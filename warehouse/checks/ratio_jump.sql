-- severity: warning
-- A figure that moved more than its kind allows since the last trusted figure of its series
-- (same region, report kind, canonical indicator, modality and scope; thresholds in the view
-- check_thresholds). Counts and amounts are compared by ratio, rates and growth figures by
-- percentage points. Rows carry their own severity:
--   warning  beyond warn_ratio / warn_points (for a count or amount, beyond the pace of
--            yearly_ratio too over the years since: ×4.8 in ten years is growth, not a jump)
--   info     a target that changed at all (5.5% → 5%, 1.3万亿斤 → 1.4万亿斤): worth a look, not a fault
-- Scale-word jumps are left to scale_error, unit changes to unit_changed.
WITH y AS (
    SELECT
        y.*, greatest(t.warn_ratio, power(t.yearly_ratio, y.year - y.reference_year)) AS warn_ratio,
        t.info_ratio, t.warn_points, t.info_points,
        CASE WHEN y.value > 0 AND y.reference_value > 0
             THEN y.value / y.reference_value END AS ref_ratio,
        y.value - y.reference_value AS ref_change
    FROM indicator_yoy AS y
    LEFT JOIN check_thresholds AS t
        ON t.indicator_kind = y.indicator_kind AND t.modality = y.modality
    WHERE y.reference_value IS NOT NULL
      AND y.scale_power = 0
      AND NOT y.blame_previous
      AND y.unit IS NOT DISTINCT FROM y.reference_unit
),
judged AS (
    SELECT
        *,
        CASE
            WHEN indicator_kind IN ('count', 'amount') THEN
                CASE WHEN ref_ratio > warn_ratio OR ref_ratio < 1 / warn_ratio THEN 'warning'
                     WHEN ref_ratio > info_ratio + 1e-9 OR ref_ratio < 1 / info_ratio - 1e-9
                         THEN 'info' END
            ELSE
                CASE WHEN abs(ref_change) >= warn_points - 1e-9 THEN 'warning'
                     WHEN abs(ref_change) >= info_points - 1e-9 AND abs(ref_change) > 1e-9
                         THEN 'info' END
        END AS severity
    FROM y
)
SELECT
    region, kind, year, metric, canonical, value,
    reference_value AS previous_value,
    CASE WHEN indicator_kind IN ('count', 'amount')
         THEN format('{} {} {}: {}{} vs {}{} in {} (×{:.2f})',
                     COALESCE(name, canonical), modality, year, fmt_num(value), COALESCE(unit, ''),
                     fmt_num(reference_value), COALESCE(reference_unit, ''), reference_year, ref_ratio)
         ELSE format('{} {} {}: {}{} vs {}{} in {} ({:+.2f} points)',
                     COALESCE(name, canonical), modality, year, fmt_num(value), COALESCE(unit, ''),
                     fmt_num(reference_value), COALESCE(unit, ''), reference_year, ref_change)
    END AS detail,
    document_id,
    severity
FROM judged
WHERE severity IS NOT NULL;
