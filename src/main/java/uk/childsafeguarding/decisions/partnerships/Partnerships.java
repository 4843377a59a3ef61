package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.DatedParameters;
import uk.childsafeguarding.decisions.engine.ReferenceDataParser;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.Validity;
import uk.childsafeguarding.decisions.engine.Yamls;

/** The partnerships and areas of one rule set (rules/partnerships/partnerships.yaml). */
public final class Partnerships {

    static final String FILE = "partnerships/partnerships.yaml";

    private final Map<String, Partnership> partnerships;
    private final Map<String, Area> areas;

    Partnerships(Map<String, Partnership> partnerships, Map<String, Area> areas) {
        this.partnerships = partnerships;
        this.areas = areas;
    }

    public Partnership partnership(String id) {
        return partnerships.get(id);
    }

    public Area area(String id) {
        return areas.get(id);
    }

    public Collection<Partnership> all() {
        return partnerships.values();
    }

    /** Partnerships whose id answers on a day, for error messages that suggest the right one. */
    public List<String> inForceOn(LocalDate day) {
        return partnerships.values().stream().filter(p -> p.validity().contains(day)).map(Partnership::id).toList();
    }

    @Component
    public static class Parser implements ReferenceDataParser<Partnerships> {
        @Override
        public Class<Partnerships> type() {
            return Partnerships.class;
        }

        @Override
        public Partnerships parse(RuleSetFiles files) {
            Map<String, Object> root = Yamls.map(Yamls.load(files.text(FILE), FILE), FILE);
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
                if (!labels.keySet().equals(java.util.Set.of(1, 2, 3, 4))) {
                    throw new RuleSetException(where + ": labels must name levels 1 to 4");
                }
                List<FrontDoor> doors = new ArrayList<>();
                for (Object d : Yamls.list(m.get("frontDoors"), where + " frontDoors")) {
                    Map<String, Object> f = Yamls.map(d, where + " front door");
                    String note = Yamls.text(f, "fromNote");
                    doors.add(new FrontDoor(new Validity(Yamls.date(f, "from", where), Yamls.date(f, "to", where)),
                            Yamls.requiredText(f, "name", where), Yamls.requiredText(f, "confidence", where), Yamls.requiredText(f, "source", where),
                            Yamls.requiredText(f, "safeguarding", where), Yamls.requiredText(f, "request", where),
                            Yamls.requiredText(f, "earlyHelp", where), Yamls.requiredText(f, "advice", where),
                            Yamls.requiredText(f, "outOfHours", where), note));
                }
                areas.put(id, new Area(id, Yamls.requiredText(m, "name", where), Yamls.requiredText(m, "thresholdDocument", where),
                        Yamls.requiredText(m, "procedures", where), Yamls.flag(m, "nimHealthProfessionalGate"), labels, List.copyOf(doors),
                        DatedParameters.parse(m.get("parameters"), where + " parameters")));
            }
            Map<String, Partnership> partnerships = new LinkedHashMap<>();
            for (Object o : Yamls.list(root.get("partnerships"), FILE + " partnerships")) {
                Map<String, Object> m = Yamls.map(o, FILE + " partnership");
                String id = Yamls.requiredText(m, "id", FILE + " partnership");
                String where = FILE + " partnership " + id;
                List<String> areaIds = Yamls.list(m.get("areas"), where + " areas").stream().map(String::valueOf).toList();
                for (String a : areaIds) {
                    if (!areas.containsKey(a)) {
                        throw new RuleSetException(where + ": unknown area " + a);
                    }
                }
                List<String> notes = new ArrayList<>();
                for (String k : List.of("validFromNote", "validToNote", "arrangementsFromNote")) {
                    if (Yamls.text(m, k) != null) {
                        notes.add(Yamls.text(m, k));
                    }
                }
                partnerships.put(id, new Partnership(id, Yamls.requiredText(m, "name", where), Yamls.requiredText(m, "shortName", where),
                        new Validity(Yamls.date(m, "validFrom", where), Yamls.date(m, "validTo", where)), List.copyOf(notes),
                        Yamls.date(m, "arrangementsFrom", where), Yamls.requiredText(m, "arrangementsSource", where),
                        Yamls.requiredText(m, "lscb", where), areaIds));
            }
            return new Partnerships(partnerships, areas);
        }
    }
}
