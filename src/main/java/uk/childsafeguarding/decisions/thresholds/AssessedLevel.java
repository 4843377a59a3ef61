package uk.childsafeguarding.decisions.thresholds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.childsafeguarding.decisions.engine.Explains;

/**
 * The suggested level: the highest floor any step reached, with the routes of the floors at that
 * level. Level 2 routes to early help and level 3 to targeted early help; a level-4 result with no
 * protection route is a child-in-need (s17) referral.
 */
public final class AssessedLevel implements Explains {
    public static final String S47 = "S47_SIGNIFICANT_HARM";

    private final int level;
    private final List<String> routes;
    private final boolean considerSignificantHarm;
    private final boolean judgementRequired;
    private final List<String> because;

    private AssessedLevel(int level, List<String> routes, boolean considerSignificantHarm, boolean judgementRequired, List<String> because) {
        this.level = level;
        this.routes = routes;
        this.considerSignificantHarm = considerSignificantHarm;
        this.judgementRequired = judgementRequired;
        this.because = because;
    }

    public static AssessedLevel from(Collection<?> floors) {
        int max = 1;
        for (Object o : floors) {
            max = Math.max(max, ((NeedFloor) o).getLevel());
        }
        Set<String> routes = new LinkedHashSet<>();
        boolean consider = false;
        boolean judgement = false;
        Set<String> because = new LinkedHashSet<>();
        for (Object o : floors) {
            NeedFloor f = (NeedFloor) o;
            if (f.getLevel() == max) {
                routes.addAll(f.getRoutes());
                consider |= f.isConsiderSignificantHarm();
                judgement |= f.isJudgementRequired();
                because.addAll(f.because());
            }
        }
        if (max == 2) {
            routes.add("EARLY_HELP");
        } else if (max == 3) {
            routes.add("TARGETED_EARLY_HELP");
        } else if (max == 4 && routes.isEmpty()) {
            routes.add("S17_CHILD_IN_NEED");
        }
        List<String> ordered = new ArrayList<>(routes);
        if (ordered.remove(S47)) {
            ordered.add(0, S47);
        }
        return new AssessedLevel(max, List.copyOf(ordered), consider && !routes.contains(S47), judgement, List.copyOf(because));
    }

    public int getLevel() { return level; }
    public List<String> getRoutes() { return routes; }
    public boolean isSignificantHarm() { return routes.contains(S47); }
    public boolean isConsiderSignificantHarm() { return considerSignificantHarm; }
    public boolean isJudgementRequired() { return judgementRequired; }
    public boolean hasRoute(String route) { return routes.contains(route); }

    /** The inputs behind the floors at the suggested level. */
    @Override
    public List<String> because() { return because; }
}
