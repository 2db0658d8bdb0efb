package org.corroborate.service;
import org.corroborate.report.CsvExport;
import org.corroborate.report.HtmlReport;
import org.corroborate.report.MarkdownReport;
import org.corroborate.report.MatrixCsvExport;
import org.corroborate.jsonld.ClaimReviewExport;
import org.corroborate.jsonld.JsonLdExport;
import org.corroborate.export.Exporter;

/** The formats a project can be exported to, with the code that names each, and what its file is called and served as. */
public enum ExportFormat {
    MARKDOWN("md", "Markdown report", "md", "text/markdown", new MarkdownReport()),
    HTML("html", "HTML report", "html", "text/html", new HtmlReport()),
    CSV("csv", "CSV table of claims", "csv", "text/csv", new CsvExport()),
    MATRIX_CSV("matrix-csv", "CSV alignment matrix (claims × articles)", "csv", "text/csv", new MatrixCsvExport()),
    JSON_LD("jsonld", "W3C Web Annotations (JSON-LD)", "jsonld", "application/ld+json", new JsonLdExport()),
    CLAIM_REVIEW("claimreview", "schema.org ClaimReview of each verdict (JSON-LD)", "jsonld", "application/ld+json",
            new ClaimReviewExport());

    private final String code;
    private final String label;
    private final String extension;
    private final String mediaType;
    private final Exporter exporter;

    ExportFormat(String code, String label, String extension, String mediaType, Exporter exporter) {
        this.code = code;
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.exporter = exporter;
    }

    /** What the command line's --format takes. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** The media type; every format is written as UTF-8. */
    public String mediaType() {
        return mediaType;
    }

    public Exporter exporter() {
        return exporter;
    }

    /** True when the export names its publisher (the desk, and the page), which only ClaimReview does. */
    /** Whether the format prints which articles copy or rewrite which (the reports' Sources section). */
    public boolean printsSources() {
        return this == MARKDOWN || this == HTML;
    }

    public boolean namesPublisher() {
        return this == CLAIM_REVIEW;
    }

    /**
     * The file name for an export called {@code name}: the code goes before the extension where the
     * extension alone would not tell this format from another, so the two JSON-LD files differ.
     */
    public String fileName(String name) {
        return name + "." + (code.equals(extension) ? extension : code + "." + extension);
    }
}
