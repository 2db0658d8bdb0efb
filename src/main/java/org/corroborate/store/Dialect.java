package org.corroborate.store;

/**
 * The few statements that H2 and PostgreSQL write differently. Everything else the store says is
 * the same on both; these are fixed text too, with every value a bound parameter.
 */
enum Dialect {
    H2("MERGE INTO project_property (prop_name, prop_value) KEY (prop_name) VALUES (?, ?)",
            "SELECT 1 FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_name = 'PROJECT_PROPERTY'"),
    POSTGRESQL("INSERT INTO project_property (prop_name, prop_value) VALUES (?, ?)"
                    + " ON CONFLICT (prop_name) DO UPDATE SET prop_value = EXCLUDED.prop_value",
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'project_property'");

    /** Sets a project property, whether or not it is there yet. */
    final String putProperty;
    /** A row when the connection's schema has the project property table, none when it lacks it. */
    final String findPropertyTable;

    Dialect(String putProperty, String findPropertyTable) {
        this.putProperty = putProperty;
        this.findPropertyTable = findPropertyTable;
    }
}
