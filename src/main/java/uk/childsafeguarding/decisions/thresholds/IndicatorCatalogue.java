package uk.childsafeguarding.decisions.thresholds;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.ReferenceDataParser;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.Yamls;

/** The indicator catalogue of one rule set. */
public final class IndicatorCatalogue {

    static final String FILE = "thresholds/indicators.yaml";
    private static final Set<String> DOMAINS = Set.of("CDN", "PC", "FEF");
    private static final Set<String> TRIO = Set.of("DOMESTIC_ABUSE", "PARENTAL_MENTAL_HEALTH", "PARENTAL_SUBSTANCE");

    private final Map<String, Indicator> byCode;

    IndicatorCatalogue(Map<String, Indicator> byCode) {
        this.byCode = byCode;
    }

    public Indicator get(String code) {
        return byCode.get(code);
    }

    public Collection<Indicator> all() {
        return byCode.values();
    }

    @Component
    public static class Parser implements ReferenceDataParser<IndicatorCatalogue> {
        @Override
        public Class<IndicatorCatalogue> type() {
            return IndicatorCatalogue.class;
        }

        @Override
        public IndicatorCatalogue parse(RuleSetFiles files) {
            Map<String, Indicator> byCode = new LinkedHashMap<>();
            for (Object o : Yamls.list(Yamls.map(Yamls.load(files.text(FILE), FILE), FILE).get("indicators"), FILE)) {
                Map<String, Object> m = Yamls.map(o, FILE + " indicator");
                String code = Yamls.requiredText(m, "code", FILE);
                String where = FILE + " " + code;
                Object level = m.get("level");
                if (!(level instanceof Integer l) || l < 1 || l > 4) {
                    throw new RuleSetException(where + ": level must be 1 to 4");
                }
                String domain = Yamls.requiredText(m, "domain", where);
                if (!DOMAINS.contains(domain)) {
                    throw new RuleSetException(where + ": unknown domain " + domain);
                }
                String trio = Yamls.text(m, "trio");
                if (trio != null && !TRIO.contains(trio)) {
                    throw new RuleSetException(where + ": unknown trio group " + trio);
                }
                Indicator i = new Indicator(code, Yamls.text(m, "basis"), domain, Yamls.text(m, "dimension"), l,
                        Yamls.flag(m, "significantHarm"), Yamls.text(m, "when"), trio, Yamls.text(m, "route"), Yamls.text(m, "protocol"),
                        Yamls.flag(m, "extrafamilial"), Yamls.flag(m, "doNotInformParents"), Yamls.flag(m, "escalates"),
                        Yamls.flag(m, "trafficking"), parentsFirstExceptions(m, where), Yamls.requiredText(m, "text", where));
                if (byCode.put(code, i) != null) {
                    throw new RuleSetException(where + ": code listed twice");
                }
            }
            return new IndicatorCatalogue(byCode);
        }

        private static List<ParentsFirstException> parentsFirstExceptions(Map<String, Object> m, String where) {
            if (m.get("parentsFirstExceptions") == null) {
                return List.of();
            }
            List<ParentsFirstException> out = new java.util.ArrayList<>();
            for (Object o : Yamls.list(m.get("parentsFirstExceptions"), where + " parentsFirstExceptions")) {
                try {
                    out.add(ParentsFirstException.valueOf(String.valueOf(o)));
                } catch (IllegalArgumentException e) {
                    throw new RuleSetException(where + ": unknown parentsFirstExceptions value " + o + "; expected one of "
                            + java.util.Arrays.toString(ParentsFirstException.values()));
                }
            }
            return List.copyOf(out);
        }
    }
}
