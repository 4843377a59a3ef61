package uk.childsafeguarding.decisions.partnerships;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.childsafeguarding.decisions.engine.RuleInfo;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.Source;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.review.Criterion;

/**
 * Everything the service will say for one partnership on one date, in plain English, for the person who
 * owns the policy to read and sign off: the partnership's own file (levels, front doors, routes, child
 * death review, protocol, local steps and deadlines) and the generic rules that apply to it (what each
 * level leads to, consent and who to tell first, notification duties and deadlines, review criteria and
 * timetable), each item with its source and confidence mark, unverified items listed first.
 *
 * <p>The policy hash covers the partnership's own file and every rule file that is not another
 * partnership's, so a sign-off holds until something that changes what this partnership's practitioners
 * are told changes, and another partnership's edit does not undo it.
 */
public final class PolicyDigest {

    /** What each confidence mark means, for a reader who does not know the marks. */
    public static final Map<String, String> MARKS = Map.of(
            "V", "read in the published document",
            "L", "read in a local restatement of the published document",
            "P", "read in a related document standing in for it",
            "M", "from memory: not yet checked against the published document",
            "U", "not yet checked against the published document, or our own choice");

    /** Rule groups whose plain-English summaries say what a practitioner or review group is told. */
    private static final List<String[]> GENERIC = List.of(
            new String[] {"What each level leads to", "THR-ACT-", "THR-IMM-", "THR-ESC-", "THR-CUM-", "THR-SH-", "THR-NIM-", "THR-PRE-", "THR-OOS-", "THR-DIS-"},
            new String[] {"Consent and who to tell first", "THR-CON-", "THR-STR-"},
            new String[] {"Serious incident notification: duties and deadlines", "NOT-AGE-", "NOT-DUTY-", "NOT-SER-", "NOT-PAN-", "NOT-NONE-", "NOT-DL-",
                    "NOT-RR", "NOT-LAC-", "NOT-CL-", "NOT-SET-", "NOT-CDR-", "NOT-LSCB-"},
            new String[] {"Rapid review and local reviews: recommendation and timetable", "REV-SER-", "REV-DIS-", "REV-LOC-", "REV-NAT-", "REV-TR-",
                    "REV-TT", "REV-CSPR"});

    private PolicyDigest() {
    }

    public static Map<String, Object> of(Partnership p, LocalDate asAt, RuleSet ruleSet) {
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> who = new ArrayList<>();
        who.add(item("The partnership answers from " + words(p.validity().from()) + (p.validity().to() == null ? "" : " until " + words(p.validity().to()))
                + (p.validityNotes().isEmpty() ? "" : " (" + String.join(" ", p.validityNotes()) + ")") + ".", p.arrangementsSource(), null, null, ruleSet));
        who.add(item("Its own arrangements started on " + words(p.arrangementsFrom()) + "; before that " + p.lscb() + " was the statutory body.",
                p.arrangementsSource(), null, null, ruleSet));
        sections.add(section("Who this covers", who));
        for (Area a : p.areas()) {
            List<Map<String, Object>> items = new ArrayList<>();
            a.labels().forEach((level, label) -> items.add(item("Level " + level + " is called \"" + label.label() + "\"" + (label.note() == null ? "" : " (" + label.note() + ")") + ".",
                    a.levelsOfNeed().isEmpty() ? null : a.levelsOfNeed().get(0).source(), null, label.confidence(), ruleSet)));
            a.levelsOfNeed().stream().filter(c -> c.inForceOn(asAt)).forEach(c -> items.add(cited(c.summary() + ".", c, ruleSet)));
            FrontDoor d = a.frontDoorOn(asAt);
            items.add(item("Front door: " + d.name() + ". Significant harm: " + d.safeguarding() + ". Requests for support: " + d.request()
                    + ". Early help: " + d.earlyHelp() + ". Advice: " + d.advice() + ". Out of hours: " + d.outOfHours() + "."
                    + (d.phone() == null ? " Phone numbers are not held by this service." : " Phone: " + d.phone() + "."), d.source(), null, d.confidence(), ruleSet));
            LocalRoute r = a.escalationOn(asAt);
            if (r != null) {
                items.add(item("A practitioner who disagrees with the front door's decision uses the " + r.name() + ": " + r.how() + ".", r.source(), null,
                        r.confidence(), ruleSet));
            }
            a.actionsOn(asAt).forEach(x -> items.add(cited(x.citation().summary() + ". " + x.text(), x.citation(), ruleSet)));
            ChildDeathReview cdr = a.childDeathReview();
            if (cdr != null) {
                items.add(item("Child deaths: the " + cdr.panel() + " " + cdr.nonResidentDeaths() + "."
                        + (cdr.outOfAreaOption() == null ? "" : " " + cdr.outOfAreaOption() + "."), cdr.source(), cdr.section(), cdr.confidence(), ruleSet));
            }
            if (a.secureSettings() != null) {
                items.add(item("Secure settings: " + a.secureSettings() + ".", p.arrangementsSource(), null, null, ruleSet));
            }
            sections.add(section("Levels, front door and routes: " + a.name(), items));
        }
        for (String[] g : GENERIC) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (RuleInfo r : ruleSet.allRules()) {
                if (startsWithAny(r.id(), g) && r.inForceOn(asAt)) {
                    items.add(item(r.summary() + ".", r.sourceOn(asAt), r.sectionOn(asAt), r.confidence(), ruleSet));
                }
            }
            sections.add(section(g[0], items));
        }
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Criterion c : ruleSet.data(CriteriaCatalogue.class).criteria()) {
            String weight = switch (c.weight()) {
                case "MUST_CONSIDER" -> "the partners must take into account";
                case "HAVE_REGARD" -> "the partners should have regard to";
                default -> "the Panel takes into account for a national review";
            };
            criteria.add(item(c.question() + " (" + weight + ")", c.sourceOn(asAt), c.sectionOn(asAt), null, ruleSet));
        }
        sections.add(section("Review criteria the group rates", criteria));
        List<Map<String, Object>> local = new ArrayList<>();
        ReviewProtocolEntry protocol = p.reviewProtocolOn(asAt);
        if (protocol != null && !p.underLscbOn(asAt)) {
            local.add(cited(protocol.citation().summary() + ". If the partners do not agree: " + protocol.ifNoAgreement().replace("{area}", "the child's area")
                    + (protocol.adviser() == null ? "" : " " + protocol.adviser()), protocol.citation(), ruleSet));
        }
        for (LocalStep s : p.localStepsOn(asAt)) {
            local.add(cited(s.citation().summary() + ": " + String.join(" ", s.steps()).replace("{area}", "the child's area"), s.citation(), ruleSet));
        }
        for (LocalDeadline d : p.localDeadlinesOn(asAt)) {
            local.add(cited(d.citation().summary() + " (" + d.count() + " " + d.unit().name().toLowerCase() + ").", d.citation(), ruleSet));
        }
        sections.add(section("The partnership's own decision protocol, steps and deadlines", local));

        List<Map<String, Object>> unverified = new ArrayList<>();
        for (Map<String, Object> s : sections) {
            for (Object o : (List<?>) s.get("items")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> i = (Map<String, Object>) o;
                if (Set.of("M", "U").contains(i.get("mark"))) {
                    unverified.add(i);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("partnership", Map.of("id", p.id(), "name", p.name()));
        out.put("asAt", asAt.toString());
        out.put("ruleSetVersion", ruleSet.version());
        out.put("policyHash", policyHash(p, ruleSet));
        out.put("unverified", unverified);
        out.put("sections", sections);
        out.put("marks", MARKS);
        return out;
    }

    /** A hash of the partnership's own file and every rule file that is not another partnership's. */
    public static String policyHash(Partnership p, RuleSet ruleSet) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : ruleSet.files().files().entrySet()) {
                String path = e.getKey();
                boolean otherPartnership = path.startsWith("partnerships/") && path.endsWith(".yaml") && !path.equals("partnerships/" + p.id() + ".yaml");
                if (otherPartnership) {
                    continue;
                }
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.time.format.DateTimeFormatter LONG = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** A date as a reader writes it: 29 September 2019. */
    private static String words(LocalDate day) {
        return day == null ? "" : LONG.format(day);
    }

    private static boolean startsWithAny(String id, String[] group) {
        for (int i = 1; i < group.length; i++) {
            if (id.startsWith(group[i])) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> section(String title, List<Map<String, Object>> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("items", items);
        return m;
    }

    private static Map<String, Object> cited(String text, LocalCitation c, RuleSet ruleSet) {
        return item(text, c.source(), c.section(), c.confidence(), ruleSet);
    }

    private static Map<String, Object> item(String text, String sourceId, String section, String mark, RuleSet ruleSet) {
        Source s = sourceId == null ? null : ruleSet.sources().get(sourceId);
        String m = mark != null ? mark : s == null ? "U" : s.confidence();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("id", sourceId);
        src.put("title", s == null ? null : s.title());
        src.put("section", section);
        out.put("source", src);
        out.put("mark", m);
        out.put("markText", MARKS.getOrDefault(m, m));
        return out;
    }
}
