/**
 * The cross-source assistant's engine: pure functions over a project's {@link org.corroborate.model.Article}s
 * that segment the text into sentences and clauses, read the values they state, tell apart articles
 * about different events, and propose spans in different articles that report the same thing. It
 * knows no store, no JavaFX and no SQL; the service runs it and the faces show what it proposes.
 */
package org.corroborate.analysis;
