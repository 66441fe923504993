-- severity: error
-- A count or amount about 10, 100, 10^4, 10^8… times (or that fraction of) the same indicator's
-- previous figure: a scale word (十/百/千/万/亿) lost, doubled or misread. Compared with the last
-- trusted figure of the series (see indicator_yoy.reference_*), so a return to the usual level
-- after a bad year is not flagged again. When the series' first figure is the odd one out (it
-- jumps to the second, and the second agrees with the third) the first is reported.
-- A rate or growth target 10x its previous one and at least 2 points away (5% → 50%) counts too.
SELECT
    region, kind, year, metric, canonical, value,
    reference_value AS previous_value,
    format('{} {} {}: {}{} vs {}{} in {} (×10^{}): scale word lost or misread?',
           COALESCE(name, canonical), modality, year, fmt_num(value), COALESCE(unit, ''),
           fmt_num(reference_value), COALESCE(reference_unit, ''), reference_year, scale_power) AS detail,
    document_id
FROM indicator_yoy
WHERE scale_power <> 0

UNION ALL

SELECT
    region, kind, previous_year AS year, previous_metric AS metric, canonical,
    previous_value AS value,
    value AS previous_value,
    format('{} {} {}: {}{} vs {}{} in {} and the years after (×10^{}): scale word lost or misread?',
           COALESCE(name, canonical), modality, previous_year, fmt_num(previous_value),
           COALESCE(previous_unit, ''), fmt_num(value), COALESCE(unit, ''), year,
           CAST(round(log10(previous_value / value)) AS INTEGER)) AS detail,
    previous_document_id AS document_id
FROM indicator_yoy
WHERE blame_previous;
