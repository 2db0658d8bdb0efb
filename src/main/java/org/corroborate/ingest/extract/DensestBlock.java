package org.corroborate.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The element holding the most paragraph text directly: where an article's paragraphs usually sit. */
final class DensestBlock {
    private DensestBlock() {
    }

    static Element of(Document page) {
        if (page.body() == null) {
            return null;
        }
        Map<Element, Integer> weight = new HashMap<>();
        for (Element p : page.body().select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                weight.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .map(Element::clone).orElse(null);
    }
}
