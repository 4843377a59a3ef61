package uk.childsafeguarding.decisions.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.RuleSetLoader;

/**
 * The policy digest says, in plain English and with sources, everything the service tells a partnership's
 * practitioners; a policy owner's sign-off is carried by every answer until the partnership's policy
 * changes, and the digest then shows what changed.
 */
@ServiceTest
class PolicyDigestTests {

    private static final String DEVON_THRESHOLD = """
            {"partnership":"devon","asAt":"2026-11-20","reporter":{"role":"EDUCATION"},"child":{"ageMonths":96},
             "indicators":["EMOTIONAL_LOW_LEVEL"],"circumstances":{"consent":"GIVEN"}}""";

    @LocalServerPort
    int port;

    @Autowired
    RuleSetHolder holder;

    @Autowired
    RuleSetLoader loader;

    @TempDir
    Path dir;

    @Test
    void theDigestListsUnverifiedItemsFirstAndCitesEveryItem() {
        JsonNode d = new Http(port, "devon-practitioner").get("/api/v1/partnerships/south-gloucestershire/policy?asAt=2026-11-20").json();
        assertThat(d.at("/partnership/name").asString()).isEqualTo("South Gloucestershire Children's Partnership");
        assertThat(d.get("unverified").size()).as("South Gloucestershire's labels are unverified").isPositive();
        d.get("unverified").forEach(i -> assertThat(i.get("mark").asString()).isIn("M", "U"));
        java.util.List<String> titles = new java.util.ArrayList<>();
        d.get("sections").forEach(s -> {
            titles.add(s.get("title").asString());
            s.get("items").forEach(i -> {
                assertThat(i.get("text").asString()).isNotBlank();
                assertThat(i.get("markText").asString()).as(i.toString()).doesNotMatch("[VLPMU]");
            });
        });
        assertThat(titles).contains("Consent and who to tell first", "Serious incident notification: duties and deadlines",
                "Review criteria the group rates", "The partnership's own decision protocol, steps and deadlines");
        assertThat(d.get("sections").toString()).contains("West of England Child Death Overview Panel", "Access and Response Team");
    }

    @Test
    void aSignOffIsCarriedByAnswersUntilThePartnershipsPolicyChanges() throws IOException {
        Http owner = new Http(port, "devon-policy-owner");
        Http practitioner = new Http(port, "devon-practitioner");
        assertThat(practitioner.post("/api/v1/partnerships/devon/policy/sign-off", "{}").status()).isEqualTo(403);
        Http.Response signed = owner.post("/api/v1/partnerships/devon/policy/sign-off", "{\"comment\":\"Checked against our arrangements\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(signed.json().get("signedOff").asBoolean()).isTrue();

        JsonNode answer = practitioner.post("/api/v1/threshold-assessments", DEVON_THRESHOLD).json();
        assertThat(answer.at("/policySignOff/signedOff").asBoolean()).isTrue();
        assertThat(answer.at("/policySignOff/by").asString()).isEqualTo("devon-policy-owner");
        String decisionId = answer.get("decisionId").asString();

        RuleSet original = holder.current();
        try {
            // another partnership's change leaves Devon signed off
            Path rules = copyOfRules();
            edit(rules, "torbay.yaml", "name: Torbay MASH", "name: Torbay Multi-Agency Safeguarding Hub");
            holder.use(loader.load(RuleSetFiles.fromDirectory(rules)));
            assertThat(practitioner.post("/api/v1/threshold-assessments", DEVON_THRESHOLD).json().at("/policySignOff/signedOff").asBoolean()).isTrue();

            // Devon's own change un-signs it, and the digest shows what changed
            edit(rules, "devon.yaml", "advice: Front Door professional consultation line", "advice: Front Door consultation line (professionals)");
            holder.use(loader.load(RuleSetFiles.fromDirectory(rules)));
            JsonNode after = practitioner.post("/api/v1/threshold-assessments", DEVON_THRESHOLD).json();
            assertThat(after.at("/policySignOff/signedOff").asBoolean()).isFalse();
            assertThat(after.at("/policySignOff/text").asString()).startsWith("Not signed off for this rule set version");
            JsonNode digest = owner.get("/api/v1/partnerships/devon/policy").json();
            assertThat(digest.get("changedSinceSignOff").toString()).contains("Front Door consultation line (professionals)");
            // a past decision still replays: the sign-off state is not something the rules decide
            holder.use(original);
            JsonNode replay = new Http(port).post("/api/v1/decisions/" + decisionId + "/replay", "{\"against\":\"ORIGINAL\"}").json();
            assertThat(replay.get("status").asString()).isEqualTo("REPRODUCED");
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
