-- Real growth compounded over the years between two figures explains a jump between them when
-- |log10(a / b)| stays within years × log10(yearly_ratio) (check_thresholds): ×10 in 18 years
-- is growth, ×10 in a year or two is a lost or doubled scale word.
CREATE OR REPLACE MACRO explained_by_growth(a, b, gap_years, of_kind, of_modality) AS
    COALESCE((SELECT a > 0 AND b > 0 AND gap_years > 1
                     AND abs(log10(a / b)) <= gap_years * log10(thr.yearly_ratio)
              FROM check_thresholds AS thr
              WHERE thr.indicator_kind = of_kind AND thr.modality = of_modality), false);

-- A jump no real growth explains even when its ratio is no clean power of ten: a count or amount
-- that moved by ×7 or more beyond the fastest real pace over the years between (7070亿 read
-- 70700亿 beside 4953亿 the year before: ×14, where growth explains ×1.3), or a rate or growth
-- target 20 points and five times away from its series (15% → 150%, 6.5% → 65%).
CREATE OR REPLACE MACRO beyond_growth(a, b, gap_years, of_kind, of_modality) AS
    COALESCE((SELECT CASE WHEN of_kind IN ('count', 'amount')
                          THEN a > 0 AND b > 0
                               AND abs(log10(a / b)) - greatest(gap_years, 1) * log10(thr.yearly_ratio)
                                   >= 1 - thr.scale_tolerance
                          ELSE of_modality = 'target' AND abs(a - b) >= 20
                               AND abs(a) >= 5 * abs(b)
                     END
              FROM check_thresholds AS thr
              WHERE thr.indicator_kind = of_kind AND thr.modality = of_modality), false);
