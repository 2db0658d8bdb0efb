package org.corroborate.report;

import org.corroborate.export.ExportFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.GroupId;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.corroborate.export.ExportInput;

/**
 * Words from articles and notes that look like markup stay words: the HTML report, parsed as a
 * browser would, holds no script, no image, no event handler and no javascript: link, and shows the
 * words literally; the Markdown report holds no raw tag.
 */
class ReportInjectionTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static final String ATTRIBUTE = "\" onmouseover=\"x";
    private static final List<String> PAYLOADS = List.of(SCRIPT, IMAGE, ATTRIBUTE);

    @Test
    void htmlReportRunsNothing() {
        Document page = Jsoup.parse(new HtmlReport().export(hostileInput()));

        assertThat(page.select("script, img, iframe, object, embed, svg, form, input, link, base")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
                assertThat(attribute.getValue()).as("attribute %s", attribute.getKey()).doesNotContain("javascript:");
            }
        }
        assertThat(page.select("a[href]")).extracting(a -> a.attr("href")).allMatch(h -> h.startsWith("https://"));
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, IMAGE, ATTRIBUTE})
    void htmlReportShowsTheWordsLiterally(String payload) {
        Document page = Jsoup.parse(new HtmlReport().export(hostileInput()));
        String text = page.body().text();

        // Each payload sits in the outlet, headline, quote, claimant, claim note, link note and group fields.
        assertThat(text).contains("Outlet " + payload, "Headline " + payload, "Claimant " + payload,
                "Note " + payload, "Link note " + payload, "Statement " + payload, "Verification " + payload,
                "killed " + payload);
    }

    @Test
    void htmlTitleIsEscapedToo() {
        Document page = Jsoup.parse(new HtmlReport().export(hostileInput()));

        assertThat(page.title()).isEqualTo("Project " + SCRIPT);
        assertThat(page.head().select("script")).isEmpty();
    }

    @Test
    void markdownReportHoldsNoRawTag() {
        String markdown = new MarkdownReport().export(hostileInput());

        // The javascript: URL is shown as text, never as a link destination.
        assertThat(markdown).doesNotContain("<script", "<img", "<b>", "](javascript", "(<javascript", "<javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        // Only the report's own autolinks use angle brackets.
        assertThat(markdown.lines().filter(l -> l.contains("<")))
                .allMatch(l -> l.matches(".*<https://example\\.org/[^<>]*>.*"));
    }

    @Test
    void markdownEscapesWhatWouldBecomeFormatting() {
        assertThat(MarkdownText.inline("*bold* _it_ `code` [link](x) a|b ~del~ #tag"))
                .isEqualTo("\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) a\\|b \\~del\\~ \\#tag");
        assertThat(MarkdownText.inline("- item\n1. first\n  + more\n=== \nA & B"))
                .isEqualTo("\\- item\\\n1\\. first\\\n\\+ more\\\n\\=== \\\nA &amp; B");
        assertThat(MarkdownText.code("a`b", false)).isEqualTo("``a`b``");
    }

    private static ExportInput hostileInput() {
        String text = "The ministry said it killed " + SCRIPT + " and killed " + IMAGE + " and killed " + ATTRIBUTE + ".";
        Article hostile = ExportFixture.article(1, "hostile" + SCRIPT + ".txt", Optional.of("Outlet " + SCRIPT + IMAGE
                        + " Outlet " + IMAGE + " Outlet " + ATTRIBUTE), "Headline " + SCRIPT + " Headline " + IMAGE
                        + " Headline " + ATTRIBUTE, false, Optional.of(LocalDate.parse("2024-08-20")),
                Optional.of("javascript:alert(1)"), text);
        Article plain = ExportFixture.article(2, "plain.txt", Optional.of("Plain"), "Plain", false, Optional.empty(),
                Optional.of("https://example.org/plain"), "Nobody was killed.");
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            claims.add(ExportFixture.claim(ExportFixture.claimId(i + 1), hostile, "killed " + payload,
                    "Claimant " + payload, List.of("tag" + payload), ClaimStatus.DISPUTED, "Note " + payload));
        }
        claims.add(ExportFixture.claim(ExportFixture.claimId(9), plain, "Nobody was killed", "", List.of(),
                ClaimStatus.UNVERIFIED, ""));
        List<ClaimLink> links = PAYLOADS.stream()
                .map(p -> new ClaimLink(new LinkId(ExportFixture.uuid(100 + PAYLOADS.indexOf(p))),
                        claims.get(PAYLOADS.indexOf(p)).id(), ExportFixture.claimId(9), LinkType.CONTRADICTS,
                        "Link note " + p, "analyst", ExportFixture.T0))
                .toList();
        List<ClaimGroup> groups = PAYLOADS.stream()
                .map(p -> new ClaimGroup(new GroupId(ExportFixture.uuid(200 + PAYLOADS.indexOf(p))), "Statement " + p,
                        Optional.of(Verdict.FALSE), "Verification " + p,
                        List.of(claims.get(PAYLOADS.indexOf(p)).id(), ExportFixture.claimId(9)), ExportFixture.T0,
                        ExportFixture.T0))
                .toList();
        return new ExportInput("Project " + SCRIPT, List.of(hostile, plain), Annotations.of(claims, links, groups),
                ExportFixture.EXPORTED_AT);
    }
}
