package uk.childsafeguarding.decisions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import uk.childsafeguarding.decisions.access.LocalAccounts;

/**
 * Accounts for tests: written once per test run to target/test-accounts.yaml with random passwords
 * (no password is in the repository), hashed with a low bcrypt cost to keep the suite fast.
 */
public final class TestAccounts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Path FILE = Path.of("target/test-accounts.yaml");

    /** username -> grants */
    public static final Map<String, String[]> USERS = new LinkedHashMap<>();

    static {
        USERS.put("tester", new String[] {"PRACTITIONER:*", "REVIEWER:*", "AUDITOR:*", "RULES_ADMIN:*"});
        USERS.put("devon-practitioner", new String[] {"PRACTITIONER:devon"});
        USERS.put("torbay-practitioner", new String[] {"PRACTITIONER:torbay"});
        USERS.put("devon-reviewer", new String[] {"REVIEWER:devon"});
        USERS.put("devon-auditor", new String[] {"AUDITOR:devon"});
        USERS.put("torbay-auditor", new String[] {"AUDITOR:torbay"});
        USERS.put("rules-admin", new String[] {"RULES_ADMIN:*"});
        USERS.put("devon-policy-owner", new String[] {"POLICY_OWNER:devon"});
        USERS.put("devon-auditor-torbay-practitioner", new String[] {"AUDITOR:devon", "PRACTITIONER:torbay"});
    }

    private static final Map<String, String> PASSWORDS = new LinkedHashMap<>();
    private static boolean written;

    public static synchronized String password(String user) {
        ensureWritten();
        return PASSWORDS.get(user);
    }

    public static synchronized void ensureWritten() {
        if (written) {
            return;
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        StringBuilder yaml = new StringBuilder("accounts:\n");
        for (Map.Entry<String, String[]> u : USERS.entrySet()) {
            String password = new String(LocalAccounts.randomPassword());
            PASSWORDS.put(u.getKey(), password);
            yaml.append("  - username: ").append(u.getKey()).append("\n    passwordHash: '{bcrypt}").append(bcrypt.encode(password)).append("'\n    grants:\n");
            for (String g : u.getValue()) {
                yaml.append("      - '").append(g).append("'\n");
            }
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written = true;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ensureWritten();
    }
}
