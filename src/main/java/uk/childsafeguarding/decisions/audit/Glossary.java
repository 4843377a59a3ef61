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

    /** The words for the codes in an answer built as a tree (the reference DecisionServiceResponseTests compares with). */
    static Map<String, Map<String, String>> of(JsonNode answer, Vocabulary vocabulary) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        collect(answer, vocabulary, out);
        return out;
    }

    /**
     * The same for answers already written as JSON text by Jackson, found by scanning the text, so an
     * answer need not be built as a tree first nor parsed again (issue 16: each cost about 7% of a
     * decision's CPU). A code needs no escaping, so a string with an escape in it is never one; a
     * string followed by ':' is a property name, which the tree walk does not visit either.
     * GlossaryCodeTests checks the scan finds what a parser finds.
     */
    static Map<String, Map<String, String>> ofJson(Vocabulary vocabulary, String... answers) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String json : answers) {
            for (String code : codesIn(json)) {
                word(code, vocabulary, out);
            }
        }
        return out;
    }

    /** The string values of a JSON text that have the form of a code, in order. */
    static java.util.List<String> codesIn(String json) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        int n = json.length();
        int i = 0;
        while (i < n) {
            if (json.charAt(i) != '"') {
                i++;
                continue;
            }
            int start = i + 1;
            int j = start;
            boolean code = true;
            for (char c = json.charAt(j); c != '"'; c = json.charAt(j)) {
                if (c == '\\') {
                    code = false;
                    j += 2;
                    continue;
                }
                code &= j == start ? c >= 'A' && c <= 'Z' : c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
                j++;
            }
            i = j + 1;
            int after = i;
            while (after < n && Character.isWhitespace(json.charAt(after))) {
                after++;
            }
            boolean name = after < n && json.charAt(after) == ':';
            if (code && !name && j - start >= 2 && j - start <= 61) {
                codes.add(json.substring(start, j));
            }
        }
        return codes;
    }

    private static void word(String v, Vocabulary vocabulary, Map<String, Map<String, String>> out) {
        if (!out.containsKey(v) && isCode(v)) {
            vocabulary.anyKind(v).ifPresent(w -> out.put(v, Map.of("text", w.text(), "short", w.shortText())));
        }
    }

    private static void collect(JsonNode n, Vocabulary vocabulary, Map<String, Map<String, String>> out) {
        if (n == null) {
            return;
        }
        if (n.isString()) {
            word(n.asString(), vocabulary, out);
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
