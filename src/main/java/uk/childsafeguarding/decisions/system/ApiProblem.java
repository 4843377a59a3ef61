package uk.childsafeguarding.decisions.system;

import java.util.List;

/** A request the service refuses, rendered as application/problem+json (RFC 9457). */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, "/problems/invalid-request", "The request is not valid",
                errors.size() == 1 ? "1 problem was found in the request" : errors.size() + " problems were found in the request", errors);
    }

    /** asAt outside the supported regimes, or a partnership not in force on asAt. */
    public static ApiProblem unsupportedDate(String field, String detail) {
        return new ApiProblem(422, "/problems/unsupported-date", "The date is outside what the service supports", detail,
                List.of(new FieldError(field, detail)));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "/problems/not-found", "Not found", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
