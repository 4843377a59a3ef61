package uk.childsafeguarding.decisions.partnerships;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.childsafeguarding.decisions.engine.DatedParameters;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.Validity;
import uk.childsafeguarding.decisions.engine.Yamls;

/**
 * Reads the single partnerships/partnerships.yaml of rule sets made before each partnership had its own
 * file (November 2026), so that decisions recorded with those rule sets can still be replayed against
 * their original rules. Their local policy lived in their DRL, so a partnership read here has no review
 * protocols, steps or deadlines of its own; what the old file did not say (boards per area, child death
 * review, escalation routes) is left empty.
 */
final class LegacyPartnershipsFile {

    static final String FILE = "partnerships/partnerships.yaml";

    private LegacyPartnershipsFile() {
    }

    static Map<String, Partnership> read(String text) {
        Map<String, Object> root = Yamls.map(Yamls.load(text, FILE), FILE);
        Map<String, Area> areas = new LinkedHashMap<>();
        for (Object o : Yamls.list(root.get("areas"), FILE + " areas")) {
            Map<String, Object> m = Yamls.map(o, FILE + " area");
            String id = Yamls.requiredText(m, "id", FILE + " area");
            String where = FILE + " area " + id;
            Map<Integer, LevelLabel> labels = new TreeMap<>();
            for (Map.Entry<String, Object> e : Yamls.map(m.get("labels"), where + " labels").entrySet()) {
                Map<String, Object> l = Yamls.map(e.getValue(), where + " label");
                labels.put(Integer.valueOf(String.valueOf(e.getKey())), new LevelLabel(Yamls.requiredText(l, "label", where),
                        Yamls.requiredText(l, "confidence", where), Yamls.text(l, "note")));
            }
            List<FrontDoor> doors = new ArrayList<>();
            for (Object d : Yamls.list(m.get("frontDoors"), where + " frontDoors")) {
                Map<String, Object> f = Yamls.map(d, where + " front door");
                doors.add(new FrontDoor(new Validity(Yamls.date(f, "from", where), Yamls.date(f, "to", where)),
                        Yamls.requiredText(f, "name", where), Yamls.requiredText(f, "confidence", where), Yamls.requiredText(f, "source", where),
                        Yamls.requiredText(f, "safeguarding", where), Yamls.requiredText(f, "request", where),
                        Yamls.requiredText(f, "earlyHelp", where), Yamls.requiredText(f, "advice", where),
                        Yamls.requiredText(f, "outOfHours", where), Yamls.text(f, "fromNote"), null, null, null, null));
            }
            String document = Yamls.requiredText(m, "thresholdDocument", where);
            LocalCitation levels = new LocalCitation("THR-MAP-" + id.toUpperCase().replace("-", ""), "The area's threshold document",
                    document, "Levels of need", null, new Validity(null, null));
            areas.put(id, new Area(id, Yamls.requiredText(m, "name", where), List.of(levels), Yamls.requiredText(m, "procedures", where),
                    Yamls.flag(m, "nimHealthProfessionalGate"), labels, List.copyOf(doors),
                    DatedParameters.parse(m.get("parameters"), where + " parameters"), Yamls.text(m, "lscb"), List.of(), null, null, List.of()));
        }
        Map<String, Partnership> out = new LinkedHashMap<>();
        for (Object o : Yamls.list(root.get("partnerships"), FILE + " partnerships")) {
            Map<String, Object> m = Yamls.map(o, FILE + " partnership");
            String id = Yamls.requiredText(m, "id", FILE + " partnership");
            String where = FILE + " partnership " + id;
            List<Area> own = new ArrayList<>();
            for (Object a : Yamls.list(m.get("areas"), where + " areas")) {
                Area area = areas.get(String.valueOf(a));
                if (area == null) {
                    throw new RuleSetException(where + ": unknown area " + a);
                }
                own.add(area);
            }
            String lscb = Yamls.requiredText(m, "lscb", where);
            List<Area> withBoards = own.stream().map(a -> a.lscb() != null ? a : new Area(a.id(), a.name(), a.levelsOfNeed(), a.procedures(),
                    a.nimHealthProfessionalGate(), a.labels(), a.frontDoors(), a.parameters(), lscb, a.escalation(), a.childDeathReview(),
                    a.secureSettings(), a.actions())).toList();
            List<String> notes = new ArrayList<>();
            for (String k : List.of("validFromNote", "validToNote", "arrangementsFromNote")) {
                if (Yamls.text(m, k) != null) {
                    notes.add(Yamls.text(m, k));
                }
            }
            String completedBy = Yamls.text(m, "unfinishedReviewsCompletedBy");
            out.put(id, new Partnership(id, Yamls.requiredText(m, "name", where), Yamls.requiredText(m, "shortName", where),
                    new Validity(Yamls.date(m, "validFrom", where), Yamls.date(m, "validTo", where)), List.copyOf(notes),
                    Yamls.date(m, "arrangementsFrom", where), Yamls.requiredText(m, "arrangementsSource", where), lscb, withBoards,
                    completedBy == null ? LocalArrangements.COMPLETED_BY_LSCB : completedBy, false, null, List.of(), List.of(), List.of(), List.of()));
        }
        return out;
    }
}
