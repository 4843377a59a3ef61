package uk.childsafeguarding.decisions.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/** Reads JMH's JSON result and prints each benchmark and the Drools / hand-written ratio for thresholds. */
public final class JmhSummary {

    public static void main(String[] args) throws Exception {
        JsonNode results = BenchmarkRuleSet.json(Files.readString(Path.of(args[0])));
        double drools = Double.NaN;
        double hand = Double.NaN;
        for (JsonNode r : results) {
            String name = r.get("benchmark").asString();
            double score = r.at("/primaryMetric/score").asDouble();
            // JMH writes the error as the string "NaN" when there are too few iterations to estimate it
            JsonNode errorNode = r.at("/primaryMetric/scoreError");
            double error = errorNode.isNumber() ? errorNode.asDouble() : Double.NaN;
            String params = r.has("params") ? " " + r.get("params").toString() : "";
            System.out.printf("%-95s %10.3f +- %.3f %s%n", name + params, score, error, r.at("/primaryMetric/scoreUnit").asString());
            if ("sample".equals(r.get("mode").asString())) {
                // sampled benchmarks (what-would-change) are judged on the median
                System.out.printf("%-95s %10.3f %s (p50), %.3f (p90)%n", "    ", r.at("/primaryMetric/scorePercentiles/50.0").asDouble(),
                        r.at("/primaryMetric/scoreUnit").asString(), r.at("/primaryMetric/scorePercentiles/90.0").asDouble());
            }
            if (name.endsWith("ThresholdEvaluationBenchmark.droolsWithExplanation")) {
                drools = score;
            } else if (name.endsWith("ThresholdEvaluationBenchmark.handWrittenJava")) {
                hand = score;
            }
        }
        if (!Double.isNaN(drools) && !Double.isNaN(hand)) {
            System.out.printf("Threshold evaluation with explanation: Drools / hand-written Java = %.1fx (target, issue 16: within 10x)%n", drools / hand);
        }
    }
}
