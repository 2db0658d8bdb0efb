-- A project: its properties (title, source folder, view state) and its articles.
-- Article text is stored once, after normalisation; every offset in the project refers to it.
CREATE TABLE project_property (
    prop_name  VARCHAR(200)   PRIMARY KEY,
    prop_value VARCHAR(20000) NOT NULL
);

CREATE TABLE article (
    id                   INT            PRIMARY KEY,
    file_name            VARCHAR(1000)  NOT NULL UNIQUE,
    outlet               VARCHAR(1000),
    headline             VARCHAR(4000)  NOT NULL,
    headline_descriptive BOOLEAN        NOT NULL,
    published            DATE,
    url                  VARCHAR(4000),
    text                 CLOB           NOT NULL,
    content_hash         CHAR(64)       NOT NULL,
    imported_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
