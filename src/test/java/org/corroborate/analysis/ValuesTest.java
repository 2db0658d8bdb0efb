package org.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.analysis.Value.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private static final double OPEN = Double.POSITIVE_INFINITY;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                          | value text          | figure | low   | high    | qualifier
            The strike killed 60 Ukrainian soldiers.             | 60                  | 60     | 60    | 60      | EXACT
            They lost more than 234 troops.                      | more than 234       | 234    | 235   | Infinity | MORE_THAN
            At least 1,200 people fled.                          | At least 1,200      | 1200   | 1200  | Infinity | AT_LEAST
            almost 40 were injured                               | almost 40           | 40     | 34    | 39      | ALMOST
            Fifteen crew members survived.                       | Fifteen             | 15     | 15    | 15      | EXACT
            It carried twenty-five passengers.                   | twenty-five         | 25     | 25    | 25      | EXACT
            two hundred and fifty homes burned                   | two hundred and fifty | 250  | 250   | 250     | EXACT
            a few hundred fighters crossed                       | a few hundred       | 300    | 200   | 900     | VAGUE
            Dozens were wounded.                                 | Dozens              | 24     | 24    | 99      | VAGUE
            hundreds of drones flew                              | hundreds            | 200    | 200   | 999     | VAGUE
            tens of thousands marched                            | tens of thousands   | 20000  | 20000 | 99999   | VAGUE
            up to 30 drones                                      | up to 30            | 30     | 0     | 30      | AT_MOST
            fewer than 10 people                                 | fewer than 10       | 10     | 0     | 9       | LESS_THAN
            about 100 soldiers                                   | about 100           | 100    | 90    | 110     | ABOUT
            between 30 and 40 dead                               | between 30 and 40   | 30     | 30    | 40      | RANGE
            30-40 dead                                           | 30-40               | 30     | 30    | 40      | RANGE
            a dozen villages                                     | a dozen             | 12     | 12    | 12      | EXACT
            prices rose 3.5 percent                              | 3.5 percent         | 3.5    | 3.5   | 3.5     | EXACT
            the 2.3 million residents                            | 2.3 million         | 2300000 | 2300000 | 2300000 | EXACT
            """)
    void readsTheValueAndWhatItsWordsAllow(String sentence, String text, double figure, double low, double high,
            Qualifier qualifier) {
        List<Value> values = Values.in(sentence);

        assertThat(values).hasSize(1);
        Value value = values.get(0);
        assertThat(value.text()).isEqualTo(text);
        assertThat(sentence.substring(value.span().start(), value.span().end())).isEqualTo(text);
        assertThat(value.figure()).isEqualTo(figure);
        assertThat(value.low()).isEqualTo(low);
        assertThat(value.high()).isEqualTo(high);
        assertThat(value.qualifier()).isEqualTo(qualifier);
    }

    @Test
    void aModelNumberOrAnArticleIsNoValue() {
        assertThat(Values.in("An Il-76 crashed near a village in the MH17 area.")).isEmpty();
    }

    @Test
    void aSentenceWithTwoFiguresHasTwoValues() {
        assertThat(Values.in("The Il-76 carried eight crew and seven passengers.")).extracting(Value::text)
                .containsExactly("eight", "seven");
    }

    @Test
    void valuesAgreeWhenTheirWordsAllowACommonQuantity() {
        Value moreThan = Values.in("more than 234").get(0);
        Value sixty = Values.in("60").get(0);
        Value almostForty = Values.in("almost 40").get(0);
        Value thirtyEight = Values.in("38").get(0);
        Value dozens = Values.in("dozens").get(0);

        assertThat(moreThan.compatibleWith(sixty)).isFalse();
        assertThat(almostForty.compatibleWith(thirtyEight)).isTrue();
        assertThat(almostForty.compatibleWith(Values.in("40").get(0))).isFalse();
        assertThat(dozens.compatibleWith(sixty)).isTrue();
        assertThat(OPEN).isEqualTo(moreThan.high());
    }
}
