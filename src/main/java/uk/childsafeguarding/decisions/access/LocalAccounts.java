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
 * password) and grants. Edited with {@link AccountTool} or by hand. Read at start-up, and read again
 * whenever the file changes while the service runs ({@link #get} looks at the file's modification
 * time and size), so a changed password, a removed account or an added one takes effect at once.
 * A file changed into one that cannot be used is refused with an error in the log, and the accounts
 * read before stay in force until it is corrected.
 *
 * Fails closed: a file with an unreadable entry, a duplicate user name, or a password hash that is
 * not a slow salted hash ({noop}, unsalted digests, no {id}) is refused with a message naming the account.
 */
public final class LocalAccounts {

    public record Account(String username, String passwordHash, List<Grant> grants) {
        /** Changes whenever the password or the grants change; remembered sign-ins are checked against it. */
        public String fingerprint() {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                sha.update((username + "\n" + passwordHash + "\n" + grants).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /**
     * Password hashes accepted in the file: Spring Security's adaptive, salted encoders only.
     * {noop} (plain text) and the old unsalted digests (MD5, SHA-1, SHA-256, MD4, LDAP) are refused.
     */
    static final java.util.Set<String> ACCEPTED_HASHES = java.util.Set.of("bcrypt", "argon2", "argon2@SpringSecurity_v5_8", "pbkdf2",
            "pbkdf2@SpringSecurity_v5_8", "scrypt", "scrypt@SpringSecurity_v5_8");

    /** NIST SP 800-63B-4 (2025) 3.1.1.2: at least 15 characters where the password is the only factor, as here. */
    static final int MIN_PASSWORD_LENGTH = 15;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LocalAccounts.class);

    private final Path file;
    private volatile Map<String, Account> accounts = new LinkedHashMap<>();
    private volatile Object stamp;

    private LocalAccounts(Path file) {
        this.file = file;
    }

    /** Reads the file (an absent file gives no accounts); throws IllegalStateException naming the problem. */
    public static LocalAccounts load(Path file) {
        LocalAccounts a = new LocalAccounts(file);
        a.stamp = stampOf(file);
        a.accounts = read(file);
        return a;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    private static Map<String, Account> read(Path file) {
        Map<String, Account> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            Object root = Yamls.load(Files.readString(file), file.toString());
            if (root == null) {
                return out;
            }
            for (Object o : Yamls.list(Yamls.map(root, file.toString()).get("accounts"), file + " accounts")) {
                Map<String, Object> m = Yamls.map(o, file.toString());
                List<Grant> grants = new ArrayList<>();
                String username = Yamls.requiredText(m, "username", file.toString());
                for (Object g : Yamls.list(m.get("grants"), file + " grants")) {
                    grants.add(Grant.parse(String.valueOf(g)));
                }
                String hash = Yamls.requiredText(m, "passwordHash", file.toString());
                java.util.regex.Matcher id = java.util.regex.Pattern.compile("^\\{([^}]*)\\}").matcher(hash);
                if (!id.find() || !ACCEPTED_HASHES.contains(id.group(1))) {
                    throw new IllegalStateException("account '" + username + "' in " + file + " has a password hash "
                            + (id.find(0) ? "of kind {" + id.group(1) + "}" : "without a {kind} prefix")
                            + ", which is refused: only {bcrypt}, {argon2}, {pbkdf2} or {scrypt} hashes are accepted (set the password with add-account)");
                }
                if (out.containsKey(username)) {
                    throw new IllegalStateException("account '" + username + "' appears more than once in " + file
                            + "; remove all but one (add-account replaces an account in place)");
                }
                out.put(username, new Account(username, hash, List.copyOf(grants)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the accounts file " + file, e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw e;
            }
            throw new IllegalStateException("the accounts file " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** What identifies one version of the file: its identity (a replaced file is a new one), modification time and size. */
    private static Object stampOf(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toInstant(), a.size());
        } catch (IOException e) {
            return "absent";
        }
    }

    /** Reads the file again if it changed since it was last read. */
    void refreshIfChanged() {
        Object now = stampOf(file);
        if (now.equals(stamp)) {
            return;
        }
        synchronized (this) {
            if (now.equals(stamp)) {
                return;
            }
            try {
                Map<String, Account> fresh = read(file);
                if (fresh.isEmpty()) {
                    throw new IllegalStateException("it holds no accounts");
                }
                Map<String, Account> before = accounts;
                accounts = fresh;
                stamp = now;
                long changed = fresh.values().stream().filter(a -> !a.equals(before.get(a.username()))).count()
                        + before.keySet().stream().filter(u -> !fresh.containsKey(u)).count();
                log.info("Accounts file {} read again: {} accounts, {} added, changed or removed", file, fresh.size(), changed);
            } catch (RuntimeException e) {
                stamp = now;
                log.error("The accounts file {} changed but cannot be used ({}); the accounts read before stay in force until it is corrected",
                        file, e.getMessage());
            }
        }
    }

    /** The account as the file says now. */
    public Account get(String username) {
        refreshIfChanged();
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
        String p = new String(password);
        if (p.codePointCount(0, p.length()) < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (p.isBlank() || p.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("a password must not be blank or contain the username");
        }
        Map<String, Account> next = new LinkedHashMap<>(accounts);
        next.put(username, new Account(username, ENCODER.encode(p), List.copyOf(grants)));
        accounts = next;
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
