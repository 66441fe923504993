-- One row per region, report kind, canonical indicator, scope and year, the actual and the
-- target side by side. `actual`/`target` are comparable numbers (a range's midpoint; growth
-- stated as a decrease is negative); the stated bounds and approximations are kept beside them.
CREATE OR REPLACE VIEW indicator_series AS
SELECT
    region,
    report_kind AS kind,
    canonical,
    any_value(canonical_name) AS name,
    any_value(indicator_kind) AS indicator_kind,
    scope,
    year,
    max(num_value)   FILTER (WHERE modality = 'actual') AS actual,
    max(unit)        FILTER (WHERE modality = 'actual') AS actual_unit,
    max(approx)      FILTER (WHERE modality = 'actual') AS actual_approx,
    max(period)      FILTER (WHERE modality = 'actual') AS actual_period,
    max(document_id) FILTER (WHERE modality = 'actual') AS actual_document_id,
    max(num_value)   FILTER (WHERE modality = 'target') AS target,
    max(low)         FILTER (WHERE modality = 'target') AS target_low,
    max(high)        FILTER (WHERE modality = 'target') AS target_high,
    max(unit)        FILTER (WHERE modality = 'target') AS target_unit,
    max(approx)      FILTER (WHERE modality = 'target') AS target_approx,
    max(document_id) FILTER (WHERE modality = 'target') AS target_document_id
FROM indicator_points
GROUP BY region, report_kind, canonical, scope, year;
