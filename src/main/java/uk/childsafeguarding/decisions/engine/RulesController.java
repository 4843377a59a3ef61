package uk.childsafeguarding.decisions.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.FieldError;

/** For rules administrators: the rule set in force, and reloading it from the rules directory at run time. */
@RestController
class RulesController {

    private static final Logger log = LoggerFactory.getLogger(RulesController.class);

    private final RuleSetHolder holder;
    private final RuleSetLoader loader;
    private final EngineConfiguration.RulesProperties props;

    private final org.springframework.context.ApplicationEventPublisher events;

    RulesController(RuleSetHolder holder, RuleSetLoader loader, EngineConfiguration.RulesProperties props,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.holder = holder;
        this.loader = loader;
        this.props = props;
    }

    @GetMapping("/api/v1/rules")
    Map<String, Object> current() {
        RuleSet rs = holder.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", rs.version());
        m.put("origin", rs.files().origin());
        m.put("files", rs.files().files().keySet());
        m.put("rules", rs.allRules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList());
        m.put("sources", rs.sources().all());
        return m;
    }

    /** Loads the rules again; a rule set that does not compile is rejected and the previous one keeps serving. */
    @PostMapping("/api/v1/rules/reload")
    Map<String, Object> reload() {
        String before = holder.current().version();
        RuleSet loaded;
        try {
            loaded = loader.load(props.path());
        } catch (RuleSetException e) {
            log.warn("Rejected a rule set reload ({}); still serving {}", e.getMessage(), before);
            throw rejected(before, e.getMessage());
        } catch (RuntimeException e) {
            // a rule data file of an unexpected shape: still the rules' fault, and the service keeps serving
            log.warn("Rejected a rule set reload; still serving {}", before, e);
            throw rejected(before, e.toString());
        }
        holder.use(loaded);
        // other instances follow through the audit store (see audit.ActiveRuleSet)
        events.publishEvent(new RuleSetReloaded(loaded));
        return Map.of("previousVersion", before, "version", loaded.version(), "changed", !before.equals(loaded.version()),
                "loadedAt", Instant.now().toString());
    }

    private static ApiProblem rejected(String before, String why) {
        return new ApiProblem(422, "/problems/rules-rejected", "The rule set was rejected",
                "the rules did not load, so the service keeps serving " + before, List.of(new FieldError("rules", why)));
    }
}
