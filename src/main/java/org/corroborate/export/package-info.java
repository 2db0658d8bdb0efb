/**
 * What every way out of a project shares: {@link org.corroborate.export.ExportInput}, the project's
 * articles and annotations as one immutable value, and {@link org.corroborate.export.Exporter}, a
 * pure function of it to text. The formats live beside it: {@code report} for what a person reads
 * (Markdown, HTML, CSV) and {@code jsonld} for what other tools read (W3C Web Annotations, both ways).
 * No user interface, no database, no clock: the same input always gives the same bytes.
 */
package org.corroborate.export;
