package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The fast start's bean definitions are fixed at build time without OpenID Connect settings: with
 * them it must stop, saying why, rather than start and refuse every token.
 */
class SpringAotStartTests {

    @Test
    void openIdConnectUnderTheAheadOfTimeStartStopsWithTheReason() {
        assertThatThrownBy(() -> SecurityConfiguration.refuseOpenIdConnectUnderSpringAot(true, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt")
                .hasMessageContaining("Start without -Dspring.aot.enabled=true");
    }

    @Test
    void localAccountsUnderTheAheadOfTimeStartAndOpenIdConnectOrdinarilyStart() {
        assertThatCode(() -> SecurityConfiguration.refuseOpenIdConnectUnderSpringAot(false, true)).doesNotThrowAnyException();
        assertThatCode(() -> SecurityConfiguration.refuseOpenIdConnectUnderSpringAot(true, false)).doesNotThrowAnyException();
    }
}
