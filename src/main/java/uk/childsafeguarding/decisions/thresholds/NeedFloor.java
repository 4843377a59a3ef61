package uk.childsafeguarding.decisions.thresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import uk.childsafeguarding.decisions.engine.Explains;

/**
 * A level that one step of the model says the child's needs reach at least, with the statutory routes
 * it points to. The suggested level is the highest floor; nothing ever lowers a floor (strengths included).
 */
public final class NeedFloor implements Explains {
    private final int level;
    private final FloorStage stage;
    private final List<String> routes;
    private final boolean considerSignificantHarm;
    private final boolean judgementRequired;
    private final List<String> because;

    public NeedFloor(int level, FloorStage stage, List<String> routes, boolean considerSignificantHarm, boolean judgementRequired,
            Collection<String> because) {
        this.level = level;
        this.stage = stage;
        this.routes = List.copyOf(routes);
        this.considerSignificantHarm = considerSignificantHarm;
        this.judgementRequired = judgementRequired;
        this.because = List.copyOf(new LinkedHashSet<>(because));
    }

    /** Statutory routes without nulls or repeats, in the order given. */
    public static List<String> routes(String... routes) {
        return Arrays.stream(routes).filter(Objects::nonNull).distinct().toList();
    }

    /** The codes of the indicators given. */
    public static List<String> codes(Collection<?> indicators) {
        List<String> codes = new ArrayList<>();
        for (Object o : indicators) {
            codes.add(((ObservedIndicator) o).getCode());
        }
        return codes;
    }

    /** Base level: the highest typical level among the indicators; explained by those at that level. */
    public static NeedFloor base(Collection<?> indicators) {
        int max = 1;
        for (Object o : indicators) {
            max = Math.max(max, ((ObservedIndicator) o).getLevel());
        }
        List<String> at = new ArrayList<>();
        for (Object o : indicators) {
            if (((ObservedIndicator) o).getLevel() == max) {
                at.add(((ObservedIndicator) o).getCode());
            }
        }
        return new NeedFloor(max, FloorStage.BASE, List.of(), false, false, at);
    }

    /** Pre-birth referral: s47 when any level-4 indicator signals significant harm, otherwise s17. */
    public static NeedFloor preBirth(Collection<?> levelFourIndicators) {
        boolean harm = levelFourIndicators.stream().anyMatch(o -> ((ObservedIndicator) o).isSignificantHarm());
        return new NeedFloor(4, FloorStage.PRE_BIRTH, List.of(harm ? "S47_SIGNIFICANT_HARM" : "S17_CHILD_IN_NEED"), false, false,
                codes(levelFourIndicators));
    }

    public int getLevel() { return level; }
    public FloorStage getStage() { return stage; }
    public List<String> getRoutes() { return routes; }
    public boolean isConsiderSignificantHarm() { return considerSignificantHarm; }
    public boolean isJudgementRequired() { return judgementRequired; }

    @Override
    public List<String> because() {
        return because;
    }
}
