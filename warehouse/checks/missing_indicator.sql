-- severity: error
-- An annual indicator that the reports of the years around carry but this year's report does
-- not. Presence is judged by report (region, report kind, report year), over reports that yielded
-- at least one canonical indicator, so a failed or empty load does not make everything "missing".
-- A report need not set the same targets every year (深圳 2024 sets no CPI target), so a gap is
-- an error only where the report plainly lost one from its list: the targets that stood next to
-- it in its list the year before or the year after (its sentence and the ones next to it: three
-- targets at least, known by id; a level and its growth are one) still stand together in this report (one sentence, or
-- sentences that follow each other), it is not set in another form (its level for its growth,
-- its metric under another id, unit or in longer words), and it is back, with a figure that
-- agrees, the year after (or, for the latest report, it stood in the two reports before).
-- Rows carry their own severity:
--   error    a target gone from its list, as above
--   info     any other gap of a target, and gaps of actuals (reviews highlight different figures
--            each year); a target present before and missing from this report and all later ones
--            is reported at the first missing year only
-- Term totals are left out: they appear once a term.
WITH reports AS (
    SELECT DISTINCT region, report_kind, report_year FROM indicator_rows
),
ordered_reports AS (
    SELECT
        *,
        lag(report_year, 1) OVER w AS report_before,
        lag(report_year, 2) OVER w AS report_before2,
        lead(report_year, 1) OVER w AS report_after,
        max(report_year) OVER (PARTITION BY region, report_kind) AS latest_report
    FROM reports
    WINDOW w AS (PARTITION BY region, report_kind ORDER BY report_year)
),
presence AS (
    -- a report sets a target for its own year: a plan's figure for a later year (到2010年…增长
    -- 13%) is not this year's target
    SELECT DISTINCT region, report_kind, canonical, modality, report_year
    FROM indicator_rows
    WHERE scope = 'annual' AND (modality <> 'target' OR year = report_year)
),
series AS (
    SELECT DISTINCT region, report_kind, canonical, modality FROM presence
),
gaps AS (
    SELECT
        s.region, s.report_kind, s.canonical, s.modality, r.report_year,
        r.report_before, r.report_before2, r.report_after, r.latest_report,
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
sentences AS (
    -- the sentences stating figures, numbered in document order: a list of targets may run on
    -- over the next sentence (…与经济增长基本同步。新增就业岗位8万个，…)
    SELECT document_id, seq,
           dense_rank() OVER (PARTITION BY document_id ORDER BY sentence_start) AS sentence
    FROM (SELECT document_id, seq,
                 min(seq) OVER (PARTITION BY document_id, evidence) AS sentence_start
          FROM indicators)
),
stated AS (
    -- every target row of a loaded report for its own year; items of a list are known by their
    -- id, else metric;
    -- a level and its growth are one item (国内生产总值2150亿元，增长12%; a list may state either)
    SELECT i.document_id, i.seq, i.evidence, i.metric, i.unit, i.canonical, d.region,
           d.kind AS report_kind, d.year AS report_year, s.sentence,
           COALESCE(regexp_replace(i.canonical, '\.growth$', ''), i.metric) AS item
    FROM indicators AS i
    JOIN documents AS d ON d.id = i.document_id
    JOIN sentences AS s ON s.document_id = i.document_id AND s.seq = i.seq
    WHERE i.modality = 'target' AND COALESCE(i.scope, 'annual') = 'annual' AND d.status = 'loaded'
      AND COALESCE(i.period, CAST(d.year AS VARCHAR)) = CAST(d.year AS VARCHAR)
),
list_rows AS (
    -- the missing target in its list the year before the gap and the year after (its sentence
    -- and those next to it that state targets too: …基本同步。新增就业岗位8万个，…), with the
    -- targets next to it there, known by id (a metric's wording varies from year to year)
    SELECT g.region, g.report_kind, g.canonical, g.report_year, m.metric AS own_metric,
           m.unit AS own_unit, m.item AS own_item,
           (SELECT count(DISTINCT o.item) FROM stated AS o
             WHERE o.document_id = m.document_id AND o.canonical IS NOT NULL
               AND o.sentence BETWEEN m.sentence - 1 AND m.sentence + 1) AS list_size,
           list_filter([
               (SELECT arg_max(o.item, o.seq) FROM stated AS o
                 WHERE o.document_id = m.document_id AND o.canonical IS NOT NULL
                   AND o.item <> m.item AND o.seq < m.seq AND o.sentence >= m.sentence - 1),
               (SELECT arg_min(o.item, o.seq) FROM stated AS o
                 WHERE o.document_id = m.document_id AND o.canonical IS NOT NULL
                   AND o.item <> m.item AND o.seq > m.seq AND o.sentence <= m.sentence + 1)],
               lambda x: x IS NOT NULL) AS around
    FROM gaps AS g
    JOIN stated AS m
      ON m.region = g.region AND m.report_kind = g.report_kind AND m.canonical = g.canonical
     AND m.report_year IN (g.last_present, g.next_present)
    WHERE g.modality = 'target'
),
listed AS (
    -- the targets next to it still stand together in this report (in one sentence or in
    -- sentences that follow each other), and its own metric is not stated there under another
    -- id. A report that no longer sets them either has recast its list (深圳 2024 drops CPI
    -- with R&D and jobs beside it): it did not lose one target.
    SELECT l.region, l.report_kind, l.canonical, l.report_year,
           bool_or(l.list_size >= 3 AND len(l.around) > 0 AND EXISTS (
               SELECT 1 FROM stated AS a
               WHERE a.region = l.region AND a.report_kind = l.report_kind
                 AND a.report_year = l.report_year AND a.item = l.around[1]
                 AND (SELECT count(DISTINCT t.item) FROM stated AS t
                       WHERE t.document_id = a.document_id AND list_contains(l.around, t.item)
                         AND t.sentence BETWEEN a.sentence - 1 AND a.sentence + 1)
                     = len(l.around)))
               AS neighbours_kept,
           -- still set in another form: its level for its growth (or the reverse), its metric
           -- under another id or unit, or in longer words (新增就业岗位8万个 for 新增就业8万人)
           bool_or(EXISTS (SELECT 1 FROM stated AS t
                           WHERE t.region = l.region AND t.report_kind = l.report_kind
                             AND t.report_year = l.report_year
                             AND (t.item = l.own_item
                                  OR (starts_with(t.metric, l.own_metric)
                                      AND NOT level_against_rate(t.unit, l.own_unit)))))
               AS metric_still_stated
    FROM list_rows AS l
    GROUP BY ALL
),
judged AS (
    SELECT
        c.*,
        CASE
            WHEN c.last_present IS NULL THEN NULL  -- not there yet: a new indicator, not a gap
            WHEN c.modality = 'target' AND c.last_present = c.report_before
                 AND COALESCE(l.neighbours_kept, false) AND NOT l.metric_still_stated
                 AND c.around_agree
                 AND (c.next_present = c.report_after
                      OR (c.report_year = c.latest_report AND c.report_before2 IS NOT NULL
                          AND EXISTS (SELECT 1 FROM presence AS p
                                      WHERE p.region = c.region AND p.report_kind = c.report_kind
                                        AND p.canonical = c.canonical AND p.modality = c.modality
                                        AND p.report_year = c.report_before2)))
                THEN 'error'
            WHEN c.next_present IS NOT NULL THEN 'info'
            WHEN c.last_present = c.report_before AND c.modality = 'target' THEN 'info'
        END AS severity
    FROM coherent AS c
    LEFT JOIN listed AS l
      ON l.region = c.region AND l.report_kind = c.report_kind AND l.canonical = c.canonical
     AND l.report_year = c.report_year
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
