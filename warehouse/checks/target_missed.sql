-- severity: info
-- Last year's target against the actual the next report gives for that year (view
-- target_vs_actual): the targets that were missed. Real news rather than a fault in the data,
-- hence info; met targets are in the view, not here.
SELECT
    region, kind, year,
    COALESCE(actual_metric, target_metric) AS metric,
    canonical,
    actual AS value,
    target AS previous_value,
    format('{} {}: target {}{}{} ({}), actual {}{}: missed, {} target',
           COALESCE(name, canonical), year,
           CASE WHEN target_low IS NOT NULL AND target_high IS NOT NULL AND target_low <> target_high
                THEN format('{}–', fmt_num(target_low)) ELSE '' END,
           CASE WHEN target_low IS NOT NULL AND target_high IS NOT NULL AND target_low <> target_high
                THEN fmt_num(target_high) ELSE fmt_num(target) END,
           COALESCE(target_unit, ''), COALESCE(target_approx, 'exact'), fmt_num(actual), COALESCE(actual_unit, ''),
           direction) AS detail,
    actual_document_id AS document_id
FROM target_vs_actual
WHERE status = 'missed';
