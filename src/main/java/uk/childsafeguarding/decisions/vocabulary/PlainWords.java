package uk.childsafeguarding.decisions.vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.review.Criterion;
import uk.childsafeguarding.decisions.thresholds.Indicator;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;

/**
 * What a page, a PDF or the API's `text` fields say for a code, a field path, a date or an instant:
 * the vocabulary's words, the catalogue's words for indicators and review criteria, dates as
 * "26 November 2026" and times in UK local time. Every method takes what the API returned and gives
 * words a policy person would write.
 */
public final class PlainWords {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern BARE_CODE = Pattern.compile("\\b(?:UNIVERSAL|TARGETED|SPECIALIST)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?:T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?\\b");

    private final Vocabulary vocabulary;
    private final IndicatorCatalogue indicators;
    private final CriteriaCatalogue criteria;

    public PlainWords(Vocabulary vocabulary, IndicatorCatalogue indicators, CriteriaCatalogue criteria) {
        this.vocabulary = vocabulary;
        this.indicators = indicators;
        this.criteria = criteria;
    }

    /** The sentence form of a code of a kind; a code without words reads as lower-case words (and the repository test fails). */
    public String text(String kind, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (kind.equals("indicator")) {
            return indicator(code);
        }
        return vocabulary.find(kind, code).map(Vocabulary.Words::text).orElseGet(() -> humanise(code));
    }

    /** The short form, for table cells and calendar days. */
    public String brief(String kind, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (kind.equals("criterion")) {
            return vocabulary.find(kind, code).map(Vocabulary.Words::shortText).orElseGet(() -> criterion(code));
        }
        if (kind.equals("indicator")) {
            return indicator(code);
        }
        return vocabulary.find(kind, code).map(Vocabulary.Words::shortText).orElseGet(() -> humanise(code));
    }

    public String indicator(String code) {
        Indicator i = indicators == null ? null : indicators.get(code);
        return i == null ? humanise(code) : i.text();
    }

    /** A review criterion as the question the review group answered. */
    public String criterion(String id) {
        if (criteria != null) {
            for (Criterion c : criteria.criteria()) {
                if (c.id().equals(id)) {
                    return c.question();
                }
            }
        }
        return vocabulary.find("criterion", id).map(Vocabulary.Words::text).orElseGet(() -> humanise(id));
    }

    /** "Checked: read in the published document" for a confidence mark. */
    public String mark(String mark) {
        return vocabulary.confidence(mark).map(m -> m.text() + ": " + m.explanation()).orElse("Not yet checked: not yet checked against the published document");
    }

    public String markText(String mark) {
        return vocabulary.confidence(mark).map(Vocabulary.Mark::text).orElse("Not yet checked");
    }

    public String field(String path) {
        String plain = path.replaceAll("\\[\\d+]", "");
        return vocabulary.field(plain).orElseGet(() -> plain.startsWith("criteria.") ? criterion(plain.substring("criteria.".length()))
                : humanise(plain.substring(plain.lastIndexOf('.') + 1)));
    }

    /**
     * One entry of a reason's "because of" list in words. The engine writes what triggered a rule as
     * a field path ("child.ageMonths=4"), an indicator code, a criterion rating ("REG11_IMPROVEMENTS=YES")
     * or a short phrase with a date ("asAt before 2019-09-29").
     */
    public String because(String entry) {
        if (entry == null) {
            return "";
        }
        if (indicators != null && indicators.get(entry) != null) {
            return indicator(entry);
        }
        if (vocabulary.find("criterion", entry).isPresent()) {
            return brief("criterion", entry);
        }
        int eq = entry.indexOf('=');
        if (eq > 0 && !entry.contains(" ")) {
            String key = entry.substring(0, eq);
            String value = entry.substring(eq + 1);
            if (vocabulary.find("criterion", key).isPresent()) {
                return brief("criterion", key) + ": " + brief("rating", value).toLowerCase(Locale.UK);
            }
            if (key.equals("child.ageMonths") && value.matches("\\d+")) {
                return field(key) + ": " + age(Integer.parseInt(value));
            }
            if (key.equals("child.ageYears") && value.matches("\\d+")) {
                return field(key) + ": " + value + (value.equals("1") ? " year" : " years");
            }
            if (key.equals("child.gestationWeeks") && value.matches("\\d+")) {
                return field(key) + ": " + value + " weeks";
            }
            return field(key) + ": " + value(value);
        }
        if (entry.matches("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)*")) {
            return field(entry);
        }
        return prose(entry.replace("asAt", "the date of the decision"));
    }

    private String value(String v) {
        if (v.equals("true")) {
            return "yes";
        }
        if (v.equals("false")) {
            return "no";
        }
        if (v.equals("[]")) {
            return "none";
        }
        if (CODE.matcher(v).matches() || v.matches("[A-Z]+")) {
            return vocabulary.anyKind(v).map(Vocabulary.Words::shortText).orElseGet(() -> humanise(v)).toLowerCase(Locale.UK);
        }
        return prose(v);
    }

    /** Free text from the rules with any code or ISO date in it put into words. */
    public String prose(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = CODE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String code = m.group();
            String words = indicators != null && indicators.get(code) != null ? indicator(code)
                    : vocabulary.anyKind(code).map(Vocabulary.Words::shortText).orElseGet(() -> humanise(code));
            m.appendReplacement(sb, Matcher.quoteReplacement(words.toLowerCase(Locale.UK).startsWith("the panel") ? words : lowerFirst(words)));
        }
        m.appendTail(sb);
        // the level codes without an underscore ("TARGETED") are put into words too; other capitals are
        // acronyms (MASH, ICB) or emphasis in the guidance and stay as written
        Matcher bare = BARE_CODE.matcher(sb.toString());
        StringBuilder sb2 = new StringBuilder();
        while (bare.find()) {
            String code = bare.group();
            String words = vocabulary.find("level", code).map(Vocabulary.Words::shortText).orElse(code);
            bare.appendReplacement(sb2, Matcher.quoteReplacement(words.equals(code) ? code : words));
        }
        bare.appendTail(sb2);
        sb = sb2;
        Matcher d = ISO_DATE.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (d.find()) {
            d.appendReplacement(out, Matcher.quoteReplacement(d.group().length() > 10 ? dateTime(d.group()) : date(d.group(1))));
        }
        d.appendTail(out);
        return out.toString();
    }

    /** A stored headline answer ("level 4", "REQUIRED", "LOCAL_CSPR", "differs: level 3") in words, for lists. */
    public String outcome(String type, String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return "";
        }
        if (outcome.equals("agreed")) {
            return "Agreed";
        }
        if (outcome.startsWith("differs: ")) {
            return "Decided: " + lowerFirst(outcome(type, outcome.substring("differs: ".length())));
        }
        if (outcome.startsWith("level ")) {
            return "Level " + outcome.substring("level ".length());
        }
        String kind = "notification".equals(type) ? "notificationDecision" : "review".equals(type) ? "recommendation" : null;
        if (kind == null) {
            // a type-less answer (an impact count "REQUIRED -> CONSIDER"): the notification words, else the review words
            kind = vocabulary.find("notificationDecision", outcome).isPresent() ? "notificationDecision" : "recommendation";
        }
        return brief(kind, outcome);
    }

    /** "26 November 2026". */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))).format(DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    /** "23 November 2026 at 4:22pm", in UK local time (GMT or BST as it was then). */
    public String dateTime(String instant) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        try {
            var t = Instant.parse(instant).atZone(UK);
            return t.format(DATE) + " at " + t.format(TIME).toLowerCase(Locale.UK);
        } catch (DateTimeParseException e) {
            return date(instant);
        }
    }

    /** An age in months as "2 years and 4 months". */
    public String age(int months) {
        int y = months / 12;
        int m = months % 12;
        String years = y == 0 ? "" : y + (y == 1 ? " year" : " years");
        String mons = m == 0 && y > 0 ? "" : m + (m == 1 ? " month" : " months");
        return years.isEmpty() ? mons : mons.isEmpty() ? years : years + " and " + mons;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String humanise(String code) {
        String s = code.replace('_', ' ').toLowerCase(Locale.UK);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
