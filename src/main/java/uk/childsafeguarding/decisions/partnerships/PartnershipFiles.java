package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.childsafeguarding.decisions.engine.DatedParameters;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.Validity;

/**
 * Reads one partnership file: Jackson binds it into {@link PartnershipFile} (unknown keys, missing parts,
 * bad dates and unknown kinds fail with the line), then the checks a schema cannot express (the file is
 * named after its id, dated entries do not overlap, a review protocol covers every day the partnership
 * answers) fail with the line of the entry concerned.
 */
final class PartnershipFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final Set<String> MARKS = Set.of("V", "L", "P", "M", "U");

    private PartnershipFiles() {
    }

    static Partnership read(String path, String text) {
        PartnershipFile f;
        try {
            f = YAML.readValue(text, PartnershipFile.class);
        } catch (UnrecognizedPropertyException e) {
            // records are bound through their constructors, so Jackson reports the end of the object; name the key's own line
            throw new RuleSetException(path + new Checks(path, text).lineOfKey(e.getPropertyName()) + ": unknown key '" + e.getPropertyName()
                    + "'; expected one of " + e.getKnownPropertyIds());
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr();
            throw new RuleSetException(path + line + ": " + e.getOriginalMessage());
        }
        Checks c = new Checks(path, text);
        String fileId = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
        if (!fileId.equals(f.id())) {
            c.fail("id:", "the id '" + f.id() + "' must match the file name '" + fileId + ".yaml'");
        }
        if (f.validTo() != null && !f.validTo().isAfter(f.validFrom())) {
            c.fail("validTo:", "validTo must be after validFrom");
        }
        if (f.areas().isEmpty()) {
            c.fail("areas:", "a partnership needs at least one area");
        }
        List<Area> areas = new ArrayList<>();
        for (PartnershipFile.AreaFile a : f.areas()) {
            areas.add(area(a, c));
        }
        c.noRepeats(areas.stream().map(Area::id).toList(), "area id");
        List<ReviewProtocolEntry> protocols = new ArrayList<>();
        for (PartnershipFile.ProtocolFile p : f.reviewProtocols()) {
            protocols.add(new ReviewProtocolEntry(c.citation(p.id(), p.summary(), p.source(), p.section(), p.confidence(), p.from(), p.to()),
                    p.kind(), p.ifNoAgreement(), p.adviser()));
        }
        c.noOverlap(protocols, x -> x.citation().validity(), "reviewProtocols");
        // every day the partnership answers after its own arrangements start needs a protocol (no HTTP 500 for a gap)
        LocalDate start = f.validFrom().isAfter(f.arrangements().from()) ? f.validFrom() : f.arrangements().from();
        c.covers(protocols.stream().map(x -> x.citation().validity()).toList(), start, f.validTo(), "reviewProtocols");
        List<LocalStep> steps = new ArrayList<>();
        for (PartnershipFile.StepFile s : nullToEmpty(f.localSteps())) {
            if (s.steps().isEmpty()) {
                c.fail("id: " + s.id(), "local step " + s.id() + " has no steps");
            }
            steps.add(new LocalStep(c.citation(s.id(), s.summary(), s.source(), s.section(), s.confidence(), s.from(), s.to()),
                    s.decision().name(), s.when(), List.copyOf(s.steps())));
        }
        List<LocalDeadline> deadlines = new ArrayList<>();
        for (PartnershipFile.DeadlineFile d : nullToEmpty(f.localDeadlines())) {
            deadlines.add(new LocalDeadline(c.citation(d.id(), d.summary(), d.source(), d.section(), d.confidence(), d.from(), d.to()),
                    d.decision().name(), d.deadline(), d.count(), d.unit(), d.countedFrom(), d.explain(), d.step(),
                    alternative(d.ifPassedBeforeAware(), c), alternative(d.ifNotificationDateUnknown(), c)));
        }
        List<String> ids = new ArrayList<>();
        Partnership p = new Partnership(f.id(), f.name(), f.shortName(), new Validity(f.validFrom(), f.validTo()),
                f.validityNote() == null ? List.of() : List.of(f.validityNote()), f.arrangements().from(), f.arrangements().source(),
                f.arrangements().boards(), List.copyOf(areas), f.arrangements().unfinishedReviewsCompletedBy().name(), f.reviewNeedsArea(),
                f.predecessor(), nullToEmpty(f.successors()), List.copyOf(protocols), List.copyOf(steps), List.copyOf(deadlines));
        p.citations().forEach(x -> ids.add(x.id()));
        c.noRepeats(ids, "citation id");
        return p;
    }

    private static Area area(PartnershipFile.AreaFile a, Checks c) {
        if (!a.labels().keySet().equals(Set.of(1, 2, 3, 4))) {
            c.fail("id: " + a.id(), "area " + a.id() + ": labels must name levels 1 to 4");
        }
        Map<Integer, LevelLabel> labels = new TreeMap<>();
        a.labels().forEach((k, v) -> labels.put(k, new LevelLabel(v.label(), c.mark(v.confidence(), "label: " + v.label()), v.note())));
        List<FrontDoor> doors = new ArrayList<>();
        for (PartnershipFile.FrontDoorFile d : a.frontDoors()) {
            doors.add(new FrontDoor(c.validity(d.from(), d.to(), "name: " + d.name()), d.name(), c.mark(d.confidence(), "name: " + d.name()),
                    d.source(), d.safeguarding(), d.request(), d.earlyHelp(), d.advice(), d.outOfHours(), d.fromNote(), d.phone(),
                    d.outOfHoursPhone(), d.web(), d.contactConfidence()));
        }
        c.noOverlap(doors, FrontDoor::validity, "area " + a.id() + " frontDoors");
        List<LocalRoute> routes = new ArrayList<>();
        for (PartnershipFile.EscalationFile e : nullToEmpty(a.escalation())) {
            routes.add(new LocalRoute(c.validity(e.from(), e.to(), "name: " + e.name()), e.name(), e.how(), e.source(),
                    c.mark(e.confidence(), "name: " + e.name())));
        }
        c.noOverlap(routes, LocalRoute::validity, "area " + a.id() + " escalation");
        List<LocalCitation> levels = new ArrayList<>();
        for (PartnershipFile.CitationFile x : a.levelsOfNeed()) {
            levels.add(c.citation(x.id(), x.summary(), x.source(), x.section(), x.confidence(), x.from(), x.to()));
        }
        c.noOverlap(levels, LocalCitation::validity, "area " + a.id() + " levelsOfNeed");
        List<AreaAction> actions = new ArrayList<>();
        for (PartnershipFile.ActionFile x : nullToEmpty(a.actions())) {
            actions.add(new AreaAction(c.citation(x.id(), x.summary(), x.source(), x.section(), x.confidence(), x.from(), x.to()), x.when(),
                    x.urgency().name(), x.text()));
        }
        PartnershipFile.ChildDeathReviewFile d = a.childDeathReview();
        ChildDeathReview cdr = new ChildDeathReview(d.panel(), d.nonResidentDeaths(), d.outOfAreaOption(), d.source(), d.section(),
                c.mark(d.confidence(), "panel: " + d.panel()));
        DatedParameters parameters;
        try {
            parameters = DatedParameters.parse(a.parameters(), c.path + " area " + a.id() + " parameters");
        } catch (RuleSetException e) {
            throw new RuleSetException(c.path + c.lineOf("parameters:") + ": " + e.getMessage());
        }
        return new Area(a.id(), a.name(), List.copyOf(levels), a.procedures(), a.nonMobileInjuryHealthGate(), labels, List.copyOf(doors),
                parameters, a.board(), List.copyOf(routes), cdr, a.secureSettings(), List.copyOf(actions));
    }

    private static LocalDeadline.Alternative alternative(PartnershipFile.AlternativeFile a, Checks c) {
        return a == null ? null
                : new LocalDeadline.Alternative(c.citation(a.id(), a.summary(), a.source(), a.section(), a.confidence(), a.from(), a.to()),
                        a.explain(), a.step());
    }

    private static <T> List<T> nullToEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Semantic checks of one file, each failing with the file, the line of the entry and what is wrong. */
    private static final class Checks {
        final String path;
        final String text;

        Checks(String path, String text) {
            this.path = path;
            this.text = text;
        }

        void fail(String near, String what) {
            throw new RuleSetException(path + lineOf(near) + ": " + what);
        }

        /** The line of a key written at the start of a line (after indentation or a list dash). */
        String lineOfKey(String key) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ -]*" + java.util.regex.Pattern.quote(key) + ":").matcher(text);
            return m.find() ? " line " + (text.substring(0, m.start()).split("\n", -1).length) : "";
        }

        String lineOf(String needle) {
            int at = text.indexOf(needle);
            return at < 0 ? "" : " line " + (text.substring(0, at).split("\n", -1).length);
        }

        Validity validity(LocalDate from, LocalDate to, String near) {
            if (from != null && to != null && !to.isAfter(from)) {
                fail(near, "'to' (" + to + ") must be after 'from' (" + from + ")");
            }
            return new Validity(from, to);
        }

        String mark(String confidence, String near) {
            if (confidence != null && !MARKS.contains(confidence)) {
                fail(near, "confidence must be one of " + MARKS + ", not '" + confidence + "'");
            }
            return confidence;
        }

        LocalCitation citation(String id, String summary, String source, String section, String confidence, LocalDate from, LocalDate to) {
            if (!id.matches("[A-Z]{3}-[A-Z0-9]+-[A-Z0-9]+")) {
                fail("id: " + id, "id '" + id + "' must look like THR-XXX-01, NOT-XXX-01 or REV-XXX-01");
            }
            return new LocalCitation(id, summary, source, section, mark(confidence, "id: " + id), validity(from, to, "id: " + id));
        }

        void noRepeats(List<String> ids, String what) {
            Set<String> seen = new java.util.HashSet<>();
            for (String id : ids) {
                if (!seen.add(id)) {
                    fail("id: " + id, what + " '" + id + "' is used twice in this file");
                }
            }
        }

        <T> void noOverlap(List<T> items, Function<T, Validity> validity, String what) {
            List<Validity> sorted = items.stream().map(validity).sorted(Comparator.comparing(v -> v.from() == null ? LocalDate.MIN : v.from())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                Validity a = sorted.get(i - 1);
                Validity b = sorted.get(i);
                if (a.to() == null || b.from() == null || b.from().isBefore(a.to())) {
                    fail("from: '" + b.from() + "'", what + ": the entry from " + b.from() + " overlaps the one from " + a.from()
                            + (a.to() == null ? " (which has no end)" : " (to " + a.to() + ")"));
                }
            }
        }

        void covers(List<Validity> windows, LocalDate from, LocalDate to, String what) {
            LocalDate day = from;
            List<Validity> sorted = windows.stream().sorted(Comparator.comparing(v -> v.from() == null ? LocalDate.MIN : v.from())).toList();
            for (Validity v : sorted) {
                if (v.from() != null && v.from().isAfter(day)) {
                    break;
                }
                if (v.to() == null) {
                    return;
                }
                if (v.to().isAfter(day)) {
                    day = v.to();
                }
            }
            if (to == null || day.isBefore(to)) {
                fail(what + ":", what + " must cover every day from " + from + (to == null ? "" : " to " + to) + "; nothing covers " + day);
            }
        }
    }
}
