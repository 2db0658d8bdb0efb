-- A version on each row an analyst edits (claims, links, and groups with their verdicts). A save
-- names the version it started from and is refused if another save came first, so that analysts
-- sharing a project on a server never overwrite each other's work unseen.
ALTER TABLE claim ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE claim_link ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
ALTER TABLE claim_group ADD COLUMN row_version INT DEFAULT 1 NOT NULL;
