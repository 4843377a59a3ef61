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
        SpringApplication.run(Application.class, args);
    }
}
