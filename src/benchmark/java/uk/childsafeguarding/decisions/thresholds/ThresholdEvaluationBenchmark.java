package uk.childsafeguarding.decisions.thresholds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import uk.childsafeguarding.decisions.benchmarks.BenchmarkRuleSet;
import uk.childsafeguarding.decisions.benchmarks.LoadTest;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/**
 * One threshold decision with its explained answer: the Drools rule set (a pooled session, firing
 * recorder and the full answer) against the hand-written Java evaluation of the same rules
 * (HandWrittenThresholds), which gives the same answer content through the same answer-shaping code.
 * Both run over the same mix of requests as the load test; set-up checks the two answers agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ThresholdEvaluationBenchmark {

    RuleSet ruleSet;
    ThresholdAssessor assessor = new ThresholdAssessor();
    HandWrittenThresholds handWritten = new HandWrittenThresholds();
    List<ThresholdRequest> requests = new ArrayList<>();
    int next;

    @Setup
    public void setUp() {
        ruleSet = BenchmarkRuleSet.load();
        for (int i = 0; i < LoadTest.THRESHOLDS.length; i++) {
            ThresholdRequest r = ThresholdRequestReader.read(BenchmarkRuleSet.json(LoadTest.THRESHOLDS[i].formatted(i)), ruleSet.data(Partnerships.class),
                    ruleSet.data(IndicatorCatalogue.class), LocalDate.of(2026, 11, 20));
            requests.add(r);
            // the two evaluations must give the same answer, or the comparison means nothing
            var drools = HandWrittenThresholdsTests.comparable(assessor.assess(r, ruleSet, "bench"));
            var hand = HandWrittenThresholdsTests.comparable(handWritten.assess(r, ruleSet, "bench"));
            if (!drools.equals(hand)) {
                throw new IllegalStateException("hand-written evaluation disagrees on request " + i + ":\n" + drools + "\n" + hand);
            }
        }
    }

    @Benchmark
    public ThresholdAssessment droolsWithExplanation() {
        int i = next++ % requests.size();
        return assessor.assess(requests.get(i), ruleSet, "bench");
    }

    @Benchmark
    public ThresholdAssessment handWrittenJava() {
        int i = next++ % requests.size();
        return handWritten.assess(requests.get(i), ruleSet, "bench");
    }
}
