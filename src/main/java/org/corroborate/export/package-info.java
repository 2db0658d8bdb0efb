/**
 * Exports of a project's verification notes, and the import of the JSON-LD one. Everything here is a
 * pure function of an {@link org.corroborate.export.ExportInput}: no user interface, no database, no
 * clock, so the same input always gives the same bytes.
 *
 * <ul>
 * <li>{@link org.corroborate.export.MarkdownReport} and {@link org.corroborate.export.HtmlReport}: the
 * report a person reads. Both render one report built by {@code ReportBuilder}: a summary (articles,
 * claims by status, conflicts), a section per group (statement, verdict, each outlet's quote and
 * claimant, how contradicting quotes differ word by word and figure by figure, the notes), the
 * conflicts and claims in no group, and the sources with their content hashes.</li>
 * <li>{@link org.corroborate.export.CsvExport}: a row per claim, RFC 4180, guarded against formula
 * injection.</li>
 * <li>{@link org.corroborate.export.JsonLdExport} and {@link org.corroborate.export.JsonLdImport}: W3C
 * Web Annotations in an AnnotationCollection, which read back into equal claims, links and groups.</li>
 * </ul>
 *
 * <p>Offsets: the model counts UTF-16 chars; the JSON-LD and CSV exports count Unicode code points, as
 * the Web Annotation model and most tools outside Java do ({@code CodePoints} converts).
 */
package org.corroborate.export;
