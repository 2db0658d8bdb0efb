package org.corroborate.store;

/** Where a project is kept: a file for one analyst, or a project on a PostgreSQL server for a desk. */
public sealed interface ProjectAddress permits ProjectFile, ServerProject {

    /** The project's short name, for title bars and menus. */
    String displayName();
}
