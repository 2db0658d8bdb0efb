/**
 * Verification notes for people: {@code MarkdownReport} and {@code HtmlReport} render one report
 * built by {@code ReportBuilder} (a summary, a section per group with each outlet's quote and claimant
 * and how contradicting quotes differ word by word and figure by figure, the conflicts and claims in no
 * group, the sources with their content hashes); {@code CsvExport} writes a row per claim, RFC 4180,
 * guarded against formula injection. CSV offsets count Unicode code points, as tools outside Java do.
 */
package org.corroborate.report;
