package uk.childsafeguarding.decisions.whatwouldchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.DatedParameters;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.Area;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.thresholds.ConsentStatus;
import uk.childsafeguarding.decisions.thresholds.Indicator;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;
import uk.childsafeguarding.decisions.thresholds.ThresholdAssessment;

/**
 * Changes worth trying for a threshold check, all read from the rule set's indicator catalogue and
 * parameters: each reported indicator taken away or replaced by a neighbour (same trigger-trio group,
 * else same dimension of the assessment triangle), each circumstance, the consent position, the
 * child's mobility, the child's age or gestation at the rules' own boundaries, and each indicator of
 * the catalogue added. The reporter, partnership, area, asAt and strengths (never scored) are not varied.
 */
@Component
class ThresholdChanges implements ChangeCandidates {

    static final String FEATURE = "thresholds";
    /** The child's age is 0 to 215 months and gestation 1 to 42 weeks, as the request reader accepts. */
    private static final int MAX_AGE_MONTHS = 215;
    private static final int MAX_GESTATION_WEEKS = 42;

    /** Each circumstance of the request: what it says when true, and when false. */
    private static final Map<String, String[]> CIRCUMSTANCES = Map.of(
            "immediateDanger", new String[] {"the child had been in immediate danger", "the child had not been in immediate danger"},
            "earlyHelpPlanWithoutProgress", new String[] {"an early help plan had been reviewed without progress",
                    "no early help plan had been reviewed without progress"},
            "markDocumentedAsBenign", new String[] {"the mark had been documented as benign", "the mark had not been documented as benign"},
            "healthProfessionalSatisfiedBenign", new String[] {"a health professional had been satisfied that the mark is benign",
                    "no health professional had been satisfied that the mark is benign"});
    private static final List<String> CIRCUMSTANCE_ORDER = List.of("immediateDanger", "earlyHelpPlanWithoutProgress", "markDocumentedAsBenign",
            "healthProfessionalSatisfiedBenign");
    private static final Map<ConsentStatus, String> CONSENT = Map.of(ConsentStatus.GIVEN, "consent had been given",
            ConsentStatus.REFUSED, "consent had been refused", ConsentStatus.NOT_SOUGHT, "consent had not been sought");

    @Override
    public String decisionType() {
        return FEATURE;
    }

    @Override
    public List<Change> candidates(ObjectNode request, RuleSet ruleSet) {
        IndicatorCatalogue catalogue = ruleSet.data(IndicatorCatalogue.class);
        List<String> reported = RequestEdits.strings(request.get("indicators"));
        List<Change> out = new ArrayList<>();

        for (String code : reported) {
            Indicator i = catalogue.get(code);
            out.add(new Change("indicator " + code, quoted(i) + " had not been reported", Change.Kind.REMOVES, r -> {
                List<String> codes = RequestEdits.strings(r.get("indicators"));
                codes.remove(code);
                RequestEdits.setStrings(r, "indicators", codes);
            }));
        }
        for (String code : reported) {
            Indicator i = catalogue.get(code);
            for (Indicator n : catalogue.all()) {
                if (!reported.contains(n.code()) && neighbours(i, n)) {
                    out.add(new Change("indicator " + code, quoted(n) + " had been reported instead of " + quoted(i), Change.Kind.ALTERS, r -> {
                        List<String> codes = RequestEdits.strings(r.get("indicators"));
                        codes.set(codes.indexOf(code), n.code());
                        RequestEdits.setStrings(r, "indicators", codes);
                    }));
                }
            }
        }

        for (String field : CIRCUMSTANCE_ORDER) {
            RequestEdits.turnOver(out, request, "circumstances", field, false, CIRCUMSTANCES.get(field)[0], CIRCUMSTANCES.get(field)[1]);
        }
        RequestEdits.otherValues(out, request, "circumstances", "consent", ConsentStatus.values(), CONSENT, ConsentStatus.NOT_SOUGHT);

        boolean unborn = RequestEdits.flag(request, "child", "unborn");
        LocalDate asAt = LocalDate.parse(request.get("asAt").asString());
        List<DatedParameters> parameters = parameters(request, ruleSet);
        if (!unborn) {
            JsonNode mobile = RequestEdits.at(request, "child", "independentlyMobile");
            Boolean mobileNow = mobile == null || mobile.isNull() ? null : mobile.asBoolean();
            if (!Boolean.TRUE.equals(mobileNow)) {
                out.add(new Change("child.independentlyMobile", "the child had been independently mobile (pulling to stand, cruising or walking)",
                        mobileNow == null ? Change.Kind.ADDS : Change.Kind.ALTERS, r -> RequestEdits.object(r, "child").put("independentlyMobile", true)));
            }
            if (!Boolean.FALSE.equals(mobileNow)) {
                out.add(new Change("child.independentlyMobile", "the child had not been independently mobile",
                        mobileNow == null ? Change.Kind.ADDS : Change.Kind.ALTERS,
                        r -> RequestEdits.object(r, "child").put("independentlyMobile", false)));
            }
            if (mobileNow != null) {
                out.add(new Change("child.independentlyMobile", "whether the child is independently mobile had not been known", Change.Kind.REMOVES,
                        r -> RequestEdits.object(r, "child").remove("independentlyMobile")));
            }
            JsonNode age = RequestEdits.at(request, "child", "ageMonths");
            Integer ageNow = age == null || !age.isNumber() ? null : age.asInt();
            for (int months : RequestEdits.boundaries(parameters, asAt, n -> n.endsWith("Months"), 0, MAX_AGE_MONTHS, ageNow)) {
                out.add(new Change("child.ageMonths", "the child had been " + months + (months == 1 ? " month" : " months") + " old", Change.Kind.ALTERS,
                        r -> RequestEdits.object(r, "child").put("ageMonths", months)));
            }
        } else {
            JsonNode weeks = RequestEdits.at(request, "child", "gestationWeeks");
            Integer weeksNow = weeks == null || !weeks.isNumber() ? null : weeks.asInt();
            for (int w : RequestEdits.boundaries(parameters, asAt, n -> n.endsWith("Weeks"), 1, MAX_GESTATION_WEEKS, weeksNow)) {
                out.add(new Change("child.gestationWeeks", "the pregnancy had been at " + w + " weeks", Change.Kind.ALTERS,
                        r -> RequestEdits.object(r, "child").put("gestationWeeks", w)));
            }
        }

        for (Indicator n : catalogue.all()) {
            if (!reported.contains(n.code())) {
                out.add(new Change("indicator " + n.code(), quoted(n) + " had also been reported", Change.Kind.ADDS, r -> {
                    List<String> codes = RequestEdits.strings(r.get("indicators"));
                    codes.add(n.code());
                    RequestEdits.setStrings(r, "indicators", codes);
                }));
            }
        }
        return out;
    }

    /** The feature's parameters and the area's own, as the threshold rules read them. */
    private static List<DatedParameters> parameters(ObjectNode request, RuleSet ruleSet) {
        List<DatedParameters> out = new ArrayList<>();
        out.add(ruleSet.data(FeatureParameters.class).of(FEATURE));
        Partnerships partnerships = ruleSet.data(Partnerships.class);
        Partnership p = partnerships.partnership(request.get("partnership").asString());
        JsonNode areaId = request.get("area");
        String id = areaId != null ? areaId.asString() : p != null && p.areaIds().size() == 1 ? p.areaIds().get(0) : null;
        Area area = id == null || p == null ? null : p.area(id);
        if (area != null) {
            out.add(area.parameters());
        }
        return out;
    }

    /**
     * The same concern, more or less severe. Reading chosen: the same part of the trigger trio, or
     * else the same dimension of the assessment triangle one level apart (the catalogue has no
     * closer grouping).
     */
    private static boolean neighbours(Indicator a, Indicator b) {
        if (a.trio() != null || b.trio() != null) {
            return Objects.equals(a.trio(), b.trio());
        }
        return a.domain().equals(b.domain()) && Objects.equals(a.dimension(), b.dimension()) && Math.abs(a.level() - b.level()) == 1;
    }

    private static String quoted(Indicator i) {
        return "\u201c" + i.text() + "\u201d";
    }

    @Override
    public Object headline(DecisionType.Evaluated evaluated) {
        return ((ThresholdAssessment) evaluated.response()).level().number();
    }

    @Override
    public int distance(Object from, Object to) {
        return Math.abs((Integer) from - (Integer) to);
    }

    @Override
    public String describe(Object headline) {
        return "level " + headline;
    }
}
