-- severity: error
-- A report contradicts itself: one clause says a figure rose from A to B (从2010年的1106.8亿元增加
-- 到2015年的2727.1亿元, 由上年的6%提高到6.5%) while A is above B, or that it fell while A is
-- below B. One of the two lost or gained a scale word or a digit (11068亿 for 1106.8亿), or was
-- read wrong. The two figures are consecutive rows of one id and unit in one clause, the words
-- between them the change verb (no clause break).
WITH figures AS (
    SELECT r.*, i.evidence_offset,
           COALESCE(r.value, (r.low + r.high) / 2, r.low, r.high) AS stated
    FROM indicator_rows AS r
    JOIN indicators AS i ON i.document_id = r.document_id AND i.seq = r.seq
    WHERE i.evidence_offset IS NOT NULL
),
pairs AS (
    SELECT b.region, b.report_kind AS kind, b.year, b.metric, b.canonical, b.document_id,
           a.stated AS start_value, b.stated AS end_value, a.unit, a.year AS start_year,
           substr(b.evidence, a.evidence_offset + 1, b.evidence_offset - a.evidence_offset)
               AS between_them
    FROM figures AS a
    JOIN figures AS b
      ON b.document_id = a.document_id AND b.seq = a.seq + 1 AND b.canonical = a.canonical
     AND b.evidence = a.evidence AND b.unit IS NOT DISTINCT FROM a.unit
     AND b.evidence_offset > a.evidence_offset
    WHERE a.stated IS NOT NULL AND b.stated IS NOT NULL
),
said AS (
    SELECT *,
           CASE WHEN regexp_matches(between_them, '(增加|增长|提高|上升|扩大|提升)(到|至)|增至|升至')
                THEN 'rose'
                WHEN regexp_matches(between_them, '(下降|降低|减少|回落|缩小|压减|缩减)(到|至)|降至|减至')
                THEN 'fell'
           END AS direction
    FROM pairs
    WHERE NOT regexp_matches(between_them, '[，,；;。]')
)
SELECT region, kind, year, metric, canonical, end_value AS value, start_value AS previous_value,
       format('{} from {}{} ({}) to {}{} ({}), which the report says {}', metric,
              fmt_num(start_value), COALESCE(unit, ''), start_year, fmt_num(end_value),
              COALESCE(unit, ''), year, direction) AS detail,
       document_id
FROM said
WHERE (direction = 'rose' AND start_value > end_value)
   OR (direction = 'fell' AND start_value < end_value);
