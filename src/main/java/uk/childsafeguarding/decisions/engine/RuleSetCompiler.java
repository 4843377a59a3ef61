package uk.childsafeguarding.decisions.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a rule set's DRL files with the Drools executable model into one KieBase, and caches the
 * compiled module (a kjar) by the rule set's version so an unchanged rule set is not recompiled.
 */
public final class RuleSetCompiler {

    private static final Logger log = LoggerFactory.getLogger(RuleSetCompiler.class);

    private final Path cacheDir;

    /** @param cacheDir where compiled rule sets are kept; null disables the cache */
    public RuleSetCompiler(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** One KieBase per feature (DRL package = top folder), so one feature's facts never reach another's rules. */
    public java.util.Map<String, KieBase> compile(RuleSetFiles files) {
        KieServices ks = KieServices.Factory.get();
        String hex = files.version().substring("sha256:".length());
        ReleaseId releaseId = ks.newReleaseId("uk.childsafeguarding.rules", "rules", "1.0.0-" + hex.substring(0, 24));
        Path cached = cacheDir == null ? null : cacheDir.resolve(hex + ".kjar");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(Files.readAllBytes(cached)));
                log.info("Loaded compiled rule set {} from cache {}", files.version(), cached);
                return kieBases(ks, module.getReleaseId(), features(files));
            } catch (IOException | RuntimeException e) {
                log.warn("Compiled rule set cache entry {} is unusable ({}); recompiling", cached, e.toString());
            }
        }
        long started = System.nanoTime();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel model = ks.newKieModuleModel();
        boolean first = true;
        for (String feature : features(files)) {
            model.newKieBaseModel(feature).setDefault(first).addPackage(feature);
            first = false;
        }
        kfs.writeKModuleXML(model.toXML());
        int drlFiles = 0;
        for (Map.Entry<String, byte[]> f : files.files().entrySet()) {
            if (isRuleFile(f.getKey())) {
                kfs.write("src/main/resources/" + f.getKey(), f.getValue());
                drlFiles++;
            }
        }
        if (drlFiles == 0) {
            throw new RuleSetException("no .drl files in rule set " + files.origin());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText() != null && m.getText().startsWith("Parser returned a null Package")) {
                continue; // follows a parse error already reported for the same file
            }
            String path = m.getPath() == null ? "(unknown file)" : m.getPath().replaceFirst("^src/main/resources/", "");
            String text = m.getText().strip().lines().findFirst().orElse("");
            if (path.startsWith("src/main/java/")) {
                // a type error found in the Java the executable model generated from a DRL constraint
                path = "(Java generated from a rule constraint: " + path + ")";
            }
            errors.add(path + (m.getLine() > 0 ? " line " + m.getLine() : "") + ": " + text);
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException("rule set " + files.origin() + " does not compile:\n  " + String.join("\n  ", errors));
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        log.info("Compiled rule set {} ({} rule files) in {} ms", files.version(), drlFiles, (System.nanoTime() - started) / 1_000_000);
        if (cached != null) {
            store(cached, module.getBytes());
        }
        return kieBases(ks, module.getReleaseId(), features(files));
    }

    private static java.util.Map<String, KieBase> kieBases(KieServices ks, ReleaseId id, java.util.Set<String> features) {
        var container = ks.newKieContainer(id);
        java.util.Map<String, KieBase> out = new java.util.LinkedHashMap<>();
        for (String f : features) {
            out.put(f, container.getKieBase(f));
        }
        return out;
    }

    /** The features: top-level folders holding rule files. */
    static java.util.Set<String> features(RuleSetFiles files) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String path : files.files().keySet()) {
            if (isRuleFile(path) && path.contains("/")) {
                out.add(path.substring(0, path.indexOf('/')));
            }
        }
        return out;
    }

    static boolean isRuleFile(String path) {
        return path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx");
    }

    private static void store(Path cached, byte[] bytes) {
        try {
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), "kjar", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not cache the compiled rule set at {}: {}", cached, e.toString());
        }
    }
}
