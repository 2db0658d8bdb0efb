-- The assistant's suggestions the analyst dismissed, hidden from then on in this project. The id is
-- the suggestion's stable id, made from the texts and offsets, so a dismissal holds for as long as
-- the analysis proposes the same thing.
CREATE TABLE suggestion_dismissal (
    suggestion_id VARCHAR(40)  PRIMARY KEY,
    author        VARCHAR      NOT NULL,
    dismissed     TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
