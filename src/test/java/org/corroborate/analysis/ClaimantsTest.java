package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.corroborate.analysis.Claimants.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimantsTest {
    private static Attribution of(String sentence) {
        return Claimants.of(sentence, 0, sentence.length());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "The ministry said the Il-76 aircraft, with eight crew and seven passengers on board, crashed.|The ministry|-",
        "The ministry also said its forces had killed 60 Ukrainian soldiers near Odnorobovka.|The ministry|-",
        "Rescue operations concluded after almost 40 people were found injured, Vilkul said, adding more.|Vilkul|-",
        "A fire started in a residential building, killing two women and a man, said Oleksandr Vilkul, the head of the city.|Oleksandr Vilkul|-",
        "At least three people were killed, according to the Ukrainian Minister of Internal Affairs, Ihor Klymenko.|the Ukrainian Minister of Internal Affairs|-",
        "Two A-50s were reportedly destroyed as a result, according to ISW investigators.|ISW investigators|reportedly",
        "The plane crashed after its engine caught fire, Russian state media RIA Novosti reported, citing the defense ministry.|the defense ministry|-",
        "It claimed more than 234 Ukrainian troops had been killed.|-|claimed",
        "An Il-76 crashed shortly after take-off, Russia’s Defence Ministry was quoted as saying by news agencies.|Russia’s Defence Ministry|-",
        "Moscow authorities said Ukrainian drones targeted sites in nine Russian regions.|Moscow authorities|-",
        "Officials said 40 people were injured.|-|-",
        "The Legion allegedly took control of the village.|-|allegedly",
    })
    void namesWhoSaysIt(String sentence, String claimant, String hedge) {
        Attribution attribution = of(sentence);

        assertThat(attribution.attributed()).isTrue();
        assertThat(attribution.claimant()).isEqualTo(Optional.ofNullable(claimant));
        assertThat(attribution.hedge()).isEqualTo(Optional.ofNullable(hedge));
        assertThat(attribution.shown()).doesNotEndWith(".");
    }

    @ParameterizedTest(name = "{0} is stated as fact")
    @CsvSource(delimiter = '|', value = {
        "Eight crew members and seven passengers were on board the Ilyushin IL-76.",
        "At least three people, two women and one man, were killed and 40 injured.",
        "The plane carried 15 people when it crashed in the Ivanovo region.",
        "The head of the Defense Council of Kryvyi Rih spoke to reporters about the strike.",
    })
    void aSentenceThatGivesItToNoOneStatesItAsFact(String sentence) {
        Attribution attribution = of(sentence);

        assertThat(attribution.attributed()).isFalse();
        assertThat(attribution.shown()).isEqualTo("stated as fact");
    }

    @Test
    void claimantsDifferOnlyWhenBothAreNamedAndShareNoWord() {
        Attribution vilkul = of("Almost 40 people were injured, Vilkul said.");
        Attribution klymenko = of("38 were injured, according to the Ukrainian Minister of Internal Affairs, Ihor Klymenko.");
        Attribution ministry = of("The ministry said eight crew were on board.");
        Attribution defenceMinistry = of("Eight crew were on board, Russia's Defence Ministry said.");
        Attribution governor = of("The governor said 10 civilians had been injured.");
        Attribution it = of("It said 25 drones were shot down.");

        assertThat(Claimants.differ(vilkul, klymenko)).isTrue();
        assertThat(Claimants.differ(defenceMinistry, vilkul)).isTrue();
        assertThat(Claimants.differ(ministry, defenceMinistry)).as("one ministry, named more or less fully").isFalse();
        assertThat(Claimants.differ(governor, vilkul)).as("a role may be the named person's").isFalse();
        assertThat(Claimants.differ(it, vilkul)).isFalse();
        assertThat(it.attributed()).isTrue();
    }
}
