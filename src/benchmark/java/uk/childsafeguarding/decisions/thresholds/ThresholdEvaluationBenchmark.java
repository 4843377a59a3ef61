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
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.Parameter;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/**
 * One threshold decision with explanation capture: the Drools rule set (a fresh session, firing
 * recorder and the full explained answer) against the hand-written Java evaluation of the same
 * logic. Both run over the same mix of requests as the load test.
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
    List<ThresholdRequest> requests = new ArrayList<>();
    List<List<Parameter>> parameters = new ArrayList<>();
    int next;

    @Setup
    public void setUp() {
        ruleSet = BenchmarkRuleSet.load();
        for (int i = 0; i < LoadTest.THRESHOLDS.length; i++) {
            ThresholdRequest r = ThresholdRequestReader.read(BenchmarkRuleSet.json(LoadTest.THRESHOLDS[i].formatted(i)), ruleSet.data(Partnerships.class),
                    ruleSet.data(IndicatorCatalogue.class), LocalDate.of(2026, 11, 20));
            List<Parameter> p = new ArrayList<>(ruleSet.data(FeatureParameters.class).of("thresholds").factsAt(r.scope().asAt()));
            p.addAll(r.area().parameters().factsAt(r.scope().asAt()));
            requests.add(r);
            parameters.add(p);
            // the two evaluations must agree, or the comparison means nothing
            ThresholdAssessment drools = assessor.assess(r, ruleSet, "bench");
            HandWrittenThresholds.Result hand = HandWrittenThresholds.assess(r, p);
            List<String> droolsFired = new ArrayList<>(drools.reasons().stream().map(x -> x.ruleId()).toList());
            List<String> handFired = new ArrayList<>(hand.fired());
            droolsFired.sort(null);
            handFired.sort(null);
            if (drools.level().number() != hand.level() || !new java.util.HashSet<>(drools.routes()).equals(hand.routes())
                    || !droolsFired.equals(handFired) || drools.professionalJudgementRequired() != hand.judgement()) {
                throw new IllegalStateException("hand-written evaluation disagrees on request " + i + ": drools " + drools.level().number() + " "
                        + drools.routes() + " " + droolsFired + " " + drools.professionalJudgementRequired() + " vs hand " + hand);
            }
        }
    }

    @Benchmark
    public ThresholdAssessment droolsWithExplanation() {
        int i = next++ % requests.size();
        return assessor.assess(requests.get(i), ruleSet, "bench");
    }

    @Benchmark
    public HandWrittenThresholds.Result handWrittenJava() {
        int i = next++ % requests.size();
        return HandWrittenThresholds.assess(requests.get(i), parameters.get(i));
    }
}
