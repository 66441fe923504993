-- Every loaded indicator row that has a canonical id, with what comparisons across years need:
--   year            the year the figure is about (not the report's year): the last year named in
--                   `period`, else the report's year for a target and the year before for an actual
--   indicator_kind  count / amount / rate / growth from the catalogue, guessed from the unit when
--                   the catalogue does not know the id
--   num_value       one comparable number: the value, else a range's midpoint; a growth figure
--                   stated as 下降/降低 is negative
--   in_range        false when the value is outside the catalogue's min/max (value_out_of_range's
--                   test): usually another figure mapped to the id (消费对经济增长的贡献率51.2% read
--                   as GDP growth) or a term total read as a year's figure
--   pick_rank       1 for the row compared across years among all rows describing the same
--                   region/kind/canonical/modality/scope/year (report of the expected year first,
--                   then a row within the catalogue's range, then in the catalogue's unit, then
--                   an exact figure before a threshold it passed, then the first by seq)
--   doc_rank        the same order within one document; rows with doc_rank > 1 are what the
--                   within-document conflict check looks at
CREATE OR REPLACE VIEW indicator_rows AS
WITH base AS (
    SELECT
        i.document_id, i.seq, d.region, d.kind AS report_kind, d.year AS report_year,
        i.canonical, ci.name AS canonical_name,
        COALESCE(ci.kind,
                 CASE WHEN i.unit IN ('%', '个百分点')
                      THEN CASE WHEN i.change IS NOT NULL THEN 'growth' ELSE 'rate' END
                      ELSE 'amount' END) AS indicator_kind,
        ci.unit AS catalog_unit, ci.min_value, ci.max_value,
        i.metric, i.value, i.low, i.high, i.unit, i.approx, i.change, i.modality, i.period,
        COALESCE(i.scope, CASE WHEN regexp_matches(COALESCE(i.period, ''), '\d{4}\D+\d{4}')
                               THEN 'term' ELSE 'annual' END) AS scope,
        regexp_extract_all(COALESCE(i.period, ''), '\d{4}') AS period_years,
        i.evidence, i.page
    FROM indicators AS i
    JOIN documents AS d ON d.id = i.document_id
    LEFT JOIN canonical_indicators AS ci ON ci.id = i.canonical
    WHERE i.canonical IS NOT NULL AND d.status = 'loaded' AND d.year IS NOT NULL
),
dated AS (
    SELECT
        *,
        COALESCE(TRY_CAST(period_years[-1] AS INTEGER),
                 CASE WHEN modality = 'target' THEN report_year ELSE report_year - 1 END) AS year,
        TRY_CAST(period_years[1] AS INTEGER) AS period_start,
        COALESCE(value, (low + high) / 2, low, high)
            * CASE WHEN change = 'decrease' AND indicator_kind = 'growth' THEN -1 ELSE 1 END
            AS num_value
    FROM base
),
ranged AS (
    SELECT
        *,
        NOT COALESCE(
            (catalog_unit IS NULL OR unit IS NOT DISTINCT FROM catalog_unit)
            AND list_bool_or(list_transform(
                [value, low, high],
                lambda v: v IS NOT NULL AND (
                    v * CASE WHEN change = 'decrease' AND indicator_kind = 'growth'
                                  AND (min_value IS NULL OR min_value < 0) THEN -1 ELSE 1 END
                        < COALESCE(min_value, CASE WHEN unit = '%' AND indicator_kind = 'rate' THEN 0
                                                   WHEN unit = '%' AND indicator_kind = 'growth'
                                                   THEN -100 END)
                    OR v * CASE WHEN change = 'decrease' AND indicator_kind = 'growth'
                                     AND (min_value IS NULL OR min_value < 0) THEN -1 ELSE 1 END
                        > COALESCE(max_value, CASE WHEN unit = '%' AND indicator_kind = 'rate'
                                                   THEN 100 END)))),
            false) AS in_range
    FROM dated
)
SELECT
    *,
    row_number() OVER (
        PARTITION BY region, report_kind, canonical, modality, scope, year
        ORDER BY (num_value IS NOT NULL) DESC,
                 (report_year = CASE WHEN modality = 'target' THEN year ELSE year + 1 END) DESC,
                 in_range DESC,
                 (unit IS NOT DISTINCT FROM catalog_unit) DESC,
                 (approx IS NULL) DESC,  -- 达到10628美元 over 率先突破1万美元
                 report_year DESC, document_id, seq
    ) AS pick_rank,
    row_number() OVER (
        -- (a term's span is part of what a figure is: 十年年均增长6.2% and 五年年均增长5.2% both end in 2022)
        PARTITION BY document_id, canonical, modality, scope, year, period_start
        ORDER BY (num_value IS NOT NULL) DESC, in_range DESC,
                 (unit IS NOT DISTINCT FROM catalog_unit) DESC, (approx IS NULL) DESC, seq
    ) AS doc_rank
FROM ranged;
