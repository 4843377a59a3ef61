package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.List;

import uk.childsafeguarding.decisions.engine.Validity;

/**
 * A safeguarding partnership, from its own file rules/partnerships/&lt;id&gt;.yaml. The id answers requests
 * within {@code validity}; before {@code arrangementsFrom} its areas were served by the Local Safeguarding
 * Children Board(s) named in {@code lscb}. It carries everything local: its areas (front doors, labels,
 * routes), its review decision protocol, and its own steps and deadlines after a notification or review.
 */
public record Partnership(String id, String name, String shortName, Validity validity, List<String> validityNotes,
        LocalDate arrangementsFrom, String arrangementsSource, String lscb, List<Area> areas, String unfinishedReviewsCompletedBy,
        boolean reviewNeedsArea, String predecessor, List<String> successors, List<ReviewProtocolEntry> reviewProtocols,
        List<LocalStep> localSteps, List<LocalDeadline> localDeadlines) {

    public List<String> areaIds() {
        return areas.stream().map(Area::id).toList();
    }

    /** The partnership's area with this id, or null. */
    public Area area(String areaId) {
        return areas.stream().filter(a -> a.id().equals(areaId)).findFirst().orElse(null);
    }

    public boolean hasSeveralAreas() {
        return areas.size() > 1;
    }

    public boolean underLscbOn(LocalDate day) {
        return day.isBefore(arrangementsFrom);
    }

    /** The review protocol in force on a day, or null (a partnership file must cover its whole validity; checked at load). */
    public ReviewProtocolEntry reviewProtocolOn(LocalDate day) {
        return reviewProtocols.stream().filter(p -> p.citation().inForceOn(day)).findFirst().orElse(null);
    }

    public List<LocalStep> localStepsOn(LocalDate day) {
        return localSteps.stream().filter(s -> s.citation().inForceOn(day)).toList();
    }

    public List<LocalDeadline> localDeadlinesOn(LocalDate day) {
        return localDeadlines.stream().filter(d -> d.citation().inForceOn(day)).toList();
    }

    /** Every citation in the file: steps, deadlines, protocols and each area's documents and actions. */
    public List<LocalCitation> citations() {
        List<LocalCitation> out = new java.util.ArrayList<>();
        reviewProtocols.forEach(p -> out.add(p.citation()));
        localSteps.forEach(s -> out.add(s.citation()));
        for (LocalDeadline d : localDeadlines) {
            out.add(d.citation());
            if (d.ifPassedBeforeAware() != null) {
                out.add(d.ifPassedBeforeAware().citation());
            }
            if (d.ifNotificationDateUnknown() != null) {
                out.add(d.ifNotificationDateUnknown().citation());
            }
        }
        for (Area a : areas) {
            out.addAll(a.levelsOfNeed());
            a.actions().forEach(x -> out.add(x.citation()));
        }
        return out;
    }
}
