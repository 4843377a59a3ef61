package uk.childsafeguarding.decisions.access;

import java.io.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds or replaces a local account without starting the service:
 * <pre>java -jar safeguarding-decisions.jar add-account --username=NAME --grant=PRACTITIONER:devon [--grant=AUDITOR:devon,torbay] [--accounts-file=data/accounts.yaml]</pre>
 * The password is read from the console (twice), or from the environment variable
 * SAFEGUARDING_NEW_PASSWORD when there is no console (scripts).
 */
public final class AccountTool {

    private AccountTool() {
    }

    public static int run(String[] args) {
        return run(args, AccountTool::readPassword);
    }

    static int run(String[] args, java.util.function.Supplier<char[]> passwordSource) {
        String username = null;
        String file = "data/accounts.yaml";
        List<Grant> grants = new ArrayList<>();
        try {
            for (String a : args) {
                if (a.startsWith("--username=")) {
                    username = a.substring(11);
                } else if (a.startsWith("--accounts-file=")) {
                    file = a.substring(16);
                } else if (a.startsWith("--grant=")) {
                    String[] roleAndPartnerships = a.substring(8).split(":", 2);
                    for (String p : roleAndPartnerships.length == 2 ? roleAndPartnerships[1].split(",") : new String[0]) {
                        grants.add(Grant.parse(roleAndPartnerships[0] + ":" + p));
                    }
                    if (roleAndPartnerships.length != 2) {
                        throw new IllegalArgumentException("--grant is ROLE:partnership[,partnership]");
                    }
                } else if (!a.equals("add-account")) {
                    throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (username == null || grants.isEmpty()) {
                throw new IllegalArgumentException("give --username and at least one --grant");
            }
            char[] password = passwordSource.get();
            LocalAccounts accounts = LocalAccounts.load(Path.of(file));
            accounts.put(username, password, grants);
            System.out.println("Account '" + username + "' saved in " + Path.of(file).toAbsolutePath() + " with grants " + grants);
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("add-account: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("add-account: " + e.getMessage());
            System.err.println("usage: add-account --username=NAME --grant=ROLE:partnership[,partnership] ... [--accounts-file=PATH]");
            System.err.println("roles: PRACTITIONER, REVIEWER, AUDITOR, RULES_ADMIN; partnership * means every partnership");
            return 2;
        }
    }

    private static char[] readPassword() {
        Console console = System.console();
        if (console == null) {
            String env = System.getenv("SAFEGUARDING_NEW_PASSWORD");
            if (env == null) {
                throw new IllegalArgumentException("no console: set SAFEGUARDING_NEW_PASSWORD to the new password");
            }
            return env.toCharArray();
        }
        char[] first = console.readPassword("New password (at least " + LocalAccounts.MIN_PASSWORD_LENGTH + " characters): ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !new String(first).equals(new String(second))) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return first;
    }
}
