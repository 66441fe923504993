-- How a document's text was read: pdf (its text layer), ocr (recognised from the rendered
-- pages) or mixed, with OCR's mean recognition confidence; each indicator says the same of its page.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS text_source VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS ocr_confidence DOUBLE;
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS text_source VARCHAR;
