-- severity: error
-- An annual indicator that the reports of the years around carry but this year's report does
-- not. Presence is judged by report (region, report kind, report year), over reports that yielded
-- at least one canonical indicator, so a failed or empty load does not make everything "missing".
-- Rows carry their own severity:
--   error    a target present in an earlier and a later report but not in this one, or present in
--            the two reports before the latest and missing from the latest (a target that vanished);
--            in a series of two reports, a target of the first missing from the second when the
--            second still states targets
--   warning  the same for targets whose figures around the gap disagree;
--            an actual present before and after but not here (reviews highlight different
--            figures each year); a target present only in the report just before the latest and
--            missing from the latest, when an older report lacks it too; a target present before
--            and missing from this report and all later ones (dropped? reported at the first missing year only)
-- Term totals are left out: they appear once a term.
WITH reports AS (
    SELECT DISTINCT region, report_kind, report_year FROM indicator_rows
),
ordered_reports AS (
    SELECT
        *,
        lag(report_year, 1) OVER w AS report_before,
        lag(report_year, 2) OVER w AS report_before2,
        max(report_year) OVER (PARTITION BY region, report_kind) AS latest_report
    FROM reports
    WINDOW w AS (PARTITION BY region, report_kind ORDER BY report_year)
),
presence AS (
    SELECT DISTINCT region, report_kind, canonical, modality, report_year
    FROM indicator_rows
    WHERE scope = 'annual'
),
series AS (
    SELECT DISTINCT region, report_kind, canonical, modality FROM presence
),
gaps AS (
    SELECT
        s.region, s.report_kind, s.canonical, s.modality, r.report_year,
        r.report_before, r.report_before2, r.latest_report,
        (SELECT max(p.report_year) FROM presence AS p
          WHERE p.region = s.region AND p.report_kind = s.report_kind
            AND p.canonical = s.canonical AND p.modality = s.modality
            AND p.report_year < r.report_year) AS last_present,
        (SELECT min(p.report_year) FROM presence AS p
          WHERE p.region = s.region AND p.report_kind = s.report_kind
            AND p.canonical = s.canonical AND p.modality = s.modality
            AND p.report_year > r.report_year) AS next_present
    FROM series AS s
    JOIN ordered_reports AS r ON r.region = s.region AND r.report_kind = s.report_kind
    WHERE NOT EXISTS (
        SELECT 1 FROM presence AS p
        WHERE p.region = s.region AND p.report_kind = s.report_kind AND p.canonical = s.canonical
          AND p.modality = s.modality AND p.report_year = r.report_year)
),
figures AS (
    -- each report's figure of a series: the first row by seq in the catalogue's unit
    SELECT region, report_kind, canonical, modality, report_year,
           arg_min(num_value, doc_rank * 1000000 + seq) AS value,
           arg_min(metric, doc_rank * 1000000 + seq) AS metric,
           arg_min(unit, doc_rank * 1000000 + seq) AS unit,
           any_value(canonical_name) AS name,
           any_value(indicator_kind) AS indicator_kind
    FROM indicator_rows
    WHERE scope = 'annual'
    GROUP BY ALL
),
coherent AS (
    -- do the figures on both sides of a gap agree?
    SELECT
        g.*,
        CASE
            WHEN b.unit IS DISTINCT FROM a.unit OR b.value IS NULL OR a.value IS NULL THEN false
            WHEN b.indicator_kind IN ('count', 'amount') THEN
                b.value > 0 AND a.value > 0
                AND greatest(a.value / b.value, b.value / a.value) <= COALESCE(t.gap_ratio, 2)
            ELSE abs(a.value - b.value) < COALESCE(t.gap_points, 2)
        END AS around_agree
    FROM gaps AS g
    LEFT JOIN figures AS b
      ON b.region = g.region AND b.report_kind = g.report_kind AND b.canonical = g.canonical
     AND b.modality = g.modality AND b.report_year = g.last_present
    LEFT JOIN figures AS a
      ON a.region = g.region AND a.report_kind = g.report_kind AND a.canonical = g.canonical
     AND a.modality = g.modality AND a.report_year = COALESCE(g.next_present, g.report_before2)
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = b.indicator_kind AND t.modality = g.modality
),
judged AS (
    SELECT
        *,
        CASE
            WHEN last_present IS NULL THEN NULL  -- not there yet: a new indicator, not a gap
            WHEN next_present IS NOT NULL THEN
                CASE WHEN modality = 'target' AND around_agree THEN 'error' ELSE 'warning' END
            WHEN modality <> 'target' THEN NULL
            WHEN report_year = latest_report AND last_present = report_before
                 AND report_before2 IS NOT NULL
                 AND EXISTS (SELECT 1 FROM presence AS p
                             WHERE p.region = coherent.region
                               AND p.report_kind = coherent.report_kind
                               AND p.canonical = coherent.canonical
                               AND p.modality = coherent.modality
                               AND p.report_year = coherent.report_before2)
                 AND around_agree THEN 'error'
            -- only two reports: nothing to agree with, but a report that still states targets
            -- and no longer states this one has lost it
            WHEN report_year = latest_report AND last_present = report_before
                 AND report_before2 IS NULL
                 AND EXISTS (SELECT 1 FROM presence AS p
                             WHERE p.region = coherent.region
                               AND p.report_kind = coherent.report_kind
                               AND p.modality = 'target'
                               AND p.report_year = coherent.report_year) THEN 'error'
            WHEN last_present = report_before THEN 'warning'
        END AS severity
    FROM coherent
)
SELECT
    j.region,
    j.report_kind AS kind,
    CASE WHEN j.modality = 'target' THEN j.report_year ELSE j.report_year - 1 END AS year,
    f.metric,
    j.canonical,
    CAST(NULL AS DOUBLE) AS value,
    f.value AS previous_value,
    format('{} {} missing from the {} report (was {}{} in the {} report{})',
           COALESCE(f.name, j.canonical), j.modality, j.report_year, fmt_num(f.value), COALESCE(f.unit, ''),
           j.last_present,
           CASE WHEN j.next_present IS NOT NULL THEN format(', back in {}', j.next_present)
                WHEN j.report_year = j.latest_report THEN ', latest report'
                ELSE ', not in any later report' END) AS detail,
    (SELECT min(d.id) FROM documents AS d
      WHERE d.region = j.region AND d.kind = j.report_kind AND d.year = j.report_year
        AND d.status = 'loaded') AS document_id,
    j.severity
FROM judged AS j
JOIN figures AS f
  ON f.region = j.region AND f.report_kind = j.report_kind AND f.canonical = j.canonical
 AND f.modality = j.modality AND f.report_year = j.last_present
WHERE j.severity IS NOT NULL;
