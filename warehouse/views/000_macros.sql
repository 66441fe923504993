-- Helpers shared by the year-over-year views and checks. Macros rather than repeated
-- expressions so every check judges "a scale error" the same way.

-- The power of ten separating a from b when the ratio looks like a lost or misread scale word
-- (十/百/千/万/亿): log10(a/b) within `tol` of a non-zero integer, or so far off (|log10| >= absurd)
-- that no real year-over-year change explains it. 0 when it does not look like one.
CREATE OR REPLACE MACRO scale_power(a, b, tol, absurd) AS
    CASE
        WHEN a > 0 AND b > 0 AND tol IS NOT NULL
             AND round(log10(a / b)) <> 0
             AND (abs(log10(a / b) - round(log10(a / b))) <= tol
                  OR abs(log10(a / b)) >= absurd)
        THEN CAST(round(log10(a / b)) AS INTEGER)
        ELSE 0
    END;

-- A number for messages, written the way the reports write it (1.3万亿, 1200万) so a lost or
-- doubled scale word is visible at a glance.
CREATE OR REPLACE MACRO fmt_num(x) AS
    CASE
        WHEN x IS NULL THEN '—'
        WHEN abs(x) >= 1e12 THEN format('{:g}万亿', round(x / 1e12, 4))
        WHEN abs(x) >= 1e8 THEN format('{:g}亿', round(x / 1e8, 4))
        WHEN abs(x) >= 1e4 THEN format('{:g}万', round(x / 1e4, 4))
        ELSE format('{:g}', round(x, 4))
    END;

-- Units of one dimension that convert into each other, so a report switching from 吨 to 斤
-- (粮食产量5.3亿吨 → 1.14万亿斤) is told apart from a unit that changed the figure. Count
-- classifiers of documents (件/部/项/条/个) count the same things, and so do 人/名/位 people;
-- currencies convert at a rough rate. NULL: not convertible.
CREATE OR REPLACE MACRO unit_dimension(u) AS
    CASE
        WHEN u IN ('斤', '公斤', '千克', '吨', '克') THEN 'mass'
        WHEN u IN ('米', '公里', '千米') THEN 'length'
        WHEN u IN ('平方米', '平方公里', '亩', '公顷') THEN 'area'
        WHEN u IN ('千瓦时', '度') THEN 'energy'
        WHEN u IN ('件', '部', '项', '条') THEN 'pieces'
        WHEN u IN ('人', '名', '位') THEN 'people'
        WHEN u IN ('元', '美元', '欧元') THEN 'money'
    END;

-- The factor taking a figure in unit u to its dimension's base unit (kg, m, m², kWh, piece).
CREATE OR REPLACE MACRO unit_factor(u) AS
    CASE u
        WHEN '斤' THEN 0.5 WHEN '公斤' THEN 1.0 WHEN '千克' THEN 1.0 WHEN '吨' THEN 1000.0
        WHEN '克' THEN 0.001
        WHEN '米' THEN 1.0 WHEN '公里' THEN 1000.0 WHEN '千米' THEN 1000.0
        WHEN '平方米' THEN 1.0 WHEN '平方公里' THEN 1e6 WHEN '亩' THEN 10000.0 / 15
        WHEN '公顷' THEN 1e4
        WHEN '千瓦时' THEN 1.0 WHEN '度' THEN 1.0
        WHEN '件' THEN 1.0 WHEN '部' THEN 1.0 WHEN '项' THEN 1.0 WHEN '条' THEN 1.0
        WHEN '人' THEN 1.0 WHEN '名' THEN 1.0 WHEN '位' THEN 1.0
        -- a report that changes its currency of statement (进出口总额…亿美元 → …万亿元): rates
        -- moved between 6.1 and 8.3 元 a dollar since 2000, so 7 keeps both plausible within 2×
        WHEN '元' THEN 1.0 WHEN '美元' THEN 7.0 WHEN '欧元' THEN 7.8
    END;

-- Two figures in units a_unit and b_unit that say the same within `ratio` once converted.
CREATE OR REPLACE MACRO units_agree(a, a_unit, b, b_unit, ratio) AS
    COALESCE(unit_dimension(a_unit) = unit_dimension(b_unit)
             AND a > 0 AND b > 0
             AND greatest(a * unit_factor(a_unit) / (b * unit_factor(b_unit)),
                          b * unit_factor(b_unit) / (a * unit_factor(a_unit)))
                 <= COALESCE(ratio, 2), false);

-- Two count classifiers that name the same count (人/名/位 of people; 件/部/项/条 of laws and
-- bills): a report switching between them changed no figure.
CREATE OR REPLACE MACRO same_count_unit(a, b) AS
    COALESCE(unit_dimension(a) IN ('people', 'pieces') AND unit_dimension(a) = unit_dimension(b),
             false);

-- A share or change in % or points against a level in a unit: a level and a growth of one
-- metric are different series, never one series whose unit changed.
CREATE OR REPLACE MACRO level_against_rate(a, b) AS
    (COALESCE(a, '') IN ('%', '个百分点')) <> (COALESCE(b, '') IN ('%', '个百分点'));
