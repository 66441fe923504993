-- severity: error
-- The unit of a series changed from one figure to the next (万元 read as 元 is a scale error
-- by another name; % against 个百分点 is a level against a change; 人 against 人次). Figures in
-- different units are not compared by ratio_jump or scale_error, so this check is what speaks
-- for them. A switch back to the unit of the figure before last is not reported again.
-- A figure whose unit is not the catalogue's is often left without a canonical id by the
-- extractor, so the series seems to lose it: a row without a canonical id stated with the same
-- metric and modality as a figure of a series in the nearest other report, but another unit, is
-- reported too (城镇新增就业1100万人 → 城镇新增就业1100万人次).
-- Rows carry their own severity: warning when the units convert into each other and the figures
-- agree once converted (粮食产量5.3亿吨 → 1.14万亿斤; 件 → 部 for laws), error otherwise.
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
      AND NOT (y.unit IS NOT DISTINCT FROM y.previous2_unit
               AND y.previous_unit IS DISTINCT FROM y.previous2_unit)
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
)
SELECT region, kind, year, metric, canonical, value, previous_value, detail, document_id,
       CASE WHEN convertible THEN 'warning' ELSE 'error' END AS severity
FROM series_changes
UNION ALL
SELECT region, kind, year, metric, canonical, value, previous_value, detail, document_id,
       CASE WHEN convertible THEN 'warning' ELSE 'error' END AS severity
FROM lost_changes;
