package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checkpoints may be signed by Bouncy Castle's Ed25519 (when it is on the class path) and are always
 * verified by the JDK's: the two must give the very same signature for the same key and statement.
 */
class AuditSigningProviderTests {

    @Test
    void withoutAFastProviderTheJdkSigns() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        AuditSigningKey jdk = new AuditSigningKey(pair.getPrivate(), pair.getPublic(), null);
        assertThat(jdk.signerName()).isEqualTo("SunEC");
        assertThat(jdk.probe()).isTrue();
    }

    @Test
    void bouncyCastleSignsTheSameBytesAsTheJdk() throws Exception {
        Provider bc = bouncyCastle();
        for (int k = 0; k < 5; k++) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            AuditSigningKey jdk = new AuditSigningKey(pair.getPrivate(), pair.getPublic(), null);
            AuditSigningKey fast = new AuditSigningKey(pair.getPrivate(), pair.getPublic(), bc);
            assertThat(fast.signerName()).isEqualTo("BC");
            for (int i = 0; i < 40; i++) {
                String head = RecordHasher.GENESIS.substring(0, 60) + String.format("%04d", i * 37 + k);
                Checkpoint a = jdk.sign(i * 1000L + k, head, "2026-11-23T20:00:00." + i + "Z", List.of("v" + i), 1);
                Checkpoint b = fast.sign(i * 1000L + k, head, "2026-11-23T20:00:00." + i + "Z", List.of("v" + i), 1);
                assertThat(b.signature()).isEqualTo(a.signature());
                assertThat(b.signedBy(pair.getPublic())).isTrue();
            }
        }
    }

    @Test
    void aKeyFromItsFileSignsWithTheJdkUntilBouncyCastleIsLoadedGivingTheSameBytes() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("signing-key");
        AuditSigningKey key = AuditSigningKey.from("", dir.resolve("audit-signing.pem"));
        Checkpoint first = key.sign(7, RecordHasher.GENESIS, "2026-11-23T20:00:00Z", List.of("v1"), 1);
        assertThat(first.signedBy(key.publicKey())).isTrue();
        assertThat(key.signerName()).isEqualTo("SunEC");
        key.useFastProviderAfter(java.time.Duration.ZERO);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!key.signerName().equals("BC") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(key.signerName()).isEqualTo("BC");
        assertThat(key.sign(7, RecordHasher.GENESIS, "2026-11-23T20:00:00Z", List.of("v1"), 1).signature()).isEqualTo(first.signature());
    }

    /** Bouncy Castle is a runtime dependency, so the service signs with it (and the JDK verifies). */
    private static Provider bouncyCastle() {
        Provider p = AuditSigningKey.fastProvider();
        assertThat(p).as("Bouncy Castle on the class path (pom: bcprov-jdk18on, runtime)").isNotNull();
        return p;
    }
}
