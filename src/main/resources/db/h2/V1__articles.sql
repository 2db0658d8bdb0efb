-- A project: its properties (title, source folder, view state) and its articles.
-- Text columns have no length limit: a limit would surface to the analyst as a database error.
-- Article text is stored once, after normalisation; every offset in the project refers to it.
CREATE TABLE project_property (
    prop_name  VARCHAR(200)   PRIMARY KEY,
    prop_value VARCHAR        NOT NULL
);

CREATE TABLE article (
    id                   INT            PRIMARY KEY,
    file_name            VARCHAR        NOT NULL UNIQUE,
    outlet               VARCHAR,
    headline             VARCHAR        NOT NULL,
    headline_descriptive BOOLEAN        NOT NULL,
    published            DATE,
    url                  VARCHAR,
    text                 CLOB           NOT NULL,
    content_hash         CHAR(64)       NOT NULL,
    imported_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
