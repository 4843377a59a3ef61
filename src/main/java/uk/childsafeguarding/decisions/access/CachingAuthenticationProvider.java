package uk.childsafeguarding.decisions.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request and bcrypt is deliberately slow (tens of
 * milliseconds), so a successful check is remembered for a few minutes, keyed by the username and an
 * HMAC of the password under a per-process random key (the password itself is never kept).
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    private static final long TTL_NANOS = 5L * 60 * 1_000_000_000;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Authentication result, long expires) {
    }

    private final AuthenticationProvider delegate;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CachingAuthenticationProvider(AuthenticationProvider delegate) {
        this.delegate = delegate;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String cacheKey = authentication.getName() + ":" + mac(String.valueOf(authentication.getCredentials()));
        Entry e = cache.get(cacheKey);
        long now = System.nanoTime();
        if (e != null && e.expires() - now > 0) {
            return e.result();
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(cacheKey, new Entry(result, now + TTL_NANOS));
        }
        return result;
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
