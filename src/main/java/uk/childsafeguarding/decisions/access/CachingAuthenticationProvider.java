package uk.childsafeguarding.decisions.access;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Local sign-ins (HTTP Basic and the login form), with two duties around the password check:
 *
 * Password guessing is throttled ({@link LoginThrottle}) per account and per client address, before
 * anything else, so a locked account is refused even with the right password.
 *
 * HTTP Basic sends the password with every request and bcrypt is deliberately slow (tens of
 * milliseconds), so a successful check is remembered for a few minutes, keyed by the username and an
 * HMAC of the password under a per-process random key (the password itself is never kept). A
 * remembered sign-in holds the account's {@link LocalAccounts.Account#fingerprint() fingerprint} and
 * is dropped as soon as the accounts file gives the account another password or other grants, or
 * removes it. The signed-in user carries the same fingerprint ({@link SignedIn}), so browser sessions
 * of a changed account end too ({@link SecurityConfiguration}).
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    private static final long TTL_NANOS = 5L * 60 * 1_000_000_000;
    private static final int MAX_ENTRIES = 10_000;

    /** Details of a local sign-in: the account version it was made with, and the request's own details. */
    record SignedIn(String fingerprint, Object request) implements Serializable {
    }

    private record Entry(Authentication result, long expires, String fingerprint) {
    }

    private final AuthenticationProvider delegate;
    private final LocalAccounts accounts;
    private final LoginThrottle throttle;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CachingAuthenticationProvider(AuthenticationProvider delegate, LocalAccounts accounts, LoginThrottle throttle) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.throttle = throttle;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        throttle.check(username, address);
        LocalAccounts.Account account = accounts.get(username);
        String cacheKey = username + ":" + mac(String.valueOf(authentication.getCredentials()));
        Entry e = cache.get(cacheKey);
        long now = System.nanoTime();
        if (e != null) {
            if (e.expires() - now > 0 && account != null && account.fingerprint().equals(e.fingerprint())) {
                return e.result();
            }
            cache.remove(cacheKey);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException failed) {
            throttle.failed(username, address);
            throw failed;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(username);
            String fingerprint = account == null ? "" : account.fingerprint();
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null,
                    result.getAuthorities());
            signedIn.setDetails(new SignedIn(fingerprint, result.getDetails()));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(cacheKey, new Entry(signedIn, now + TTL_NANOS, fingerprint));
            return signedIn;
        }
        return result;
    }

    /** Whether a signed-in user's account is unchanged since they signed in. */
    boolean stillCurrent(Authentication a) {
        if (!(a.getDetails() instanceof SignedIn s)) {
            return true;
        }
        LocalAccounts.Account account = accounts.get(a.getName());
        return account != null && account.fingerprint().equals(s.fingerprint());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String mac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
