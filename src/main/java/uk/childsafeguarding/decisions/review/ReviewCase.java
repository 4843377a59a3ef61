package uk.childsafeguarding.decisions.review;

import java.time.LocalDate;
import java.util.Set;

import uk.childsafeguarding.decisions.notification.AbuseOrNeglect;
import uk.childsafeguarding.decisions.notification.Outcome;

/** The case as the review group describes it, with its dates. */
public final class ReviewCase {
    private final AbuseOrNeglect abuseOrNeglect;
    private final Outcome outcome;
    private final boolean panelConcludedLocalReviewMoreAppropriate;
    private final LearningSufficiency rapidReviewLearningSufficient;
    private final Set<DiscretionaryGround> discretionaryGrounds;
    private final ScrStatus seriousCaseReview;
    private final LocalDate partnersAwareDate;
    private final LocalDate notificationSubmittedDate;
    private final LocalDate decisionDate;

    public ReviewCase(AbuseOrNeglect abuseOrNeglect, Outcome outcome, boolean panelConcludedLocalReviewMoreAppropriate,
            LearningSufficiency rapidReviewLearningSufficient, Set<DiscretionaryGround> discretionaryGrounds, ScrStatus seriousCaseReview,
            LocalDate partnersAwareDate, LocalDate notificationSubmittedDate, LocalDate decisionDate) {
        this.abuseOrNeglect = abuseOrNeglect;
        this.outcome = outcome;
        this.panelConcludedLocalReviewMoreAppropriate = panelConcludedLocalReviewMoreAppropriate;
        this.rapidReviewLearningSufficient = rapidReviewLearningSufficient;
        this.discretionaryGrounds = Set.copyOf(discretionaryGrounds);
        this.seriousCaseReview = seriousCaseReview;
        this.partnersAwareDate = partnersAwareDate;
        this.notificationSubmittedDate = notificationSubmittedDate;
        this.decisionDate = decisionDate;
    }

    public AbuseOrNeglect getAbuseOrNeglect() { return abuseOrNeglect; }
    public Outcome getOutcome() { return outcome; }
    public boolean isAbuseOrNeglectKnownOrSuspected() { return abuseOrNeglect != AbuseOrNeglect.NOT_SUSPECTED; }
    public boolean isDiedOrSeriouslyHarmed() { return outcome == Outcome.DIED || outcome == Outcome.SERIOUSLY_HARMED; }
    public boolean isPanelConcludedLocalReviewMoreAppropriate() { return panelConcludedLocalReviewMoreAppropriate; }
    public LearningSufficiency getRapidReviewLearningSufficient() { return rapidReviewLearningSufficient; }
    public Set<DiscretionaryGround> getDiscretionaryGrounds() { return discretionaryGrounds; }
    public boolean isDiscretionaryGroundsGiven() { return !discretionaryGrounds.isEmpty(); }
    /** An SCR the LSCB already commissioned for this case, or null. */
    public ScrStatus getSeriousCaseReview() { return seriousCaseReview; }
    public LocalDate getPartnersAwareDate() { return partnersAwareDate; }
    public LocalDate getNotificationSubmittedDate() { return notificationSubmittedDate; }
    /** The partners' decision date; the as-at date when none was given. */
    public LocalDate getDecisionDate() { return decisionDate; }
}
