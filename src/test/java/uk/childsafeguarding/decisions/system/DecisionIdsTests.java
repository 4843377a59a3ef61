package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DecisionIdsTests {

    @Test
    void idsAreTwentySixCrockfordCharactersOrderedByTime() {
        String earlier = DecisionIds.of(1_700_000_000_000L, new Random(1));
        String later = DecisionIds.of(1_700_000_000_001L, new Random(1));
        assertThat(earlier).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(earlier.compareTo(later)).isNegative();
        assertThat(DecisionIds.next()).isNotEqualTo(DecisionIds.next());
    }
}
