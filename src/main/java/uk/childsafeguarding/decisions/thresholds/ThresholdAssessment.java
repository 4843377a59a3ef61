package uk.childsafeguarding.decisions.thresholds;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.RuleSetRef;
import uk.childsafeguarding.decisions.partnerships.PartnershipRef;

/** The response to a threshold request (shared/contract.md, "Threshold assessment"). */
public record ThresholdAssessment(
        String decisionId,
        RuleSetRef ruleSet,
        String asAt,
        PartnershipRef partnership,
        AreaRef area,
        Level level,
        List<String> routes,
        boolean immediateDanger,
        List<ActionItem> actions,
        Consent consent,
        boolean professionalJudgementRequired,
        List<String> notes,
        List<String> strengths,
        Arrangements arrangements,
        List<Reason> reasons,
        String caveat) {

    public record AreaRef(String id, String name, String frontDoor, String thresholdDocument) {
    }

    public record Level(int number, String canonical, String label, String labelConfidence, String labelNote) {
    }

    public record ActionItem(int order, Urgency urgency, String text, String contact) {
    }

    public record Consent(boolean required, boolean informParentsFirst, String note) {
    }

    /** Whether the partnership's own arrangements or its predecessor LSCB were in force on asAt. */
    public record Arrangements(String body, boolean localSafeguardingChildrenBoard) {
    }
}
