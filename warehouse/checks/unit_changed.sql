-- severity: error
-- The unit of a series changed from one figure to the next (万元 read as 元 is a scale error
-- by another name; % against 个百分点 is a level against a change; 人 against 人次). Figures in
-- different units are not compared by ratio_jump or scale_error, so this check is what speaks
-- for them. A switch back to the unit of the figure before last is not reported again.
-- A figure whose unit is not the catalogue's is often left without a canonical id by the
-- extractor, so the series seems to lose it: a row without a canonical id stated with the same
-- metric and modality as a figure of a series in the nearest other report, but another unit, is
-- reported too (城镇新增就业1100万人 → 城镇新增就业1100万人次).
-- A report often states several figures under one id (财政赤字 and 中央财政赤字 are both
-- fiscal.deficit), and the series picks one in the catalogue's unit, so a wrong unit on another
-- figure of the same report would never be compared. Such a secondary row is reported when its
-- unit is not the catalogue's and no row of the id in the neighbouring reports (the nearest
-- earlier and later report holding the id) uses it either, while either the same metric was
-- stated in the catalogue's unit in a neighbouring report (拟安排财政赤字9000亿元 →
-- 拟安排财政赤字9000亿美元), or this report states the same point in the catalogue's unit with
-- the same metric or the same figure (拟安排地方政府专项债券2.15万亿元 … 8000亿美元; 7.5% and
-- 7.5个百分点 for one target). A unit the id also used in a
-- neighbouring report is not a fault: real reports state 粮食 in 斤 and 吨, trade in 元 and 美元.
-- A figure restated by a later report (or stating an earlier one) in the catalogue's unit is a
-- witness too: the same id, modality and year in another unit there, not converting, is an error.
-- Rows carry their own severity: warning when the units convert into each other and the figures
-- agree once converted (粮食产量5.3亿吨 → 1.14万亿斤; a report that changed its currency of
-- statement, 进出口总额4877亿美元 → 2.75万亿元), error otherwise. Count classifiers naming one
-- count (人/名, 件/项/部) are no change at all, and a level is never the same series as its
-- growth (社会消费品零售总额4000亿元 beside …增长18%).
WITH series_changes AS (
    SELECT
        y.region, y.kind, y.year, y.metric, y.canonical, y.value, y.previous_value,
        format('{} {} {}: unit {} (was {} in {})',
               COALESCE(y.name, y.canonical), y.modality, y.year, COALESCE(y.unit, 'none'),
               COALESCE(y.previous_unit, 'none'), y.previous_year) AS detail,
        y.document_id,
        units_agree(y.value, y.unit, y.previous_value, y.previous_unit,
                    COALESCE(t.warn_ratio, 2)) AS convertible
    FROM indicator_yoy AS y
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = y.indicator_kind AND t.modality = y.modality
    WHERE y.previous_year IS NOT NULL
      AND y.unit IS DISTINCT FROM y.previous_unit
      AND NOT same_count_unit(y.unit, y.previous_unit)
      -- a switch back after a faulty figure (not one the report plausibly restated in another
      -- currency: 3467亿美元 in 2010, 2.75万亿元 in 2015 is no fault to switch back from)
      AND NOT (y.unit IS NOT DISTINCT FROM y.previous2_unit
               AND y.previous_unit IS DISTINCT FROM y.previous2_unit
               AND NOT units_agree(y.previous_value, y.previous_unit, y.previous2_value,
                                   y.previous2_unit, COALESCE(t.warn_ratio, 2)))
),
uncatalogued AS (
    SELECT
        i.document_id, i.seq, d.region, d.kind AS report_kind, d.year AS report_year,
        i.metric, i.unit, i.modality,
        COALESCE(i.value, (i.low + i.high) / 2, i.low, i.high) AS num_value,
        COALESCE(TRY_CAST(regexp_extract_all(COALESCE(i.period, ''), '\d{4}')[-1] AS INTEGER),
                 CASE WHEN i.modality = 'target' THEN d.year ELSE d.year - 1 END) AS year
    FROM indicators AS i
    JOIN documents AS d ON d.id = i.document_id
    WHERE i.canonical IS NULL AND d.status = 'loaded' AND d.year IS NOT NULL
      AND length(i.metric) >= 3
      AND COALESCE(i.unit, '') <> ''  -- a figure without a unit is not one in another unit
      AND COALESCE(i.scope, 'annual') = 'annual'
      AND NOT regexp_matches(COALESCE(i.period, ''), '\d{4}\D+\d{4}')
),
matched AS (
    SELECT
        u.*, c.canonical, c.canonical_name, c.indicator_kind, c.num_value AS series_value,
        c.unit AS series_unit, c.report_year AS series_report_year,
        row_number() OVER (PARTITION BY u.document_id, u.seq
                           ORDER BY abs(c.report_year - u.report_year), c.report_year DESC,
                                    c.doc_rank, c.seq) AS nearest
    FROM uncatalogued AS u
    JOIN indicator_rows AS c
      ON c.region = u.region AND c.report_kind = u.report_kind AND c.metric = u.metric
     AND c.modality = u.modality AND c.scope = 'annual' AND c.report_year <> u.report_year
     AND c.unit IS DISTINCT FROM u.unit
     AND NOT same_count_unit(c.unit, u.unit) AND NOT level_against_rate(c.unit, u.unit)
    -- the same metric in the catalogue's series unit in this very report: another figure
    WHERE NOT EXISTS (SELECT 1 FROM indicator_rows AS s
                      WHERE s.document_id = u.document_id AND s.canonical = c.canonical
                        AND s.modality = u.modality AND s.metric = u.metric)
),
lost_changes AS (
    SELECT
        m.region, m.report_kind AS kind, m.year, m.metric, m.canonical,
        m.num_value AS value, m.series_value AS previous_value,
        format('{} {} {}: unit {} (was {} in the {} report), so not read as {}',
               m.metric, m.modality, m.year, COALESCE(m.unit, 'none'),
               COALESCE(m.series_unit, 'none'), m.series_report_year,
               COALESCE(m.canonical_name, m.canonical)) AS detail,
        m.document_id,
        units_agree(m.num_value, m.unit, m.series_value, m.series_unit,
                    COALESCE(t.warn_ratio, 2)) AS convertible
    FROM matched AS m
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = m.indicator_kind AND t.modality = m.modality
    WHERE m.nearest = 1
),
secondary AS (
    SELECT r.*, p.unit AS point_unit
    FROM indicator_rows AS r
    JOIN indicator_rows AS p
      ON p.region = r.region AND p.report_kind = r.report_kind AND p.canonical = r.canonical
     AND p.modality = r.modality AND p.scope = r.scope AND p.year = r.year AND p.pick_rank = 1
    WHERE r.pick_rank > 1 AND r.num_value IS NOT NULL
      AND r.catalog_unit IS NOT NULL AND r.unit IS DISTINCT FROM r.catalog_unit
      AND r.unit IS DISTINCT FROM p.unit  -- else the point itself carries the unit
),
-- the nearest earlier and later report of the region and kind that hold the id
report_years AS (
    SELECT DISTINCT region, report_kind, canonical, report_year FROM indicator_rows
),
neighboured AS (
    SELECT
        s.*,
        (SELECT max(y.report_year) FROM report_years AS y
          WHERE y.region = s.region AND y.report_kind = s.report_kind
            AND y.canonical = s.canonical AND y.report_year < s.report_year) AS before_report,
        (SELECT min(y.report_year) FROM report_years AS y
          WHERE y.region = s.region AND y.report_kind = s.report_kind
            AND y.canonical = s.canonical AND y.report_year > s.report_year) AS after_report
    FROM secondary AS s
),
unheard AS (
    SELECT n.* FROM neighboured AS n
    WHERE NOT EXISTS (SELECT 1 FROM indicator_rows AS c
                      WHERE c.region = n.region AND c.report_kind = n.report_kind
                        AND c.canonical = n.canonical
                        AND c.report_year IN (n.before_report, n.after_report)
                        AND c.unit IS NOT DISTINCT FROM n.unit)
),
-- what the secondary row is held against: the same metric in the catalogue's unit in a
-- neighbouring report (the nearest first), else the same figure in the catalogue's unit for
-- the same point in this report
witnessed AS (
    SELECT
        u.*, w.num_value AS witness_value, w.unit AS witness_unit,
        w.report_year AS witness_report_year, w.same_report,
        row_number() OVER (PARTITION BY u.document_id, u.seq
                           ORDER BY w.same_report, abs(w.report_year - u.report_year),
                                    w.report_year DESC, w.seq) AS nearest
    FROM unheard AS u
    JOIN (SELECT *, false AS same_report FROM indicator_rows
          UNION ALL BY NAME
          SELECT *, true AS same_report FROM indicator_rows) AS w
      ON w.region = u.region AND w.report_kind = u.report_kind AND w.canonical = u.canonical
     AND w.modality = u.modality AND w.unit IS NOT DISTINCT FROM u.catalog_unit
     AND CASE WHEN w.same_report
              THEN w.document_id = u.document_id AND w.scope = u.scope AND w.year = u.year
                   AND (w.metric = u.metric
                        OR abs(w.num_value - u.num_value)
                           <= 1e-9 * greatest(abs(w.num_value), abs(u.num_value)))
              ELSE w.report_year IN (u.before_report, u.after_report) AND w.metric = u.metric
         END
),
secondary_changes AS (
    SELECT
        w.region, w.report_kind AS kind, w.year, w.metric, w.canonical,
        w.num_value AS value, w.witness_value AS previous_value,
        CASE WHEN w.same_report
             THEN format('{} {} {}: {}{} beside {}{} in the same report, and no figure of {} in {} in the reports around it',
                         COALESCE(w.canonical_name, w.canonical), w.modality, w.year,
                         fmt_num(w.num_value), COALESCE(w.unit, ''), fmt_num(w.witness_value),
                         COALESCE(w.witness_unit, ''), COALESCE(w.canonical_name, w.canonical),
                         COALESCE(w.unit, 'none'))
             ELSE format('{} {} {}: unit {} (was {} in the {} report; no figure of {} there in {})',
                         w.metric, w.modality, w.year, COALESCE(w.unit, 'none'),
                         COALESCE(w.witness_unit, 'none'), w.witness_report_year,
                         COALESCE(w.canonical_name, w.canonical), COALESCE(w.unit, 'none'))
        END AS detail,
        w.document_id,
        units_agree(w.num_value, w.unit, w.witness_value, w.witness_unit,
                    COALESCE(t.warn_ratio, 2))
        OR EXISTS (SELECT 1 FROM indicator_rows AS o
                   WHERE o.document_id = w.document_id AND o.canonical = w.canonical
                     AND o.seq <> w.seq
                     AND units_agree(w.num_value, w.unit, o.num_value, o.unit,
                                     COALESCE(t.warn_ratio, 2))) AS convertible
    FROM witnessed AS w
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = w.indicator_kind AND t.modality = w.modality
    WHERE w.nearest = 1
),
-- the same figure (one id, modality and year) stated again by another report, there in the
-- catalogue's unit and here not: a report's restatement of last year's figure is the witness
-- (固定资产投资1万亿美元 for the 1万亿元 the next report gives that year)
restated AS (
    SELECT
        r.region, r.report_kind AS kind, r.year, r.metric, r.canonical, r.document_id,
        r.num_value AS value, o.num_value AS previous_value,
        format('{} {} {}: {}{} in the {} report, {}{} in the {} report',
               COALESCE(r.canonical_name, r.canonical), r.modality, r.year, fmt_num(r.num_value),
               COALESCE(r.unit, ''), r.report_year, fmt_num(o.num_value), COALESCE(o.unit, ''),
               o.report_year) AS detail,
        units_agree(r.num_value, r.unit, o.num_value, o.unit, COALESCE(t.warn_ratio, 2))
            AS convertible,
        row_number() OVER (PARTITION BY r.document_id, r.seq
                           ORDER BY abs(o.report_year - r.report_year), o.report_year, o.seq)
            AS nearest
    FROM indicator_rows AS r
    JOIN indicator_rows AS o
      ON o.region = r.region AND o.report_kind = r.report_kind AND o.canonical = r.canonical
     AND o.modality = r.modality AND o.scope = r.scope AND o.year = r.year
     AND o.report_year <> r.report_year AND o.unit IS NOT DISTINCT FROM r.catalog_unit
    LEFT JOIN check_thresholds AS t
      ON t.indicator_kind = r.indicator_kind AND t.modality = r.modality
    WHERE r.num_value IS NOT NULL AND o.num_value IS NOT NULL AND r.catalog_unit IS NOT NULL
      AND r.unit IS DISTINCT FROM r.catalog_unit
      AND NOT same_count_unit(r.unit, o.unit) AND NOT level_against_rate(r.unit, o.unit)
),
-- a restatement that does not convert is a fault whatever else the row is held against
restated_faults AS (
    SELECT * FROM restated WHERE nearest = 1 AND NOT convertible
)
SELECT region, kind, year, metric, canonical, value, previous_value, detail, document_id,
       CASE WHEN convertible THEN 'warning' ELSE 'error' END AS severity
FROM series_changes
UNION ALL
SELECT region, kind, year, metric, canonical, value, previous_value, detail, document_id,
       CASE WHEN convertible THEN 'warning' ELSE 'error' END AS severity
FROM secondary_changes AS c
WHERE NOT EXISTS (SELECT 1 FROM restated_faults AS f
                  WHERE f.document_id = c.document_id AND f.canonical = c.canonical
                    AND f.year = c.year AND f.value = c.value)
UNION ALL
SELECT region, kind, year, metric, canonical, value, previous_value, detail, document_id,
       CASE WHEN convertible THEN 'warning' ELSE 'error' END AS severity
FROM lost_changes
UNION ALL
SELECT region, kind, year, metric, canonical, value, previous_value, detail, document_id,
       'error' AS severity
FROM restated_faults;
