package uk.childsafeguarding.decisions.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import tools.jackson.databind.JsonNode;

/**
 * Replays every stored decision against ORIGINAL through the impact-replay endpoint and reports
 * records replayed per second (from the job's own start and finish times). Localhost only.
 * Usage: ReplayBenchmark BASE_URL USER PASSWORD
 */
public final class ReplayBenchmark {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!(base.getHost().equals("localhost") || base.getHost().startsWith("127."))) {
            throw new IllegalArgumentException("localhost only");
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/replays")).header("Content-Type", "application/json")
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofString("{\"against\":\"ORIGINAL\",\"waitSeconds\":60}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode job = BenchmarkRuleSet.json(r.body());
        while (!job.get("status").asString().equals("DONE") && !job.get("status").asString().equals("FAILED")) {
            Thread.sleep(500);
            job = BenchmarkRuleSet.json(http.send(HttpRequest.newBuilder(base.resolve(r.headers().firstValue("Location").orElseThrow()))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
        }
        double seconds = Duration.between(Instant.parse(job.get("startedAt").asString()), Instant.parse(job.get("finishedAt").asString())).toNanos() / 1e9;
        long processed = job.get("processed").asLong();
        System.out.printf("{\"replayed\":%d,\"reproduced\":%d,\"differs\":%d,\"seconds\":%.2f,\"replaysPerSecond\":%.0f,\"status\":\"%s\"}%n", processed,
                job.at("/counts/reproduced").asLong(), job.at("/counts/differs").asLong(), seconds, processed / seconds, job.get("status").asString());
    }
}
