package uk.childsafeguarding.decisions.thresholds;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Explains;

/** Classification: the injured child is not independently mobile, so the non-mobile injury protocol applies. */
public final class NonMobileChild implements Explains {
    private final List<String> because;

    public NonMobileChild(Child child, int alwaysNonMobileUnderMonths) {
        this.because = child.getAgeMonths() != null && child.getAgeMonths() < alwaysNonMobileUnderMonths
                ? List.of("child.ageMonths=" + child.getAgeMonths())
                : List.of(child.getIndependentlyMobile() == null ? "child.independentlyMobile not recorded" : "child.independentlyMobile=false");
    }

    @Override
    public List<String> because() {
        return because;
    }
}
