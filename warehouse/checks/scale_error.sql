-- severity: error
-- A count or amount about 10, 100, 10^4, 10^8… times (or that fraction of) the same indicator's
-- previous figure: a scale word (十/百/千/万/亿) lost, doubled or misread. Compared with the last
-- trusted figure of the series (see indicator_yoy.reference_*), so a return to the usual level
-- after a bad year is not flagged again. When the series' first figure is the odd one out (it
-- jumps to the second, and the second agrees with the third) the first is reported.
-- A rate or growth target 10x its previous one and at least 2 points away (5% → 50%) counts too.
-- Reports often state several figures under one id (财政赤字, 中央财政赤字, 地方财政赤字 are all
-- fiscal.deficit); only one is the series' point, so the others are compared with the figure of
-- the same metric and unit in the nearest earlier report: flagged when it jumps by a power of ten
-- from there while the next report's figure of that metric does not (this one is the odd one),
-- unless it is a return to the level before a previous figure that jumped.
-- Figures many years apart may differ by a power of ten through real growth: a jump counts only
-- when check_thresholds.yearly_ratio, compounded over the years between, cannot explain it. A
-- jump that no clean power of ten describes counts when it goes ×7 or more beyond that pace (or,
-- for a rate or growth target, 20 points and five times away: 15% → 150%): beyond_growth.
-- A rate or growth target that opens its series has no target before it: it is compared with
-- the actuals of its year and of the year before and with the target after it, and flagged when
-- it is beyond real growth from every one of them (收入增长65% planned after 6.5% achieved).
WITH by_metric AS (
    SELECT
        region, report_kind, canonical, any_value(canonical_name) AS name,
        any_value(indicator_kind) AS indicator_kind, modality, scope, metric, unit, report_year,
        arg_min(year, seq) AS year, arg_min(num_value, seq) AS value,
        arg_min(document_id, seq) AS document_id, min(pick_rank) AS best_pick
    FROM indicator_rows
    WHERE scope = 'annual' AND num_value IS NOT NULL
    GROUP BY region, report_kind, canonical, modality, scope, metric, unit, report_year
),
metric_series AS (
    SELECT
        m.*, t.scale_tolerance, t.scale_absurd, t.scale_min_points,
        lag(value) OVER w AS prev_value, lag(report_year) OVER w AS prev_report,
        lag(value, 2) OVER w AS prev2_value, lead(value) OVER w AS next_value
    FROM by_metric AS m
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = m.indicator_kind AND t.modality = m.modality
    WINDOW w AS (PARTITION BY m.region, m.report_kind, m.canonical, m.modality, m.scope, m.metric,
                              m.unit ORDER BY m.report_year)
),
metric_jumps AS (
    SELECT
        *,
        CASE WHEN abs(value - prev_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(value, prev_value, scale_tolerance, scale_absurd) ELSE 0 END AS k,
        CASE WHEN abs(next_value - prev_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(next_value, prev_value, scale_tolerance, scale_absurd)
             ELSE 0 END AS k_next_prev,
        CASE WHEN abs(value - prev2_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(value, prev2_value, scale_tolerance, scale_absurd) ELSE 0 END AS k_prev2,
        CASE WHEN abs(prev_value - prev2_value) >= COALESCE(scale_min_points, 0)
             THEN scale_power(prev_value, prev2_value, scale_tolerance, scale_absurd)
             ELSE 0 END AS k_prev_prev2
    FROM metric_series
    WHERE prev_value IS NOT NULL AND best_pick > 1
)
SELECT
    region, kind, year, metric, canonical, value,
    reference_value AS previous_value,
    format('{} {} {}: {}{} vs {}{} in {} (×10^{}): scale word lost or misread?',
           COALESCE(name, canonical), modality, year, fmt_num(value), COALESCE(unit, ''),
           fmt_num(reference_value), COALESCE(reference_unit, ''), reference_year,
           CASE WHEN scale_power <> 0 THEN scale_power
                ELSE CAST(round(log10(abs(value / reference_value))) AS INTEGER) END) AS detail,
    document_id
FROM indicator_yoy AS y
WHERE (scale_power <> 0
       OR (reference_value <> 0 AND unit IS NOT DISTINCT FROM reference_unit
           AND NOT COALESCE(blame_previous, false)
           AND beyond_growth(y.value, y.reference_value, y.year - y.reference_year,
                             y.indicator_kind, y.modality)))
  AND NOT explained_by_growth(y.value, y.reference_value, y.year - y.reference_year,
                              y.indicator_kind, y.modality)

UNION ALL

SELECT
    region, kind, previous_year AS year, previous_metric AS metric, canonical,
    previous_value AS value,
    value AS previous_value,
    format('{} {} {}: {}{} vs {}{} in {} and the years after (×10^{}): scale word lost or misread?',
           COALESCE(name, canonical), modality, previous_year, fmt_num(previous_value),
           COALESCE(previous_unit, ''), fmt_num(value), COALESCE(unit, ''), year,
           CAST(round(log10(previous_value / value)) AS INTEGER)) AS detail,
    previous_document_id AS document_id
FROM indicator_yoy AS y
WHERE blame_previous AND NOT explained_by_growth(y.value, y.previous_value, y.year - y.previous_year,
                                                 y.indicator_kind, y.modality)

UNION ALL

SELECT
    region, report_kind AS kind, year, metric, canonical, value,
    prev_value AS previous_value,
    format('{} {} {}: {}{} vs {}{} in the {} report (×10^{}): scale word lost or misread?',
           metric, modality, year, fmt_num(value), COALESCE(unit, ''),
           fmt_num(prev_value), COALESCE(unit, ''), prev_report, k) AS detail,
    document_id
FROM metric_jumps AS j
WHERE k <> 0
  AND NOT explained_by_growth(j.value, j.prev_value, j.report_year - j.prev_report,
                              j.indicator_kind, j.modality)
  AND (next_value IS NULL OR k_next_prev = 0)
  AND NOT COALESCE(k_prev2 = 0 AND k_prev_prev2 <> 0, false)

UNION ALL

SELECT
    f.region, f.report_kind AS kind, f.year, f.metric, f.canonical, f.num_value AS value,
    arg_min(c.num_value, c.rank) AS previous_value,
    format('{} target {}: {}{} vs {}{} ({}), and no earlier target: scale word lost or misread?',
           COALESCE(any_value(f.canonical_name), f.canonical), f.year, fmt_num(f.num_value),
           COALESCE(f.unit, ''), fmt_num(arg_min(c.num_value, c.rank)), COALESCE(f.unit, ''),
           arg_min(c.what, c.rank)) AS detail,
    f.document_id
FROM (
    SELECT tg.* FROM indicator_points AS tg
    WHERE tg.modality = 'target' AND tg.scope = 'annual' AND tg.indicator_kind IN ('rate', 'growth')
      AND NOT EXISTS (
          SELECT 1 FROM indicator_points AS e
          WHERE e.region = tg.region AND e.report_kind = tg.report_kind
            AND e.canonical = tg.canonical AND e.modality = 'target' AND e.scope = tg.scope
            AND e.year < tg.year)
) AS f
JOIN (
    -- what a series' first target is held to: the actuals of the year before and of its own
    -- year, and the target after it
    SELECT region, report_kind, canonical, scope, unit, num_value, year + 1 AS for_year,
           1 AS rank, format('the actual of {}', year) AS what
    FROM indicator_points WHERE modality = 'actual'
    UNION ALL
    SELECT region, report_kind, canonical, scope, unit, num_value, year, 2,
           format('the actual of {}', year)
    FROM indicator_points WHERE modality = 'actual'
    UNION ALL
    SELECT n.region, n.report_kind, n.canonical, n.scope, n.unit, n.num_value, p.year, 3,
           format('the {} target', n.year)
    FROM indicator_points AS n
    JOIN indicator_points AS p
      ON p.region = n.region AND p.report_kind = n.report_kind AND p.canonical = n.canonical
     AND p.scope = n.scope AND p.modality = 'target' AND n.modality = 'target'
     AND n.year = (SELECT min(x.year) FROM indicator_points AS x
                   WHERE x.region = p.region AND x.report_kind = p.report_kind
                     AND x.canonical = p.canonical AND x.scope = p.scope
                     AND x.modality = 'target' AND x.year > p.year)
) AS c
  ON c.region = f.region AND c.report_kind = f.report_kind AND c.canonical = f.canonical
 AND c.scope = f.scope AND c.for_year = f.year AND c.unit IS NOT DISTINCT FROM f.unit
 AND c.num_value IS NOT NULL
WHERE NOT EXISTS (  -- reported already as the odd first point of its series
    SELECT 1 FROM indicator_yoy AS y
    WHERE y.blame_previous AND y.region = f.region AND y.kind = f.report_kind
      AND y.canonical = f.canonical AND y.modality = 'target' AND y.previous_year = f.year)
GROUP BY f.region, f.report_kind, f.year, f.metric, f.canonical, f.num_value, f.unit, f.document_id,
         f.indicator_kind
HAVING bool_and(beyond_growth(f.num_value, c.num_value, 1, f.indicator_kind, 'target'));
