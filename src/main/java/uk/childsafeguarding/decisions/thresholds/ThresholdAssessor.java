package uk.childsafeguarding.decisions.thresholds;

import uk.childsafeguarding.decisions.partnerships.AreaAction;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.FiredRule;
import uk.childsafeguarding.decisions.engine.Parameter;
import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.RuleSession;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetRef;
import uk.childsafeguarding.decisions.partnerships.PartnershipRef;
import uk.childsafeguarding.decisions.partnerships.FrontDoor;
import uk.childsafeguarding.decisions.partnerships.LevelLabel;
import uk.childsafeguarding.decisions.partnerships.Partnership;

/** Runs the threshold rules for one request and shapes the explained answer. */
@Service
public class ThresholdAssessor {

    static final String FEATURE = "thresholds";
    private static final String[] CANONICAL = {null, "UNIVERSAL", "EARLY_HELP", "TARGETED", "SPECIALIST"};

    public ThresholdAssessment assess(ThresholdRequest request, RuleSet ruleSet, String decisionId) {
        var asAt = request.scope().asAt();
        FrontDoor frontDoor = request.area().frontDoorOn(asAt);
        ThresholdFindings findings = new ThresholdFindings();
        List<FiredRule> fired;
        try (RuleSession session = ruleSet.session(FEATURE, asAt)) {
            session.global("findings", findings)
                    .insert(request.child())
                    .insert(new Reporter(request.reporterRole()))
                    .insert(request.circumstances())
                    .insert(arrangement(request, frontDoor));
            List<Parameter> areaParameters = request.area().parameters().factsAt(asAt);
            session.insertAll(areaActions(request, areaParameters));
            session.insertAll(ruleSet.data(FeatureParameters.class).of(FEATURE).factsAt(asAt));
            session.insertAll(areaParameters);
            List<ObservedIndicator> observed = new ArrayList<>(request.indicators().size());
            for (Indicator i : request.indicators()) {
                ObservedIndicator o = new ObservedIndicator(i);
                observed.add(o);
                session.insert(o);
            }
            session.insert(new IndicatorProfile(observed));
            fired = session.fire();
        }
        return answer(request, ruleSet, decisionId, frontDoor, findings, fired);
    }

    static AreaArrangement arrangement(ThresholdRequest request, FrontDoor frontDoor) {
        var asAt = request.scope().asAt();
        return new AreaArrangement(request.scope().partnership().id(), request.area(), frontDoor, request.area().escalationOn(asAt),
                request.area().levelsOfNeed().stream().filter(c -> c.inForceOn(asAt)).findFirst().orElse(null));
    }

    /** The area's own actions in force, with its dated numbers put into the text ({followUp.onlineRequestAfterPhoneHours}). */
    static List<AreaAction> areaActions(ThresholdRequest request, List<Parameter> areaParameters) {
        List<AreaAction> out = new ArrayList<>();
        for (AreaAction x : request.area().actionsOn(request.scope().asAt())) {
            String text = x.text();
            for (Parameter pa : areaParameters) {
                text = text.replace("{" + pa.getName() + "}", String.valueOf(pa.getValue()));
            }
            out.add(new AreaAction(x.citation(), x.when(), x.urgency(), text));
        }
        return out;
    }

    /**
     * The explained answer from what the rules found and the rules that fired, in firing order. (The
     * benchmark's hand-written evaluation shapes its answer here too, so both give the same content.)
     */
    ThresholdAssessment answer(ThresholdRequest request, RuleSet ruleSet, String decisionId, FrontDoor frontDoor, ThresholdFindings findings,
            List<FiredRule> fired) {
        var asAt = request.scope().asAt();
        AssessedLevel level = findings.level();
        if (level == null) {
            throw new IllegalStateException("the threshold rules reached no level; rule set " + ruleSet.version() + " is incomplete");
        }
        LevelLabel label = request.area().labels().get(level.getLevel());
        List<ThresholdAssessment.ActionItem> actions = new ArrayList<>();
        int order = 1;
        for (ThresholdFindings.Action a : findings.orderedActions()) {
            actions.add(new ThresholdAssessment.ActionItem(order++, a.urgency(), a.text(), a.contact()));
        }
        Partnership p = request.scope().partnership();
        boolean lscb = p.underLscbOn(asAt);
        return new ThresholdAssessment(
                decisionId,
                new RuleSetRef(FEATURE, ruleSet.version()),
                asAt.toString(),
                PartnershipRef.of(p),
                new ThresholdAssessment.AreaRef(request.area().id(), request.area().name(), frontDoor.name(), request.area().thresholdDocumentOn(asAt)),
                new ThresholdAssessment.Level(level.getLevel(), CANONICAL[level.getLevel()], label.label(), label.confidence(), label.note()),
                level.getRoutes(),
                findings.isImmediateDanger(),
                actions,
                new ThresholdAssessment.Consent(Boolean.TRUE.equals(findings.consentRequired()), findings.informParentsFirst(),
                        String.join(" ", findings.consentNotes())),
                findings.isJudgementRequired(),
                findings.notes(),
                request.strengths(),
                new ThresholdAssessment.Arrangements(lscb ? p.lscb() : p.name(), lscb),
                Reason.withLocal(Reason.of(fired, ruleSet.sources(), asAt), findings.local().reasons(ruleSet.sources())),
                caveat(frontDoor));
    }

    private static String caveat(FrontDoor frontDoor) {
        return "This is a suggested level to support, not replace, your professional judgement. The indicators are illustrative, "
                + "not a complete list. Discuss the child with your designated safeguarding lead or the front door ("
                + frontDoor.advice() + "). If a child is in immediate danger, call 999.";
    }
}
