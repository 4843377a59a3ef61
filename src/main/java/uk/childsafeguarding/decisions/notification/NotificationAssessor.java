package uk.childsafeguarding.decisions.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.FiredRule;
import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.RuleSession;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetRef;
import uk.childsafeguarding.decisions.partnerships.PartnershipRef;
import uk.childsafeguarding.decisions.partnerships.LocalArrangements;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** Runs the notification rules for one incident and shapes the explained answer. */
@Service
public class NotificationAssessor {

    static final String FEATURE = "notification";
    static final String CAVEAT = "This supports, and does not replace, the judgement of the local authority and the safeguarding partners. "
            + "Whether harm is serious, and whether abuse or neglect is suspected, are judgements: where the answer is CONSIDER, decide and record why. "
            + "Deadlines count working days in England and Wales, the starting date being day 0.";

    public NotificationAssessment assess(NotificationRequest request, RuleSet ruleSet, String decisionId) {
        var asAt = request.scope().asAt();
        NotificationFindings findings = new NotificationFindings(ruleSet.data(WorkingDayCalendar.class));
        Partnership p = request.scope().partnership();
        List<FiredRule> fired;
        LocalArrangements arrangements = new LocalArrangements(p, request.areaId(), asAt);
        try (RuleSession session = ruleSet.session(FEATURE, asAt)) {
            session.global("notificationFindings", findings)
                    .insert(request.child())
                    .insert(request.incident())
                    .insert(arrangements)
                    .insertAll(arrangements.localFactsFor("notification"))
                    .insertAll(ruleSet.data(FeatureParameters.class).of(FEATURE).factsAt(asAt));
            fired = session.fire();
        }
        NotificationDecision d = findings.decision();
        if (d == null) {
            throw new IllegalStateException("the notification rules reached no decision; rule set " + ruleSet.version() + " is incomplete");
        }
        List<NotificationAssessment.Step> steps = new ArrayList<>();
        for (String s : findings.localProcess()) {
            steps.add(new NotificationAssessment.Step(steps.size() + 1, s));
        }
        return new NotificationAssessment(decisionId,
                new RuleSetRef(FEATURE, ruleSet.version()),
                asAt.toString(),
                PartnershipRef.of(p),
                new NotificationAssessment.Notification(d.getDecision(), d.getStrength(), d.getAuthority()),
                findings.recipients().stream().map(r -> new NotificationAssessment.RecipientItem(r.body(), str(r.dueBy()), r.how())).toList(),
                findings.deadlines().stream().map(x -> new NotificationAssessment.DeadlineItem(x.id(), str(x.dueBy()), x.basis())).toList(),
                steps, findings.regime(), findings.healthPartner(), findings.notes(), Reason.withLocal(Reason.of(fired, ruleSet.sources(), asAt), findings.local().reasons(ruleSet.sources())), CAVEAT);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
