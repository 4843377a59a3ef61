package uk.childsafeguarding.decisions.thresholds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.partnerships.Area;
import uk.childsafeguarding.decisions.partnerships.DecisionScope;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.system.CaseReference;
import uk.childsafeguarding.decisions.system.DirectIdentifiers;
import uk.childsafeguarding.decisions.system.JsonFields;
import uk.childsafeguarding.decisions.system.Problems;

/**
 * Turns a threshold request body into a {@link ThresholdRequest}, listing every problem: unknown
 * partnership, area or indicator codes, missing or contradictory facts about the child.
 */
final class ThresholdRequestReader {

    /** A child is under 18: ages are 0 to 215 months. */
    static final int MAX_AGE_MONTHS = 18 * 12 - 1;
    /** Gestation accepted for an unborn child, in weeks (a pregnancy beyond 42 weeks would be induced). */
    static final int MIN_GESTATION_WEEKS = 1;
    static final int MAX_GESTATION_WEEKS = 42;

    private ThresholdRequestReader() {
    }

    static ThresholdRequest read(JsonNode body, Partnerships partnerships, IndicatorCatalogue catalogue, LocalDate today) {
        Problems problems = new Problems();
        JsonFields root = new JsonFields(body, "", problems);
        root.allowOnly("partnership", "area", "asAt", "caseReference", "reporter", "child", "indicators", "circumstances", "strengths");

        DecisionScope scope = DecisionScope.read(root, partnerships, today);
        Area area = readArea(root, scope, partnerships);

        String caseReference = CaseReference.read(root);

        ReporterRole role = null;
        JsonFields reporter = root.object("reporter", true);
        if (reporter != null) {
            reporter.allowOnly("role");
            role = reporter.enumValue("role", ReporterRole.class, true);
        }

        Child child = readChild(root.object("child", true));

        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> codes = root.strings("indicators", 100, 64);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Indicator ind = catalogue.get(code);
            if (ind == null) {
                problems.add("indicators[" + i + "]", "unknown indicator code '" + code + "'");
            } else if (!seen.add(code)) {
                problems.add("indicators[" + i + "]", "indicator code '" + code + "' is listed more than once");
            } else {
                indicators.add(ind);
            }
        }
        if (child != null && child.isUnborn() && seen.contains("INJURY_NON_MOBILE_CHILD")) {
            problems.add("indicators", "INJURY_NON_MOBILE_CHILD cannot apply to an unborn child");
        }

        List<String> strengths = root.strings("strengths", 20, 500);
        for (int i = 0; i < strengths.size(); i++) {
            DirectIdentifiers.check("strengths[" + i + "]", strengths.get(i), problems);
        }
        Circumstances circumstances = readCircumstances(root.object("circumstances", false), strengths.size());

        problems.throwIfAny();
        scope.requireSupported(partnerships);
        return new ThresholdRequest(scope, area, caseReference, role, child, List.copyOf(indicators), circumstances, List.copyOf(strengths));
    }

    private static Area readArea(JsonFields root, DecisionScope scope, Partnerships partnerships) {
        String areaId = root.text("area", false, 64);
        if (scope == null) {
            return null;
        }
        Partnership p = scope.partnership();
        if (areaId == null) {
            if (p.hasSeveralAreas()) {
                root.problems().add("area", "is required for partnership '" + p.id() + "'; expected one of " + String.join(", ", p.areaIds()));
                return null;
            }
            return p.areas().get(0);
        }
        if (!p.areaIds().contains(areaId)) {
            root.problems().add("area", "unknown area '" + areaId + "' for partnership '" + p.id() + "'; expected one of " + String.join(", ", p.areaIds()));
            return null;
        }
        return p.area(areaId);
    }

    private static Child readChild(JsonFields c) {
        if (c == null) {
            return null;
        }
        c.allowOnly("ageMonths", "unborn", "gestationWeeks", "independentlyMobile");
        Problems problems = c.problems();
        boolean unborn = c.flag("unborn");
        Integer age = c.integer("ageMonths", false, 0, MAX_AGE_MONTHS);
        Integer gestation = c.integer("gestationWeeks", false, MIN_GESTATION_WEEKS, MAX_GESTATION_WEEKS);
        Boolean mobile = c.bool("independentlyMobile", false);
        if (unborn) {
            if (c.has("ageMonths")) {
                problems.add(c.path("ageMonths"), "must be absent for an unborn child");
            }
            if (!c.has("gestationWeeks")) {
                problems.add(c.path("gestationWeeks"), "is required for an unborn child");
            }
            if (Boolean.TRUE.equals(mobile)) {
                problems.add(c.path("independentlyMobile"), "an unborn child cannot be independently mobile");
            }
        } else {
            if (!c.has("ageMonths")) {
                problems.add(c.path("ageMonths"), "is required (or set unborn to true with gestationWeeks)");
            }
            if (c.has("gestationWeeks")) {
                problems.add(c.path("gestationWeeks"), "applies only to an unborn child");
            }
        }
        return new Child(age, unborn, gestation, mobile);
    }

    private static Circumstances readCircumstances(JsonFields c, int strengths) {
        if (c == null) {
            return new Circumstances(false, ConsentStatus.NOT_SOUGHT, false, false, false, strengths);
        }
        c.allowOnly("immediateDanger", "consent", "earlyHelpPlanWithoutProgress", "markDocumentedAsBenign", "healthProfessionalSatisfiedBenign");
        ConsentStatus consent = c.enumValue("consent", ConsentStatus.class, false);
        return new Circumstances(c.flag("immediateDanger"), consent == null ? ConsentStatus.NOT_SOUGHT : consent,
                c.flag("earlyHelpPlanWithoutProgress"), c.flag("markDocumentedAsBenign"), c.flag("healthProfessionalSatisfiedBenign"), strengths);
    }
}
