-- Real growth compounded over the years between two figures explains a jump between them when
-- |log10(a / b)| stays within years × log10(yearly_ratio) (check_thresholds): ×10 in 18 years
-- is growth, ×10 in a year or two is a lost or doubled scale word.
CREATE OR REPLACE MACRO explained_by_growth(a, b, gap_years, of_kind, of_modality) AS
    COALESCE((SELECT a > 0 AND b > 0 AND gap_years > 1
                     AND abs(log10(a / b)) <= gap_years * log10(t.yearly_ratio)
              FROM check_thresholds AS t
              WHERE t.indicator_kind = of_kind AND t.modality = of_modality), false);
