-- Figures in the units reports print them in (亿元, 万人, 万亿斤, %), as chosen per indicator by
-- catalog/display.yaml. Only a figure stored in its catalogue unit is rescaled; one in another
-- unit (亿吨 where the catalogue counts 斤) is shown as stored, with its own unit.
CREATE OR REPLACE MACRO display_value(x, unit, catalog_unit, factor) AS
    CASE WHEN unit IS NOT DISTINCT FROM catalog_unit AND factor IS NOT NULL AND factor <> 0
         THEN round(x / factor, 6) ELSE x END;

CREATE OR REPLACE MACRO display_unit_of(unit, catalog_unit, shown) AS
    CASE WHEN unit IS NOT DISTINCT FROM catalog_unit AND shown IS NOT NULL THEN shown ELSE unit END;

-- Every stated indicator with its report, in display units.
CREATE OR REPLACE VIEW indicators_display AS
SELECT
    i.document_id, i.seq, d.region, d.kind AS report_kind, d.year AS report_year,
    i.metric, i.canonical, ci.name, ci.name_en,
    display_value(i.value, i.unit, ci.unit, ci.display_factor) AS value,
    display_value(i.low, i.unit, ci.unit, ci.display_factor) AS low,
    display_value(i.high, i.unit, ci.unit, ci.display_factor) AS high,
    display_unit_of(i.unit, ci.unit, ci.display_unit) AS unit,
    i.approx, i.change, i.modality, i.period, i.scope, i.evidence, i.page
FROM indicators AS i
JOIN documents AS d ON d.id = i.document_id
LEFT JOIN canonical_indicators AS ci ON ci.id = i.canonical;

-- indicator_series in display units.
CREATE OR REPLACE VIEW indicator_series_display AS
SELECT
    s.region, s.kind, s.canonical, s.name, ci.name_en, s.indicator_kind, s.scope, s.year,
    display_value(s.actual, s.actual_unit, ci.unit, ci.display_factor) AS actual,
    display_unit_of(s.actual_unit, ci.unit, ci.display_unit) AS actual_unit,
    s.actual_approx, s.actual_period, s.actual_document_id,
    display_value(s.target, s.target_unit, ci.unit, ci.display_factor) AS target,
    display_value(s.target_low, s.target_unit, ci.unit, ci.display_factor) AS target_low,
    display_value(s.target_high, s.target_unit, ci.unit, ci.display_factor) AS target_high,
    display_unit_of(s.target_unit, ci.unit, ci.display_unit) AS target_unit,
    s.target_approx, s.target_document_id
FROM indicator_series AS s
LEFT JOIN canonical_indicators AS ci ON ci.id = s.canonical;

-- target_vs_actual in display units.
CREATE OR REPLACE VIEW target_vs_actual_display AS
SELECT
    t.region, t.kind, t.canonical, t.name, ci.name_en, t.year,
    display_value(t.target, t.target_unit, ci.unit, ci.display_factor) AS target,
    t.target_approx,
    display_unit_of(t.target_unit, ci.unit, ci.display_unit) AS target_unit,
    display_value(t.actual, t.actual_unit, ci.unit, ci.display_factor) AS actual,
    display_unit_of(t.actual_unit, ci.unit, ci.display_unit) AS actual_unit,
    display_value(t.gap, t.target_unit, ci.unit, ci.display_factor) AS gap,
    t.status, t.direction, t.target_document_id, t.actual_document_id
FROM target_vs_actual AS t
LEFT JOIN canonical_indicators AS ci ON ci.id = t.canonical;

-- Every check finding with where it comes from: the document, the page and the sentence of the
-- figure it is about (the row of that document and indicator whose value is the one compared,
-- of its metric and year when several share the value), and its values in display units.
CREATE OR REPLACE VIEW check_findings AS
WITH r AS (
    SELECT rowid AS finding_id, * FROM check_results
),
matched AS (
    SELECT
        r.*, i.unit AS row_unit, i.page, i.evidence,
        row_number() OVER (
            PARTITION BY r.finding_id
            ORDER BY abs(abs(COALESCE(i.value, (i.low + i.high) / 2)) - abs(r.value))
                     <= 1e-9 * greatest(1, abs(r.value)) DESC NULLS LAST,
                     -- of several rows with that value, the one of the finding's metric and year
                     i.metric IS NOT DISTINCT FROM r.metric DESC,
                     COALESCE(contains(i.period, CAST(r.year AS VARCHAR)), false) DESC,
                     i.seq
        ) AS rank
    FROM r
    LEFT JOIN indicators AS i
        ON i.document_id = r.document_id AND i.canonical = r.canonical
)
SELECT
    m.run_id, m.check_name, m.severity, m.region, m.kind, m.year, m.metric, m.canonical,
    ci.name, ci.name_en,
    display_value(m.value, COALESCE(m.row_unit, ci.unit), ci.unit, ci.display_factor) AS value,
    display_value(m.previous_value, COALESCE(m.row_unit, ci.unit), ci.unit, ci.display_factor)
        AS previous_value,
    display_unit_of(COALESCE(m.row_unit, ci.unit), ci.unit, ci.display_unit) AS unit,
    m.detail, m.document_id, m.page, m.evidence
FROM matched AS m
LEFT JOIN canonical_indicators AS ci ON ci.id = m.canonical
WHERE m.rank = 1;
