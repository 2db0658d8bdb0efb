package org.corroborate.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Turns a project's annotations into one document of some format. Implementations are pure and stateless. */
public interface Exporter {

    void write(ExportInput input, Writer out) throws IOException;

    default String export(ExportInput input) {
        StringWriter out = new StringWriter();
        try {
            write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }
}
