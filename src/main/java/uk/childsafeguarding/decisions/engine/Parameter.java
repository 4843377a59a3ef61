package uk.childsafeguarding.decisions.engine;

/**
 * A number the rules read instead of a literal (a count, an age, a number of days), resolved for the
 * request's asAt date from dated data in rules/. Inserted into every session as a fact.
 */
public final class Parameter {
    private final String name;
    private final int value;

    public Parameter(String name, int value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public int getValue() {
        return value;
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
