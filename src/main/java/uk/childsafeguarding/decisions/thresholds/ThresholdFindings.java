package uk.childsafeguarding.decisions.thresholds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Session global the threshold rules write their outputs to (actions, consent position, notes,
 * flags), so rules do not all join one shared result fact.
 */
public final class ThresholdFindings {

    /** referral: the contact with the front door itself, listed first among actions of the same urgency. */
    public record Action(Urgency urgency, String text, String contact, boolean referral) {
    }

    private AssessedLevel level;
    private boolean immediateDanger;
    private boolean judgementRequired;
    private final List<Action> actions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Boolean consentRequired;
    private boolean informParentsFirst = true;
    private final List<String> consentNotes = new ArrayList<>();

    public void assessed(AssessedLevel level) {
        this.level = level;
        this.judgementRequired |= level.isJudgementRequired();
    }

    public void immediateDanger() {
        this.immediateDanger = true;
    }

    public void judgementRequired() {
        this.judgementRequired = true;
    }

    public void action(Urgency urgency, String text, String contact) {
        actions.add(new Action(urgency, text, contact, false));
    }

    public void referral(Urgency urgency, String text, String contact) {
        actions.add(new Action(urgency, text, contact, true));
    }

    public void note(String note) {
        notes.add(note);
    }

    public void consent(boolean required, String note) {
        this.consentRequired = required;
        consentNotes.add(note);
    }

    private final uk.childsafeguarding.decisions.partnerships.LocalCitations local = new uk.childsafeguarding.decisions.partnerships.LocalCitations();

    /** An area's own document or duty from the partnership file, cited among the reasons. */
    public void cite(uk.childsafeguarding.decisions.partnerships.LocalCitation c) {
        local.add(c);
    }

    /** An area's own follow-up action from the partnership file (text already filled with the area's parameters). */
    public void areaAction(uk.childsafeguarding.decisions.partnerships.AreaAction x, String frontDoorName) {
        action(Urgency.valueOf(x.urgency()), x.text(), frontDoorName);
        local.add(x.citation());
    }

    public uk.childsafeguarding.decisions.partnerships.LocalCitations local() { return local; }

    /** Indicator texts as one lower-case phrase for a reason ("a; b"). */
    public static String lowerJoined(List<?> texts) {
        return String.join("; ", texts.stream().map(t -> String.valueOf(t).toLowerCase(java.util.Locale.UK)).distinct().toList());
    }

    /** Once a rule says not to tell the parents first, no later rule turns that back. */
    public void doNotInformParentsFirst(String why) {
        this.informParentsFirst = false;
        consentNotes.add(why);
    }

    public AssessedLevel level() { return level; }
    public boolean isImmediateDanger() { return immediateDanger; }
    public boolean isJudgementRequired() { return judgementRequired; }
    public List<String> notes() { return notes; }
    public Boolean consentRequired() { return consentRequired; }
    public boolean informParentsFirst() { return informParentsFirst; }
    public List<String> consentNotes() { return consentNotes; }

    /** Actions by urgency, the front-door referral first within an urgency, otherwise in the rules' order. */
    public List<Action> orderedActions() {
        List<Action> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparing(Action::urgency).thenComparing(a -> !a.referral()));
        return sorted;
    }
}
