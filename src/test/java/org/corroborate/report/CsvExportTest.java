package org.corroborate.report;

import org.corroborate.export.ExportFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV is RFC 4180, one row per claim, and no cell reads as a spreadsheet formula. */
class CsvExportTest {

    @Test
    void oneRowPerClaimUnderAHeader() {
        List<List<String>> rows = parse(new CsvExport().export(ExportFixture.input()));

        assertThat(rows.get(0)).isEqualTo(CsvExport.HEADER);
        assertThat(rows).hasSize(1 + ExportFixture.annotations().claimCount())
                .allSatisfy(row -> assertThat(row).hasSize(CsvExport.HEADER.size()));
    }

    @Test
    void fieldsSurviveQuotingAndCountCodePoints() {
        List<List<String>> rows = parse(new CsvExport().export(ExportFixture.input()));
        List<String> noCasualties = row(rows, ExportFixture.NO_CASUALTIES.toString());
        List<String> tyotkino = row(rows, ExportFixture.TYOTKINO.toString());
        List<String> killed60 = row(rows, ExportFixture.KILLED_60.toString());

        assertThat(noCasualties.get(column("note"))).isEqualTo("'" + ExportFixture.SPECIAL_NOTE);
        assertThat(noCasualties.get(column("headline"))).isEqualTo("[Post by a local Telegram channel]");
        int charStart = ExportFixture.KYIV_TEXT.indexOf("Tyotkino");
        assertThat(tyotkino.get(column("start"))).isEqualTo(Integer.toString(charStart - 2));
        assertThat(killed60.get(column("in_conflict"))).isEqualTo("true");
        assertThat(killed60.get(column("tags"))).isEqualTo("casualties;figure");
        assertThat(killed60.get(column("group_ids"))).isEqualTo(ExportFixture.uuid(202).toString());
    }

    @Test
    void linesEndInCrLf() {
        String csv = new CsvExport().export(ExportFixture.input());

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreMarkedAsText() {
        assertThat(CsvExport.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.text("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvExport.text("-5 dead")).isEqualTo("'-5 dead");
        assertThat(CsvExport.text("@channel")).isEqualTo("'@channel");
        assertThat(CsvExport.text("\tTab")).isEqualTo("'\tTab");
        assertThat(CsvExport.text("60 soldiers")).isEqualTo("60 soldiers");
        assertThat(CsvExport.text("")).isEmpty();
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        assertThat(CsvExport.field("plain")).isEqualTo("plain");
        assertThat(CsvExport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    private static int column(String name) {
        return CsvExport.HEADER.indexOf(name);
    }

    private static List<String> row(List<List<String>> rows, String claimId) {
        return rows.stream().filter(r -> r.get(0).equals(claimId)).findFirst().orElseThrow();
    }

    /** A strict RFC 4180 reader, so the test does not trust the writer's own idea of the format. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote opens a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("every quoted field is closed").isFalse();
        assertThat(row).as("the last line ends in CRLF").isEmpty();
        return rows;
    }
}
