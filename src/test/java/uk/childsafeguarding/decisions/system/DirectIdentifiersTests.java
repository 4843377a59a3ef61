package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectIdentifiersTests {

    @Test
    void recognisesValidNhsNumbersByTheirCheckDigit() {
        assertThat(DirectIdentifiers.validNhsNumber("9434765919")).isTrue();
        assertThat(DirectIdentifiers.validNhsNumber("9434765918")).isFalse();
        assertThat(DirectIdentifiers.find("call 943-476-5919")).isEqualTo("an NHS number");
        assertThat(DirectIdentifiers.find("10 of 12 sessions attended")).isNull();
    }

    @Test
    void recognisesEmailsPostcodesAndFullDates() {
        assertThat(DirectIdentifiers.find("a.b@c.co.uk")).isEqualTo("an email address");
        assertThat(DirectIdentifiers.find("TQ1 1AA")).isEqualTo("a UK postcode");
        assertThat(DirectIdentifiers.find("sw1a1aa")).isEqualTo("a UK postcode");
        assertThat(DirectIdentifiers.find("2015-07-03")).isEqualTo("a full date (possibly a date of birth)");
        assertThat(DirectIdentifiers.find("July 3rd, 2015")).isEqualTo("a full date (possibly a date of birth)");
        assertThat(DirectIdentifiers.find("in July 2015")).isNull();
        assertThat(DirectIdentifiers.find("Year 7 pupil")).isNull();
    }
}
