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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditSigningKey.class);

    /**
     * The class of Bouncy Castle's JCA provider. When it is on the class path its Ed25519 signs
     * checkpoints: the JDK's Ed25519 (25.0.3) works out the public key again on every signature, so
     * each costs two fixed-base multiplications without precomputed tables, about 0.7 ms on the
     * development machine and most of the ledger writer's CPU; Bouncy Castle's keeps the public key
     * and uses tables, about 0.04 ms. Ed25519 signatures are deterministic (RFC 8032), so both give
     * the same bytes for the same key and statement; {@link #useFastProviderAfter} checks a signature
     * with the JDK's verifier before the key is used, and every checkpoint is verified with the JDK's.
     */
    static final String FAST_PROVIDER = "org.bouncycastle.jce.provider.BouncyCastleProvider";

    private final PublicKey publicKey;
    private final String keyId;
    /** The provider that signs (null: the JDK's default), and the private key as that provider's object. */
    private record Signing(java.security.Provider provider, PrivateKey key) {
    }

    /** Starts as the JDK's; replaced by Bouncy Castle's once it has been loaded and checked (see {@link #useFastProviderAfter}). */
    private volatile Signing signing;

    AuditSigningKey(PrivateKey privateKey, PublicKey publicKey, java.security.Provider signer) {
        this.publicKey = publicKey;
        this.keyId = keyIdOf(publicKey);
        PrivateKey converted = privateKey;
        java.security.Provider used = null;
        if (signer != null) {
            try {
                converted = KeyFactory.getInstance("Ed25519", signer).generatePrivate(new PKCS8EncodedKeySpec(privateKey.getEncoded()));
                used = signer;
            } catch (GeneralSecurityException | RuntimeException e) {
                log.warn("{} cannot take the audit signing key ({}); checkpoints are signed with the JDK's Ed25519", signer.getName(), e.toString());
                converted = privateKey;
            }
        }
        this.signing = new Signing(used, converted);
    }

    /** Bouncy Castle's provider, not registered with the JVM (only checkpoints use it), or null when it is not on the class path. */
    static java.security.Provider fastProvider() {
        try {
            return (java.security.Provider) Class.forName(FAST_PROVIDER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
            return null;
        }
    }

    /** The name of the provider that signs checkpoints ("SunEC" when it is the JDK's). */
    String signerName() {
        try {
            Signing current = signing;
            return current.provider() != null ? current.provider().getName() : Signature.getInstance("Ed25519").getProvider().getName();
        } catch (GeneralSecurityException e) {
            return "none";
        }
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
            PrivateKey privateKey = f.generatePrivate(new PKCS8EncodedKeySpec(priv));
            PublicKey publicKey = f.generatePublic(new X509EncodedKeySpec(pub));
            AuditSigningKey key = new AuditSigningKey(privateKey, publicKey, null);
            if (!key.probe()) {
                throw new IllegalStateException("the audit signing key in " + where + ": the public key is not the private key's other half");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit signing key in " + where + " is not a valid Ed25519 key: " + e.getMessage(), e);
        }
    }

    /**
     * Loading Bouncy Castle's provider takes most of a second of CPU (it registers hundreds of
     * algorithms), so it is loaded on its own thread after a pause once the service is ready
     * (AuditConfiguration), not while start-up and the first requests need both cores. Checkpoints
     * are signed with the JDK's until it is ready and its signature has been checked with the JDK's
     * verifier, then with it. The two give the same bytes, so which one signed a checkpoint makes no
     * difference to anyone verifying it.
     */
    void useFastProviderAfter(java.time.Duration pause) {
        Signing jdk = signing;
        if (jdk.provider() != null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            java.security.Provider fast = fastProvider();
            if (fast == null) {
                log.info("Checkpoints are signed with the JDK's Ed25519");
                return;
            }
            AuditSigningKey candidate = new AuditSigningKey(jdk.key(), publicKey, fast);
            if (candidate.signing.provider() != null && candidate.probe()) {
                signing = candidate.signing;
                log.info("Checkpoints are signed with {}'s Ed25519", fast.getName());
            } else {
                log.warn("{}'s Ed25519 signature did not verify with the JDK's; checkpoints stay signed with the JDK's", fast.getName());
            }
        }, "audit-signer-start-up-load");
        t.setDaemon(true);
        t.start();
    }

    /** Signs a statement and checks the signature with the JDK's verifier (the one verification uses). */
    boolean probe() {
        try {
            return sign(0, RecordHasher.GENESIS, "probe", List.of(), 1).signedBy(publicKey);
        } catch (RuntimeException e) {
            return false;
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
            Signing current = signing;
            Signature s = current.provider() == null ? Signature.getInstance("Ed25519") : Signature.getInstance("Ed25519", current.provider());
            s.initSign(current.key());
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
