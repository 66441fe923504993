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
