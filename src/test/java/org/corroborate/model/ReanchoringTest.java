package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.corroborate.model.Seeds.CNN_OPENING;

import java.time.Duration;
import java.util.Random;
import org.corroborate.model.Relocation.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.corroborate.text.ApproximateSearch;

class ReanchoringTest {
    private static final String KILLED_60 = "killed 60 Ukrainian soldiers near Odnorobovka";
    private static final String KILLED_60_SENTENCE =
            "The ministry also said its forces had killed 60 Ukrainian soldiers near Odnorobovka as they attempted to cross into Russia.\n";

    @Nested
    class Unchanged {
        @Test
        void quoteStillAtItsPositionIsUnchangedAndKeepsTheSameAnchor() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);

            Relocation relocation = Reanchoring.relocate(CNN_OPENING, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(relocation.anchor()).containsSame(anchor);
            assertThat(relocation.score()).isEqualTo(1.0);
        }

        @Test
        void quoteAtItsPositionIsUnchangedEvenWhenTheContextAroundItWasEdited() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);
            // Same length before the quote, so the quote keeps its offset.
            String edited = CNN_OPENING.replace("said its forces had killed", "stated its army had killed")
                    .replace("as they attempted", "as they tried");

            assertThat(Reanchoring.relocate(edited, anchor).outcome()).isEqualTo(Outcome.UNCHANGED);
        }
    }

    @Nested
    class Moved {
        @Test
        void quoteShiftedByAnInsertedParagraphIsMovedByThatLength() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);
            String inserted = "A separate pro-Ukrainian group of Russian fighters, the Siberian Battalion, wrote Tuesday on Telegram.\n";
            String text = insertBefore(CNN_OPENING, "A third group", inserted);

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            Anchor moved = relocation.anchor().orElseThrow();
            assertThat(moved.start()).isEqualTo(anchor.start() + inserted.length());
            assertThat(moved.quote()).isEqualTo(anchor.quote());
            assertThat(relocation.score()).isGreaterThan(0.9);
        }

        @Test
        void sentenceMovedToAnotherParagraphIsFoundWithItsNewContext() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);
            String text = CNN_OPENING.replace(KILLED_60_SENTENCE, "") + "\n" + KILLED_60_SENTENCE.strip();

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            Anchor moved = relocation.anchor().orElseThrow();
            assertThat(moved.start()).isEqualTo(text.indexOf(KILLED_60));
            assertThat(moved.quote().suffix()).isEqualTo(" as they attempted to cross into");
        }

        @Test
        void repeatedQuoteGoesWhereItsContextMatchesEvenWhenTheOtherOccurrenceIsNearer() {
            // "cross-border attacks" is in the first paragraph and the last; the claim is on the last.
            String lastParagraph = CNN_OPENING.substring(CNN_OPENING.lastIndexOf("Russia’s Belgorod region"));
            Anchor anchor = Anchor.capture(CNN_OPENING, CNN_OPENING.lastIndexOf("cross-border attacks"),
                    CNN_OPENING.lastIndexOf("cross-border attacks") + "cross-border attacks".length());
            // The last paragraph becomes the first, which puts the other occurrence nearer the old offset.
            String text = lastParagraph + "\n" + CNN_OPENING.substring(0, CNN_OPENING.length() - lastParagraph.length() - 1);
            int intended = text.indexOf("cross-border attacks");
            int other = text.lastIndexOf("cross-border attacks");
            assertThat(Math.abs(other - anchor.start())).isLessThan(Math.abs(intended - anchor.start()));

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            assertThat(relocation.anchor().orElseThrow().start()).isEqualTo(intended);
        }

        @Test
        void repeatedQuoteInAShortTextFollowsItsContextAfterAnEditBeforeBoth() {
            String text = "Officials said 10 civilians had been injured in Belgorod. In Kursk, officials said 10 civilians had been injured overnight.";
            int second = text.lastIndexOf("10 civilians had been injured");
            Anchor anchor = Anchor.capture(text, second, second + "10 civilians had been injured".length());
            String edited = "Early on Tuesday officials said 10 civilians had been injured in Belgorod. In Kursk, officials said 10 civilians had been injured overnight.";

            Relocation relocation = Reanchoring.relocate(edited, anchor);

            assertThat(relocation.anchor().orElseThrow().start())
                    .isEqualTo(edited.lastIndexOf("10 civilians had been injured"));
        }

        @Test
        void longQuoteFoundWordForWordOnceIsTakenThoughItsContextChangedOnBothSides() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);
            String rewritten = "According to the ministry, its troops killed 60 Ukrainian soldiers near Odnorobovka while trying to cross into Russia.";
            String text = CNN_OPENING.replace(KILLED_60_SENTENCE, "") + "\n" + rewritten;

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            assertThat(relocation.anchor().orElseThrow().start()).isEqualTo(text.indexOf(KILLED_60));
        }
    }

    @Nested
    class Approximate {
        @Test
        void typoFixInsideTheQuoteIsFoundAndTheNewAnchorQuotesTheFixedText() {
            String quote = "claimed to have “eliminated” five tanks an armored personnel carrier";
            Anchor anchor = anchorOn(CNN_OPENING, quote);
            String fixed = "claimed to have “eliminated” five tanks and an armored personnel carrier";
            String text = CNN_OPENING.replace(quote, fixed);

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            Anchor found = relocation.anchor().orElseThrow();
            assertThat(found.exact()).isEqualTo(fixed);
            assertThat(found.start()).isEqualTo(anchor.start());
            assertThat(found.quote().prefix()).isEqualTo(anchor.quote().prefix());
            assertThat(relocation.score()).isBetween(Reanchoring.ACCEPTANCE_THRESHOLD, 1.0);
        }

        @Test
        void figureWrittenOutInWordsIsFound() {
            Relocation relocation = relocateFromOpening(KILLED_60,
                    CNN_OPENING.replace("killed 60 Ukrainian", "killed sixty Ukrainian"));

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            assertThat(relocation.anchor().orElseThrow().exact()).isEqualTo("killed sixty Ukrainian soldiers near Odnorobovka");
        }

        @Test
        void punctuationChangeAtTheQuoteEdgeIsFoundWhileTheTextAroundItAlsoMoved() {
            String quote = "“The enemy was struck by aviation, missile forces and artillery,”";
            Anchor anchor = anchorOn(CNN_OPENING, quote);
            String text = "Drone strikes\n" + CNN_OPENING.replace(quote,
                    "\"The enemy was struck by aviation, missile forces, and artillery,\"");

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            assertThat(relocation.anchor().orElseThrow().exact())
                    .isEqualTo("\"The enemy was struck by aviation, missile forces, and artillery,\"");
        }
    }

    @Nested
    class Orphaned {
        @Test
        void vanishedQuoteIsOrphanedEvenThoughALookAlikeSentenceRemains() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);
            String lookAlike = "Separately, Kyiv said Russian shelling had killed 50 Ukrainian soldiers near Nekhoteevka last month.\n";
            String text = CNN_OPENING.replace(KILLED_60_SENTENCE, lookAlike);
            // The look-alike is within the search's error budget, so it really is a candidate…
            assertThat(ApproximateSearch.distance(KILLED_60, "killed 50 Ukrainian soldiers near Nekhoteevka"))
                    .isLessThanOrEqualTo((int) (KILLED_60.length() * Reanchoring.MAX_ERROR_RATE));

            Relocation relocation = Reanchoring.relocate(text, anchor);

            // …but one its context does not support, so it is turned down.
            assertThat(relocation.outcome()).isEqualTo(Outcome.ORPHANED);
            assertThat(relocation.anchor()).isEmpty();
            assertThat(relocation.score()).isGreaterThan(0.3).isLessThan(Reanchoring.ACCEPTANCE_THRESHOLD);
        }

        @Test
        void shortQuoteIsNotPinnedToTheSameWordsInAnUnrelatedSentence() {
            String text = CNN_OPENING.replace("killed 60 Ukrainian soldiers", "killed dozens of Ukrainian soldiers")
                    .replace("six were hospitalized", "60 were treated in hospital");

            assertThat(relocateFromOpening("60", text).outcome()).isEqualTo(Outcome.ORPHANED);
        }

        @Test
        void quoteWhoseWordsAndContextWereBothRewrittenIsOrphaned() {
            String text = CNN_OPENING.replace(KILLED_60_SENTENCE,
                    "Moscow claimed to have killed 16 Ukrainian fighters near Odnorobovka overnight.\n");

            assertThat(relocateFromOpening(KILLED_60, text).outcome()).isEqualTo(Outcome.ORPHANED);
        }

        @Test
        void quoteThatGrewPastTheErrorBudgetIsOrphanedRatherThanCutShort() {
            String text = CNN_OPENING.replace("soldiers near Odnorobovka", "soldiers near the village of Odnorobovka");

            // The best place within a quarter of errors is "killed 60 Ukrainian soldiers near the v".
            assertThat(relocateFromOpening(KILLED_60, text).outcome()).isEqualTo(Outcome.ORPHANED);
        }

        @Test
        void emptyTextOrphansEveryClaim() {
            assertThat(relocateFromOpening(KILLED_60, "").outcome()).isEqualTo(Outcome.ORPHANED);
        }
    }

    @Nested
    class CharactersOutsideTheBasicPlane {
        private static final String FLAG = "\uD83C\uDDFA\uD83C\uDDE6"; // 🇺🇦, two surrogate pairs

        @Test
        void emojiInsertedBeforeTheSpanShiftsItByTwoCharsPerEmoji() {
            Anchor anchor = anchorOn(CNN_OPENING, KILLED_60);
            String text = FLAG + " " + CNN_OPENING;

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            assertThat(relocation.anchor().orElseThrow().start()).isEqualTo(anchor.start() + 5);
        }

        @Test
        void approximateMatchAfterAnEmojiIsFoundAtTheRightOffset() {
            String original = "Update " + FLAG + ": " + CNN_OPENING;
            Anchor anchor = anchorOn(original, KILLED_60);
            String text = "Update " + FLAG + FLAG + ": " + CNN_OPENING.replace("Odnorobovka as", "Odnorobivka as");

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            Anchor found = relocation.anchor().orElseThrow();
            assertThat(found.start()).isEqualTo(text.indexOf("killed 60 Ukrainian soldiers near Odnorobivka"));
            assertThat(found.exact()).isEqualTo("killed 60 Ukrainian soldiers near Odnorobivka");
        }

        @Test
        void approximateMatchEndingInAnEmojiNeverCutsItsSurrogatePair() {
            String house = "\uD83C\uDFE0"; // 🏠
            String garden = "\uD83C\uDFE1"; // 🏡, the same high surrogate as 🏠
            String original = "The Siberian Battalion wrote on Telegram: Well, we are home at last " + house + " and free.";
            Anchor anchor = anchorOn(original, "Well, we are home at last " + house);
            String text = "The Siberian Battalion wrote on Telegram: Well, we’re home at last " + garden + " and free.";

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            Anchor found = relocation.anchor().orElseThrow();
            assertThat(found.exact()).isEqualTo("Well, we’re home at last " + garden);
            assertThatCode(() -> found.span().requireValidIn(text)).doesNotThrowAnyException();
        }

        @Test
        void randomEditsOfEmojiDenseTextNeverYieldASpanThatCutsAPair() {
            String[] pieces = {"\uD83C\uDFE0", "\uD83C\uDFE1", "\uD83D\uDD25", "\uD83C\uDDFA\uD83C\uDDE6", "a", "b", " ", "ab "};
            Random random = new Random(99);
            for (int trial = 0; trial < 2000; trial++) {
                String text = randomPieces(random, pieces, 30 + random.nextInt(40));
                int start = pieceBoundary(text, random.nextInt(text.length() - 8));
                int end = pieceBoundary(text, start + 4 + random.nextInt(8));
                Anchor anchor = Anchor.capture(text, start, end);
                String edited = randomPieces(random, pieces, 3) + text.substring(0, start)
                        + editPieces(random, pieces, text.substring(start, end)) + text.substring(end);

                Relocation relocation = Reanchoring.relocate(edited, anchor);

                relocation.anchor().ifPresent(found -> found.span().requireValidIn(edited));
            }
        }

        private static String randomPieces(Random random, String[] pieces, int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            return text.toString();
        }

        /** Replaces one piece-sized stretch with another piece, keeping pairs whole. */
        private static String editPieces(Random random, String[] pieces, String quote) {
            int at = quote.offsetByCodePoints(0, random.nextInt(quote.codePointCount(0, quote.length())));
            int to = at + Character.charCount(quote.codePointAt(at));
            return quote.substring(0, at) + pieces[random.nextInt(pieces.length)] + quote.substring(to);
        }

        private static int pieceBoundary(String text, int offset) {
            int bounded = Math.min(offset, text.length());
            return bounded < text.length() && Character.isLowSurrogate(text.charAt(bounded)) ? bounded + 1 : bounded;
        }

        @Test
        void recapturedContextDoesNotStartWithHalfAnEmoji() {
            String emojis = "\uD83D\uDD25".repeat(20); // 🔥 ×20, 40 chars
            Anchor anchor = anchorOn(emojis + "x" + KILLED_60, KILLED_60);
            // The quote now starts at 43, so 32 chars back is 11: the second half of a 🔥.
            String text = emojis + "xyz" + KILLED_60;

            Anchor found = Reanchoring.relocate(text, anchor).anchor().orElseThrow();

            assertThat(found.start()).isEqualTo(43);
            assertThat(found.quote().prefix()).hasSize(31).endsWith("xyz");
            assertThat(Character.isLowSurrogate(found.quote().prefix().charAt(0))).isFalse();
        }
    }

    @Nested
    class TextEdges {
        private static final String OPENING_WORDS = "Pro-Ukrainian groups of Russian fighters";
        private static final String CLOSING_WORDS = "more than two years ago.";

        @Test
        void spanAtTheVeryStartHasNoPrefixAndIsFoundAfterAHeadlineIsAdded() {
            Anchor anchor = anchorOn(CNN_OPENING, OPENING_WORDS);
            assertThat(anchor.quote().prefix()).isEmpty();
            String text = "Pro-Ukrainian Russian forces report cross-border strikes\n" + CNN_OPENING;

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            assertThat(relocation.anchor().orElseThrow().start()).isEqualTo(text.indexOf(OPENING_WORDS, 1));
        }

        @Test
        void spanAtTheVeryStartIsFoundWhenItsWordsChange() {
            Anchor anchor = anchorOn(CNN_OPENING, OPENING_WORDS);
            String text = CNN_OPENING.replace(OPENING_WORDS, "Pro-Ukraine groups of Russian fighters");

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            assertThat(relocation.anchor().orElseThrow().span()).isEqualTo(new TextSpan(0, 38));
        }

        @Test
        void spanAtTheVeryEndHasNoSuffixAndIsFoundWhenItsWordsChange() {
            Anchor anchor = anchorOn(CNN_OPENING, CLOSING_WORDS);
            assertThat(anchor.quote().suffix()).isEmpty();
            String text = CNN_OPENING.replace(CLOSING_WORDS, "more than two years ago");

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            Anchor found = relocation.anchor().orElseThrow();
            assertThat(found.end()).isEqualTo(text.length());
            assertThat(found.quote().suffix()).isEmpty();
        }

        @Test
        void suffixShorterThan32CharsAtTheEndStillTellsRepeatedQuotesApart() {
            String original = "Earlier, Russia’s defense ministry said its air defenses had intercepted two drones over Moscow and two drones over Oryol.";
            int last = original.lastIndexOf("two drones");
            Anchor anchor = Anchor.capture(original, last, last + "two drones".length());
            assertThat(anchor.quote().suffix()).isEqualTo(" over Oryol.");
            String text = "Drone strikes\nEarlier on Tuesday, Russia’s defense ministry said its air defenses had intercepted two drones over Moscow and two drones over Oryol.";

            Relocation relocation = Reanchoring.relocate(text, anchor);

            assertThat(relocation.outcome()).isEqualTo(Outcome.MOVED);
            assertThat(relocation.anchor().orElseThrow().start()).isEqualTo(text.lastIndexOf("two drones"));
        }

        @Test
        void prefixShorterThan32CharsAtTheStartIsRecapturedAtItsNewLength() {
            String original = "Drone strikes\nEarlier, Russia’s defense ministry said its air defenses had intercepted two drones.";
            Anchor anchor = anchorOn(original, "Earlier, Russia’s defense ministry");
            assertThat(anchor.quote().prefix()).isEqualTo("Drone strikes\n");
            String text = "Drone strikes over Russia\nEarlier, Russia’s defense ministry said its air defenses had intercepted two drones.";

            Anchor found = Reanchoring.relocate(text, anchor).anchor().orElseThrow();

            assertThat(found.quote().prefix()).isEqualTo("Drone strikes over Russia\n");
        }
    }

    @Nested
    class OverlappingClaims {
        @Test
        void nestedAndOverlappingClaimsEachFollowTheirOwnWords() {
            String outer = KILLED_60;
            String nested = "60 Ukrainian soldiers";
            String overlapping = "near Odnorobovka as they attempted to cross into Russia";
            Anchor outerAnchor = anchorOn(CNN_OPENING, outer);
            Anchor nestedAnchor = anchorOn(CNN_OPENING, nested);
            Anchor overlappingAnchor = anchorOn(CNN_OPENING, overlapping);
            String text = "Updated at 14:00.\n" + CNN_OPENING.replace("Odnorobovka as they", "Odnorobivka, as they");

            Anchor outerFound = Reanchoring.relocate(text, outerAnchor).anchor().orElseThrow();
            Anchor nestedFound = Reanchoring.relocate(text, nestedAnchor).anchor().orElseThrow();
            Anchor overlappingFound = Reanchoring.relocate(text, overlappingAnchor).anchor().orElseThrow();

            assertThat(outerFound.exact()).isEqualTo("killed 60 Ukrainian soldiers near Odnorobivka");
            assertThat(nestedFound.exact()).isEqualTo(nested);
            assertThat(overlappingFound.exact()).isEqualTo("near Odnorobivka, as they attempted to cross into Russia");
            assertThat(nestedFound.start()).isGreaterThan(outerFound.start());
            assertThat(nestedFound.end()).isLessThan(outerFound.end());
            assertThat(overlappingFound.span().overlaps(outerFound.span())).isTrue();
            assertThat(overlappingFound.start()).isEqualTo(text.indexOf("near Odnorobivka"));
        }
    }

    @Nested
    class Performance {
        @Test
        void approximateSearchOfALongQuoteInASixtyThousandCharArticleIsQuick() {
            String article = randomWords(new Random(12), 60_000);
            int start = 41_000;
            Anchor anchor = Anchor.capture(article, start, start + 300);
            StringBuilder edited = new StringBuilder(article);
            edited.setCharAt(start + 150, '#');
            edited.insert(1000, "An inserted sentence near the top. ");
            String text = edited.toString();

            long began = System.nanoTime();
            Relocation relocation = Reanchoring.relocate(text, anchor);
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(relocation.outcome()).isEqualTo(Outcome.APPROXIMATE);
            assertThat(relocation.anchor().orElseThrow().start()).isEqualTo(start + 35);
            assertThat(took).isLessThan(Duration.ofSeconds(2));
        }

        private static String randomWords(Random random, int length) {
            String[] words = {"the", "ministry", "said", "forces", "drones", "over", "region", "Belgorod", "Kursk",
                    "governor", "attack", "border", "village", "claimed", "killed", "injured", "Tuesday"};
            StringBuilder text = new StringBuilder(length + 20);
            while (text.length() < length) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            return text.substring(0, length);
        }
    }

    /** Relocates a claim made on {@code quote} in the CNN opening. */
    private static Relocation relocateFromOpening(String quote, String text) {
        return Reanchoring.relocate(text, anchorOn(CNN_OPENING, quote));
    }

    private static Anchor anchorOn(String text, String quote) {
        return Fixtures.claimOn(1, text, quote).anchor();
    }

    private static String insertBefore(String text, String marker, String insertion) {
        int at = text.indexOf(marker);
        return text.substring(0, at) + insertion + text.substring(at);
    }
}
