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

/** The partnerships of one rule set: one file each, rules/partnerships/<id>.yaml. */
public final class Partnerships {

    static final String FOLDER = "partnerships/";

    private final Map<String, Partnership> partnerships;

    Partnerships(Map<String, Partnership> partnerships) {
        this.partnerships = partnerships;
    }

    public Partnership partnership(String id) {
        return partnerships.get(id);
    }

    /** Every area of every partnership (an area served by successive partnerships appears once for each). */
    public List<Area> allAreas() {
        return partnerships.values().stream().flatMap(p -> p.areas().stream()).toList();
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
            if (files.files().containsKey(LegacyPartnershipsFile.FILE)) {
                // a rule set from before partnerships had a file each, replayed for a decision it made
                return new Partnerships(LegacyPartnershipsFile.read(files.text(LegacyPartnershipsFile.FILE)));
            }
            Map<String, Partnership> out = new LinkedHashMap<>();
            for (String path : files.files().keySet()) {
                if (!path.startsWith(FOLDER) || !path.endsWith(".yaml") || path.indexOf('/', FOLDER.length()) >= 0) {
                    continue;
                }
                Partnership p = PartnershipFiles.read(path, files.text(path));
                if (out.put(p.id(), p) != null) {
                    throw new RuleSetException(path + ": partnership id '" + p.id() + "' is used by another file");
                }
            }
            if (out.isEmpty()) {
                throw new RuleSetException("no partnership files found in rules/" + FOLDER);
            }
            for (Partnership p : out.values()) {
                for (String other : p.successors()) {
                    if (!out.containsKey(other)) {
                        throw new RuleSetException(FOLDER + p.id() + ".yaml: successor '" + other + "' has no file");
                    }
                }
                if (p.predecessor() != null && !out.containsKey(p.predecessor())) {
                    throw new RuleSetException(FOLDER + p.id() + ".yaml: predecessor '" + p.predecessor() + "' has no file");
                }
            }
            return new Partnerships(out);
        }
    }
}
