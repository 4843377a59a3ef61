package uk.childsafeguarding.decisions.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.ReferenceDataParser;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.Yamls;

/**
 * The other words practitioners search the indicator catalogue with ("DV", "bruising", "county
 * lines"), kept beside the catalogue in rules/thresholds/indicator-search.yaml. They help a person find
 * an indicator and never change what it means.
 */
public final class IndicatorSynonyms {

    public static final String FILE = "thresholds/indicator-search.yaml";

    private final Map<String, List<String>> wordsByCode;

    IndicatorSynonyms(Map<String, List<String>> wordsByCode) {
        this.wordsByCode = wordsByCode;
    }

    /** The extra search words for one indicator, lower case, separated by spaces. */
    public String wordsFor(String code) {
        return String.join(" ", wordsByCode.getOrDefault(code, List.of())).toLowerCase(java.util.Locale.UK);
    }

    public Map<String, List<String>> wordsByCode() {
        return wordsByCode;
    }

    @Component
    public static class Parser implements ReferenceDataParser<IndicatorSynonyms> {
        @Override
        public Class<IndicatorSynonyms> type() {
            return IndicatorSynonyms.class;
        }

        @Override
        public IndicatorSynonyms parse(RuleSetFiles files) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (!files.files().containsKey(FILE)) {
                return new IndicatorSynonyms(out);
            }
            for (Object o : Yamls.list(Yamls.map(Yamls.load(files.text(FILE)), FILE).get("synonyms"), FILE + " synonyms")) {
                Map<String, Object> m = Yamls.map(o, FILE + " synonym");
                String words = Yamls.requiredText(m, "words", FILE + " synonym");
                for (Object code : Yamls.list(m.get("codes"), FILE + " " + words)) {
                    out.computeIfAbsent(String.valueOf(code), k -> new ArrayList<>()).add(words);
                }
            }
            return new IndicatorSynonyms(out);
        }
    }
}
