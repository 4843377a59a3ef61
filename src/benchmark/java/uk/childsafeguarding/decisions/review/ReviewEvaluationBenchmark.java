package uk.childsafeguarding.decisions.review;

import java.time.LocalDate;
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

/** One review decision with explanation capture, criteria breakdown, protocol and timetable. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReviewEvaluationBenchmark {

    RuleSet ruleSet;
    ReviewAssessor assessor = new ReviewAssessor();
    ReviewRequest request;

    @Setup
    public void setUp() {
        ruleSet = BenchmarkRuleSet.load();
        request = ReviewRequestReader.read(BenchmarkRuleSet.json(LoadTest.REVIEW.formatted(1)), ruleSet.data(Partnerships.class),
                ruleSet.data(CriteriaCatalogue.class), LocalDate.of(2026, 11, 20));
    }

    @Benchmark
    public ReviewAssessment droolsWithExplanation() {
        return assessor.assess(request, ruleSet, "bench");
    }
}
