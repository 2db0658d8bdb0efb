-- Claims, the links between them, and claim groups. Ids are UUIDs made by the model, so an undo
-- or a redo writes back exactly the rows it removed.
CREATE TABLE claim (
    id           UUID          PRIMARY KEY,
    article_id   INT           NOT NULL REFERENCES article (id),
    start_offset INT           NOT NULL,
    end_offset   INT           NOT NULL,
    quote_exact  CLOB          NOT NULL,
    quote_prefix VARCHAR       NOT NULL,
    quote_suffix VARCHAR       NOT NULL,
    claimant     VARCHAR       NOT NULL,
    status       VARCHAR(40)   NOT NULL,
    note         CLOB          NOT NULL,
    author       VARCHAR       NOT NULL,
    created      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    modified     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    orphaned     BOOLEAN       NOT NULL,
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);

CREATE INDEX claim_by_article ON claim (article_id, start_offset);

CREATE TABLE claim_tag (
    claim_id UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position INT          NOT NULL,
    tag      VARCHAR      NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_link (
    id         UUID         PRIMARY KEY,
    from_claim UUID         NOT NULL REFERENCES claim (id),
    to_claim   UUID         NOT NULL REFERENCES claim (id),
    link_type  VARCHAR(40)  NOT NULL,
    note       CLOB         NOT NULL,
    author     VARCHAR      NOT NULL,
    created    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CHECK (from_claim <> to_claim)
);

CREATE TABLE claim_group (
    id                UUID         PRIMARY KEY,
    statement         CLOB         NOT NULL,
    verdict           VARCHAR(40),
    verification_note CLOB         NOT NULL,
    created           TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    modified          TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE TABLE group_member (
    group_id UUID NOT NULL REFERENCES claim_group (id) ON DELETE CASCADE,
    position INT  NOT NULL,
    claim_id UUID NOT NULL REFERENCES claim (id),
    PRIMARY KEY (group_id, position)
);
