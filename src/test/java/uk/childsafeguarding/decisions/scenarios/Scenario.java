package uk.childsafeguarding.decisions.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import uk.childsafeguarding.decisions.engine.Yamls;

/**
 * One YAML file under test-scenarios/: a sentence naming the case, the request as a client sends
 * it, and what a user would notice in the answer.
 */
public record Scenario(Path file, String feature, String name, Map<String, Object> request, Map<String, Object> expect) {

    public static final Path ROOT = Path.of("test-scenarios");

    public static List<Scenario> all(String feature) {
        List<Scenario> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(feature))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(read(f, feature));
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return out;
    }

    static Scenario read(Path file, String feature) {
        try {
            Map<String, Object> m = Yamls.map(Yamls.load(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
            String name = (String) m.get("name");
            if (name == null || !name.matches("[A-Z].*[A-Za-z0-9)]") || name.split(" ").length < 5) {
                throw new IllegalStateException(file + ": name must be a sentence (capitalised, at least five words, no full stop)");
            }
            return new Scenario(file, feature, name, Yamls.map(m.get("request"), file + " request"), Yamls.map(m.get("expect"), file + " expect"));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> firedRules() {
        Object f = expect.get("firedRules");
        Object exactly = expect.get("exactlyFiredRules");
        List<String> out = new ArrayList<>(f == null ? List.of() : (List<String>) f);
        if (exactly != null) {
            out.addAll((List<String>) exactly);
        }
        return out;
    }
}
