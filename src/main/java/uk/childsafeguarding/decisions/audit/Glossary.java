package uk.childsafeguarding.decisions.audit;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.vocabulary.Vocabulary;

/**
 * The words for the codes in one answer: every string value that the rule set's vocabulary knows (a
 * level route, a decision, a recipient, a deadline id ...) with its plain-English text and short form, so
 * an API client can show the answer in the same words as the pages without a lookup of its own.
 */
final class Glossary {

    private Glossary() {
    }

    static Map<String, Map<String, String>> of(JsonNode answer, Vocabulary vocabulary) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        collect(answer, vocabulary, out);
        return out;
    }

    private static void collect(JsonNode n, Vocabulary vocabulary, Map<String, Map<String, String>> out) {
        if (n == null) {
            return;
        }
        if (n.isString()) {
            String v = n.asString();
            if (!out.containsKey(v) && isCode(v)) {
                vocabulary.anyKind(v).ifPresent(w -> out.put(v, Map.of("text", w.text(), "short", w.shortText())));
            }
            return;
        }
        n.forEach(child -> collect(child, vocabulary, out));
    }

    /** Compiled once: it runs on every string of every answer (String.matches compiled it each time, about 6% of a decision's CPU under load). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,60}");

    static boolean isCode(String v) {
        // most strings of an answer are sentences: a space or the length rules them out before the pattern runs
        return v.length() <= 61 && v.indexOf(' ') < 0 && CODE.matcher(v).matches();
    }
}
