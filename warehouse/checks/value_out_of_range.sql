-- severity: error
-- A figure outside its indicator's sane range: the catalogue's min/max when it gives them,
-- otherwise 0–100 for a rate in % and no less than -100 for a growth in %. Every row is checked
-- (not only the one compared across years), its value and both bounds of a range; the range
-- applies only in the catalogue's unit (a change in 个百分点 is not a level in %). The ceiling
-- is a year's: figures over a term are held to it only when they are rates.
-- A growth stated as 下降/降低 is checked as a negative number only when the range admits
-- negatives: a catalogue giving min 0 for a growth (能耗降低) means the size of the decrease.
-- Rows carry their own severity: error, except warning when the row is most likely another
-- figure read under this id rather than a bad value: the same report gives the indicator a
-- figure within range for the same year under another metric (消费对经济增长的贡献率51.2% beside GDP growth 7.4%), or
-- the sentence speaks of a term (五年来/本届/累计/“十三五”: 城镇新增就业5100万人 over five years).
WITH r AS (
    SELECT
        *,
        COALESCE(min_value, CASE WHEN unit = '%' AND indicator_kind = 'rate' THEN 0
                                 WHEN unit = '%' AND indicator_kind = 'growth' THEN -100 END)
            AS lo,
        -- A term total (five years of new jobs, growth since 2002) may exceed a year's ceiling;
        -- a rate is a rate over any period.
        CASE WHEN scope = 'term' AND indicator_kind <> 'rate' THEN NULL
             ELSE COALESCE(max_value, CASE WHEN unit = '%' AND indicator_kind = 'rate' THEN 100 END)
        END AS hi,
        CASE WHEN change = 'decrease' AND indicator_kind = 'growth'
                  AND (min_value IS NULL OR min_value < 0) THEN -1 ELSE 1 END AS sign
    FROM indicator_rows
    WHERE catalog_unit IS NULL OR unit IS NOT DISTINCT FROM catalog_unit
),
checked AS (
    SELECT
        *,
        list_filter([value * sign, low * sign, high * sign],
                    lambda v: v IS NOT NULL AND (v < lo OR v > hi)) AS bad
    FROM r
)
SELECT
    region, report_kind AS kind, year, metric, canonical, bad[1] AS value,
    CAST(NULL AS DOUBLE) AS previous_value,
    format('{} {} {}: {}{} outside the sane range {}–{}{}',
           COALESCE(canonical_name, canonical), modality, year, fmt_num(bad[1]), COALESCE(unit, ''),
           fmt_num(lo), fmt_num(hi),
           CASE WHEN sibling_in_range THEN ' (the report also gives it in range: another figure?)'
                WHEN term_words THEN ' (the sentence speaks of a term: a total?)'
                ELSE '' END) AS detail,
    document_id,
    CASE WHEN sibling_in_range OR term_words THEN 'warning' ELSE 'error' END AS severity
FROM (
    SELECT
        c.*,
        EXISTS (SELECT 1 FROM indicator_rows AS o
                WHERE o.document_id = c.document_id AND o.canonical = c.canonical
                  AND o.modality = c.modality AND o.scope = c.scope AND o.year = c.year
                  AND o.seq <> c.seq AND o.in_range AND o.num_value IS NOT NULL
                  AND o.metric IS DISTINCT FROM c.metric) AS sibling_in_range,
        regexp_matches(COALESCE(c.evidence, ''),
                       '五年|本届|以来|累计|十[一二三四五六七八九]五|[一二三四五六七八九十]年来')
            AS term_words
    FROM checked AS c
    WHERE len(c.bad) > 0
) AS x;
