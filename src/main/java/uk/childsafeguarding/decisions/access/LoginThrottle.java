package uk.childsafeguarding.decisions.access;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.LockedException;

/**
 * Slows password guessing. Wrong passwords are counted per account and per client address; when
 * either reaches its limit, sign-ins for that account (or from that address) are refused for a short
 * lockout, even with the right password (otherwise the lockout would tell a guesser when a guess was
 * right). After the lockout the count starts again, so the real user is kept out for one lockout at
 * most once they stop mistyping; a success clears the account's count. Counts are forgotten after
 * {@link #FORGET_AFTER} without a failure. Only the account name and address are logged, never a password.
 *
 * Chosen defaults: 5 wrong passwords per account, 30 per address (a shared office address has many
 * users), a one-minute lockout: a guesser gets about 5 tries a minute per account.
 */
public final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    /** Refused because of too many wrong passwords; how long to wait, in whole seconds. */
    public static final class Throttled extends LockedException {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("too many wrong passwords; try again in " + retryAfterSeconds + " seconds");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final class Count {
        int failures;
        long lastFailure;
        long lockedUntil;
    }

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final long lockoutNanos;
    private final LongSupplier clock;
    private final Map<String, Count> accounts = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerAccount, int maxPerAddress, Duration lockout) {
        this(maxPerAccount, maxPerAddress, lockout, System::nanoTime);
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration lockout, LongSupplier clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockoutNanos = lockout.toNanos();
        this.clock = clock;
    }

    /** Throws {@link Throttled} while the account or the address is locked out. */
    public void check(String username, String address) {
        long now = clock.getAsLong();
        long wait = Math.max(remaining(accounts.get(key(username)), now), remaining(addresses.get(address), now));
        if (wait > 0) {
            throw new Throttled(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
        }
    }

    public void failed(String username, String address) {
        long now = clock.getAsLong();
        if (accounts.size() + addresses.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        if (count(accounts, key(username), maxPerAccount, now)) {
            log.warn("Sign-in for account '{}' locked for {} s after {} wrong passwords (last from {})", printable(username), lockoutNanos / 1_000_000_000L,
                    maxPerAccount, address);
        }
        if (address != null && count(addresses, address, maxPerAddress, now)) {
            log.warn("Sign-in from address {} locked for {} s after {} wrong passwords", address, lockoutNanos / 1_000_000_000L, maxPerAddress);
        }
    }

    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** Counts a failure; true when it starts a lockout. */
    private boolean count(Map<String, Count> counts, String key, int max, long now) {
        Count c = counts.computeIfAbsent(key, k -> new Count());
        synchronized (c) {
            if (c.lockedUntil != 0 && c.lockedUntil - now <= 0 || c.failures > 0 && now - c.lastFailure > FORGET_AFTER.toNanos()) {
                c.failures = 0;
                c.lockedUntil = 0;
            }
            c.failures++;
            c.lastFailure = now;
            if (c.failures >= max && c.lockedUntil == 0) {
                c.lockedUntil = now + lockoutNanos;
                return true;
            }
            return false;
        }
    }

    private static long remaining(Count c, long now) {
        if (c == null) {
            return 0;
        }
        synchronized (c) {
            return c.lockedUntil == 0 ? 0 : Math.max(0, c.lockedUntil - now);
        }
    }

    private void forgetOld(long now) {
        for (Map<String, Count> m : java.util.List.of(accounts, addresses)) {
            m.values().removeIf(c -> {
                synchronized (c) {
                    return now - c.lastFailure > FORGET_AFTER.toNanos() && (c.lockedUntil == 0 || c.lockedUntil - now <= 0);
                }
            });
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }

    /** A user name as typed by anyone: at most 64 characters, no control characters, so it cannot forge log lines. */
    private static String printable(String username) {
        String s = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
