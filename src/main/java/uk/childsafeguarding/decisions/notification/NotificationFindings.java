package uk.childsafeguarding.decisions.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.childsafeguarding.decisions.calendar.Timetable;
import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;

/** Session global the notification (and review) rules write their outputs to. */
public final class NotificationFindings {

    public record RecipientDue(Recipient body, LocalDate dueBy, String how) {
    }

    private final Timetable deadlines;
    private NotificationDecision decision;
    private String regime;
    private String healthPartner;
    private final List<RecipientDue> recipients = new ArrayList<>();
    private final List<String> localProcess = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public NotificationFindings(WorkingDayCalendar calendar) {
        this.deadlines = new Timetable(calendar);
    }

    public void decided(NotificationDecision d) { this.decision = d; }
    public void regime(String regime) { this.regime = regime; }
    public void healthPartner(String partner) { this.healthPartner = partner; }
    public void note(String note) { notes.add(note); }
    public void step(String text) { localProcess.add(text); }

    /** Adds a recipient; a body already listed keeps the earlier due date. */
    public void recipient(Recipient body, LocalDate dueBy, String how) {
        for (int i = 0; i < recipients.size(); i++) {
            RecipientDue r = recipients.get(i);
            if (r.body() == body) {
                if (dueBy != null && (r.dueBy() == null || dueBy.isBefore(r.dueBy()))) {
                    recipients.set(i, new RecipientDue(body, dueBy, how));
                }
                return;
            }
        }
        recipients.add(new RecipientDue(body, dueBy, how));
    }

    /** A deadline N working days after a starting date (day 0). */
    public LocalDate workingDays(String id, LocalDate from, int days, String what) {
        return deadlines.workingDaysAfter(id, from, days, what);
    }

    private final uk.childsafeguarding.decisions.partnerships.LocalCitations local = new uk.childsafeguarding.decisions.partnerships.LocalCitations();

    /** The partnership's own steps (from its file), with the child's area named, cited among the reasons. */
    public void localStep(uk.childsafeguarding.decisions.partnerships.LocalStep s, uk.childsafeguarding.decisions.partnerships.LocalArrangements a) {
        s.steps().forEach(t -> step(a.fill(t)));
        local.add(s.citation());
    }

    /** The partnership's own deadline counted from a date as its document counts, with its step. */
    public void localDeadline(uk.childsafeguarding.decisions.partnerships.LocalDeadline d, LocalDate from,
            uk.childsafeguarding.decisions.partnerships.LocalArrangements a) {
        LocalDate due = d.unit() == uk.childsafeguarding.decisions.partnerships.LocalDeadline.Unit.MONTHS
                ? deadlines.monthsAfter(d.deadline(), from, d.count(), d.explain())
                : deadlines.daysAfter(d.deadline(), from, d.count(), d.explain());
        if (d.step() != null) {
            step(a.fill(d.step()).replace("{date}", due.toString()));
        }
        local.add(d.citation());
    }

    /** The partnership's own text for when its deadline had already passed before the authority knew. */
    public void localDeadlinePassed(uk.childsafeguarding.decisions.partnerships.LocalDeadline.Alternative alt, LocalDate aware,
            uk.childsafeguarding.decisions.partnerships.LocalArrangements a) {
        step(a.fill(alt.step()).replace("{aware}", aware.toString()));
        local.add(alt.citation());
    }

    public uk.childsafeguarding.decisions.partnerships.LocalCitations local() { return local; }

    public NotificationDecision decision() { return decision; }
    public String regime() { return regime; }
    public String healthPartner() { return healthPartner; }
    public List<RecipientDue> recipients() { return recipients; }
    public List<Timetable.Entry> deadlines() { return deadlines.entries(); }
    public List<String> localProcess() { return localProcess; }
    public List<String> notes() { return notes; }
}
