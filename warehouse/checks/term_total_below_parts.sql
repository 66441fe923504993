-- severity: error
-- A term total (本届以来, 五年来 … over 2018-2022) smaller than its parts: below a single year's
-- actual inside its period, or below the sum of the annual actuals when every year of the
-- period is known. Only counts and amounts add up. Figures that are not totals are left out:
-- averages (年均/平均/每年) and levels held through the term (连年稳定在1.3万亿斤以上: a floor,
-- stated with 以上/超过 or 稳定在/保持在), in the metric or its sentence.
WITH terms AS (
    SELECT *
    FROM indicator_points
    WHERE scope = 'term' AND modality = 'actual'
      AND indicator_kind IN ('count', 'amount')
      AND period_start IS NOT NULL AND period_start < year AND num_value IS NOT NULL
      AND approx IS DISTINCT FROM 'at_least' AND approx IS DISTINCT FROM 'over'
      AND NOT regexp_matches(COALESCE(metric, '') || ' ' || COALESCE(evidence, ''),
                             '年均|平均|每年|连年|稳定在|保持在')
),
parts AS (
    SELECT
        t.document_id, t.seq,
        max(a.num_value) AS largest_part,
        arg_max(a.year, a.num_value) AS largest_year,
        sum(a.num_value) AS parts_sum,
        count(DISTINCT a.year) AS part_years
    FROM terms AS t
    JOIN indicator_points AS a
      ON a.region = t.region AND a.report_kind = t.report_kind AND a.canonical = t.canonical
     AND a.modality = 'actual' AND a.scope = 'annual'
     AND a.unit IS NOT DISTINCT FROM t.unit
     AND a.year BETWEEN t.period_start AND t.year
     AND a.num_value IS NOT NULL
    GROUP BY t.document_id, t.seq
)
SELECT
    t.region, t.report_kind AS kind, t.year, t.metric, t.canonical,
    t.num_value AS value,
    CASE WHEN t.num_value < p.largest_part THEN p.largest_part ELSE p.parts_sum END
        AS previous_value,
    CASE WHEN t.num_value < p.largest_part
         THEN format('{} total {}{} for {} is below the {} figure alone ({}{})',
                     COALESCE(t.canonical_name, t.canonical), fmt_num(t.num_value), COALESCE(t.unit, ''),
                     t.period, p.largest_year, fmt_num(p.largest_part), COALESCE(t.unit, ''))
         ELSE format('{} total {}{} for {} is below the sum of its years ({}{})',
                     COALESCE(t.canonical_name, t.canonical), fmt_num(t.num_value), COALESCE(t.unit, ''),
                     t.period, fmt_num(p.parts_sum), COALESCE(t.unit, ''))
    END AS detail,
    t.document_id
FROM terms AS t
JOIN parts AS p ON p.document_id = t.document_id AND p.seq = t.seq
WHERE t.num_value < p.largest_part * (1 - 1e-9)
   OR (p.part_years = t.year - t.period_start + 1 AND t.num_value < p.parts_sum * (1 - 1e-6));
