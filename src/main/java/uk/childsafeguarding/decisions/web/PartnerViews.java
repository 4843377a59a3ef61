package uk.childsafeguarding.decisions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.vocabulary.PlainWords;

/**
 * The partners' decision at the top of a review record: what the protocol gave, each partner's view,
 * and who disagreed with the view the partners reached (or with each other, where none was reached).
 */
record PartnerViews(String outcome, String protocol, String decided, String detail, String nextStep, List<String> views, List<String> disagreed,
        List<String> missing, boolean differsFromRecommendation) {

    static PartnerViews of(JsonNode request, JsonNode answer, PlainWords words) {
        JsonNode pd = answer.path("partnerDecision");
        String decidedCode = pd.path("decidedView").isNull() ? null : pd.path("decidedView").asString(null);
        List<String> views = new ArrayList<>();
        List<String> disagreed = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (JsonNode v : request.path("partnerViews")) {
            String partner = v.path("partner").asString("");
            String view = v.path("view").asString("");
            present.add(partner);
            views.add(words.brief("partner", partner) + ": " + words.brief("partnerView", view).toLowerCase(Locale.UK));
            if (decidedCode != null && !decidedCode.equals(view)) {
                disagreed.add(words.brief("partner", partner) + " (wanted " + words.brief("partnerView", view).toLowerCase(Locale.UK) + ")");
            }
        }
        if (decidedCode == null && views.size() > 1) {
            // No view was reached: those who differ from the view most partners gave disagreed; where
            // no view has the most, every partner is named with what they wanted.
            java.util.Map<String, Integer> tally = new java.util.HashMap<>();
            request.path("partnerViews").forEach(v -> tally.merge(v.path("view").asString(""), 1, Integer::sum));
            int top = tally.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> tops = tally.entrySet().stream().filter(e -> e.getValue() == top).map(java.util.Map.Entry::getKey).toList();
            if (tally.size() > 1) {
                for (JsonNode v : request.path("partnerViews")) {
                    String view = v.path("view").asString("");
                    if (tops.size() > 1 || !tops.contains(view)) {
                        disagreed.add(words.brief("partner", v.path("partner").asString("")) + " (wanted "
                                + words.brief("partnerView", view).toLowerCase(Locale.UK) + ")");
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String p : List.of("LOCAL_AUTHORITY", "HEALTH", "POLICE")) {
            if (!present.contains(p)) {
                missing.add(words.brief("partner", p));
            }
        }
        return new PartnerViews(words.text("partnerOutcome", pd.path("outcome").asString("")), words.text("protocol", pd.path("protocol").asString("")),
                decidedCode == null ? null : words.text("partnerView", decidedCode), words.prose(pd.path("detail").asString("")),
                words.prose(pd.path("nextStep").asString("")), views, disagreed, missing, pd.path("differsFromRecommendation").asBoolean());
    }
}
