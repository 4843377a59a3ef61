package uk.childsafeguarding.decisions.partnerships;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.engine.RuleSetHolder;

/** GET /api/v1/partnerships: partnerships with their areas, level labels, front doors and validity. */
@RestController
class PartnershipsController {

    private final RuleSetHolder rules;

    PartnershipsController(RuleSetHolder rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/partnerships")
    Map<String, Object> list() {
        Partnerships all = rules.current().data(Partnerships.class);
        List<Map<String, Object>> out = all.all().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", p.name());
            m.put("shortName", p.shortName());
            m.put("validFrom", p.validity().from());
            m.put("validTo", p.validity().to());
            m.put("arrangementsFrom", p.arrangementsFrom());
            m.put("predecessor", p.lscb());
            m.put("notes", p.validityNotes());
            m.put("areaRequired", p.hasSeveralAreas());
            m.put("areas", p.areas().stream().map(PartnershipsController::area).toList());
            return m;
        }).toList();
        return Map.of("ruleSetVersion", rules.current().version(), "partnerships", out);
    }

    private static Map<String, Object> area(Area a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("levelsOfNeed", a.levelsOfNeed());
        m.put("procedures", a.procedures());
        m.put("levelLabels", a.labels());
        m.put("frontDoors", a.frontDoors().stream().map(f -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", f.name());
            d.put("validFrom", f.validity().from());
            d.put("validTo", f.validity().to());
            d.put("safeguarding", f.safeguarding());
            d.put("request", f.request());
            d.put("earlyHelp", f.earlyHelp());
            d.put("advice", f.advice());
            d.put("outOfHours", f.outOfHours());
            d.put("confidence", f.confidence());
            d.put("source", f.source());
            if (f.note() != null) {
                d.put("note", f.note());
            }
            return d;
        }).toList());
        return m;
    }
}
