package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The direct-identifier guard, with the disguises a hostile or careless user tried: separators,
 * invisible characters, other scripts' digits, full-width letters, and dates in other forms.
 * The properties generate such variants of valid NHS numbers, postcodes and dates.
 */
class DirectIdentifiersTests {

    private static final String NHS = "an NHS number";
    private static final String DATE = "a full date (possibly a date of birth)";

    @Test
    void recognisesValidNhsNumbersByTheirCheckDigit() {
        assertThat(DirectIdentifiers.validNhsNumber("9434765919")).isTrue();
        assertThat(DirectIdentifiers.validNhsNumber("9434765918")).isFalse();
        assertThat(DirectIdentifiers.find("call 943-476-5919")).isEqualTo(NHS);
        assertThat(DirectIdentifiers.find("10 of 12 sessions attended")).isNull();
    }

    @Test
    void recognisesEmailsPostcodesAndFullDates() {
        assertThat(DirectIdentifiers.find("a.b@c.co.uk")).isEqualTo("an email address");
        assertThat(DirectIdentifiers.find("TQ1 1AA")).isEqualTo("a UK postcode");
        assertThat(DirectIdentifiers.find("sw1a1aa")).isEqualTo("a UK postcode");
        assertThat(DirectIdentifiers.find("2015-07-03")).isEqualTo(DATE);
        assertThat(DirectIdentifiers.find("July 3rd, 2015")).isEqualTo(DATE);
        assertThat(DirectIdentifiers.find("in July 2015")).isNull();
        assertThat(DirectIdentifiers.find("Year 7 pupil")).isNull();
    }

    @Test
    void seesThroughTheDisguisesTheProbeUsed() {
        for (String nhs : List.of("943/476/5919", "943.476.5919", "943_476_5919", "943\u200B476\u200B5919", "9\u200C4\u200D3\u2060476 5919",
                "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669", "\u06F9\u06F4\u06F3 \u06F4\u06F7\u06F6 \u06F5\u06F9\u06F1\u06F9",
                "\uFF19\uFF14\uFF13\uFF14\uFF17\uFF16\uFF15\uFF19\uFF11\uFF19", "943\u00A0476\u00A05919", "943\u2013476\u20135919", "NHS9434765919x")) {
            assertThat(DirectIdentifiers.find(nhs)).as(nhs).isEqualTo(NHS);
        }
        assertThat(DirectIdentifiers.find("lives at \uFF30\uFF2C\uFF11 \uFF12\uFF21\uFF21")).isEqualTo("a UK postcode");
        assertThat(DirectIdentifiers.find("PL1\u200B 2AA")).isEqualTo("a UK postcode");
        assertThat(DirectIdentifiers.find("mum\uFF20example.org")).isEqualTo("an email address");
        for (String date : List.of("2015/02/01", "1-Feb-2015", "3 March 15", "DOB20150201", "born 01022015", "3rd of March 2015", "2015.02.01",
                "\u0660\u0661/\u0660\u0662/\u0662\u0660\u0661\u0665", "1\u200B/2/2015")) {
            assertThat(DirectIdentifiers.find(date)).as(date).isEqualTo(DATE);
        }
    }

    @Test
    void leavesOrdinaryPractitionerTextAlone() {
        for (String text : List.of("10 of 12 sessions attended", "Seen 3 times in March", "Year 7 pupil, 2 siblings", "Grandmother helps 5 days a week",
                "Reference 1234567890", "Phone contact at 14:30", "attended 2 of 3 appointments in 2025", "Score 12/20")) {
            assertThat(DirectIdentifiers.find(text)).as(text).isNull();
        }
    }

    // --- properties: variants of real identifiers must always be caught ---

    private static final List<String> SEPARATORS = List.of("", " ", "-", "/", ".", "_", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
            "\u00A0", "\u2009", "\u202F", "\u2013", "\u2212", "\u3000", " - ", "__");

    /** Zero, Arabic-Indic, extended Arabic-Indic, Devanagari, full-width and mathematical bold digits. */
    private static final int[] ZEROS = {'0', 0x0660, 0x06F0, 0x0966, 0xFF10, 0x1D7CE};

    private static String digits(String ascii, int zero) {
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.appendCodePoint(Character.isDigit(c) ? zero + (c - '0') : c);
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> validNhsNumbers() {
        return Arbitraries.strings().numeric().ofLength(9).map(nine -> {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            return check == 10 ? null : nine + (check == 11 ? 0 : check);
        }).filter(s -> s != null);
    }

    @Property(tries = 400)
    void anNhsNumberIsFoundWhateverSeparatesOrSpellsItsDigits(@ForAll("validNhsNumbers") String nhs, @ForAll("separators") String sep,
            @ForAll("zeros") int zero, @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
        String disguised = nhs.substring(0, 3) + sep + nhs.substring(3, 6) + sep + nhs.substring(6);
        String text = before + digits(disguised, zero) + after;
        assertThat(DirectIdentifiers.find(text)).as(text).isEqualTo(NHS);
    }

    @Property(tries = 300)
    void aFullDateIsFoundInAnyCommonForm(@ForAll("dates") String date, @ForAll("zeros") int zero, @ForAll("surroundings") String before) {
        String text = before + digits(date, zero) + " at school";
        assertThat(DirectIdentifiers.find(text)).as(text).isEqualTo(DATE);
    }

    @Property(tries = 200)
    void aPostcodeIsFoundInFullWidthOrWithInvisibleCharacters(@ForAll("postcodes") String postcode, @ForAll("invisible") String invisible,
            @ForAll boolean fullWidth) {
        String spaced = postcode.substring(0, postcode.length() - 3) + invisible + " " + postcode.substring(postcode.length() - 3);
        String text = "lives near " + (fullWidth ? fullWidth(spaced) : spaced) + " with grandmother";
        assertThat(DirectIdentifiers.find(text)).as(text).isEqualTo("a UK postcode");
    }

    /**
     * find() skips a pattern when the text lacks the characters it needs (ten digits, an '@', a digit);
     * on any text it must say what every pattern searched in turn would say.
     */
    @Property(tries = 3000)
    void skippingASearchNeverChangesTheAnswer(@ForAll("mixedText") String text) throws ReflectiveOperationException {
        String plain = DirectIdentifiers.plain(text);
        String expected = null;
        java.util.regex.Matcher nhs = pattern("NHS").matcher(plain);
        while (expected == null && nhs.find()) {
            if (DirectIdentifiers.validNhsNumber(nhs.group(1).replaceAll("\\D", ""))) {
                expected = NHS;
            }
        }
        if (expected == null && pattern("EMAIL").matcher(plain).find()) {
            expected = "an email address";
        }
        if (expected == null && pattern("POSTCODE").matcher(plain).find()) {
            expected = "a UK postcode";
        }
        if (expected == null && pattern("FULL_DATE").matcher(plain).find()) {
            expected = DATE;
        }
        assertThat(DirectIdentifiers.find(text)).as(text).isEqualTo(expected);
    }

    private static java.util.regex.Pattern pattern(String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = DirectIdentifiers.class.getDeclaredField(name);
        f.setAccessible(true);
        return (java.util.regex.Pattern) f.get(null);
    }

    @Provide
    Arbitrary<String> mixedText() {
        // pieces that make identifiers, half-identifiers and ordinary words, so both the skipped and the searched paths are taken
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("4010232137", "943 476 5919", "01/02/2015", "3 March 15", "PL1 2AB", "GIR 0AA",
                "sw1a 1aa", "a.b@example.org", "@", "x@y", "2015", "31", "jan", "March", "\uFF14\uFF10", "\u0664", "-", "/", ".", " ", "_",
                "Grandmother provides daily care", "attends school", "NHS", "DOB"), Arbitraries.strings().withChars("0123456789@ ./-_abcXYZ").ofMaxLength(12));
        return piece.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + 0xFF01) : c);
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(SEPARATORS);
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of("", "\u200B", "\u200C", "\u2060", "\uFEFF", "\u00AD");
    }

    @Provide
    Arbitrary<Integer> zeros() {
        return Arbitraries.of(ZEROS[0], ZEROS[1], ZEROS[2], ZEROS[3], ZEROS[4], ZEROS[5]);
    }

    @Provide
    Arbitrary<String> surroundings() {
        return Arbitraries.of("", " ", "NHS ", "no.", "(", ": ", "DOB", "x", "\n");
    }

    @Provide
    Arbitrary<String> postcodes() {
        return Arbitraries.of("PL1 2AA", "TQ1 1AA", "EX4 3SR", "DE1 1QN", "BS37 6AL", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT")
                .map(p -> p.replace(" ", ""));
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> year = Arbitraries.integers().between(2000, 2026);
        Arbitrary<String> sep = Arbitraries.of("/", ".", "-", "_");
        String[] names = {"Jan", "February", "Mar", "April", "May", "June", "Jul", "August", "Sept", "Oct", "November", "Dec"};
        Arbitrary<String> numeric = Combinators.combine(day, month, year, sep).as((d, m, y, s) -> d + s + m + s + y);
        Arbitrary<String> iso = Combinators.combine(day, month, year, sep).as((d, m, y, s) -> y + s + String.format("%02d", m) + s + String.format("%02d", d));
        Arbitrary<String> compact = Combinators.combine(day, month, year).as((d, m, y) -> "" + y + String.format("%02d%02d", m, d));
        Arbitrary<String> named = Combinators.combine(day, month, year, Arbitraries.of(" ", "-", " of ", "th ", "-")).as((d, m, y, s) ->
                d + s + names[m - 1] + (s.equals("-") ? "-" : " ") + (y % 3 == 0 ? String.format("%02d", y % 100) : y));
        return Arbitraries.oneOf(numeric, iso, compact, named);
    }
}
