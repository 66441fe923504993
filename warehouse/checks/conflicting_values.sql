-- severity: warning
-- Within one report, the same canonical indicator, modality and year stated with two different
-- values (or units). Each extra row is compared with the one the series uses (doc_rank = 1).
-- Rows carry their own severity: error when the two differ by a power of ten (one of them lost
-- a scale word: the same digits, log10 of the ratio within conflict_tolerance of an integer),
-- warning otherwise (often two related figures mapped to one catalogue id: 1.62万亿 and 1700亿).
-- A bound (以上, 突破, 以内 …) is no conflict with a figure on its side of it.
WITH r AS (
    SELECT * FROM indicator_rows WHERE num_value IS NOT NULL
),
pairs AS (
    SELECT
        x.*,
        f.num_value AS first_value, f.unit AS first_unit, f.seq AS first_seq,
        f.approx AS first_approx,
        t.conflict_tolerance, t.scale_absurd
    FROM r AS x
    JOIN r AS f
      ON f.document_id = x.document_id AND f.canonical = x.canonical
     AND f.modality = x.modality AND f.scope = x.scope AND f.year = x.year AND f.doc_rank = 1
     AND f.period_start IS NOT DISTINCT FROM x.period_start
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = x.indicator_kind AND t.modality = x.modality
    WHERE x.doc_rank > 1
      AND (x.unit IS DISTINCT FROM f.unit
           OR abs(x.num_value - f.num_value) > 1e-9 * greatest(abs(x.num_value), abs(f.num_value)))
),
-- A bound agrees with a figure on its side of it: 已突破5000亿元 does not contradict 5337.1亿元.
disagreeing AS (
    SELECT * FROM pairs
    WHERE NOT coalesce(unit IS NOT DISTINCT FROM first_unit AND (
           (approx IN ('at_least', 'over') AND first_value >= num_value)
        OR (approx IN ('at_most', 'below') AND first_value <= num_value)
        OR (first_approx IN ('at_least', 'over') AND num_value >= first_value)
        OR (first_approx IN ('at_most', 'below') AND num_value <= first_value)), false)
)
SELECT
    region, report_kind AS kind, year, metric, canonical, num_value AS value,
    first_value AS previous_value,
    format('{} {} {}: {}{} here, {}{} elsewhere in the same report',
           COALESCE(canonical_name, canonical), modality, year, fmt_num(num_value), COALESCE(unit, ''),
           fmt_num(first_value), COALESCE(first_unit, '')) AS detail,
    document_id,
    CASE WHEN unit IS NOT DISTINCT FROM first_unit
              AND scale_power(num_value, first_value, conflict_tolerance, scale_absurd) <> 0
         THEN 'error' ELSE 'warning' END AS severity
FROM disagreeing;
