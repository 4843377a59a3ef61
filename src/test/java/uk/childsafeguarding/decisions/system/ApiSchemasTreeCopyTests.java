package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema check copies the request tree into Jackson 2's nodes instead of writing it out and
 * parsing it again: the copy must be the very tree the parse made (same node types, same values).
 */
class ApiSchemasTreeCopyTests {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"child\":{\"ageMonths\":100},\"indicators\":[\"A\",\"B\"],\"circumstances\":{\"consent\":\"GIVEN\"}}",
        "{\"a\":1,\"b\":-7,\"c\":2147483648,\"d\":-9223372036854775808,\"e\":123456789012345678901234567890,\"f\":1.5,\"g\":1.0,\"h\":1e3,\"i\":-0.0,\"j\":1e-7}",
        "{\"a\":null,\"b\":true,\"c\":false,\"d\":[],\"e\":[[1],[{\"x\":\"\"}]],\"f\":\"\\u00e9\\n\\\"q\\\"\",\"g\":{\"h\":{\"i\":{}}}}",
        "{\"z\":1,\"a\":2,\"m\":[3,\"3\",3.0,null]}",
        "{\"child\":{\"ageMonths\":1e400,\"gestationWeeks\":-1e400},\"tiny\":1e-400}"
    })
    void theCopyIsTheTreeJackson2WouldParse(String json) throws Exception {
        tools.jackson.databind.JsonNode three = JsonBody.parseObject(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        com.fasterxml.jackson.databind.JsonNode copied = ApiSchemas.jackson2(three);
        com.fasterxml.jackson.databind.JsonNode parsed = JACKSON2.readTree(three.toString());
        assertThat(copied).isEqualTo(parsed);
        assertThat(copied.toString()).isEqualTo(parsed.toString());
        assertTypes(copied, parsed);
    }

    private static void assertTypes(com.fasterxml.jackson.databind.JsonNode a, com.fasterxml.jackson.databind.JsonNode b) {
        assertThat(a.getClass()).isEqualTo(b.getClass());
        if (a.isContainerNode()) {
            var names = a.isObject() ? a.fieldNames() : null;
            for (int i = 0; i < a.size(); i++) {
                if (names != null) {
                    String name = names.next();
                    assertTypes(a.get(name), b.get(name));
                } else {
                    assertTypes(a.get(i), b.get(i));
                }
            }
        }
    }
}
