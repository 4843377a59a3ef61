package uk.childsafeguarding.decisions.vocabulary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.ReferenceDataParser;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.Yamls;

/**
 * The words of rules/vocabulary.yaml: for each kind of code (route, deadline, recommendation ...) a
 * sentence form and a short form for tables, the confidence marks with their one-line explanation, and
 * the request fields in the forms' words. Loaded with the rule set, so a reload changes the words too.
 */
public final class Vocabulary {

    public static final String FILE = "vocabulary.yaml";

    public record Words(String text, String shortText) {
    }

    public record Mark(String text, String explanation) {
    }

    private final Map<String, Map<String, Words>> kinds;
    private final Map<String, Mark> confidence;
    private final Map<String, String> fields;

    /** Every code with the words of the first kind (in file order) that has it. */
    private final Map<String, Words> firstKind = new java.util.HashMap<>();

    Vocabulary(Map<String, Map<String, Words>> kinds, Map<String, Mark> confidence, Map<String, String> fields) {
        this.kinds = kinds;
        this.confidence = confidence;
        this.fields = fields;
        kinds.values().forEach(k -> k.forEach(firstKind::putIfAbsent));
    }

    public Optional<Words> find(String kind, String code) {
        Map<String, Words> k = kinds.get(kind);
        return Optional.ofNullable(k == null || code == null ? null : k.get(code));
    }

    /** The first kind (in file order) that has this code; for codes met inside free text. */
    public Optional<Words> anyKind(String code) {
        return Optional.ofNullable(code == null ? null : firstKind.get(code));
    }

    public Map<String, Map<String, Words>> kinds() {
        return kinds;
    }

    public Optional<Mark> confidence(String mark) {
        return Optional.ofNullable(mark == null ? null : confidence.get(mark));
    }

    public Map<String, Mark> confidenceMarks() {
        return confidence;
    }

    public Optional<String> field(String path) {
        return Optional.ofNullable(fields.get(path));
    }

    public Map<String, String> fields() {
        return fields;
    }

    @Component
    public static class Parser implements ReferenceDataParser<Vocabulary> {
        @Override
        public Class<Vocabulary> type() {
            return Vocabulary.class;
        }

        /**
         * A rule set without the file (one stored before the vocabulary existed, read for an ORIGINAL
         * replay) loads with no words; pages always use the current rule set's vocabulary.
         */
        @Override
        public Vocabulary parse(RuleSetFiles files) {
            if (!files.files().containsKey(FILE)) {
                return new Vocabulary(Map.of(), Map.of(), Map.of());
            }
            Map<String, Object> root = Yamls.map(Yamls.load(files.text(FILE)), FILE);
            Map<String, Map<String, Words>> kinds = new LinkedHashMap<>();
            for (Map.Entry<String, Object> k : Yamls.map(root.get("kinds"), FILE + " kinds").entrySet()) {
                Map<String, Words> words = new LinkedHashMap<>();
                for (Map.Entry<String, Object> c : Yamls.map(k.getValue(), FILE + " " + k.getKey()).entrySet()) {
                    String where = FILE + " " + k.getKey() + " " + c.getKey();
                    Map<String, Object> w = Yamls.map(c.getValue(), where);
                    String text = Yamls.requiredText(w, "text", where);
                    String shortText = Yamls.text(w, "short");
                    words.put(c.getKey(), new Words(text, shortText == null ? text : shortText));
                }
                kinds.put(k.getKey(), Map.copyOf(words));
            }
            Map<String, Mark> marks = new LinkedHashMap<>();
            for (Map.Entry<String, Object> c : Yamls.map(root.get("confidence"), FILE + " confidence").entrySet()) {
                String where = FILE + " confidence " + c.getKey();
                Map<String, Object> w = Yamls.map(c.getValue(), where);
                marks.put(c.getKey(), new Mark(Yamls.requiredText(w, "text", where), Yamls.requiredText(w, "explanation", where)));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Object> c : Yamls.map(root.get("fields"), FILE + " fields").entrySet()) {
                if (!(c.getValue() instanceof String s) || s.isBlank()) {
                    throw new RuleSetException(FILE + " fields " + c.getKey() + ": needs its words");
                }
                fields.put(c.getKey(), s);
            }
            return new Vocabulary(kinds, marks, fields);
        }
    }
}
