-- Where the figure stands in its evidence (characters from the start): evidence is the clause
-- around the figure, cut to a bound, so a run-on sentence of a broken page costs no more than that.
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS evidence_offset INTEGER;
