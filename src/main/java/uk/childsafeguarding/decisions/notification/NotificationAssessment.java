package uk.childsafeguarding.decisions.notification;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.RuleSetRef;
import uk.childsafeguarding.decisions.partnerships.PartnershipRef;

/** The response to a notification request (shared/contract.md, "Notification assessment"). */
public record NotificationAssessment(
        String decisionId,
        RuleSetRef ruleSet,
        String asAt,
        PartnershipRef partnership,
        Notification notification,
        List<RecipientItem> recipients,
        List<DeadlineItem> deadlines,
        List<Step> localProcess,
        String regime,
        String healthPartner,
        List<String> notes,
        List<Reason> reasons,
        String caveat) {

    public record Notification(NotificationDecisionValue decision, Strength strength, NotifyingAuthority notifyingAuthority) {
    }

    public record RecipientItem(Recipient body, String dueBy, String how) {
    }

    public record DeadlineItem(String id, String dueBy, String basis) {
    }

    public record Step(int order, String text) {
    }
}
