package uk.childsafeguarding.decisions.thresholds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.childsafeguarding.decisions.engine.Explains;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.FiredRule;
import uk.childsafeguarding.decisions.engine.Parameter;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.AreaAction;
import uk.childsafeguarding.decisions.partnerships.FrontDoor;

/**
 * The threshold rules of rules/thresholds written directly in Java: the same steps, parameters,
 * texts and explanation (each rule's id, citation and what triggered it), without a rule engine. The
 * answer is shaped by the same {@link ThresholdAssessor#answer} as the engine's, so the two give the
 * same content; only the order of reasons, notes and same-urgency actions may differ, which follows
 * the engine's agenda. It is the practical limit the Drools evaluation is measured against
 * (ThresholdEvaluationBenchmark) and a second encoding the rules are checked against
 * (HandWrittenThresholdsTests). When a threshold rule changes, change it here too: both fail until
 * they agree.
 */
final class HandWrittenThresholds {

    private final ThresholdAssessor assessor = new ThresholdAssessor();

    ThresholdAssessment assess(ThresholdRequest r, RuleSet ruleSet, String decisionId) {
        return new Evaluation(r, ruleSet).run(decisionId);
    }

    private final class Evaluation {
        private final ThresholdRequest r;
        private final RuleSet ruleSet;
        private final LocalDate asAt;
        private final FrontDoor frontDoor;
        private final AreaArrangement area;
        private final ThresholdFindings findings = new ThresholdFindings();
        private final List<FiredRule> fired = new ArrayList<>();
        private final List<NeedFloor> floors = new ArrayList<>();
        private final Child child;
        private final Circumstances c;
        private final List<ObservedIndicator> indicators = new ArrayList<>();
        private final IndicatorProfile profile;
        private final List<AreaAction> areaActions;
        /** The non-mobile injury indicator if reported, and the classification facts the protocol rules match. */
        private ObservedIndicator nim;
        private NonMobileChild nonMobile;
        private NimHealthGate gate;
        private int nonMobileMonths = -1, level2Count = -1, level2Domains = -1, trioTargeted = -1, trioSpecialist = -1, trioSerious = -1,
                prebirthWeeks = -1;

        Evaluation(ThresholdRequest r, RuleSet ruleSet) {
            this.r = r;
            this.ruleSet = ruleSet;
            this.asAt = r.scope().asAt();
            this.frontDoor = r.area().frontDoorOn(asAt);
            this.area = ThresholdAssessor.arrangement(r, frontDoor);
            this.child = r.child();
            this.c = r.circumstances();
            List<Parameter> areaParameters = r.area().parameters().factsAt(asAt);
            this.areaActions = ThresholdAssessor.areaActions(r, areaParameters);
            List<Parameter> parameters = new ArrayList<>(ruleSet.data(FeatureParameters.class).of(ThresholdAssessor.FEATURE).factsAt(asAt));
            parameters.addAll(areaParameters);
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
            for (Indicator i : r.indicators()) {
                indicators.add(new ObservedIndicator(i));
            }
            this.profile = new IndicatorProfile(indicators);
        }

        /** A rule fired: its triggers are what the matched facts explain, then what the consequence named. */
        private void fire(String id, List<? extends Explains> matched, String... named) {
            Set<String> because = new LinkedHashSet<>();
            for (Explains e : matched) {
                because.addAll(e.because());
            }
            because.addAll(List.of(named));
            fired.add(new FiredRule(ruleSet.rulesById().get(id), List.copyOf(because)));
        }

        private void fire(String id, List<? extends Explains> matched, List<String> named) {
            fire(id, matched, named.toArray(String[]::new));
        }

        private NeedFloor floor(NeedFloor f) {
            floors.add(f);
            return f;
        }

        ThresholdAssessment run(String decisionId) {
            // salience 100: classification
            if (c.isImmediateDanger()) {
                fire("THR-IMM-01", List.of(), "circumstances.immediateDanger");
                findings.immediateDanger();
                findings.action(Urgency.NOW, "Call 999 now: the child is in immediate danger. Then contact the front door: " + frontDoor.safeguarding(), "Police (999)");
                floor(new NeedFloor(4, FloorStage.IMMEDIATE_DANGER, NeedFloor.routes(AssessedLevel.S47), false, false, List.of("circumstances.immediateDanger")));
            }
            nim = indicators.stream().filter(i -> i.getCode().equals("INJURY_NON_MOBILE_CHILD")).findFirst().orElse(null);
            if (nim != null && nonMobileMonths >= 0 && !child.isUnborn()
                    && (!child.isRecordedAsMobile() || child.getAgeMonths() != null && child.getAgeMonths() < nonMobileMonths)) {
                fire("THR-NIM-01", List.of(nim));
                nonMobile = new NonMobileChild(child, nonMobileMonths);
            }
            if (nonMobile != null && area.isNimHealthProfessionalGate() && r.reporterRole() == ReporterRole.HEALTH) {
                fire("THR-NIM-02", List.of(nonMobile));
                gate = new NimHealthGate();
            }
            // salience 80: floors
            if (indicators.isEmpty()) {
                fire("THR-BASE-00", List.of(), "indicators=[]");
                floor(new NeedFloor(1, FloorStage.BASE, List.of(), false, false, List.of()));
            }
            if (!profile.getForBaseLevel().isEmpty()) {
                NeedFloor base = floor(NeedFloor.base(profile.getForBaseLevel()));
                fire("THR-BASE-01", List.of(), base.because());
            }
            if (level2Count >= 0 && level2Domains >= 0 && profile.getLevelTwoCodes().size() >= level2Count
                    && profile.getLevelTwoDomains().size() >= level2Domains) {
                fire("THR-CUM-01", List.of(), profile.getLevelTwoCodes());
                floor(new NeedFloor(3, FloorStage.CUMULATIVE, List.of(), false, false, profile.getLevelTwoCodes()));
            }
            if (trioTargeted >= 0 && profile.getTrioGroups().size() >= trioTargeted) {
                fire("THR-CUM-02", List.of(), profile.getTrioCodes());
                floor(new NeedFloor(3, FloorStage.CUMULATIVE, List.of(), false, false, profile.getTrioCodes()));
            }
            if (trioSpecialist >= 0 && trioSerious >= 0 && profile.getTrioGroups().size() >= trioSpecialist
                    && profile.getTrioGroupsAtLevelThree().size() >= trioSerious) {
                fire("THR-CUM-03", List.of(), profile.getTrioCodes());
                findings.judgementRequired();
                floor(new NeedFloor(4, FloorStage.CUMULATIVE, NeedFloor.routes("S17_CHILD_IN_NEED"), true, true, profile.getTrioCodes()));
            }
            for (ObservedIndicator i : indicators) {
                if (i.isSignificantHarm() && i.getProtocol() == null && i.getCondition() == null) {
                    fire("THR-SH-01", List.of(i));
                    floor(new NeedFloor(4, FloorStage.SIGNIFICANT_HARM, NeedFloor.routes(AssessedLevel.S47, i.getRoute()), false, false, i.because()));
                }
                if (i.isSignificantHarm() && i.getProtocol() == null && i.getCondition() != null) {
                    fire("THR-SH-02", List.of(i));
                    findings.judgementRequired();
                    findings.note("Confirm the condition for " + i.getCode() + ": it signals significant harm when " + i.getCondition()
                            + ". If that does not hold, discuss the level with the front door's consultation line.");
                    floor(new NeedFloor(4, FloorStage.SIGNIFICANT_HARM, NeedFloor.routes(AssessedLevel.S47, i.getRoute()), false, true, i.because()));
                }
                if (i.getLevel() == 4 && !i.isSignificantHarm() && i.getRoute() != null) {
                    fire("THR-NEED-01", List.of(i));
                    floor(new NeedFloor(4, FloorStage.STATUTORY_NEED, NeedFloor.routes(i.getRoute()), false, false, i.because()));
                }
            }
            if (child.isUnborn() && !profile.getLevelFour().isEmpty()) {
                NeedFloor pre = floor(NeedFloor.preBirth(profile.getLevelFour()));
                List<String> because = new ArrayList<>(List.of("child.unborn"));
                because.addAll(pre.because());
                fire(area.getProcedures().equals("DDSCP") ? "THR-PRE-04" : "THR-PRE-01", List.of(), because);
            }
            if (nonMobile != null && gate == null && nim != null) {
                String id = switch (area.getProcedures()) {
                    case "SWCPP" -> "THR-NIM-03";
                    case "BNSSG" -> "THR-NIM-04";
                    case "DDSCP" -> "THR-NIM-05";
                    default -> null;
                };
                if (id != null) {
                    fire(id, List.of(nonMobile, nim));
                    findings.action(Urgency.TODAY, switch (id) {
                        case "THR-NIM-03" -> "Arrange an urgent paediatric opinion the same day, as the non-mobile injury procedure requires; the referral decides who examines the child.";
                        case "THR-NIM-04" -> "Arrange an urgent paediatric opinion the same day under the BNSSG non-mobile injury guidance (early years settings: see its addendum).";
                        default -> "Arrange an urgent paediatric opinion the same day; the Derby and Derbyshire guidance expects a strategy discussion (it also covers suspected birthmarks such as blue-grey spots).";
                    }, null);
                    floor(new NeedFloor(4, FloorStage.PROTOCOL, NeedFloor.routes(AssessedLevel.S47), false, false, nim.because()));
                }
            }
            if (gate != null) {
                if (c.isMarkDocumentedAsBenign()) {
                    fire("THR-NIM-06", List.of(gate), "circumstances.markDocumentedAsBenign");
                    findings.action(Urgency.ROUTINE, "Record the mark in the child's health record with a reference to where it was already documented; no referral is needed under the Devon flowchart. Refer if anything else gives cause for concern.", null);
                } else if (c.isHealthProfessionalSatisfiedBenign()) {
                    fire("THR-NIM-07", List.of(gate), "circumstances.healthProfessionalSatisfiedBenign");
                    findings.judgementRequired();
                    findings.action(Urgency.ROUTINE, "Record what you saw, the explanation given and why you are satisfied the mark is benign or fits the explanation; no referral is needed under the Devon flowchart. If in any doubt, follow the unsure route (same-day medical review).", null);
                } else if (nim != null) {
                    fire("THR-NIM-08", List.of(gate, nim));
                    findings.judgementRequired();
                    findings.action(Urgency.TODAY, "Arrange a same-day GP review (or a same-day paediatric review if no GP is available). Where the history or presentation suggests abuse, refer straight away instead.", null);
                    findings.action(Urgency.TODAY, "If the doctor cannot rule out a safeguarding cause: " + frontDoor.safeguarding() + ", and arrange a same-day child protection medical.", frontDoor.name());
                    floor(new NeedFloor(4, FloorStage.PROTOCOL, NeedFloor.routes(AssessedLevel.S47), false, true, nim.because()));
                }
            }
            if (nonMobile == null && nim != null) {
                fire("THR-NIM-09", List.of(nim), "child.independentlyMobile=true");
                findings.judgementRequired();
                findings.note("The child is recorded as independently mobile, so the non-mobile injury protocol does not apply. If the injury has no, vague or inconsistent explanation, report it as INJURY_UNEXPLAINED; until then it is treated as a significant-harm concern.");
                floor(new NeedFloor(4, FloorStage.PROTOCOL, NeedFloor.routes(AssessedLevel.S47), false, true, nim.because()));
            }
            // salience 60: a targeted need other than the escalating signal
            List<TargetedNeed> targeted = new ArrayList<>();
            for (ObservedIndicator i : indicators) {
                if (i.getLevel() == 3 && !i.isEscalates() && i.getProtocol() == null) {
                    fire("THR-ESC-04", List.of(i));
                    targeted.add(new TargetedNeed(i.because()));
                }
            }
            for (NeedFloor f : List.copyOf(floors)) {
                if (f.getLevel() == 3 && f.getStage() == FloorStage.CUMULATIVE) {
                    fire("THR-ESC-05", List.of(f));
                    targeted.add(new TargetedNeed(f.because()));
                }
            }
            // salience 50: escalation, while no level-4 floor other than an escalation exists
            if (!targeted.isEmpty() && floors.stream().noneMatch(f -> f.getLevel() == 4 && f.getStage() != FloorStage.ESCALATION)) {
                for (ObservedIndicator i : indicators) {
                    if (i.isEscalates()) {
                        fire("THR-ESC-01", List.of(i));
                        floor(new NeedFloor(4, FloorStage.ESCALATION, NeedFloor.routes("S17_CHILD_IN_NEED"), true, true, i.because()));
                    }
                }
                if (c.isEarlyHelpPlanWithoutProgress()) {
                    fire("THR-ESC-02", List.of(), "circumstances.earlyHelpPlanWithoutProgress");
                    floor(new NeedFloor(4, FloorStage.ESCALATION, NeedFloor.routes("S17_CHILD_IN_NEED"), true, true, List.of("circumstances.earlyHelpPlanWithoutProgress")));
                }
            }
            // salience 10: the suggested level (the engine's accumulate gives the floors last inserted first)
            AssessedLevel level = AssessedLevel.from(floors.reversed());
            fire("THR-LVL-01", List.of());
            findings.assessed(level);
            actions(level);
            return assessor.answer(r, ruleSet, decisionId, frontDoor, findings, fired);
        }

        // salience 0: actions and notes; -10: who to tell first
        private void actions(AssessedLevel level) {
            int n = level.getLevel();
            boolean consent = c.getConsent() == ConsentStatus.GIVEN;
            List<AssessedLevel> lvl = List.of(level);
            if (n == 1) {
                fire("THR-ACT-01", lvl);
                findings.action(Urgency.ROUTINE, "Keep supporting the child within universal services; no referral is needed on what you have described. Record your observations and check again if anything changes.", null);
                findings.consent(false, "No referral is suggested, so no consent is needed.");
            }
            if (n == 2 && consent) {
                fire("THR-ACT-02", lvl, "circumstances.consent=GIVEN");
                findings.action(Urgency.ROUTINE, "With the family's consent, agree who will lead and start an early help assessment. " + frontDoor.earlyHelp() + ".", frontDoor.name());
                findings.consent(true, "Early help is voluntary and needs the family's informed consent; consent has been given.");
            }
            if (n == 3 && consent) {
                fire("THR-ACT-03", lvl, "circumstances.consent=GIVEN");
                findings.referral(Urgency.WITHIN_DAYS, "With the family's consent, complete an early help assessment, bring the agencies involved together as a team around the family with a lead professional, and request targeted support: " + frontDoor.request() + ".", frontDoor.name());
                findings.consent(true, "Targeted early help is voluntary and needs the family's informed consent; consent has been given.");
            }
            if ((n == 2 || n == 3) && !consent) {
                fire("THR-CON-01", lvl, "circumstances.consent=" + c.getConsent());
                findings.action(Urgency.ROUTINE, "Consent to early help has not been given: continue your own agency's support, record the refusal (or why consent was not sought), set a date to review, and discuss with your designated safeguarding lead. If the impact on the child continues or worsens, seek advice: " + frontDoor.advice() + ".", frontDoor.name());
                findings.consent(true, "Early help needs the family's informed consent, which has not been given. Refusal alone does not raise the level of need.");
            }
            if (level.isSignificantHarm()) {
                fire("THR-ACT-04", lvl);
                findings.referral(Urgency.TODAY, "Make a safeguarding referral today: " + frontDoor.safeguarding() + ". Tell your designated safeguarding lead and record what you saw, what was said and what you did.", frontDoor.name());
                findings.consent(false, "Consent is not needed for a referral where a child may be suffering significant harm. Tell the parents about the referral unless doing so would put the child or another person at greater risk.");
            }
            if (n == 4 && !level.isSignificantHarm()) {
                fire("THR-ACT-05", lvl);
                findings.referral(Urgency.WITHIN_DAYS, "Request a social work assessment (child in need, section 17): " + frontDoor.request() + ".", frontDoor.name());
                findings.consent(false, "A child-in-need referral does not need consent, but make it with the parents' knowledge: the services that follow are voluntary and need the family's agreement.");
            }
            if (level.isConsiderSignificantHarm()) {
                fire("THR-ACT-06", lvl);
                findings.judgementRequired();
                findings.action(Urgency.TODAY, "Consider whether there is reasonable cause to suspect the child is suffering, or likely to suffer, significant harm (section 47). Discuss it today: " + frontDoor.advice() + ".", frontDoor.name());
            }
            if (n == 4 && level.hasRoute("S20_ACCOMMODATION")) {
                fire("THR-ACT-07", lvl);
                findings.note("Accommodation under section 20 may be needed; it needs the agreement of those with parental responsibility, or of a young person aged 16 or 17.");
            }
            if (n == 2 && c.isEarlyHelpPlanWithoutProgress()) {
                fire("THR-ESC-03", lvl, "circumstances.earlyHelpPlanWithoutProgress");
                findings.judgementRequired();
                findings.action(Urgency.WITHIN_DAYS, "The early help plan is not making progress: review it with the family and the lead practitioner, and consider whether the child's needs have risen to the targeted level.", null);
            }
            if (n > 1 && area.getEscalation() != null) {
                fire("THR-DIS-01", lvl);
                findings.note("If you disagree with the front door's decision, use the " + area.getEscalation().name() + ": " + area.getEscalation().how() + ". Escalating a concern about a child is part of safeguarding work.");
            }
            if (c.getStrengthsRecorded() > 0) {
                fire("THR-STR-01", List.of(), "strengths");
                findings.note("The strengths you recorded are shown with this result. They matter to the plan, but this tool never lowers the level because of them; you can record a different final level with your reasons.");
            }
            if (!profile.getTraffickingTexts().isEmpty()) {
                fire("THR-OOS-01", List.of());
                findings.note("What you describe may be trafficking or modern slavery (" + ThresholdFindings.lowerJoined(profile.getTraffickingTexts()) + "): consider a referral to the National Referral Mechanism as well as the safeguarding referral. That decision is outside this tool; the front door can advise.");
            }
            for (ObservedIndicator i : indicators) {
                if (i.isExtrafamilial()) {
                    fire("THR-SH-03", List.of(i));
                    findings.note("Harm outside the home (" + i.getCode() + "): the parents may be protective but unable to reduce the risk. Record how protective they are separately; it is not a failure of parenting.");
                }
            }
            if (child.isUnborn() && prebirthWeeks >= 0 && floors.stream().anyMatch(f -> f.getStage() == FloorStage.PRE_BIRTH)) {
                int weeks = child.getGestationWeeks();
                if (weeks >= prebirthWeeks) {
                    fire("THR-PRE-02", List.of(), "child.gestationWeeks=" + weeks);
                    findings.referral(Urgency.TODAY, "Make the pre-birth referral today: at " + weeks + " weeks the pregnancy is at or past the " + prebirthWeeks + " weeks by which this area expects pre-birth referrals (local figure not verified). " + frontDoor.request() + ".", frontDoor.name());
                } else {
                    fire("THR-PRE-03", List.of(), "child.gestationWeeks=" + weeks);
                    findings.referral(Urgency.WITHIN_DAYS, "Make the pre-birth referral as soon as the concern is known, and no later than " + prebirthWeeks + " weeks of pregnancy (local figure not verified), so there is time to assess and plan before the birth. " + frontDoor.request() + ".", frontDoor.name());
                }
            }
            if (nonMobile != null && gate == null && (c.isMarkDocumentedAsBenign() || c.isHealthProfessionalSatisfiedBenign())) {
                fire("THR-NIM-10", List.of(nonMobile), c.isMarkDocumentedAsBenign() ? "circumstances.markDocumentedAsBenign" : "circumstances.healthProfessionalSatisfiedBenign");
                findings.note("A mark on a non-mobile child is referred even when it looks benign or has been documented: only a health professional in Devon may record instead of refer, under the Devon flowchart. The paediatric opinion decides whether it is benign.");
            }
            if (area.getLevelsOfNeed() != null) {
                fire("THR-OWN-01", lvl, "area=" + area.getAreaId());
                findings.cite(area.getLevelsOfNeed());
            }
            for (AreaAction x : areaActions) {
                if (x.isForSignificantHarm() && level.isSignificantHarm()) {
                    fire("THR-OWN-02", lvl);
                    findings.areaAction(x, frontDoor.name());
                }
                if (x.isForTargetedLevel() && n == 3) {
                    fire("THR-OWN-03", lvl);
                    findings.areaAction(x, frontDoor.name());
                }
            }
            if (level.isSignificantHarm()) {
                for (ObservedIndicator i : indicators) {
                    if (i.isDoNotInformParents()) {
                        fire("THR-CON-02", List.of(level, i));
                        findings.doNotInformParentsFirst("Do not tell the parents before the referral: fabricated or induced illness is suspected (" + i.getText().toLowerCase() + "), and telling them first could put the child at greater risk.");
                    }
                }
                tellFirst("THR-CON-03", level, ParentsFirstException.CHILD_AT_GREATER_RISK, "telling them first could put the child at greater risk");
                tellFirst("THR-CON-04", level, ParentsFirstException.EVIDENCE_MAY_BE_LOST, "telling them first could lead to evidence being lost");
                tellFirst("THR-CON-05", level, ParentsFirstException.SEXUAL_ABUSE_IN_FAMILY, "the concern may be sexual abuse within the family");
                tellFirst("THR-CON-06", level, ParentsFirstException.DOMESTIC_ABUSE_VICTIM_AT_RISK, "telling them first could endanger an adult victim of domestic abuse");
            }
        }

        private void tellFirst(String id, AssessedLevel level, ParentsFirstException reason, String why) {
            List<String> texts = profile.textsWhere(reason);
            if (!texts.isEmpty()) {
                fire(id, List.of(level));
                findings.doNotInformParentsFirst("Consider not telling the parents before you speak to the front door: " + why + " (" + ThresholdFindings.lowerJoined(texts) + "). Agree with the front door who tells the parents, and when.");
            }
        }
    }
}
