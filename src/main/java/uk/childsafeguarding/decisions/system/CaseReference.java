package uk.childsafeguarding.decisions.system;

/**
 * Case references are pseudonymous: letters, digits and - _ / . only, at most 64 characters, so a
 * name (with its space) cannot be used as one.
 */
public final class CaseReference {
    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}");

    private CaseReference() {
    }

    public static String read(JsonFields root) {
        String ref = root.text("caseReference", false, 64);
        if (ref != null && !PATTERN.matcher(ref).matches()) {
            root.problems().add(root.path("caseReference"),
                    "must be a pseudonymous reference of letters, digits and - _ / . (no spaces), at most 64 characters; never a name");
            return null;
        }
        DirectIdentifiers.check(root.path("caseReference"), ref, root.problems());
        return ref;
    }
}
