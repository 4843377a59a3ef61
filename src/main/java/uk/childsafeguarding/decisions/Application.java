package uk.childsafeguarding.decisions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import uk.childsafeguarding.decisions.access.AccountTool;

/** Decision support for children's safeguarding partnerships: thresholds, notifications, reviews. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("add-account")) {
            System.exit(AccountTool.run(args));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            // the offline verifier: no Spring context, no database, only the files given
            System.exit(uk.childsafeguarding.decisions.audit.OfflineVerifier.run(args, System.out, System.err));
        }
        SpringApplication app = new SpringApplication(Application.class);
        if (Boolean.getBoolean("safeguarding.startup-events")) {
            // each start-up step (bean instantiation with its name, configuration class parsing) as a
            // JFR event, for profiling start-up: run with -XX:StartFlightRecording as well
            app.setApplicationStartup(new org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup());
        }
        app.run(args);
    }
}
