package uk.childsafeguarding.decisions.whatwouldchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The merge patches reported are RFC 7386 patches: the RFC's own examples, and diff then apply gives the target back. */
class MergePatchTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} patched with {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        // RFC 7386 Appendix A
        "{\"a\":\"b\"}|{\"a\":\"c\"}|{\"a\":\"c\"}",
        "{\"a\":\"b\"}|{\"b\":\"c\"}|{\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}|{\"a\":null}|{}",
        "{\"a\":\"b\",\"b\":\"c\"}|{\"a\":null}|{\"b\":\"c\"}",
        "{\"a\":[\"b\"]}|{\"a\":\"c\"}|{\"a\":\"c\"}",
        "{\"a\":\"c\"}|{\"a\":[\"b\"]}|{\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}|{\"a\":{\"b\":\"d\",\"c\":null}}|{\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}|{\"a\":[1]}|{\"a\":[1]}",
        "[\"a\",\"b\"]|[\"c\",\"d\"]|[\"c\",\"d\"]",
        "{\"a\":\"b\"}|[\"c\"]|[\"c\"]",
        "{\"e\":null}|{\"a\":1}|{\"e\":null,\"a\":1}",
        "[1,2]|{\"a\":\"b\",\"c\":null}|{\"a\":\"b\"}",
        "{}|{\"a\":{\"bb\":{\"ccc\":null}}}|{\"a\":{\"bb\":{}}}"
    })
    void appliesAsTheRfcSays(String target, String patch, String result) {
        assertThat(MergePatch.apply(JSON.readTree(target), JSON.readTree(patch))).isEqualTo(JSON.readTree(result));
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"indicators\":[\"A\",\"B\"],\"child\":{\"ageMonths\":4}}|{\"indicators\":[\"A\"],\"child\":{\"ageMonths\":4}}|{\"indicators\":[\"A\"]}",
        "{\"child\":{\"ageMonths\":4,\"independentlyMobile\":false}}|{\"child\":{\"ageMonths\":4}}|{\"child\":{\"independentlyMobile\":null}}",
        "{\"criteria\":{\"x\":\"NO\"}}|{\"criteria\":{\"x\":\"YES\"},\"y\":true}|{\"criteria\":{\"x\":\"YES\"},\"y\":true}",
        "{\"a\":1}|{\"a\":1}|{}"
    })
    void theDiffIsTheSmallestPatchThatGivesTheTarget(String from, String to, String expected) {
        JsonNode patch = MergePatch.diff(JSON.readTree(from), JSON.readTree(to));
        assertThat(patch).isEqualTo(JSON.readTree(expected));
        assertThat(MergePatch.apply(JSON.readTree(from), patch)).isEqualTo(JSON.readTree(to));
    }
}
