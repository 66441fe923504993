-- Core tables. Applied in file-name order on every connect; each statement must be idempotent.

CREATE TABLE IF NOT EXISTS documents (
    id           VARCHAR PRIMARY KEY,   -- the source id from the catalogue
    region       VARCHAR,
    body         VARCHAR,
    kind         VARCHAR,               -- 政府工作报告 / 人大常委会工作报告
    year         INTEGER,               -- the year the report was delivered
    sha256       VARCHAR,
    url          VARCHAR,
    raw_path     VARCHAR,               -- where the fetched bytes are kept
    parser_version VARCHAR,             -- digest of the extractor code that produced the rows
    pages        INTEGER,
    status       VARCHAR NOT NULL,      -- loaded / failed / no_text
    text_status  VARCHAR,               -- ok / no_text_layer / undecodable_text
    error        VARCHAR,
    loaded_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS blocks (
    document_id  VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,
    type         VARCHAR NOT NULL,
    level        INTEGER,
    page         INTEGER,
    article      INTEGER,
    text         VARCHAR NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE IF NOT EXISTS indicators (
    document_id  VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,
    metric       VARCHAR NOT NULL,
    canonical    VARCHAR,
    value        DOUBLE,
    low          DOUBLE,
    high         DOUBLE,
    unit         VARCHAR,
    approx       VARCHAR,
    change       VARCHAR,
    modality     VARCHAR NOT NULL,
    period       VARCHAR,               -- '2023', or '2018-2022' for a term
    scope        VARCHAR,               -- annual / term
    evidence     VARCHAR,
    page         INTEGER,
    PRIMARY KEY (document_id, seq)
);

-- The canonical indicator catalogue, refreshed from catalog/indicators.yaml on every load so
-- checks can read each indicator's kind, expected unit and sane range.
CREATE TABLE IF NOT EXISTS canonical_indicators (
    id           VARCHAR PRIMARY KEY,
    name         VARCHAR,
    kind         VARCHAR,               -- count / amount / rate / growth
    unit         VARCHAR,
    min_value    DOUBLE,
    max_value    DOUBLE
);

CREATE TABLE IF NOT EXISTS check_runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    errors       INTEGER,
    warnings     INTEGER,
    infos        INTEGER
);

CREATE TABLE IF NOT EXISTS check_results (
    run_id         VARCHAR NOT NULL,
    check_name     VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL,    -- error / warning / info
    region         VARCHAR,
    kind           VARCHAR,
    year           INTEGER,
    metric         VARCHAR,
    canonical      VARCHAR,
    value          DOUBLE,
    previous_value DOUBLE,
    detail         VARCHAR,
    document_id    VARCHAR
);
