package uk.childsafeguarding.decisions.thresholds;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Explains;

/** An indicator the practitioner reported, carrying its catalogue properties for the rules to match. */
public final class ObservedIndicator implements Explains {
    private final Indicator indicator;

    public ObservedIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public String getCode() { return indicator.code(); }
    public String getDomain() { return indicator.domain(); }
    public int getLevel() { return indicator.level(); }
    public boolean isSignificantHarm() { return indicator.significantHarm(); }
    /** The condition under which the indicator alone signals significant harm ("when" in the catalogue), or null. */
    public String getCondition() { return indicator.condition(); }
    public String getTrio() { return indicator.trio(); }
    public String getRoute() { return indicator.route(); }
    public String getProtocol() { return indicator.protocol(); }
    public boolean isExtrafamilial() { return indicator.extrafamilial(); }
    public boolean isDoNotInformParents() { return indicator.doNotInformParents(); }
    public boolean isEscalates() { return indicator.escalates(); }
    /** May mean trafficking or modern slavery: a National Referral Mechanism referral is to be considered. */
    public boolean isTrafficking() { return indicator.trafficking(); }
    /** The reasons, from the catalogue, why telling the parents first may be wrong for this indicator. */
    public List<ParentsFirstException> getParentsFirstExceptions() { return indicator.parentsFirstExceptions(); }
    public String getText() { return indicator.text(); }

    @Override
    public List<String> because() {
        return List.of(indicator.code());
    }

    @Override
    public String toString() {
        return indicator.code();
    }
}
