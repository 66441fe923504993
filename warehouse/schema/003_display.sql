-- English names and display units from catalog/display.yaml: a value in base units divided by
-- display_factor reads in display_unit (2.3e13 元 → 23 万亿元).
ALTER TABLE canonical_indicators ADD COLUMN IF NOT EXISTS name_en VARCHAR;
ALTER TABLE canonical_indicators ADD COLUMN IF NOT EXISTS display_unit VARCHAR;
ALTER TABLE canonical_indicators ADD COLUMN IF NOT EXISTS display_factor DOUBLE;
