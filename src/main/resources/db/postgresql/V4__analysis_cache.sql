-- The assistant's last analysis of the articles, so a project reopened with the same texts shows its
-- suggestions without analysing them again. It is keyed by a fingerprint of what the analysis reads
-- (ids, content hashes and dates of the articles in order) and by the engine's version: a changed
-- article or a newer engine makes it stale, and it is then replaced. At most one row is kept.
CREATE TABLE analysis_cache (
    set_fingerprint VARCHAR(64) NOT NULL,
    engine_version  INTEGER     NOT NULL,
    result          BYTEA       NOT NULL,
    PRIMARY KEY (set_fingerprint, engine_version)
);
