package uk.childsafeguarding.decisions.whatwouldchange;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.benchmarks.BenchmarkRuleSet;
import uk.childsafeguarding.decisions.benchmarks.LoadTest;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.notification.NotificationAssessor;
import uk.childsafeguarding.decisions.review.ReviewAssessor;
import uk.childsafeguarding.decisions.thresholds.ThresholdAssessor;

/**
 * The cost of one what-would-change answer per decision type, without the cache: the whole search
 * (every single change, and pairs where no single change moves the answer), each candidate read,
 * validated and evaluated with explanation as a request would be. Sampled, so the summary gives p50.
 * thresholds: the load test's mix of seven requests; thresholdsPairs: a specialist level resting on
 * two significant-harm indicators, where no single change moves it and pairs are searched (the
 * worst case); notification and review: the load test's requests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class WhatWouldChangeBenchmark {

    static final String TWO_SIGNIFICANT_HARM_INDICATORS = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},"
            + "\"child\":{\"ageMonths\":100},\"indicators\":[\"ABUSE_DISCLOSED\",\"INJURY_UNEXPLAINED\"]}";

    @Param({"thresholds", "thresholdsPairs", "notification", "review"})
    public String type;

    RuleSet ruleSet;
    DecisionType decisionType;
    ChangeCandidates candidates;
    List<ObjectNode> requests = new ArrayList<>();
    int next;

    @Setup
    public void setUp() throws Exception {
        ruleSet = BenchmarkRuleSet.load();
        Map<String, Object[]> types = Map.of(
                "thresholds", new Object[] {"thresholds.ThresholdDecisions", ThresholdAssessor.class, new ThresholdAssessor(), new ThresholdChanges()},
                "thresholdsPairs", new Object[] {"thresholds.ThresholdDecisions", ThresholdAssessor.class, new ThresholdAssessor(), new ThresholdChanges()},
                "notification", new Object[] {"notification.NotificationDecisions", NotificationAssessor.class, new NotificationAssessor(), new NotificationChanges()},
                "review", new Object[] {"review.ReviewDecisions", ReviewAssessor.class, new ReviewAssessor(), new ReviewChanges()});
        Object[] t = types.get(type);
        // the feature's DecisionType is package-private; built here as Spring builds it
        Constructor<?> c = Class.forName("uk.childsafeguarding.decisions." + t[0]).getDeclaredConstructor((Class<?>) t[1]);
        c.setAccessible(true);
        decisionType = (DecisionType) c.newInstance(t[2]);
        candidates = (ChangeCandidates) t[3];
        List<String> bodies = switch (type) {
            case "thresholds" -> List.of(LoadTest.THRESHOLDS);
            case "thresholdsPairs" -> List.of(TWO_SIGNIFICANT_HARM_INDICATORS);
            case "notification" -> List.of(LoadTest.NOTIFICATION);
            default -> List.of(LoadTest.REVIEW);
        };
        for (String body : bodies) {
            // as stored: without the case reference, with asAt
            ObjectNode stored = (ObjectNode) BenchmarkRuleSet.json(body.formatted(1));
            stored.remove("caseReference");
            requests.add(stored);
            ChangeSearch.Answer a = search(stored);
            System.out.printf("%n%s: headline %s, %d changes, %d evaluations%n", type, a.headline(), a.whatWouldChange().size(), a.evaluations());
            a.whatWouldChange().forEach(i -> System.out.printf("  %s -> %s%n", i.change(), i.result()));
        }
    }

    private ChangeSearch.Answer search(ObjectNode stored) {
        return ChangeSearch.search(decisionType, candidates, ruleSet, "bench", stored, LocalDate.parse(stored.get("asAt").asString()));
    }

    @Benchmark
    public ChangeSearch.Answer whatWouldChange() {
        return search(requests.get(next++ % requests.size()));
    }
}
