package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.RuleSetLoader;

/**
 * After a rule changes, replay against CURRENT reports exactly the decisions whose outcome changed,
 * and replay against ORIGINAL still reproduces them from the stored snapshot.
 */
@ServiceTest
class RuleChangeReplayTests {

    @LocalServerPort
    int port;

    @Autowired
    RuleSetHolder holder;

    @Autowired
    RuleSetLoader loader;

    @TempDir
    Path dir;

    private static String request(String partnership, String... indicators) {
        return "{\"partnership\":\"" + partnership + "\",\"asAt\":\"2025-02-14\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},"
                + "\"indicators\":[\"" + String.join("\",\"", indicators) + "\"],\"circumstances\":{\"consent\":\"GIVEN\"}}";
    }

    @Test
    void replayAgainstCurrentReportsExactlyTheDecisionsAChangedCountAlters() throws IOException {
        Http http = new Http(port);
        // three early-help needs across two domains: targeted (level 3) while the count is 3, early help once it is 4
        String changes = http.post("/api/v1/threshold-assessments", request("torbay", "EDUCATION_ATTENDANCE_DIPPING", "DEVELOPMENT_DELAY", "LOW_INCOME"))
                .json().get("decisionId").asString();
        // four such needs stay targeted under either count; a disclosure stays specialist
        String stays = http.post("/api/v1/threshold-assessments", request("torbay", "EDUCATION_ATTENDANCE_DIPPING", "DEVELOPMENT_DELAY", "LOW_INCOME", "YOUNG_CARER"))
                .json().get("decisionId").asString();
        String protection = http.post("/api/v1/threshold-assessments", request("torbay", "ABUSE_DISCLOSED")).json().get("decisionId").asString();

        RuleSet original = holder.current();
        Path rules = uk.childsafeguarding.decisions.RuleSetCopies.copyOfRules(dir);
        Path params = rules.resolve("thresholds/parameters.yaml");
        Files.writeString(params, Files.readString(params).replace("cumulative.level2Indicators:\n    - {from: 2018-06-29, value: 3",
                "cumulative.level2Indicators:\n    - {from: 2018-06-29, value: 4"));
        RuleSet changed = loader.load(RuleSetFiles.fromDirectory(rules));
        assertThat(changed.version()).isNotEqualTo(original.version());
        holder.use(changed);
        try {
            JsonNode c = http.post("/api/v1/decisions/" + changes + "/replay", "{\"against\":\"CURRENT\"}").json();
            assertThat(c.get("status").asString()).isEqualTo("DIFFERS");
            assertThat(c.get("recordedOutcome").asString()).isEqualTo("level 3");
            assertThat(c.get("replayedOutcome").asString()).isEqualTo("level 2");
            assertThat(c.get("differences").toString()).contains("\"path\":\"/level/number\",\"recorded\":3,\"replayed\":2");
            assertThat(http.post("/api/v1/decisions/" + stays + "/replay", "{\"against\":\"CURRENT\"}").json().get("status").asString())
                    .isEqualTo("REPRODUCED");
            assertThat(http.post("/api/v1/decisions/" + protection + "/replay", "{\"against\":\"CURRENT\"}").json().get("status").asString())
                    .isEqualTo("REPRODUCED");
            JsonNode original1 = http.post("/api/v1/decisions/" + changes + "/replay", "{\"against\":\"ORIGINAL\"}").json();
            assertThat(original1.get("status").asString()).isEqualTo("REPRODUCED");
            assertThat(original1.get("replayedRuleSetVersion").asString()).isEqualTo(original.version());

            Http.Response impact = http.post("/api/v1/replays",
                    "{\"from\":\"2025-02-14\",\"to\":\"2025-02-14\",\"partnership\":\"torbay\",\"type\":\"thresholds\",\"against\":\"CURRENT\"}");
            assertThat(impact.status()).isEqualTo(200);
            JsonNode job = impact.json();
            assertThat(job.get("status").asString()).isEqualTo("DONE");
            List<String> changedIds = job.get("changedDecisions").valueStream().map(d -> d.get("decisionId").asString()).toList();
            assertThat(changedIds).contains(changes).doesNotContain(stays, protection);
            // every decision that differs is counted under its outcome change; the cumulative count moves some
            // targeted decisions down to early help (and, through escalation of a cumulative targeted need, some
            // specialist ones with them), never anything up
            long counted = job.get("outcomeChanges").valueStream().mapToLong(JsonNode::asLong).sum();
            assertThat(counted).isEqualTo(job.at("/counts/differs").asLong());
            assertThat(job.at("/outcomeChanges/level 3 -> level 2").asLong()).isPositive();
            job.get("outcomeChanges").propertyNames().forEach(change -> assertThat(change).matches("level (\\d) -> level (\\d)")
                    .satisfies(ch -> assertThat(ch.charAt(6)).isGreaterThanOrEqualTo(ch.charAt(ch.length() - 1))));
            assertThat(job.get("processed").asLong()).isEqualTo(job.get("total").asLong());
            assertThat(http.get(impact.header("Location")).json().get("status").asString()).isEqualTo("DONE");
        } finally {
            holder.use(original);
        }
    }
}
