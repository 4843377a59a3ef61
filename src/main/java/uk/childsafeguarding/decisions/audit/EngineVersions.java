package uk.childsafeguarding.decisions.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The versions that produced a decision: application, Drools and Java (stored with every record). */
@Component
public class EngineVersions {
    private final String app;
    private final String drools;
    private final String java = System.getProperty("java.version");

    EngineVersions(@Value("${safeguarding.versions.app}") String app, @Value("${safeguarding.versions.drools}") String drools) {
        this.app = app;
        this.drools = drools;
    }

    public String app() { return app; }
    public String drools() { return drools; }
    public String java() { return java; }
}
