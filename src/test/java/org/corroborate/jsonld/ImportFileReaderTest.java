package org.corroborate.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file to import is UTF-8 JSON within stated limits; anything else is refused, saying what and where. */
class ImportFileReaderTest {
    private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ImportFileReader.Limits SMALL = new ImportFileReader.Limits(1_000, 20, 4, 6, 10);

    @TempDir
    Path dir;

    @Test
    void aStringOverTheLimitIsNamedWithTheLimitAndWhereItStarts() {
        assertRefused("{\n  \"label\": \"" + "x".repeat(21) + "\"\n}",
                "big.jsonld has a string longer than the import's limit of 20 characters, at line 2, column 12");
        assertThat(read("{\"label\": \"" + "x".repeat(20) + "\"}").get("label").asText()).hasSize(20);
    }

    @Test
    void theOtherLimitsAreNamedToo() {
        assertRefused("{\"a\": [[[[1]]]]}", "big.jsonld has objects and arrays nested deeper than the import's"
                + " limit of 4 levels, at line 1, column 11");
        assertRefused("{\"a\": 1234567}", "big.jsonld has a number longer than the import's limit of 6 digits");
        assertRefused("{\"a_long_name\": 1}", "big.jsonld has a field name longer than the import's limit of 10"
                + " characters");
    }

    @Test
    void theStandardLimitsAreThoseTheDocsState() throws Exception {
        ImportFileReader standard = new ImportFileReader(ImportFileReader.Limits.STANDARD);
        Path longest = Files.writeString(dir.resolve("longest.jsonld"), "{\"a\": \"" + "x".repeat(10_000_000) + "\"}");
        Path longer = Files.writeString(dir.resolve("longer.jsonld"), "{\"a\": \"" + "x".repeat(10_000_001) + "\"}");

        assertThat(standard.read(longest, "longest.jsonld").get("a").asText()).hasSize(10_000_000);
        assertThatThrownBy(() -> standard.read(longer, "longer.jsonld")).isInstanceOf(JsonLdImportException.class)
                .hasMessageContaining("the import's limit of 10,000,000 characters");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.jsonld");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(100_000_001); // sparse: no disk used, and nothing is read
        }
        ImportFileReader standard = new ImportFileReader(ImportFileReader.Limits.STANDARD);

        assertThatThrownBy(() -> standard.read(huge, "huge.jsonld")).isInstanceOf(JsonLdImportException.class)
                .hasMessage("huge.jsonld is larger than the import's limit of 100,000,000 bytes");
        assertRefused("{\"a\": \"" + "x".repeat(1_000) + "\"}", "big.jsonld is larger than the import's limit of"
                + " 1,000 bytes");
    }

    @Test
    void aUtf8ByteOrderMarkIsPassedOver() throws Exception {
        byte[] marked = withPrefix(UTF_8_MARK, "{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(reader().read(file(marked), "marked.jsonld").get("a").asText()).isEqualTo("é");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByTheirOffsetInTheFile() throws Exception {
        byte[] latin1 = "{\n\"a\": \"Tétkino\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] markedLatin1 = withPrefix(UTF_8_MARK, latin1);
        byte[] cutShort = "{\"a\": \"€".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(cutShort, cutShort.length - 1);

        assertRefused(latin1, "big.jsonld is not UTF-8 at byte 9 (line 2: the byte 0xE9); save it as UTF-8 and"
                + " import it again");
        assertRefused(markedLatin1, "big.jsonld is not UTF-8 at byte 12 (line 2: the byte 0xE9)");
        assertRefused(truncated, "big.jsonld is not UTF-8 at byte 7 (line 1: the byte 0xE2)");
    }

    @Test
    void utf16AndUtf32AreRefusedWithOrWithoutAByteOrderMark() {
        String json = "{\"a\": 1}";
        assertRefused(json.getBytes(StandardCharsets.UTF_16), "big.jsonld is UTF-16 BE (by its byte-order mark),"
                + " which is not supported; save it as UTF-8 and import it again");
        assertRefused(json.getBytes(StandardCharsets.UTF_16LE), "big.jsonld is UTF-16 LE (by the NUL bytes of its"
                + " first character), which is not supported");
        assertRefused(json.getBytes(StandardCharsets.UTF_16BE), "big.jsonld is UTF-16 BE (by the NUL bytes");
        assertRefused(json.getBytes(Charset.forName("UTF-32LE")), "big.jsonld is UTF-32 LE (by the NUL bytes");
        assertRefused(json.getBytes(Charset.forName("UTF-32BE")), "big.jsonld is UTF-32 BE (by the NUL bytes");
        assertRefused(withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, json.getBytes(Charset.forName("UTF-32LE"))),
                "big.jsonld is UTF-32 LE (by its byte-order mark)");
    }

    @Test
    void whatIsNotAJsonObjectIsNotAnExport() {
        assertRefused("id,quote,status\n1,killed 60,disputed\n", "big.jsonld is not a JSON-LD export: it begins"
                + " “id,quote,status”, where an export begins with '{'");
        assertRefused("<!DOCTYPE html><html><head><title>Raids</title></head></html>",
                "big.jsonld is not a JSON-LD export: it begins “<!DOCTYPE html><html><head><title>Raids…”");
        assertRefused("[{\"type\": \"Annotation\"}]", "big.jsonld is not a JSON-LD export: it begins “[{");
        assertRefused(" \n\t", "big.jsonld is empty, not a JSON-LD export");
        assertRefused("", "big.jsonld is empty, not a JSON-LD export");
    }

    @Test
    void brokenJsonIsNamedByLineAndColumn() {
        assertRefused("{\n  \"a\": 1,\n  \"a\": 2\n}", "big.jsonld is not valid JSON at line 3, column 6: Duplicate"
                + " field 'a'");
        assertRefused("{\"a\": 1} and more", "big.jsonld is not valid JSON at line 1");
        assertRefused("{\"a\": 1,", "big.jsonld is not valid JSON at line 1, column 9");
    }

    private ImportFileReader reader() {
        return new ImportFileReader(SMALL);
    }

    private JsonNode read(String json) {
        try {
            return reader().read(file(json.getBytes(StandardCharsets.UTF_8)), "big.jsonld");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertRefused(String json, String messageStart) {
        assertRefused(json.getBytes(StandardCharsets.UTF_8), messageStart);
    }

    private void assertRefused(byte[] content, String messageStart) {
        Path file = file(content);
        assertThatThrownBy(() -> reader().read(file, "big.jsonld"))
                .isInstanceOf(JsonLdImportException.class)
                .hasMessageStartingWith(messageStart);
    }

    private Path file(byte[] content) {
        try {
            return Files.write(Files.createTempFile(dir, "import", ".jsonld"), content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
