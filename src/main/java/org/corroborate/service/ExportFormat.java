package org.corroborate.service;
import org.corroborate.report.CsvExport;
import org.corroborate.report.HtmlReport;
import org.corroborate.report.MarkdownReport;
import org.corroborate.jsonld.JsonLdExport;
import org.corroborate.export.Exporter;

/** The formats a project can be exported to, with what a file of each is called and served as. */
public enum ExportFormat {
    MARKDOWN("Markdown report", "md", "text/markdown", new MarkdownReport()),
    HTML("HTML report", "html", "text/html", new HtmlReport()),
    CSV("CSV table of claims", "csv", "text/csv", new CsvExport()),
    JSON_LD("W3C Web Annotations (JSON-LD)", "jsonld", "application/ld+json", new JsonLdExport());

    private final String label;
    private final String extension;
    private final String mediaType;
    private final Exporter exporter;

    ExportFormat(String label, String extension, String mediaType, Exporter exporter) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.exporter = exporter;
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
}
