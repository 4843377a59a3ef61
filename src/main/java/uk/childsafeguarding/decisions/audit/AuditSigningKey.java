package uk.childsafeguarding.decisions.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 key that signs checkpoints. It must not live in the audit database: whoever holds it
 * can sign a rewritten chain. In production it is configuration (PEM text from a secret store, or
 * a file mounted from one); on embedded defaults it is made once in the data folder with
 * owner-only permissions. Every instance writing to one database uses the same key, so an auditor
 * needs one public key.
 */
public final class AuditSigningKey {

    private static final Pattern PEM = Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([^-]+)-----END \\1 KEY-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    AuditSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyIdOf(publicKey);
    }

    /** The configured key (PEM text with both halves) or, when empty, the key file, made once if it does not exist. */
    static AuditSigningKey from(String configuredPem, Path keyFile) {
        if (configuredPem != null && !configuredPem.isBlank()) {
            return parse(configuredPem, "safeguarding.audit.signing-key");
        }
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            return parse(Files.readString(keyFile), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit signing key " + keyFile, e);
        }
    }

    /** Writes a new key pair, the file created with owner-only permissions before any key byte is written. */
    static void create(Path keyFile) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
        if (keyFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
        }
        String pem = pem("PRIVATE", pair.getPrivate().getEncoded()) + pem("PUBLIC", pair.getPublic().getEncoded());
        try {
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
            }
        } catch (FileAlreadyExistsException another) {
            return; // another instance made it first: use theirs
        }
        Files.writeString(keyFile, pem, StandardCharsets.US_ASCII);
    }

    static AuditSigningKey parse(String pemText, String where) {
        byte[] priv = null;
        byte[] pub = null;
        Matcher m = PEM.matcher(pemText);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2).strip());
            if (m.group(1).equals("PRIVATE")) {
                priv = der;
            } else {
                pub = der;
            }
        }
        if (priv == null || pub == null) {
            throw new IllegalStateException("the audit signing key in " + where
                    + " must hold an Ed25519 PRIVATE KEY and its PUBLIC KEY in PEM form");
        }
        try {
            KeyFactory f = KeyFactory.getInstance("Ed25519");
            AuditSigningKey key = new AuditSigningKey(f.generatePrivate(new PKCS8EncodedKeySpec(priv)), f.generatePublic(new X509EncodedKeySpec(pub)));
            Checkpoint probe = key.sign(0, RecordHasher.GENESIS, "probe", List.of(), 1);
            if (!probe.signedBy(key.publicKey)) {
                throw new IllegalStateException("the audit signing key in " + where + ": the public key is not the private key's other half");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit signing key in " + where + " is not a valid Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** Reads a public key from PEM text (the offline verifier's --public-key file, or the API's answer). */
    public static PublicKey publicKeyFrom(String pemText) {
        Matcher m = PEM.matcher(pemText);
        while (m.find()) {
            if (m.group(1).equals("PUBLIC")) {
                try {
                    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(m.group(2).strip())));
                } catch (GeneralSecurityException e) {
                    throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalArgumentException("no PUBLIC KEY in PEM form was found");
    }

    Checkpoint sign(long size, String head, String time, List<String> ruleSetVersions, long contentHashesFrom) {
        Checkpoint unsigned = new Checkpoint(size, head, time, List.copyOf(ruleSetVersions), contentHashesFrom, keyId, null);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(unsigned.statement().getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(size, head, time, unsigned.ruleSetVersions(), contentHashesFrom, keyId, Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return pem("PUBLIC", publicKey.getEncoded());
    }

    public String keyId() {
        return keyId;
    }

    /** The first 16 hex digits of the SHA-256 of the public key's encoding: names the key in every checkpoint. */
    public static String keyIdOf(PublicKey key) {
        try {
            return "ed25519:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + " KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + kind + " KEY-----\n";
    }
}
