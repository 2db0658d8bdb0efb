package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.corroborate.model.Publisher;
import org.corroborate.service.ProjectExport;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleDraft;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.GroupId;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Verdict;

/**
 * A small fixed project for the export tests: three short articles, one starting with a flag emoji
 * (two code points, four UTF-16 chars) so that offsets differ between the two counts; a contradicting
 * pair of casualty figures; a same-claim pair of transliterations; a group with a verdict, one without;
 * an orphaned claim, anchored in an earlier version of its article's text; a note full of characters that mean something in HTML, Markdown and CSV.
 */
public final class ExportFixture {
    public static final Instant EXPORTED_AT = Instant.parse("2024-08-22T12:00:00Z");
    public static final Instant T0 = Instant.parse("2024-08-21T09:00:00Z");

    public static final String TASS_TEXT = "Russian forces repelled an attempt to cross the border near Tetkino in the"
            + " Kursk region, the Ministry of Defence said on Tuesday. According to the ministry, more than 234"
            + " Ukrainian troops had been killed in the fighting.";
    public static final String KYIV_TEXT = "🇺🇦 Ukrainian units struck Russian positions near Tyotkino on Tuesday, a"
            + " military source said. Russia's defence ministry claimed it killed 60 Ukrainian soldiers, a figure the"
            + " source called invented.";
    /** An earlier version of the Kyiv Post text, with a sentence the current one has dropped. */
    public static final String KYIV_EARLIER_TEXT = KYIV_TEXT.replace("a military source said.",
            "a military source said. Officials said ten drones fell.");
    public static final String CHANNEL_TEXT = "Local channel: explosions heard near Tetkino overnight; \"no casualties\""
            + " among residents, the channel wrote.";

    public static final String SPECIAL_NOTE = "=SUM(A1) — \"quoted\", <b>bold?</b> & 50% | *stars* _under_ [link](x)\n"
            + "# not a heading";

    public static final ClaimId TETKINO = claimId(1);
    public static final ClaimId MORE_THAN_234 = claimId(2);
    public static final ClaimId TYOTKINO = claimId(3);
    public static final ClaimId KILLED_60 = claimId(4);
    public static final ClaimId NO_CASUALTIES = claimId(5);
    public static final ClaimId INVENTED = claimId(6);

    private ExportFixture() {
    }

    public static List<Article> articles() {
        return List.of(
                article(1, "tass-tetkino.txt", Optional.of("TASS"), "Russian forces repel border crossing near Tetkino",
                        false, Optional.of(LocalDate.parse("2024-08-20")), Optional.of("https://example.org/tass/tetkino"),
                        TASS_TEXT),
                article(2, "kyiv-post-tyotkino.txt", Optional.of("Kyiv Post"), "Ukrainian units strike near Tyotkino",
                        false, Optional.of(LocalDate.parse("2024-08-20")),
                        Optional.of("https://example.org/kyivpost/tyotkino"), KYIV_TEXT),
                article(3, "channel-post.txt", Optional.empty(), "Post by a local Telegram channel", true,
                        Optional.empty(), Optional.empty(), CHANNEL_TEXT));
    }

    public static Annotations annotations() {
        List<Article> articles = articles();
        List<Claim> claims = List.of(
                claim(TETKINO, articles.get(0), "Tetkino", "Russian Ministry of Defence", List.of("location"),
                        ClaimStatus.VERIFIED, ""),
                claim(MORE_THAN_234, articles.get(0), "more than 234 Ukrainian troops had been killed",
                        "Russian Ministry of Defence", List.of("casualties", "figure"), ClaimStatus.DISPUTED,
                        "No independent source confirms this figure."),
                claim(TYOTKINO, articles.get(1), "Tyotkino", "military source", List.of("location"),
                        ClaimStatus.VERIFIED, ""),
                claim(KILLED_60, articles.get(1), "killed 60 Ukrainian soldiers", "Russia's defence ministry",
                        List.of("casualties", "figure"), ClaimStatus.DISPUTED, ""),
                claim(NO_CASUALTIES, articles.get(2), "no casualties", "local Telegram channel", List.of("casualties"),
                        ClaimStatus.UNVERIFIED, SPECIAL_NOTE),
                claim(INVENTED, ExportFixture.article(2, "kyiv-post-tyotkino.txt", Optional.empty(), "", false,
                        Optional.empty(), Optional.empty(), KYIV_EARLIER_TEXT), "Officials said ten drones fell", "",
                        List.of(), ClaimStatus.UNPROVEN, "").asOrphaned());
        List<ClaimLink> links = List.of(
                new ClaimLink(new LinkId(uuid(101)), TETKINO, TYOTKINO, LinkType.SAME,
                        "Two transliterations of Тёткино.", "analyst", T0.plusSeconds(600)),
                new ClaimLink(new LinkId(uuid(102)), MORE_THAN_234, KILLED_60, LinkType.CONTRADICTS,
                        "Same ministry, same day, different figures.", "analyst", T0.plusSeconds(660)));
        List<ClaimGroup> groups = List.of(
                new ClaimGroup(new GroupId(uuid(201)), "Fighting took place near Tetkino (Tyotkino), Kursk region",
                        Optional.of(Verdict.TRUE), "Both outlets place it there.", List.of(TETKINO, TYOTKINO),
                        T0.plusSeconds(900), T0.plusSeconds(960)),
                new ClaimGroup(new GroupId(uuid(202)), "The Russian MoD reported how many Ukrainian soldiers were killed",
                        Optional.of(Verdict.MIXED), "The ministry's figure differs between reports.",
                        List.of(MORE_THAN_234, KILLED_60), T0.plusSeconds(1000), T0.plusSeconds(1100)),
                new ClaimGroup(new GroupId(uuid(203)), "Residents reported no casualties", Optional.empty(), "",
                        List.of(NO_CASUALTIES), T0.plusSeconds(1200), T0.plusSeconds(1200)));
        return Annotations.of(claims, links, groups);
    }

    /** The desk and page a ClaimReview names; the other formats leave them out. */
    public static final Publisher PUBLISHER = Publisher.of("Example Verification Desk",
            "https://desk.example.org/fact-checks/tetkino");

    public static ExportInput input() {
        return new ExportInput("Tetkino incursion, August 2024", articles(), annotations(), EXPORTED_AT, PUBLISHER)
                .withSources(ProjectExport.sources(articles()));
    }

    public static Article article(int id, String fileName, Optional<String> outlet, String headline, boolean descriptive,
                           Optional<LocalDate> published, Optional<String> url, String text) {
        return Article.fromDraft(id, new ArticleDraft(fileName, outlet, headline, descriptive, published, url, text));
    }

    /** A claim on the first occurrence of {@code quote}; times follow the claim's number, so all are fixed. */
    public static Claim claim(ClaimId id, Article article, String quote, String claimant, List<String> tags,
                       ClaimStatus status, String note) {
        int start = article.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("Not in " + article.fileName() + ": " + quote);
        }
        Anchor anchor = Anchor.capture(article.text(), start, start + quote.length());
        long n = Long.parseLong(id.toString().substring(24));
        return new Claim(id, article.id(), anchor, claimant, tags, status, note, "analyst", T0.plusSeconds(n * 60),
                T0.plusSeconds(n * 60 + 30), false);
    }

    public static ClaimId claimId(int n) {
        return new ClaimId(uuid(n));
    }

    public static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
