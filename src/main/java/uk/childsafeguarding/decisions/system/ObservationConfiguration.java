package uk.childsafeguarding.decisions.system;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No request observations: nothing exports them (only health is exposed), and with a live registry
 * Spring Security wraps each of its filters in an observation on every request (measured with JFR
 * under load; see docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

    @Bean
    ObservationRegistry observationRegistry() {
        return ObservationRegistry.NOOP;
    }
}
