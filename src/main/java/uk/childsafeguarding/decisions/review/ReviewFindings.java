package uk.childsafeguarding.decisions.review;

import uk.childsafeguarding.decisions.partnerships.LocalArrangements;
import uk.childsafeguarding.decisions.partnerships.LocalCitations;
import uk.childsafeguarding.decisions.partnerships.LocalDeadline;
import uk.childsafeguarding.decisions.partnerships.LocalStep;
import uk.childsafeguarding.decisions.partnerships.ReviewProtocolEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.childsafeguarding.decisions.calendar.Timetable;
import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;

/** Session global the review rules write their outputs to. */
public final class ReviewFindings {
    private final Timetable timetable;
    private ReviewRecommendation recommendation;
    private PartnerDecisionProtocol protocol;
    private String escalation;
    private String regime;
    private boolean judgementRequired;
    private final List<String> localProcess = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ReviewFindings(WorkingDayCalendar calendar) {
        this.timetable = new Timetable(calendar);
    }

    public void recommended(ReviewRecommendation r) {
        this.recommendation = r;
        if (r.getStrength() == RecommendationStrength.CONSIDER) {
            judgementRequired = true;
        }
    }

    /** The partnership's decision protocol and where a disagreement goes. */
    public void protocol(PartnerDecisionProtocol protocol, String escalation) {
        this.protocol = protocol;
        this.escalation = escalation;
    }

    public void regime(String regime) { this.regime = regime; }
    public void judgementRequired() { this.judgementRequired = true; }
    public void step(String text) { localProcess.add(text); }
    public void note(String text) { notes.add(text); }

    public LocalDate workingDaysAfter(String id, LocalDate from, int days, String what) {
        return timetable.workingDaysAfter(id, from, days, what);
    }

    public LocalDate workingDaysBefore(String id, LocalDate end, int days, String what) {
        return timetable.workingDaysBefore(id, end, days, what);
    }

    public LocalDate monthsAfter(String id, LocalDate from, int months, String what) {
        return timetable.monthsAfter(id, from, months, what);
    }

    private final LocalCitations local = new LocalCitations();

    /** The partnership's decision protocol from its file: how the partners decide, where a disagreement goes, who advises. */
    public void localProtocol(ReviewProtocolEntry p, LocalArrangements a) {
        protocol(PartnerDecisionProtocol.valueOf(p.kind().name()), a.fill(p.ifNoAgreement()));
        if (p.adviser() != null) {
            step(a.fill(p.adviser()));
        }
        local.add(p.citation());
    }

    /** The partnership's own steps (from its file), with the child's area named, cited among the reasons. */
    public void localStep(LocalStep s, LocalArrangements a) {
        s.steps().forEach(t -> step(a.fill(t)));
        local.add(s.citation());
    }

    /** The partnership's own deadline counted from a date as its document counts; {@code alt} where its fallback applies. */
    public void localDeadline(LocalDeadline d, LocalDate from, LocalDeadline.Alternative alt) {
        String explain = alt != null && alt.explain() != null ? alt.explain() : d.explain();
        if (d.unit() == LocalDeadline.Unit.MONTHS) {
            timetable.monthsAfter(d.deadline(), from, d.count(), explain);
        } else {
            timetable.daysAfter(d.deadline(), from, d.count(), explain);
        }
        local.add(alt != null ? alt.citation() : d.citation());
    }

    public LocalCitations local() { return local; }

    public ReviewRecommendation recommendation() { return recommendation; }
    public PartnerDecisionProtocol protocol() { return protocol; }
    public String escalation() { return escalation; }
    public String regime() { return regime; }
    public boolean isJudgementRequired() { return judgementRequired; }
    public List<Timetable.Entry> timetable() { return timetable.entries(); }
    public List<String> localProcess() { return localProcess; }
    public List<String> notes() { return notes; }
}
