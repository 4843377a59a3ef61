package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.util.List;
import java.util.stream.Stream;

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
        assumeTrue(bc != null, "Bouncy Castle is neither on the class path nor in the local Maven repository");
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

    /** Bouncy Castle's provider from the class path, else from the local Maven repository (a look, not a download). */
    private static Provider bouncyCastle() throws Exception {
        Provider p = AuditSigningKey.fastProvider();
        if (p != null) {
            return p;
        }
        Path repo = Path.of(System.getProperty("user.home"), ".m2/repository/org/bouncycastle/bcprov-jdk18on");
        if (!Files.isDirectory(repo)) {
            return null;
        }
        Path jar;
        try (Stream<Path> walk = Files.walk(repo, 2)) {
            jar = walk.filter(f -> f.getFileName().toString().matches("bcprov-jdk18on-[0-9.]+\\.jar")).sorted().reduce((a, b) -> b).orElse(null);
        }
        if (jar == null) {
            return null;
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, AuditSigningProviderTests.class.getClassLoader());
        return (Provider) loader.loadClass(AuditSigningKey.FAST_PROVIDER).getDeclaredConstructor().newInstance();
    }
}
