package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(NaturalOrder.INSTANCE);
        return list;
    }

    @Test
    void numbersInNamesSortByValue() {
        assertThat(sorted("a10.txt", "a2.txt", "a1.txt", "b.txt")).containsExactly("a1.txt", "a2.txt", "a10.txt", "b.txt");
    }

    @Test
    void leadingZerosAndCaseDoNotDecideTheOrderButKeepItTotal() {
        assertThat(sorted("Report 010.md", "report 9.md", "report 10.md")).containsExactly("report 9.md", "Report 010.md",
                "report 10.md");
    }

    @Test
    void aNumberLongerThanALongStillSorts() {
        assertThat(sorted("x123456789012345678901234", "x99")).containsExactly("x99", "x123456789012345678901234");
    }

    @Test
    void aShorterNameThatIsAPrefixComesFirst() {
        assertThat(sorted("news2b", "news2", "news")).containsExactly("news", "news2", "news2b");
    }
}
