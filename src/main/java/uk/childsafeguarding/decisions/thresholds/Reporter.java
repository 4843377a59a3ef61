package uk.childsafeguarding.decisions.thresholds;

public final class Reporter {
    private final ReporterRole role;

    public Reporter(ReporterRole role) {
        this.role = role;
    }

    public ReporterRole getRole() { return role; }
}
