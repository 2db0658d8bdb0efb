package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.service.SourceIndependence;

/** The assistant's judgement of source independence as text people read: the matrix, then the rewrites. */
final class SourcesText {
    private SourcesText() {
    }

    static void print(PrintWriter out, SourceIndependence sources) {
        int articles = sources.files().size();
        out.printf("%nSources: %d independent sources of %d articles%n", sources.independentSources(), articles);
        if (articles == 0) {
            out.flush();
            return;
        }
        out.println("Share of each article (row) found in another (column), in per cent:");
        List<String> headings = new ArrayList<>(List.of("#"));
        for (int column = 1; column <= articles; column++) {
            headings.add(Integer.toString(column));
        }
        headings.add("FILE");
        TextTable table = new TextTable(headings.toArray(String[]::new));
        for (int row = 0; row < articles; row++) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row + 1)));
            for (int column = 0; column < articles; column++) {
                cells.add(row == column ? "-" : Long.toString(Math.round(sources.shared().get(row).get(column) * 100)));
            }
            cells.add(sources.files().get(row) + " (article " + sources.articles().get(row) + ")");
            table.add(cells.toArray(String[]::new));
        }
        table.print(out);
        for (SourceIndependence.Rewrite rewrite : sources.rewrites()) {
            out.printf("%s rewrites %s: %d%% of it is found there, in %d passages (direction: %s)%n",
                    rewrite.article(), rewrite.source(), Math.round(rewrite.shared() * 100), rewrite.passages().size(),
                    rewrite.direction());
            List<String> dropped = rewrite.droppedAttributions();
            if (!dropped.isEmpty()) {
                out.println("  drops attributions its source had: " + String.join(", ", dropped));
            }
        }
        out.flush();
    }
}
