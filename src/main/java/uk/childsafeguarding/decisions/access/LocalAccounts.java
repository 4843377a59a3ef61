package uk.childsafeguarding.decisions.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import uk.childsafeguarding.decisions.engine.Yamls;

/**
 * Local accounts for embedded defaults: a YAML file of usernames, password hashes (bcrypt, never the
 * password) and grants. Edited with {@link AccountTool}; read at start-up.
 */
public final class LocalAccounts {

    public record Account(String username, String passwordHash, List<Grant> grants) {
    }

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Path file;
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    private LocalAccounts(Path file) {
        this.file = file;
    }

    public static LocalAccounts load(Path file) {
        LocalAccounts a = new LocalAccounts(file);
        if (!Files.exists(file)) {
            return a;
        }
        try {
            Object root = Yamls.load(Files.readString(file));
            if (root == null) {
                return a;
            }
            for (Object o : Yamls.list(Yamls.map(root, file.toString()).get("accounts"), file + " accounts")) {
                Map<String, Object> m = Yamls.map(o, file.toString());
                List<Grant> grants = new ArrayList<>();
                for (Object g : Yamls.list(m.get("grants"), file + " grants")) {
                    grants.add(Grant.parse(String.valueOf(g)));
                }
                Account acc = new Account(Yamls.requiredText(m, "username", file.toString()), Yamls.requiredText(m, "passwordHash", file.toString()),
                        List.copyOf(grants));
                a.accounts.put(acc.username(), acc);
            }
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the accounts file " + file, e);
        }
    }

    public Account get(String username) {
        return accounts.get(username);
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    /** Adds or replaces an account with a freshly hashed password, and saves the file. */
    public void put(String username, char[] password, List<Grant> grants) {
        if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("a username is 1-64 letters, digits or . _ @ -");
        }
        if (password.length < 12) {
            throw new IllegalArgumentException("a password must be at least 12 characters");
        }
        accounts.put(username, new Account(username, ENCODER.encode(new String(password)), List.copyOf(grants)));
        save();
    }

    /** A random password of 24 URL-safe characters. */
    public static char[] randomPassword() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).toCharArray();
    }

    private void save() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Account a : accounts.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", a.username());
            m.put("passwordHash", a.passwordHash());
            m.put("grants", a.grants().stream().map(Grant::toString).toList());
            out.add(m);
        }
        DumperOptions opts = new DumperOptions();
        opts.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = "# Local accounts (passwords are stored only as hashes). Edit with the add-account command.\n"
                + new Yaml(opts).dump(Map.of("accounts", out));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "accounts", ".tmp");
            Files.writeString(tmp, yaml);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the accounts file " + file, e);
        }
    }
}
