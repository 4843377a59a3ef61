package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The code test in Glossary says exactly what the pattern says; the scan of a JSON text finds exactly
 * the code-shaped string values a JSON parser finds (never a property name, never a string with escapes).
 */
class GlossaryCodeTests {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,60}");

    @Property(tries = 2000)
    void agreesWithThePattern(@ForAll("codeLike") String s) {
        assertThat(Glossary.isCode(s)).as(s).isEqualTo(CODE.matcher(s).matches());
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.strings().withChars("AZM09_az-. É\n").ofMinLength(0).ofMaxLength(64);
    }

    /** Random JSON written by Jackson: objects with code-shaped names, strings with quotes, escapes, unicode and codes. */
    @Property(tries = 1000)
    void theScanFindsTheCodeValuesAParserFinds(@ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        String json = mapper.writeValueAsString(randomValue(random, 0));
        java.util.List<String> expected = new java.util.ArrayList<>();
        try (tools.jackson.core.JsonParser p = mapper.createParser(json)) {
            for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == tools.jackson.core.JsonToken.VALUE_STRING && CODE.matcher(p.getString()).matches()) {
                    expected.add(p.getString());
                }
            }
        }
        assertThat(Glossary.codesIn(json)).as(json).isEqualTo(expected);
    }

    private static final String[] PIECES = {"AB", "THR_ESC_05", "S47_SIGNIFICANT_HARM", "A", "ab", "x\"y", "back\\slash", "\"", "\\", "\n", "\t",
            "\u0001", "É", "€", "TODAY", "TODAY ", " TODAY", "A" + "B".repeat(60), "A" + "B".repeat(61), "0AB", "_AB", "A-B", ":", "\":\"", ""};

    private static Object randomValue(java.util.Random random, int depth) {
        int kind = depth > 3 ? random.nextInt(3) : random.nextInt(6);
        switch (kind) {
            case 0, 1 -> {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
                return sb.toString();
            }
            case 2 -> {
                return random.nextBoolean() ? random.nextInt(100) : null;
            }
            case 3, 4 -> {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    m.put(PIECES[random.nextInt(PIECES.length)] + i, randomValue(random, depth + 1));
                }
                return m;
            }
            default -> {
                java.util.List<Object> l = new java.util.ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    l.add(randomValue(random, depth + 1));
                }
                return l;
            }
        }
    }

    @Test
    void edges() {
        assertThat(Glossary.isCode("A")).isFalse();
        assertThat(Glossary.isCode("AB")).isTrue();
        assertThat(Glossary.isCode("A" + "B".repeat(60))).isTrue();
        assertThat(Glossary.isCode("A" + "B".repeat(61))).isFalse();
        assertThat(Glossary.isCode("_AB")).isFalse();
        assertThat(Glossary.isCode("0AB")).isFalse();
        assertThat(Glossary.isCode("THR_ESC_05")).isTrue();
        assertThat(Glossary.isCode("THR-ESC-05")).isFalse();
        assertThat(Glossary.isCode("")).isFalse();
    }
}
