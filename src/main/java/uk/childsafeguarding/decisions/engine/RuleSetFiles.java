package uk.childsafeguarding.decisions.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one rule set, keyed by path relative to the rules root ("thresholds/significant-harm.drl").
 * The version is a SHA-256 over every file's path and bytes, in path order, so any change to a rule or
 * to the data the rules read (catalogue, parameters, partnerships, calendar) gives a new version.
 */
public final class RuleSetFiles {

    private final SortedMap<String, byte[]> files;
    private final String version;
    private final String origin;

    public RuleSetFiles(Map<String, byte[]> files, String origin) {
        if (files.isEmpty()) {
            throw new RuleSetException("no rule files found in " + origin);
        }
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.version = "sha256:" + digest(this.files);
        this.origin = origin;
    }

    /**
     * Reads every regular file under a rules directory (hidden files and folders are skipped). A
     * symbolic link inside it is refused: its target would be read into the rule set and its snapshot
     * (kept with every decision) though it lies outside the directory. The directory itself may be a link.
     */
    public static RuleSetFiles fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetException("rules directory " + root.toAbsolutePath() + " does not exist");
        }
        Map<String, byte[]> files = new TreeMap<>();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + root, e);
        }
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = real.relativize(p);
                if (isHidden(rel)) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    throw new RuleSetException(rel.toString().replace('\\', '/') + " is a symbolic link; links are refused in the rules directory "
                            + "(copy the file in instead)");
                }
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                files.put(rel.toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + root, e);
        }
        return new RuleSetFiles(files, root.toAbsolutePath().normalize().toString());
    }

    /** Reads the rules packaged in the application jar under classpath:rules/. */
    public static RuleSetFiles fromClasspath() {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:rules/**/*");
            for (Resource r : resources) {
                if (!r.isReadable()) {
                    continue;
                }
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/rules/");
                String rel = url.substring(at + "/rules/".length());
                if (rel.isEmpty() || rel.endsWith("/") || isHidden(Path.of(rel))) {
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    files.put(rel, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged rules", e);
        }
        return new RuleSetFiles(files, "classpath:rules (packaged with the application)");
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String digest(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(e.getValue().length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public String version() {
        return version;
    }

    public String origin() {
        return origin;
    }

    public String text(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new RuleSetException("rule set has no file " + path);
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
