package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.scenarios.Scenario;

/** Decision records as an auditor and a practitioner use them, over HTTP against the SQLite store. */
@ServiceTest
class DecisionRecordApiTests {

    private static final Map<String, String> PATHS = Map.of("thresholds", "/api/v1/threshold-assessments",
            "notification", "/api/v1/notification-assessments", "review", "/api/v1/review-assessments");

    @LocalServerPort
    int port;

    @Autowired
    AuditStore store;

    private Http http() {
        return new Http(port);
    }

    private String decide(String body) {
        Http.Response r = http().post("/api/v1/threshold-assessments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("decisionId").asString();
    }

    private static final String DEVON = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"caseReference\":\"DV-2026-0099\",\"reporter\":{\"role\":\"EDUCATION\"},"
            + "\"child\":{\"ageMonths\":100},\"indicators\":[\"LOW_INCOME\"],\"circumstances\":{\"consent\":\"GIVEN\"}}";

    @Test
    void everyScenarioDecisionReplaysExactlyAgainstItsOriginalRules() {
        List<String> ids = new ArrayList<>();
        for (String feature : PATHS.keySet()) {
            for (Scenario s : Scenario.all(feature)) {
                if (!s.expect().containsKey("status")) {
                    Http.Response r = http().postJson(PATHS.get(feature), s.request());
                    assertThat(r.status()).as(s.name()).isEqualTo(200);
                    ids.add(r.json().get("decisionId").asString());
                }
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(140);
        for (String id : ids) {
            Http.Response replay = http().post("/api/v1/decisions/" + id + "/replay", "{\"against\":\"ORIGINAL\"}");
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.json().get("status").asString()).as("replay of %s: %s", id, replay.body()).isEqualTo("REPRODUCED");
        }
    }

    @Test
    void aStoredDecisionHoldsTheRequestWithoutTheCaseReferenceAndTheExactResponse() {
        Http.Response answer = http().post("/api/v1/threshold-assessments", DEVON);
        String id = answer.json().get("decisionId").asString();
        Http.Response stored = http().get("/api/v1/decisions/" + id);
        assertThat(stored.status()).isEqualTo(200);
        JsonNode record = stored.json();
        assertThat(record.get("response")).isEqualTo(answer.json());
        assertThat(record.at("/request/caseReference").isMissingNode()).isTrue();
        assertThat(stored.body()).doesNotContain("DV-2026-0099");
        assertThat(record.get("caseReferenceHash").asString()).startsWith("hmac-sha256:");
        assertThat(record.at("/request/asAt").asString()).isEqualTo("2026-11-20");
        assertThat(record.get("ruleSetVersion").asString()).isEqualTo(answer.header("X-Rule-Set-Version"));
        assertThat(record.at("/engine/drools").asString()).isEqualTo("10.2.0");
        assertThat(record.get("outcome").asString()).isEqualTo("level 2");
        assertThat(record.get("hash").asString()).hasSize(64);
    }

    @Test
    void aRejectedRequestStoresNothing() {
        long before = store.count(RecordFilter.ALL);
        assertThat(http().post("/api/v1/threshold-assessments", "{\"partnership\":\"devon\",\"indicators\":[\"NOPE\"]}").status()).isEqualTo(400);
        assertThat(http().post("/api/v1/threshold-assessments", "{\"partnership\":\"devon\",\"asAt\":\"2017-01-01\",\"reporter\":{\"role\":\"HEALTH\"},"
                + "\"child\":{\"ageMonths\":3}}").status()).isEqualTo(422);
        assertThat(store.count(RecordFilter.ALL)).isEqualTo(before);
    }

    @Test
    void theDefaultAsAtIsStoredSoReplayDoesNotDependOnTheDayItRuns() {
        java.time.LocalDate before = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String id = decide(DEVON.replace("\"asAt\":\"2026-11-20\",", ""));
        java.time.LocalDate after = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        JsonNode record = http().get("/api/v1/decisions/" + id).json();
        // the day the request was made, in England, filled into the stored request and the record
        assertThat(record.at("/request/asAt").asString()).isIn(before.toString(), after.toString());
        assertThat(record.get("asAt").asString()).isEqualTo(record.at("/request/asAt").asString());
        Http.Response replay = http().post("/api/v1/decisions/" + id + "/replay", "{\"against\":\"ORIGINAL\"}");
        assertThat(replay.json().get("status").asString()).isEqualTo("REPRODUCED");
    }

    @Test
    void listsDecisionsWithFiltersAndPaging() {
        decide(DEVON);
        decide(DEVON);
        Http.Response page = http().get("/api/v1/decisions?partnership=devon&type=thresholds&from=2026-11-20&to=2026-11-20&size=1&page=0");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().get("items").size()).isEqualTo(1);
        assertThat(page.json().at("/items/0/partnership").asString()).isEqualTo("devon");
        Http.Response bad = http().get("/api/v1/decisions?type=astrology&from=yesterday&size=9999");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"type\"", "\"from\"", "\"size\"");
    }

    @Test
    void unknownDecisionsAndBadReplayRequestsAreProblems() {
        assertThat(http().get("/api/v1/decisions/01NOTAREALDECISION0000000").status()).isEqualTo(404);
        String id = decide(DEVON);
        Http.Response bad = http().post("/api/v1/decisions/" + id + "/replay", "{\"against\":\"YESTERDAY\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPractitionerRecordsTheirOwnFinalDecisionAndTheSummaryCountsIt() {
        String id = decide(DEVON);
        Http.Response missing = http().post("/api/v1/decisions/" + id + "/outcome", "{\"agreed\":false}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"finalLevel\"", "\"reason\"");
        Http.Response recorded = http().post("/api/v1/decisions/" + id + "/outcome",
                "{\"agreed\":false,\"finalLevel\":3,\"reason\":\"Needs across three domains after the home visit\"}");
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode stored = http().get("/api/v1/decisions/" + id).json();
        assertThat(stored.at("/outcomes/0/outcome/finalLevel").asInt()).isEqualTo(3);
        assertThat(stored.at("/outcomes/0/outcome/recommended").asString()).isEqualTo("level 2");
        JsonNode summary = http().get("/api/v1/decisions/summary?partnership=devon&type=thresholds").json();
        assertThat(summary.at("/practitionerOutcomes/differed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(summary.at("/practitionerOutcomes/differentFinalDecisions").toString()).contains("level 2 -> level 3");
        assertThat(summary.at("/byOutcome/thresholds").toString()).contains("level 2");
        assertThat(summary.at("/byMonth/2026-11").asLong()).isPositive();
        assertThat(http().get("/api/v1/audit/verification").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void exportsRecordsAsJsonLinesAndCsv() {
        String id = decide(DEVON);
        Http.Response jsonl = http().get("/api/v1/decisions/export?format=jsonl&partnership=devon");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.body().lines()).anySatisfy(line -> assertThat(line).contains("\"id\":\"" + id + "\""));
        jsonl.body().lines().forEach(line -> assertThat(line).startsWith("{"));
        Http.Response csv = http().get("/api/v1/decisions/export?format=csv&partnership=devon");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).contains("seq,id,type,partnership,asAt,outcome,ruleSetVersion,appVersion,droolsVersion,javaVersion,requestedBy,createdAt,hash");
        assertThat(csv.body()).contains(id + ",thresholds,devon,2026-11-20,level 2");
        assertThat(http().get("/api/v1/decisions/export?format=xml").status()).isEqualTo(400);
    }

    @Autowired
    DecisionService decisionService;

    @Test
    void aCsvExportNeverCarriesALiveFormulaAndALineBreakNeverSplitsARow() throws Exception {
        String id = decide(DEVON);
        DecisionRecord real = store.find(id).orElseThrow();
        // a name as an identity provider might send it: a formula, a line break, a comma and a quote
        String[] hostile = {"=HYPERLINK(\"http://x.example\",\"open\")", "+1+2", "-3+4", "@SUM(A1)", "\tTAB", "\rCR", "a\nb,\"c\""};
        List<String> ids = new ArrayList<>();
        for (String name : hostile) {
            DecisionRecord r = new DecisionRecord(0, uk.childsafeguarding.decisions.system.DecisionIds.next(), DecisionRecord.DECISION, real.decisionType(),
                    real.partnershipId(), real.asAt(), null, null, real.requestJson(), real.responseJson(), real.outcome(), real.ruleSetVersion(),
                    real.appVersion(), real.droolsVersion(), real.javaVersion(), name, real.createdAt(), null, null);
            ids.add(decisionService.store(r).id());
        }
        String csv = http().get("/api/v1/decisions/export?format=csv&partnership=devon").body();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(13));
        for (int i = 0; i < hostile.length; i++) {
            String wanted = ids.get(i);
            org.apache.commons.csv.CSVRecord row = rows.stream().filter(r -> r.get("id").equals(wanted)).findFirst().orElseThrow();
            String expected = "=+-@\t\r".indexOf(hostile[i].charAt(0)) >= 0 ? "'" + hostile[i] : hostile[i];
            assertThat(row.get("requestedBy")).as("cell for %s", hostile[i]).isEqualTo(expected);
        }
        rows.forEach(r -> r.stream().forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
    }

    @Test
    void aSecondOutcomeAmendsTheFirstAndTheSummaryCountsOnlyTheLatest() {
        String id = decide(DEVON.replace("DV-2026-0099", "DV-2026-0100"));
        assertThat(http().post("/api/v1/decisions/" + id + "/outcome", "{\"agreed\":false,\"finalLevel\":4,\"reason\":\"First view after the visit\"}")
                .status()).isEqualTo(201);
        JsonNode before = http().get("/api/v1/decisions/summary?partnership=devon&type=thresholds").json();
        Http.Response amended = http().post("/api/v1/decisions/" + id + "/outcome", "{\"agreed\":true}");
        assertThat(amended.status()).isEqualTo(201);
        JsonNode stored = http().get("/api/v1/decisions/" + id).json();
        assertThat(stored.get("outcomes").size()).isEqualTo(2);
        assertThat(stored.at("/outcomes/1/outcome/amends").asString()).isEqualTo(stored.at("/outcomes/0/id").asString());
        assertThat(stored.at("/practitionerOutcome/agreed").asBoolean()).as("the latest outcome is the one in force").isTrue();
        JsonNode after = http().get("/api/v1/decisions/summary?partnership=devon&type=thresholds").json();
        assertThat(after.at("/practitionerOutcomes/outcomesRecorded").asLong()).isEqualTo(before.at("/practitionerOutcomes/outcomesRecorded").asLong());
        assertThat(after.at("/practitionerOutcomes/differed").asLong()).isEqualTo(before.at("/practitionerOutcomes/differed").asLong() - 1);
        assertThat(after.at("/practitionerOutcomes/agreed").asLong()).isEqualTo(before.at("/practitionerOutcomes/agreed").asLong() + 1);
    }

    @Test
    void aDifferentFinalDecisionOnANotificationOrReviewComesFromTheAnswersOwnCodes() {
        for (String feature : new String[] {"notification", "review"}) {
            Scenario s = Scenario.all(feature).stream().filter(x -> !x.expect().containsKey("status")).findFirst().orElseThrow();
            JsonNode answer = http().postJson(PATHS.get(feature), s.request()).json();
            String id = answer.get("decisionId").asString();
            String recommended = feature.equals("notification") ? answer.at("/notification/decision").asString() : answer.at("/recommendation").asString();
            Http.Response free = http().post("/api/v1/decisions/" + id + "/outcome",
                    "{\"agreed\":false,\"finalDecision\":\"we will think about it\",\"reason\":\"Partners met and disagreed\"}");
            assertThat(free.status()).as(feature).isEqualTo(422);
            assertThat(free.contentType()).startsWith("application/problem+json");
            assertThat(free.json().at("/errors/0/field").asString()).isEqualTo("finalDecision");
            String code = feature.equals("notification") ? (recommended.equals("NOT_REQUIRED") ? "REQUIRED" : "NOT_REQUIRED")
                    : (recommended.equals("NO_FURTHER_REVIEW") ? "LOCAL_CSPR" : "NO_FURTHER_REVIEW");
            Http.Response coded = http().post("/api/v1/decisions/" + id + "/outcome",
                    "{\"agreed\":false,\"finalDecision\":\"" + code + "\",\"reason\":\"Partners met and disagreed\"}");
            assertThat(coded.status()).as(feature + ": " + coded.body()).isEqualTo(201);
        }
    }

    @Test
    void verificationCoversTheWholeChain() {
        decide(DEVON);
        JsonNode v = http().get("/api/v1/audit/verification").json();
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("records").asLong()).isEqualTo(store.tail().seq());
        assertThat(v.get("firstInvalidRecord").isNull()).isTrue();
    }

    @Test
    void aDecisionsInclusionProofHoldsOfflineAndATamperedOneDoesNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String id = http().post("/api/v1/threshold-assessments", DEVON).json().get("decisionId").asString();
        Http.Response proof = http().get("/api/v1/decisions/" + id + "/proof");
        assertThat(proof.status()).as(proof.body()).isEqualTo(200);
        java.nio.file.Files.writeString(dir.resolve("proof.json"), proof.body());
        java.nio.file.Files.writeString(dir.resolve("audit.pem"), Http.anonymous(port).get("/api/v1/audit/public-key").body());
        var out = new java.io.ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {"verify", "--proof", dir.resolve("proof.json").toString(), "--public-key",
                dir.resolve("audit.pem").toString()}, new java.io.PrintStream(out), System.err);
        assertThat(status).as(out.toString()).isZero();
        assertThat(out.toString()).contains("\"included\" : true", id);

        // the same proof with the stored answer changed (level 2 -> level 1) proves nothing
        String record = proof.json().get("record").asString();
        assertThat(record).contains("\\\"number\\\":2");
        String tampered = proof.body().replace(proof.json().get("record").toString(),
                Http.JSON.writeValueAsString(record.replace("\\\"number\\\":2", "\\\"number\\\":1")));
        assertThat(tampered).isNotEqualTo(proof.body());
        java.nio.file.Files.writeString(dir.resolve("tampered.json"), tampered);
        out.reset();
        status = OfflineVerifier.run(new String[] {"verify", "--proof", dir.resolve("tampered.json").toString(), "--public-key",
                dir.resolve("audit.pem").toString()}, new java.io.PrintStream(out), System.err);
        assertThat(status).as(out.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("does not match its content hash");
    }
}
