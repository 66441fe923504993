-- How far an indicator may move from one report to the next before a check speaks up, by
-- indicator kind and modality. A rate and a count do not move alike: counts and amounts are
-- compared by ratio (and checked for scale-word errors), rates and growth figures by the
-- difference in percentage points (a CPI of 0.2% after 2% is a real 10x, not a lost 十).
-- Edit the numbers here; every check reads them from this view.
--   warn_ratio    count/amount: warning when value/previous is above this or below its inverse
--   info_ratio    count/amount: info when a target moves at all beyond this ratio (1.0 = any change)
--   warn_points   rate/growth: warning when |value - previous| reaches this many points
--   info_points   rate/growth: info when a target moves by at least this many points
--   scale_tolerance  how close log10(ratio) must be to a non-zero integer to call it a scale error;
--                    0.15 for counts and amounts, whose real yearly change (+36% for a fast-growing
--                    city's investment) blurs a lost 十 between neighbouring years
--   scale_absurd     |log10(ratio)| from which any jump is called a scale error
--   scale_min_points rates/growth: a 10x move of a target is only a scale error when it also
--                    moves this many points (a target 5% → 50% or 0.5%, not 0.3% → 3%);
--                    actual rates are never scale errors (CPI 2% → 0.2% happened)
--   met_points / met_ratio  how close an actual must come to a 左右/exact target to count as met
--   conflict_tolerance  within one report, how close log10(ratio) of two figures of one indicator
--                    must be to a non-zero integer for a lost scale word: the same figure written
--                    twice keeps its digits (1.62万亿 / 1.62亿), two different figures mapped to one
--                    id rarely do (1.62万亿 / 1700亿 is ×9.5, not a lost 十)
--   gap_ratio / gap_points  around a missing target, the figures before and after the gap agree
--                    (so the target vanished, rather than changed meaning) within this; growth
--                    targets move by several points in two years (收入增长5% → 1%)
--   yearly_ratio     count/amount: the fastest a real figure grows or shrinks in a year; a power of
--                    ten between figures many years apart (773亿 in 2003, 9500亿 in 2021) may be
--                    real growth, so it is a scale error only when this pace cannot explain it
CREATE OR REPLACE VIEW check_thresholds AS
SELECT * FROM (VALUES
    ('count',  'actual', 3.0,  NULL, NULL, NULL, 0.15, 2.5,  NULL, 0.05, NULL, 0.01, 3.0,  NULL, 1.3),
    ('count',  'target', 2.0,  1.0,  NULL, NULL, 0.15, 2.5,  NULL, 0.05, NULL, 0.01, 2.0,  NULL, 1.3),
    ('amount', 'actual', 2.0,  NULL, NULL, NULL, 0.15, 2.5,  NULL, 0.05, NULL, 0.01, 2.0,  NULL, 1.3),
    ('amount', 'target', 1.5,  1.0,  NULL, NULL, 0.15, 2.5,  NULL, 0.05, NULL, 0.01, 2.0,  NULL, 1.3),
    ('rate',   'actual', NULL, NULL, 5.0,  NULL, NULL, NULL, 0.5,  NULL, NULL, 0.01, NULL, 5.0, NULL),
    ('rate',   'target', NULL, NULL, 2.0,  0.1,  0.1,  2.5,  0.5,  NULL, 2.0,  0.01, NULL, 5.0, NULL),
    ('growth', 'actual', NULL, NULL, 5.0,  NULL, NULL, NULL, 0.5,  NULL, NULL, 0.01, NULL, 5.0, NULL),
    ('growth', 'target', NULL, NULL, 2.0,  0.1,  0.1,  2.5,  0.5,  NULL, 2.0,  0.01, NULL, 5.0, NULL)
) AS t(indicator_kind, modality, warn_ratio, info_ratio, warn_points, info_points,
       scale_tolerance, scale_absurd, met_points, met_ratio, scale_min_points,
       conflict_tolerance, gap_ratio, gap_points, yearly_ratio);
