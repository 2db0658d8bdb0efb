package org.corroborate.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.model.TextAbbreviation;
import org.corroborate.text.ByteOrderMark;
import org.corroborate.text.StrictDecoding;

/**
 * Turns a file to import into a JSON tree, within stated limits, or refuses it with a message that
 * names the file and says what is wrong and where: the byte that is not UTF-8, the line of a string
 * that is too long. Jackson has limits of its own, but reports them without a place, so they are set
 * here explicitly and named in the messages. The file's size is checked on its bytes, before parsing,
 * so a file far too large is refused without being read whole.
 */
final class ImportFileReader {
    /** How much an import reads; each is far beyond what an export of a real project holds. */
    record Limits(long fileBytes, int stringChars, int nestingDepth, int numberDigits, int nameChars) {
        /** The limits docs/cli.md states. */
        static final Limits STANDARD = new Limits(100_000_000, 10_000_000, 100, 100, 1_000);
    }

    private static final int SHOWN_BEGINNING = 40;
    /** How Jackson writes a place inside its messages, naming a source it then says it will not show. */
    private static final Pattern JACKSON_PLACE = Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

    private final Limits limits;
    private final ObjectMapper mapper;

    ImportFileReader(Limits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength(limits.stringChars())
                .maxNestingDepth(limits.nestingDepth())
                .maxNumberLength(limits.numberDigits())
                .maxNameLength(limits.nameChars())
                .build();
        this.mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads the file as UTF-8 JSON; an IOException only when the file cannot be read at all. */
    JsonNode read(Path file, String name) throws IOException {
        return parse(decode(bytes(file, name), name), name);
    }

    /** Parses text already decoded; {@code name} names it in messages, as a sentence's subject. */
    JsonNode parse(String text, String name) {
        requireObject(text, name);
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                return mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw overLimit(e, parser, name);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new JsonLdImportException(name + " is not valid JSON at " + place(where) + ": "
                        + JACKSON_PLACE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2"), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Parsing a string does not fail to read", e);
        }
    }

    private byte[] bytes(Path file, String name) throws IOException {
        if (Files.size(file) > limits.fileBytes()) {
            throw tooLarge(name);
        }
        // Read at most one byte past the limit: the file may have grown since, or be no regular file.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileBytes() + 1));
            if (bytes.length > limits.fileBytes()) {
                throw tooLarge(name);
            }
            return bytes;
        }
    }

    private JsonLdImportException tooLarge(String name) {
        return new JsonLdImportException(name + " is larger than the import's limit of " + count(limits.fileBytes())
                + " bytes");
    }

    /** UTF-8, with or without a byte-order mark, as article files; anything else is refused, saying where. */
    private static String decode(byte[] bytes, String name) {
        Optional<ByteOrderMark> bom = ByteOrderMark.find(bytes);
        Optional<String> otherEncoding = bom.isEmpty() ? wideEncodingByNulBytes(bytes)
                : bom.filter(b -> b != ByteOrderMark.UTF_8).map(b -> b.label() + " (by its byte-order mark)");
        if (otherEncoding.isPresent()) {
            throw new JsonLdImportException(name + " is " + otherEncoding.get() + ", which is not supported;"
                    + " save it as UTF-8 and import it again");
        }
        StrictDecoding decoded = StrictDecoding.decode(bytes, bom.map(ByteOrderMark::length).orElse(0),
                StandardCharsets.UTF_8);
        return decoded.text().orElseThrow(() -> new JsonLdImportException(name + " is not UTF-8 at byte "
                + count(decoded.badOffset()) + " (line " + count(lineOf(bytes, decoded.badOffset())) + ": the byte "
                + String.format(Locale.ROOT, "0x%02X", bytes[decoded.badOffset()] & 0xFF)
                + "); save it as UTF-8 and import it again"));
    }

    /**
     * JSON begins with an ASCII character, so UTF-16 and UTF-32 without a byte-order mark show as NUL
     * bytes beside the first one (RFC 4627, section 3); UTF-8 text has no NUL there.
     */
    private static Optional<String> wideEncodingByNulBytes(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] != 0 && bytes[1] != 0)) {
            return Optional.empty();
        }
        boolean bigEndian = bytes[0] == 0;
        boolean utf32 = bytes.length >= 4 && (bigEndian ? bytes[1] == 0 : bytes[2] == 0 && bytes[3] == 0);
        return Optional.of((utf32 ? "UTF-32" : "UTF-16") + (bigEndian ? " BE" : " LE")
                + " (by the NUL bytes of its first character)");
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** An export is one JSON object: anything else, a CSV table or a web page, is named for what it is not. */
    private static void requireObject(String text, String name) {
        int first = 0;
        while (first < text.length() && isJsonWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            throw new JsonLdImportException(name + " is empty, not a JSON-LD export");
        }
        if (text.charAt(first) != '{') {
            String beginning = text.substring(first, Math.min(text.length(), first + 4 * SHOWN_BEGINNING))
                    .lines().findFirst().orElse("");
            throw new JsonLdImportException(name + " is not a JSON-LD export: it begins “"
                    + TextAbbreviation.abbreviate(beginning, SHOWN_BEGINNING) + "”, where an export begins with '{'");
        }
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Jackson says which limit was passed only in its message, by the name of the limit's getter; a
     * limit it adds in a later version is reported in its own words.
     */
    private JsonLdImportException overLimit(StreamConstraintsException e, JsonParser parser, String name) {
        String message = e.getOriginalMessage();
        String what;
        JsonLocation where = parser.currentLocation();
        if (message.contains("getMaxStringLength")) {
            what = "a string longer than the import's limit of " + count(limits.stringChars()) + " characters";
            // Where the string starts: it ends too far along its line to be found by column.
            where = parser.currentTokenLocation();
        } else if (message.contains("getMaxNestingDepth")) {
            what = "objects and arrays nested deeper than the import's limit of " + count(limits.nestingDepth())
                    + " levels";
        } else if (message.contains("getMaxNumberLength")) {
            what = "a number longer than the import's limit of " + count(limits.numberDigits()) + " digits";
        } else if (message.contains("getMaxNameLength")) {
            what = "a field name longer than the import's limit of " + count(limits.nameChars()) + " characters";
        } else {
            what = "more than the import reads (" + message + ")";
        }
        return new JsonLdImportException(name + " has " + what + ", at " + place(where), e);
    }

    private static String place(JsonLocation location) {
        return "line " + count(location.getLineNr()) + ", column " + count(location.getColumnNr());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
