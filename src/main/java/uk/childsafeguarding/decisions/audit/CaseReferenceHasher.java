package uk.childsafeguarding.decisions.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Case references are stored only as a keyed hash (HMAC-SHA256), so a stolen database cannot be
 * matched against case files without the key. The key is configuration; on embedded defaults a
 * random key is made once in the data folder (never in the repository).
 */
public final class CaseReferenceHasher {

    private final byte[] key;
    /** One keyed Mac per thread: looking the algorithm up for every decision was about 2% of its CPU under load (issue 16). */
    private final ThreadLocal<Mac> mac;

    CaseReferenceHasher(byte[] key) {
        this.key = key.clone();
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(this.key, "HmacSHA256"));
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static CaseReferenceHasher from(String configured, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return new CaseReferenceHasher(configured.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!Files.exists(keyFile)) {
                byte[] k = new byte[32];
                new SecureRandom().nextBytes(k);
                if (keyFile.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(keyFile.toAbsolutePath().getParent());
                }
                Files.writeString(keyFile, HexFormat.of().formatHex(k));
                try {
                    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            return new CaseReferenceHasher(HexFormat.of().parseHex(Files.readString(keyFile).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the case reference key " + keyFile, e);
        }
    }

    public String hash(String caseReference) {
        if (caseReference == null) {
            return null;
        }
        // doFinal leaves the Mac ready for the next reference with the same key
        return "hmac-sha256:" + HexFormat.of().formatHex(mac.get().doFinal(caseReference.getBytes(StandardCharsets.UTF_8)));
    }
}
