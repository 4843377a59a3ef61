package uk.childsafeguarding.decisions.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Each feature's dated parameters, read from rules/&lt;feature&gt;/parameters.yaml. */
public final class FeatureParameters {

    private final Map<String, DatedParameters> byFeature;

    FeatureParameters(Map<String, DatedParameters> byFeature) {
        this.byFeature = byFeature;
    }

    /** The feature's parameters; none when it has no parameters file. */
    public DatedParameters of(String feature) {
        return byFeature.getOrDefault(feature, DatedParameters.NONE);
    }

    @Component
    public static class Parser implements ReferenceDataParser<FeatureParameters> {
        @Override
        public Class<FeatureParameters> type() {
            return FeatureParameters.class;
        }

        @Override
        public FeatureParameters parse(RuleSetFiles files) {
            Map<String, DatedParameters> byFeature = new LinkedHashMap<>();
            for (String path : files.files().keySet()) {
                if (path.matches("[a-z-]+/parameters\\.yaml")) {
                    String feature = path.substring(0, path.indexOf('/'));
                    byFeature.put(feature, DatedParameters.parse(Yamls.map(Yamls.load(files.text(path), path), path).get("parameters"), path));
                }
            }
            return new FeatureParameters(byFeature);
        }
    }
}
