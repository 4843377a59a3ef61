package uk.childsafeguarding.decisions.system;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem in a request so the client sees all of them at once, not only the first. */
public final class Problems {
    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Whether a problem is already reported for the field, or for a field inside or around it. */
    public boolean touches(String field) {
        return errors.stream().anyMatch(e -> ApiSchemas.overlaps(e.field(), field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
