-- severity: error
-- A term total (本届以来, 五年来 … over 2018-2022) smaller than its parts: below a single year's
-- actual inside its period, or below the sum of the annual actuals when every year of the
-- period is known. Every term row is looked at (indicator_rows, not only the row picked for the
-- term series: a report often states two figures of one indicator for one term).
-- Only counts and amounts add up, and only figures stated as totals: judged on the clause of
-- the sentence that holds the metric and a number (城镇新增就业5771万人，…年均增长9.7% is a
-- total; the 年均 is another figure's), these are left out:
--   averages      年均/平均/每年/人均 (城镇新增就业年均1270多万人)
--   levels        a level reached or held: 达到/增加到/提高到…, 从…到/由…到, 突破, 迈上/跃上…台阶,
--                 总量/规模/能力,
--                 稳定在/保持在/连年/连续 (国内生产总值从54万亿元增加到82.7万亿元, 粮食产量连年
--                 稳定在1.3万亿斤以上, 粮食生产能力达到1.2万亿斤)
--   increments    a level's increase over the term (十年增加近70万亿元)
-- A lower bound (超过6400万, 6600万人以上) is still a total: it must not be below a single year,
-- but it says nothing against the sum of the years.
WITH stated AS (
    SELECT
        *,
        COALESCE(
            list_filter(clauses, lambda c: COALESCE(metric, '') <> '' AND strpos(c, metric) > 0
                                           AND regexp_matches(c, '[0-9０-９]'))[1],
            list_filter(clauses, lambda c: COALESCE(metric, '') <> '' AND strpos(c, metric) > 0)[1],
            evidence, '') || ' ' || COALESCE(metric, '') AS clause
    FROM (SELECT *, string_split_regex(COALESCE(evidence, ''), '[，,；;。！？!?：:]') AS clauses
          FROM indicator_rows)
    WHERE scope = 'term' AND modality = 'actual'
      AND indicator_kind IN ('count', 'amount')
      AND period_start IS NOT NULL AND period_start < year AND num_value IS NOT NULL
),
terms AS (
    SELECT
        *,
        approx IS DISTINCT FROM 'at_least' AND approx IS DISTINCT FROM 'over' AS exact_total
    FROM stated
    WHERE NOT regexp_matches(clause,
              '年均|平均|每年|人均|达到|[增加长提高升扩大]到|[增升降]至|突破|[迈跃跨登]上|台阶|总量|规模|能力'
              || '|稳定在|保持在|控制在|连年|连续|[从由].*[到至]'
              || '|(增加|增长|提高|扩大|上升)[了近约逾达超过]*[0-9０-９]')
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
   OR (t.exact_total AND p.part_years = t.year - t.period_start + 1
       AND t.num_value < p.parts_sum * (1 - 1e-6));
