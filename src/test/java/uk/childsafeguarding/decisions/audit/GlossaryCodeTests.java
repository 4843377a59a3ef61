package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written code test in Glossary says exactly what the pattern it replaced said. */
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
