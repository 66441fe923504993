-- Which way an indicator should move: a GDP growth above its 5%左右 target beat it, a CPI below
-- its 3%左右 ceiling kept within it. 'higher', 'lower', or NULL when the catalogue does not say.
ALTER TABLE canonical_indicators ADD COLUMN IF NOT EXISTS better VARCHAR;
