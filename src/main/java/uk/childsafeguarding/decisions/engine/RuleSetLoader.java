package uk.childsafeguarding.decisions.engine;

import java.nio.file.Path;
import java.util.List;

/** Reads rule files (from a directory or the packaged copy), compiles or fetches them from the cache, and parses their data. */
public final class RuleSetLoader {

    private final RuleSetCompiler compiler;
    private final List<ReferenceDataParser<?>> parsers;

    public RuleSetLoader(RuleSetCompiler compiler, List<ReferenceDataParser<?>> parsers) {
        this.compiler = compiler;
        this.parsers = List.copyOf(parsers);
    }

    public RuleSet load(RuleSetFiles files) {
        return new RuleSet(files, compiler.compile(files), parsers);
    }

    /** A configured directory, or the rules packaged in the jar when none is configured. */
    public RuleSet load(String rulesPath) {
        return load(rulesPath == null || rulesPath.isBlank() ? RuleSetFiles.fromClasspath() : RuleSetFiles.fromDirectory(Path.of(rulesPath)));
    }
}
