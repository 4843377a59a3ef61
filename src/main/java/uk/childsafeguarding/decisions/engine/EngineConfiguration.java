package uk.childsafeguarding.decisions.engine;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the rule set at start-up; a rule file that does not compile stops start-up with its file and line. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /**
     * @param path     rules directory; empty means the rules packaged in the jar
     * @param cacheDir where compiled rule sets are cached by version; empty disables the cache
     */
    @ConfigurationProperties("safeguarding.rules")
    record RulesProperties(String path, String cacheDir) {
    }

    @Bean
    RuleSetLoader ruleSetLoader(RulesProperties props, List<ReferenceDataParser<?>> parsers) {
        Path cache = props.cacheDir() == null || props.cacheDir().isBlank() ? null : Path.of(props.cacheDir());
        return new RuleSetLoader(new RuleSetCompiler(cache), parsers);
    }

    @Bean
    RuleSetHolder ruleSetHolder(RuleSetLoader loader, RulesProperties props) {
        RuleSetHolder holder = new RuleSetHolder();
        holder.loadInBackground(() -> loader.load(props.path()));
        return holder;
    }

    /**
     * Once every singleton is built, and before the web server starts, the first rule set must be in
     * force: a load failure (a rule file that does not compile) stops start-up here.
     */
    @Bean
    static SmartInitializingSingleton ruleSetLoadedBeforeServing(org.springframework.beans.factory.ObjectProvider<RuleSetHolder> holder) {
        return () -> holder.getObject().awaitLoaded();
    }

    /** Actuator health: DOWN when no rule set is loaded; shows the version in force. */
    @Bean
    HealthIndicator ruleSetHealthIndicator(RuleSetHolder holder) {
        return () -> holder.isLoaded()
                ? Health.up().withDetail("version", holder.current().version()).withDetail("rules", holder.current().allRules().size()).build()
                : Health.down().withDetail("reason", "no rule set is loaded").build();
    }
}
