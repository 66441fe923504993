-- Today's failure of a document loaded before: its rows are kept, the failure is noted beside them
-- (cleared by the next good fetch). `checks_due` lists documents loaded since the last complete
-- check run: a run killed between load and checks leaves them there for `baogao checks` to see.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS last_failure VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS last_failure_at TIMESTAMP;

CREATE TABLE IF NOT EXISTS checks_due (
    document_id  VARCHAR PRIMARY KEY,
    loaded_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);
