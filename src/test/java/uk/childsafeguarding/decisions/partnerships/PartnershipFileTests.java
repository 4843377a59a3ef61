package uk.childsafeguarding.decisions.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.RuleSetCopies;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.RuleSetLoader;

/**
 * A partnership is one file: copying devon.yaml to exampleshire.yaml and changing only its id line gives a
 * partnership that all three assessments answer for; a broken file stops the load with its name, the line
 * and what is wrong.
 */
@ServiceTest
class PartnershipFileTests {

    @LocalServerPort
    int port;

    @Autowired
    RuleSetHolder holder;

    @Autowired
    RuleSetLoader loader;

    @TempDir
    Path dir;

    @Test
    void aCopiedPartnershipFileWithANewIdIsAnsweredForByEveryAssessment() throws IOException {
        Path rules = copyOfRules();
        Path devon = rules.resolve("partnerships/devon.yaml");
        String text = Files.readString(devon);
        assertThat(text).containsOnlyOnce("\nid: devon\n");
        Files.writeString(rules.resolve("partnerships/exampleshire.yaml"), text.replace("\nid: devon\n", "\nid: exampleshire\n"));
        RuleSet original = holder.current();
        holder.use(loader.load(RuleSetFiles.fromDirectory(rules)));
        try {
            Http http = new Http(port);
            Http.Response threshold = http.post("/api/v1/threshold-assessments", """
                    {"partnership":"exampleshire","asAt":"2026-11-20","reporter":{"role":"HEALTH"},"child":{"ageMonths":30},
                     "indicators":["DOMESTIC_ABUSE_HIGH_RISK"]}""");
            assertThat(threshold.status()).as(threshold.body()).isEqualTo(200);
            JsonNode t = threshold.json();
            assertThat(t.at("/level/number").asInt()).isEqualTo(4);
            assertThat(t.at("/level/label").asString()).isEqualTo("Specialist");
            assertThat(t.at("/area/frontDoor").asString()).isEqualTo("Devon Children's Front Door (MASH)");

            Http.Response notification = http.post("/api/v1/notification-assessments", """
                    {"partnership":"exampleshire","asAt":"2026-11-20","child":{"ageYears":3},
                     "incident":{"outcome":"SERIOUSLY_HARMED","abuseOrNeglect":"SUSPECTED","location":"IN_AREA","normallyResidentInArea":true,
                                 "setting":"FAMILY_HOME","incidentDate":"2026-11-02","localAuthorityAwareDate":"2026-11-03"}}""");
            assertThat(notification.status()).as(notification.body()).isEqualTo(200);
            JsonNode n = notification.json();
            assertThat(n.at("/notification/decision").asString()).isEqualTo("REQUIRED");
            assertThat(n.get("localProcess").toString()).contains("Child Safeguarding Practice Review Group");

            Http.Response review = http.post("/api/v1/review-assessments", """
                    {"partnership":"exampleshire","asAt":"2026-11-20","case":{"abuseOrNeglect":"KNOWN","outcome":"DIED"},
                     "dates":{"partnersAwareDate":"2026-10-26"},"criteria":{"improvementsNeeded":"YES","recurrentThemes":"YES"}}""");
            assertThat(review.status()).as(review.body()).isEqualTo(200);
            JsonNode r = review.json();
            assertThat(r.get("recommendation").asString()).isEqualTo("LOCAL_CSPR");
            assertThat(r.at("/partnerDecision/protocol").asString()).isEqualTo("ENDORSEMENT");
        } finally {
            holder.use(original);
        }
    }

    @Test
    void anUnknownKeyStopsTheLoadWithTheFileAndLine() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "devon.yaml", "shortName: DCFP\n", "shortName: DCFP\nshortname: typo\n");
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/devon.yaml line 10").hasMessageContaining("shortname");
    }

    @Test
    void aMissingRequiredPartStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "south-gloucestershire.yaml", "shortName: SGCP\n", "");
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/south-gloucestershire.yaml line").hasMessageContaining("shortName");
    }

    @Test
    void aBadDateStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "torbay.yaml", "validFrom: '2020-04-01'", "validFrom: '2020-04-31'");
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/torbay.yaml line 10");
    }

    @Test
    void anUnknownProtocolKindStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "devon.yaml", "kind: ENDORSEMENT", "kind: UNANIMITY");
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/devon.yaml line").hasMessageContaining("UNANIMITY");
    }

    @Test
    void overlappingFrontDoorsStopTheLoadAtTheLaterEntry() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "plymouth.yaml", "    to: '2025-04-01'\n    name: Plymouth Gateway and MASH", "    to: '2025-06-01'\n    name: Plymouth Gateway and MASH");
        String text = Files.readString(rules.resolve("partnerships/plymouth.yaml"));
        int line = text.substring(0, text.indexOf("from: '2025-04-01'")).split("\n", -1).length;
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/plymouth.yaml line " + line).hasMessageContaining("overlaps");
    }

    @Test
    void aReviewProtocolGapStopsTheLoadRatherThanFailingAnAnswer() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "plymouth.yaml", "  from: '2022-06-01'\n  kind: CONSENSUS", "  from: '2022-07-01'\n  kind: CONSENSUS");
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/plymouth.yaml").hasMessageContaining("reviewProtocols must cover every day");
    }

    @Test
    void aFileMustBeNamedAfterItsId() throws IOException {
        Path rules = copyOfRules();
        Files.move(rules.resolve("partnerships/torbay.yaml"), rules.resolve("partnerships/torbay-2.yaml"));
        assertThatThrownBy(() -> loader.load(RuleSetFiles.fromDirectory(rules))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("partnerships/torbay-2.yaml line").hasMessageContaining("must match the file name");
    }

    /**
     * Decisions recorded before partnerships had a file each were made with a rule set whose partnerships
     * lived in one partnerships.yaml and whose local policy lived in DRL. Such a rule set (the release of
     * 22 November 2026, kept as a test fixture) still loads and answers, so those decisions replay.
     */
    @Test
    void aRuleSetFromBeforePartnershipFilesStillLoadsAndAnswers() {
        RuleSet old = loader.load(RuleSetFiles.fromDirectory(Path.of("src/test/resources/rule-sets/release-2026-11-22/rules")));
        RuleSet original = holder.current();
        holder.use(old);
        try {
            Http http = new Http(port);
            Http.Response review = http.post("/api/v1/review-assessments", """
                    {"partnership":"derby-derbyshire","area":"derby","asAt":"2026-11-20","case":{"abuseOrNeglect":"KNOWN","outcome":"DIED"},
                     "dates":{"partnersAwareDate":"2026-10-26"},"criteria":{"improvementsNeeded":"YES"}}""");
            assertThat(review.status()).as(review.body()).isEqualTo(200);
            // the old rule set's own answer: one regulation 11 matter was enough to recommend a review then
            assertThat(review.json().get("strength").asString()).isEqualTo("RECOMMEND");
            assertThat(review.json().at("/partnerDecision/protocol").asString()).isEqualTo("AREA_GROUP");
            Http.Response threshold = http.post("/api/v1/threshold-assessments", """
                    {"partnership":"torbay","asAt":"2026-11-20","reporter":{"role":"EDUCATION"},"child":{"ageMonths":96},
                     "indicators":["PARENT_NON_ENGAGEMENT_WITH_PLAN"],"circumstances":{"consent":"GIVEN"}}""");
            assertThat(threshold.status()).as(threshold.body()).isEqualTo(200);
            assertThat(threshold.json().at("/level/number").asInt()).as("the old rule set lifted lone non-engagement").isEqualTo(4);
        } finally {
            holder.use(original);
        }
    }

    private Path copyOfRules() throws IOException {
        return RuleSetCopies.copyOfRules(dir);
    }

    private static void edit(Path rules, String file, String from, String to) throws IOException {
        RuleSetCopies.edit(rules, "partnerships/" + file, from, to);
    }
}
