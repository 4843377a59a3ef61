package uk.childsafeguarding.decisions.thresholds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.childsafeguarding.decisions.engine.Parameter;

/**
 * The threshold rules written directly in Java: the same steps, the same parameters and the same
 * explanation (the ids of the rules that would fire), without a rule engine. It is the practical
 * limit the Drools evaluation is compared with; it omits the action and note texts, which are
 * string building rather than logic.
 */
final class HandWrittenThresholds {

    record Result(int level, Set<String> routes, List<String> fired, boolean judgement) {
    }

    private record Floor(int level, FloorStage stage, List<String> routes, boolean consider, boolean judgement) {
    }

    static Result assess(ThresholdRequest r, List<Parameter> parameters) {
        java.time.LocalDate asAt = r.scope().asAt();
        int nonMobileMonths = 0, level2Count = 0, level2Domains = 0, trioTargeted = 0, trioSpecialist = 0, trioSerious = 0, prebirthWeeks = -1;
        for (Parameter p : parameters) {
            switch (p.getName()) {
                case "nim.alwaysNonMobileUnderMonths" -> nonMobileMonths = p.getValue();
                case "cumulative.level2Indicators" -> level2Count = p.getValue();
                case "cumulative.level2Domains" -> level2Domains = p.getValue();
                case "trio.groupsForTargeted" -> trioTargeted = p.getValue();
                case "trio.groupsForSpecialist" -> trioSpecialist = p.getValue();
                case "trio.groupsAtLevel3ForSpecialist" -> trioSerious = p.getValue();
                case "prebirth.referralGestationWeeks" -> prebirthWeeks = p.getValue();
                default -> { }
            }
        }
        List<String> fired = new ArrayList<>();
        List<Floor> floors = new ArrayList<>();
        Child child = r.child();
        Circumstances c = r.circumstances();
        List<Indicator> ind = r.indicators();
        boolean nim = ind.stream().anyMatch(i -> i.code().equals("INJURY_NON_MOBILE_CHILD"));
        boolean judgement = false;
        if (c.isImmediateDanger()) {
            fired.add("THR-IMM-01");
            floors.add(new Floor(4, FloorStage.IMMEDIATE_DANGER, List.of(AssessedLevel.S47), false, false));
        }
        boolean nonMobile = nim && !child.isUnborn() && (!child.isRecordedAsMobile() || child.getAgeMonths() < nonMobileMonths);
        if (nonMobile) {
            fired.add("THR-NIM-01");
        }
        boolean gate = nonMobile && r.area().nimHealthProfessionalGate() && r.reporterRole() == ReporterRole.HEALTH;
        if (gate) {
            fired.add("THR-NIM-02");
        }
        if (ind.isEmpty()) {
            fired.add("THR-BASE-00");
            floors.add(new Floor(1, FloorStage.BASE, List.of(), false, false));
        }
        int max = 0;
        int l2 = 0;
        Set<String> domains2 = new LinkedHashSet<>();
        Set<String> trio = new LinkedHashSet<>();
        Set<String> trio3 = new LinkedHashSet<>();
        boolean anyL4 = false, anyL4Harm = false;
        for (Indicator i : ind) {
            if (i.protocol() == null) {
                max = Math.max(max, i.level());
            }
            if (i.level() == 2) {
                l2++;
                domains2.add(i.domain());
            }
            if (i.trio() != null) {
                trio.add(i.trio());
                if (i.level() >= 3) {
                    trio3.add(i.trio());
                }
            }
            if (i.level() == 4) {
                anyL4 = true;
                anyL4Harm |= i.significantHarm();
            }
            if (i.significantHarm() && i.protocol() == null) {
                boolean cond = i.condition() != null;
                fired.add(cond ? "THR-SH-02" : "THR-SH-01");
                judgement |= cond;
                List<String> routes = new ArrayList<>(List.of(AssessedLevel.S47));
                if (i.route() != null) {
                    routes.add(i.route());
                }
                floors.add(new Floor(4, FloorStage.SIGNIFICANT_HARM, routes, false, cond));
            }
            if (i.level() == 4 && !i.significantHarm() && i.route() != null) {
                fired.add("THR-NEED-01");
                floors.add(new Floor(4, FloorStage.STATUTORY_NEED, List.of(i.route()), false, false));
            }
        }
        if (max > 0) {
            fired.add("THR-BASE-01");
            floors.add(new Floor(max, FloorStage.BASE, List.of(), false, false));
        }
        if (l2 >= level2Count && domains2.size() >= level2Domains) {
            fired.add("THR-CUM-01");
            floors.add(new Floor(3, FloorStage.CUMULATIVE, List.of(), false, false));
        }
        if (trio.size() >= trioTargeted) {
            fired.add("THR-CUM-02");
            floors.add(new Floor(3, FloorStage.CUMULATIVE, List.of(), false, false));
        }
        if (trio.size() >= trioSpecialist && trio3.size() >= trioSerious) {
            fired.add("THR-CUM-03");
            judgement = true;
            floors.add(new Floor(4, FloorStage.CUMULATIVE, List.of("S17_CHILD_IN_NEED"), true, true));
        }
        if (child.isUnborn() && anyL4) {
            fired.add(r.area().procedures().equals("DDSCP") ? "THR-PRE-04" : "THR-PRE-01");
            floors.add(new Floor(4, FloorStage.PRE_BIRTH, List.of(anyL4Harm ? AssessedLevel.S47 : "S17_CHILD_IN_NEED"), false, false));
        }
        if (nonMobile && !gate) {
            fired.add(switch (r.area().procedures()) {
                case "SWCPP" -> "THR-NIM-03";
                case "BNSSG" -> "THR-NIM-04";
                default -> "THR-NIM-05";
            });
            floors.add(new Floor(4, FloorStage.PROTOCOL, List.of(AssessedLevel.S47), false, false));
        }
        if (gate) {
            if (c.isMarkDocumentedAsBenign()) {
                fired.add("THR-NIM-06");
            } else if (c.isHealthProfessionalSatisfiedBenign()) {
                fired.add("THR-NIM-07");
                judgement = true;
            } else {
                fired.add("THR-NIM-08");
                judgement = true;
                floors.add(new Floor(4, FloorStage.PROTOCOL, List.of(AssessedLevel.S47), false, true));
            }
        }
        if (nim && !nonMobile) {
            fired.add("THR-NIM-09");
            judgement = true;
            floors.add(new Floor(4, FloorStage.PROTOCOL, List.of(AssessedLevel.S47), false, true));
        }
        // escalation needs a targeted need other than the escalating signal: another level-3 indicator or a cumulative level 3
        boolean targetedIndicator = false;
        for (Indicator i : ind) {
            if (i.level() == 3 && !i.escalates() && i.protocol() == null) {
                fired.add("THR-ESC-04");
                targetedIndicator = true;
            }
        }
        boolean targetedCumulative = false;
        for (Floor f : List.copyOf(floors)) {
            if (f.level() == 3 && f.stage() == FloorStage.CUMULATIVE) {
                fired.add("THR-ESC-05");
                targetedCumulative = true;
            }
        }
        boolean has3 = targetedIndicator || targetedCumulative;
        boolean has4 = floors.stream().anyMatch(f -> f.level() == 4 && f.stage() != FloorStage.ESCALATION);
        if (has3 && !has4) {
            for (Indicator i : ind) {
                if (i.escalates()) {
                    fired.add("THR-ESC-01");
                    floors.add(new Floor(4, FloorStage.ESCALATION, List.of("S17_CHILD_IN_NEED"), true, true));
                }
            }
            if (c.isEarlyHelpPlanWithoutProgress()) {
                fired.add("THR-ESC-02");
                floors.add(new Floor(4, FloorStage.ESCALATION, List.of("S17_CHILD_IN_NEED"), true, true));
            }
        }
        fired.add("THR-LVL-01");
        int level = 1;
        for (Floor f : floors) {
            level = Math.max(level, f.level());
        }
        Set<String> routes = new LinkedHashSet<>();
        boolean consider = false;
        for (Floor f : floors) {
            if (f.level() == level) {
                routes.addAll(f.routes());
                consider |= f.consider();
                judgement |= f.judgement();
            }
        }
        if (level == 2) {
            routes.add("EARLY_HELP");
        } else if (level == 3) {
            routes.add("TARGETED_EARLY_HELP");
        } else if (level == 4 && routes.isEmpty()) {
            routes.add("S17_CHILD_IN_NEED");
        }
        boolean harm = routes.contains(AssessedLevel.S47);
        consider &= !harm;
        boolean consent = c.getConsent() == ConsentStatus.GIVEN;
        if (level == 1) {
            fired.add("THR-ACT-01");
        }
        if (level == 2 && consent) {
            fired.add("THR-ACT-02");
        }
        if (level == 3 && consent) {
            fired.add("THR-ACT-03");
        }
        if ((level == 2 || level == 3) && !consent) {
            fired.add("THR-CON-01");
        }
        if (harm) {
            fired.add("THR-ACT-04");
        }
        if (level == 4 && !harm) {
            fired.add("THR-ACT-05");
        }
        if (consider) {
            fired.add("THR-ACT-06");
            judgement = true;
        }
        if (level == 4 && routes.contains("S20_ACCOMMODATION")) {
            fired.add("THR-ACT-07");
        }
        if (level == 2 && c.isEarlyHelpPlanWithoutProgress()) {
            fired.add("THR-ESC-03");
            judgement = true;
        }
        if (c.getStrengthsRecorded() > 0) {
            fired.add("THR-STR-01");
        }
        boolean trafficking = false;
        Set<ParentsFirstException> exceptions = java.util.EnumSet.noneOf(ParentsFirstException.class);
        for (Indicator i : ind) {
            if (i.extrafamilial()) {
                fired.add("THR-SH-03");
            }
            trafficking |= i.trafficking();
            if (harm && i.doNotInformParents()) {
                fired.add("THR-CON-02");
            }
            exceptions.addAll(i.parentsFirstExceptions());
        }
        if (trafficking) {
            fired.add("THR-OOS-01");
        }
        if (harm) {
            for (ParentsFirstException e : exceptions) {
                fired.add(switch (e) {
                    case CHILD_AT_GREATER_RISK -> "THR-CON-03";
                    case EVIDENCE_MAY_BE_LOST -> "THR-CON-04";
                    case SEXUAL_ABUSE_IN_FAMILY -> "THR-CON-05";
                    case DOMESTIC_ABUSE_VICTIM_AT_RISK -> "THR-CON-06";
                });
            }
        }
        if (level > 1 && r.area().escalationOn(asAt) != null) {
            fired.add("THR-DIS-01");
        }
        if (nonMobile && !gate && (c.isMarkDocumentedAsBenign() || c.isHealthProfessionalSatisfiedBenign())) {
            fired.add("THR-NIM-10");
        }
        // the area's own document and actions, from its partnership file
        r.area().levelsOfNeed().stream().filter(x -> x.inForceOn(asAt)).findFirst().ifPresent(x -> {
            fired.add("THR-OWN-01");
            fired.add(x.id());
        });
        for (uk.childsafeguarding.decisions.partnerships.AreaAction x : r.area().actionsOn(asAt)) {
            if (x.isForSignificantHarm() && harm) {
                fired.add("THR-OWN-02");
                fired.add(x.citation().id());
            }
            if (x.isForTargetedLevel() && level == 3) {
                fired.add("THR-OWN-03");
                fired.add(x.citation().id());
            }
        }
        if (child.isUnborn() && anyL4 && prebirthWeeks > 0) {
            fired.add(child.getGestationWeeks() >= prebirthWeeks ? "THR-PRE-02" : "THR-PRE-03");
        }
        return new Result(level, routes, fired, judgement);
    }
}
