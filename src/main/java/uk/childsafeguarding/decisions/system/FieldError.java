package uk.childsafeguarding.decisions.system;

/** One problem with one field of a request, e.g. {"field": "indicators[2]", "message": "unknown indicator code 'FOO'"}. */
public record FieldError(String field, String message) {
}
