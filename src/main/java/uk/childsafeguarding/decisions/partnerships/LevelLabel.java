package uk.childsafeguarding.decisions.partnerships;

/** A local name for a canonical level, with its confidence mark (V, P or U) and any caveat. */
public record LevelLabel(String label, String confidence, String note) {
}
