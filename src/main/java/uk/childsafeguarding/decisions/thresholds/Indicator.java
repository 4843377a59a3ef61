package uk.childsafeguarding.decisions.thresholds;

/** An entry of the indicator catalogue (rules/thresholds/indicators.yaml); codes are a public contract. */
public record Indicator(String code, String basis, String domain, String dimension, int level, boolean significantHarm,
        String condition, String trio, String route, String protocol, boolean extrafamilial, boolean doNotInformParents,
        boolean escalates, boolean trafficking, java.util.List<ParentsFirstException> parentsFirstExceptions, String text) {
}
