package org.corroborate.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
    @Test
    void findsTheMetaCharsetAndTheHttpEquivForm() {
        assertThat(HtmlCharset.declared(ascii("<html><head><meta charset=\"koi8-r\">")))
                .contains(Charset.forName("KOI8-R"));
        assertThat(HtmlCharset.declared(ascii("<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>")))
                .contains(Charset.forName("Shift_JIS"));
    }

    @Test
    void latin1IsReadAsItsSupersetWindows1252() {
        assertThat(HtmlCharset.declared(ascii("<meta charset=ISO-8859-1>"))).contains(Charset.forName("windows-1252"));
    }

    @Test
    void anUnknownOrMissingDeclarationSaysNothing() {
        assertThat(HtmlCharset.declared(ascii("<meta charset=\"no-such-charset\">"))).isEqualTo(Optional.empty());
        assertThat(HtmlCharset.declared(ascii("<p>charset=utf-8 in the text</p>"))).isEqualTo(Optional.empty());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
