package uk.childsafeguarding.decisions.thresholds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reported indicators gathered once, so that the rules that look at indicators together (the
 * base level, cumulative needs, the trigger trio, pre-birth, who to tell first, the National Referral
 * Mechanism) match one fact instead of each running its own accumulate over every indicator (issue 16:
 * 15 accumulates became none; an evaluation allocates 38 KB instead of 43 KB, its time moved within
 * the benchmark's noise).
 *
 * It counts and groups only; every threshold (how many, how many domains) stays in the rules and
 * their dated parameters. It explains nothing by itself: the rules say which of its codes they used.
 */
public final class IndicatorProfile {

    private final List<ObservedIndicator> forBaseLevel = new ArrayList<>();
    private final List<String> levelTwoCodes = new ArrayList<>();
    private final Set<String> levelTwoDomains = new LinkedHashSet<>();
    private final List<String> trioCodes = new ArrayList<>();
    private final Set<String> trioGroups = new LinkedHashSet<>();
    private final Set<String> trioGroupsAtLevelThree = new LinkedHashSet<>();
    private final List<ObservedIndicator> levelFour = new ArrayList<>();
    private final List<String> traffickingTexts = new ArrayList<>();
    private final Map<ParentsFirstException, List<String>> parentsFirstTexts = new EnumMap<>(ParentsFirstException.class);

    /**
     * Lists hold the indicators last reported first: the order the accumulates this fact replaced gave
     * them in, so that no answer's wording or "because" order changed with the rewrite (checked on
     * 32,178 generated requests against the accumulate rules, whole answers compared, issue 16).
     */
    public IndicatorProfile(List<ObservedIndicator> reported) {
        for (ObservedIndicator i : reported.reversed()) {
            // an indicator with its own protocol (non-mobile injury) is decided by that protocol, not by its level
            if (i.getProtocol() == null) {
                forBaseLevel.add(i);
            }
            if (i.getLevel() == 2) {
                levelTwoCodes.add(i.getCode());
                levelTwoDomains.add(i.getDomain());
            }
            if (i.getTrio() != null) {
                trioCodes.add(i.getCode());
                trioGroups.add(i.getTrio());
                if (i.getLevel() >= 3) {
                    trioGroupsAtLevelThree.add(i.getTrio());
                }
            }
            if (i.getLevel() == 4) {
                levelFour.add(i);
            }
            if (i.isTrafficking()) {
                traffickingTexts.add(i.getText());
            }
            for (ParentsFirstException e : i.getParentsFirstExceptions()) {
                parentsFirstTexts.computeIfAbsent(e, k -> new ArrayList<>()).add(i.getText());
            }
        }
    }

    /** Indicators whose level counts towards the base level (those without their own protocol). */
    public List<ObservedIndicator> getForBaseLevel() { return forBaseLevel; }
    /** Codes of the early-help (level 2) indicators. */
    public List<String> getLevelTwoCodes() { return levelTwoCodes; }
    /** The assessment-triangle domains the early-help indicators come from. */
    public Set<String> getLevelTwoDomains() { return levelTwoDomains; }
    /** Codes of the indicators that are part of the trigger trio. */
    public List<String> getTrioCodes() { return trioCodes; }
    /** Which parts of the trigger trio are present. */
    public Set<String> getTrioGroups() { return trioGroups; }
    /** Which parts of the trigger trio are present with established impact (level 3 or 4). */
    public Set<String> getTrioGroupsAtLevelThree() { return trioGroupsAtLevelThree; }
    /** The specialist-level (level 4) indicators. */
    public List<ObservedIndicator> getLevelFour() { return levelFour; }
    /** Texts of the indicators that may mean trafficking or modern slavery. */
    public List<String> getTraffickingTexts() { return traffickingTexts; }

    /** Texts of the indicators for which telling the parents first may be wrong for this reason (empty if none). */
    public List<String> textsWhere(ParentsFirstException reason) {
        return parentsFirstTexts.getOrDefault(reason, Collections.emptyList());
    }

    @Override
    public String toString() {
        return "IndicatorProfile" + forBaseLevel;
    }
}
