package uk.childsafeguarding.decisions.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load against a service on this machine: N clients each send the next request as
 * soon as the last one is answered, for a fixed time and at most a fixed count, cycling through a
 * realistic mix of threshold (70%), notification (15%) and review (15%) requests. Every answer is a
 * durable audit write. Prints throughput and latency percentiles as one JSON line.
 *
 * Usage: LoadTest BASE_URL[,BASE_URL...] USER PASSWORD SECONDS CLIENTS MAX_REQUESTS
 * Several base URLs (several instances of the service) share the clients round-robin.
 * Only loopback addresses are accepted.
 */
public final class LoadTest {

    public static final String[] THRESHOLDS = {
        "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},\"indicators\":[\"EDUCATION_ATTENDANCE_DIPPING\",\"DEVELOPMENT_DELAY\",\"LOW_INCOME\"],\"circumstances\":{\"consent\":\"GIVEN\"}}",
        "{\"partnership\":\"derby-derbyshire\",\"area\":\"derbyshire\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"HEALTH\"},\"child\":{\"ageMonths\":4,\"independentlyMobile\":false},\"indicators\":[\"INJURY_NON_MOBILE_CHILD\"]}",
        "{\"partnership\":\"torbay\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"POLICE\"},\"child\":{\"ageMonths\":60},\"indicators\":[\"DOMESTIC_ABUSE_ONGOING\",\"PARENT_MENTAL_HEALTH_IMPACT\",\"PARENT_SUBSTANCE_EMERGING\"],\"circumstances\":{\"consent\":\"REFUSED\"},\"strengths\":[\"Grandmother provides daily care\"]}",
        "{\"partnership\":\"south-gloucestershire\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"HEALTH\"},\"child\":{\"unborn\":true,\"gestationWeeks\":20},\"indicators\":[\"PREVIOUS_CHILD_REMOVED\",\"ANTENATAL_CARE_MISSED\"]}",
        "{\"partnership\":\"plymouth\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":170},\"indicators\":[\"EXPLOITATION_CRIMINAL\",\"MISSING_REPEATED\"]}",
        "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":80},\"indicators\":[\"YOUNG_CARER\"],\"circumstances\":{\"consent\":\"GIVEN\"}}",
        "{\"partnership\":\"derby-derbyshire\",\"area\":\"derby\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LT-%d\",\"reporter\":{\"role\":\"SOCIAL_CARE\"},\"child\":{\"ageMonths\":130},\"indicators\":[\"PARENT_NON_ENGAGEMENT_WITH_PLAN\",\"CARE_ERRATIC_WITH_IMPACT\"],\"circumstances\":{\"earlyHelpPlanWithoutProgress\":true,\"consent\":\"GIVEN\"}}",
    };
    public static final String NOTIFICATION = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LN-%d\",\"child\":{\"ageYears\":3},\"incident\":{\"outcome\":\"SERIOUSLY_HARMED\",\"abuseOrNeglect\":\"SUSPECTED\",\"location\":\"IN_AREA\",\"setting\":\"FAMILY_HOME\",\"incidentDate\":\"2026-11-02\",\"localAuthorityAwareDate\":\"2026-11-03\"}}";
    public static final String REVIEW = "{\"partnership\":\"south-gloucestershire\",\"asAt\":\"2026-11-20\",\"caseReference\":\"LR-%d\",\"case\":{\"abuseOrNeglect\":\"KNOWN\",\"outcome\":\"DIED\"},\"dates\":{\"partnersAwareDate\":\"2026-10-26\"},\"criteria\":{\"improvementsNeeded\":\"YES\",\"recurrentThemes\":\"MAYBE\",\"multiAgencyWorkingConcerns\":\"YES\",\"singleAgencyConcern\":\"NO\"},\"partnerViews\":[{\"partner\":\"LOCAL_AUTHORITY\",\"view\":\"LOCAL_CSPR\"},{\"partner\":\"HEALTH\",\"view\":\"LOCAL_CSPR\"},{\"partner\":\"POLICE\",\"view\":\"NO_FURTHER_REVIEW\"}]}";

    public static void main(String[] args) throws Exception {
        List<URI> bases = new ArrayList<>();
        for (String u : args[0].split(",")) {
            URI base = URI.create(u);
            String host = base.getHost();
            if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
                throw new IllegalArgumentException("load is only ever sent to this machine (localhost); got " + host);
            }
            bases.add(base);
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        long seconds = Long.parseLong(args[3]);
        int clients = Integer.parseInt(args[4]);
        long maxRequests = Long.parseLong(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[(int) Math.min(maxRequests, 5_000_000)];
            long[] count = new long[1];
            perClient.add(latencies);
            URI base = bases.get(c % bases.size());
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long i = issued.getAndIncrement();
                    if (i >= maxRequests) {
                        break;
                    }
                    int pick = (int) (i % 20);
                    String path;
                    String body;
                    if (pick < 14) {
                        path = "/api/v1/threshold-assessments";
                        body = THRESHOLDS[(int) (i % THRESHOLDS.length)].formatted(i);
                    } else if (pick < 17) {
                        path = "/api/v1/notification-assessments";
                        body = NOTIFICATION.formatted(i);
                    } else {
                        path = "/api/v1/review-assessments";
                        body = REVIEW.formatted(i);
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n < latencies.length) {
                        latencies[n++] = System.nanoTime() - t0;
                    }
                }
                count[0] = n;
                latencies[latencies.length - 1] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = 0;
        for (long[] l : perClient) {
            total += l[l.length - 1];
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] l : perClient) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        System.out.printf("{\"requests\":%d,\"errors\":%d,\"seconds\":%.2f,\"throughputPerSecond\":%.0f,\"p50ms\":%.2f,\"p90ms\":%.2f,\"p99ms\":%.2f,\"maxms\":%.2f,\"clients\":%d,\"instances\":%d}%n",
                total, errors.get(), elapsed, total / elapsed, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, clients, bases.size());
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
