package uk.childsafeguarding.decisions.system;

import java.security.SecureRandom;

/**
 * Decision ids as ULIDs: 26 Crockford base-32 characters, time-ordered (48-bit milliseconds) with
 * 80 random bits, so ids sort by creation time and reveal nothing about the case.
 */
public final class DecisionIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DecisionIds() {
    }

    public static String next() {
        return of(System.currentTimeMillis(), RANDOM);
    }

    static String of(long millis, java.util.Random random) {
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        byte[] r = new byte[10];
        random.nextBytes(r);
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (r[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (r[i] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
