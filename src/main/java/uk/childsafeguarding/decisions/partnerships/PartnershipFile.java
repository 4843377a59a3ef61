package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shape of one rules/partnerships/&lt;id&gt;.yaml file, bound by Jackson: an unknown key, a missing
 * required part, a bad date or an unknown kind fails the load with the file and line. Field names are the
 * keys a partnership officer edits (rules/partnerships/README.md explains each).
 */
record PartnershipFile(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String shortName,
        @JsonProperty(required = true) LocalDate validFrom,
        LocalDate validTo,
        String validityNote,
        String predecessor,
        List<String> successors,
        @JsonProperty(required = true) ArrangementsFile arrangements,
        boolean reviewNeedsArea,
        @JsonProperty(required = true) List<AreaFile> areas,
        @JsonProperty(required = true) List<ProtocolFile> reviewProtocols,
        List<StepFile> localSteps,
        List<DeadlineFile> localDeadlines) {

    record ArrangementsFile(
            @JsonProperty(required = true) LocalDate from,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String boards,
            @JsonProperty(required = true) UnfinishedReviews unfinishedReviewsCompletedBy,
            String note,
            String unfinishedReviewsNote) {
    }

    /** Who completes serious case reviews still under way when the new arrangements start. */
    enum UnfinishedReviews { LSCB, AREA_REVIEW_GROUPS }

    record AreaFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String board,
            @JsonProperty(required = true) List<CitationFile> levelsOfNeed,
            @JsonProperty(required = true) String procedures,
            boolean nonMobileInjuryHealthGate,
            @JsonProperty(required = true) Map<Integer, LabelFile> labels,
            @JsonProperty(required = true) List<FrontDoorFile> frontDoors,
            List<EscalationFile> escalation,
            @JsonProperty(required = true) ChildDeathReviewFile childDeathReview,
            String secureSettings,
            List<ActionFile> actions,
            Map<String, List<Map<String, Object>>> parameters) {
    }

    /** The citation every piece of local policy carries. */
    record CitationFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String summary,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            String confidence,
            LocalDate from,
            LocalDate to) {
    }

    record LabelFile(@JsonProperty(required = true) String label, @JsonProperty(required = true) String confidence, String note) {
    }

    record FrontDoorFile(
            @JsonProperty(required = true) LocalDate from,
            LocalDate to,
            String fromNote,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String confidence,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String safeguarding,
            @JsonProperty(required = true) String request,
            @JsonProperty(required = true) String earlyHelp,
            @JsonProperty(required = true) String advice,
            @JsonProperty(required = true) String outOfHours,
            String phone,
            String outOfHoursPhone,
            String web,
            String contactConfidence) {
    }

    record EscalationFile(
            @JsonProperty(required = true) LocalDate from,
            LocalDate to,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String how,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String confidence) {
    }

    record ChildDeathReviewFile(
            @JsonProperty(required = true) String panel,
            @JsonProperty(required = true) String nonResidentDeaths,
            String outOfAreaOption,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            @JsonProperty(required = true) String confidence) {
    }

    record ActionFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String summary,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            String confidence,
            LocalDate from,
            LocalDate to,
            @JsonProperty(required = true) AreaAction.Trigger when,
            @JsonProperty(required = true) Urgency urgency,
            @JsonProperty(required = true) String text) {
    }

    /** The urgencies an area action may carry (the threshold answer's own). */
    enum Urgency { NOW, TODAY, WITHIN_DAYS, ROUTINE }

    record ProtocolFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String summary,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            String confidence,
            LocalDate from,
            LocalDate to,
            @JsonProperty(required = true) ReviewProtocolEntry.ProtocolKind kind,
            @JsonProperty(required = true) String ifNoAgreement,
            String adviser) {
    }

    record StepFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String summary,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            String confidence,
            LocalDate from,
            LocalDate to,
            @JsonProperty(required = true) Decision decision,
            @JsonProperty(required = true) LocalStepTrigger when,
            @JsonProperty(required = true) List<String> steps) {
    }

    /** The decisions a local step or deadline belongs to. */
    enum Decision { notification, review }

    record DeadlineFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String summary,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            String confidence,
            LocalDate from,
            LocalDate to,
            @JsonProperty(required = true) Decision decision,
            @JsonProperty(required = true) String deadline,
            @JsonProperty(required = true) int count,
            @JsonProperty(required = true) LocalDeadline.Unit unit,
            @JsonProperty(required = true) LocalDeadline.CountedFrom countedFrom,
            @JsonProperty(required = true) String explain,
            String step,
            AlternativeFile ifPassedBeforeAware,
            AlternativeFile ifNotificationDateUnknown) {
    }

    record AlternativeFile(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String summary,
            @JsonProperty(required = true) String source,
            @JsonProperty(required = true) String section,
            String confidence,
            LocalDate from,
            LocalDate to,
            String explain,
            String step) {
    }
}
