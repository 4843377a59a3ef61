package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** YAML reading for rule data and scenarios. Dates stay text (ISO-8601) so they are never shifted by a time zone. */
public final class Yamls {

    private Yamls() {
    }

    public static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new DatesAsText());
        return yaml.load(text);
    }

    /** Loads a rule set's YAML file; a file that is not valid YAML is a {@link RuleSetException} naming the file and line. */
    public static Object load(String text, String file) {
        try {
            return load(text);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            org.yaml.snakeyaml.error.Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new RuleSetException(file + (mark == null ? "" : " line " + (mark.getLine() + 1) + " column " + (mark.getColumn() + 1))
                    + ": not valid YAML: " + problem, e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new RuleSetException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new RuleSetException(where + ": expected a mapping");
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o, String where) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new RuleSetException(where + ": expected a list");
    }

    public static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    public static String requiredText(Map<String, Object> m, String key, String where) {
        String v = text(m, key);
        if (v == null || v.isBlank()) {
            throw new RuleSetException(where + ": missing '" + key + "'");
        }
        return v;
    }

    public static LocalDate date(Map<String, Object> m, String key, String where) {
        String v = text(m, key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleSetException(where + ": '" + key + "' is not an ISO date: " + v);
        }
    }

    public static boolean flag(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    /** The standard YAML 1.1 resolver without the timestamp rule. */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
