package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.childsafeguarding.client.ApiClient;
import uk.childsafeguarding.client.ApiException;
import uk.childsafeguarding.client.JSON;
import uk.childsafeguarding.client.api.DecisionsApi;
import uk.childsafeguarding.client.api.NotificationApi;
import uk.childsafeguarding.client.api.PartnershipsApi;
import uk.childsafeguarding.client.api.ReviewApi;
import uk.childsafeguarding.client.api.ThresholdsApi;
import uk.childsafeguarding.client.model.Decision;
import uk.childsafeguarding.client.model.Deadline;
import uk.childsafeguarding.client.model.NotificationAssessment;
import uk.childsafeguarding.client.model.NotificationRequest;
import uk.childsafeguarding.client.model.PolicyDigest;
import uk.childsafeguarding.client.model.Reason;
import uk.childsafeguarding.client.model.ReviewAssessment;
import uk.childsafeguarding.client.model.ReviewRequest;
import uk.childsafeguarding.client.model.ThresholdAssessment;
import uk.childsafeguarding.client.model.ThresholdRequest;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.TestAccounts;
import uk.childsafeguarding.decisions.scenarios.Scenario;

/**
 * What a council's integration team gets from the description: the client openapi-generator made at
 * build time from docs/api/openapi.json (the pom's api-client-for-tests execution; that file is kept
 * equal to what the service serves by PublishedDescriptionFileTests) sends one scenario of each type
 * as typed request classes and reads the answer through typed response classes. A scenario request
 * the generated classes cannot hold, or an answer they cannot read (an unknown enum value, a wrong
 * type), fails here.
 */
@ServiceTest
class GeneratedClientTests {

    @LocalServerPort
    int port;

    ApiClient client;

    @BeforeEach
    void signInAsAnIntegrationWould() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString(("tester:" + TestAccounts.password("tester")).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(b -> b.header("Authorization", "Basic " + basic));
        // Strict reading: a field in an answer that the description does not list fails here. It also
        // lets the generated class for a stored decision's response (anyOf the three assessments,
        // tried in turn) settle on the one assessment whose fields the answer has.
        client.setObjectMapper(client.getObjectMapper().copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
    }

    /** The scenario's request, as the generated class: the client's own mapper reads it, so a field it lacks fails. */
    static <T> T typed(Scenario s, Class<T> type) {
        return JSON.getDefault().getMapper().copy()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .convertValue(s.request(), type);
    }

    static Scenario scenario(String file) {
        return Scenario.all(Path.of(file).getParent().getFileName().toString()).stream()
                .filter(s -> s.file().toString().replace('\\', '/').endsWith(file)).findFirst().orElseThrow();
    }

    static List<String> ruleIds(List<Reason> reasons) {
        return reasons.stream().map(Reason::getRuleId).toList();
    }

    @Test
    void sendsAThresholdScenarioAndReadsTheLevelActionsAndReasons() throws ApiException {
        Scenario s = scenario(ApiDescription.ASSESSMENTS.get("/api/v1/threshold-assessments").exampleScenario());
        ThresholdAssessment answer = new ThresholdsApi(client).assessThreshold(typed(s, ThresholdRequest.class));

        assertThat(answer.getLevel().getNumber()).isEqualTo(s.expect().get("level"));
        assertThat(ruleIds(answer.getReasons())).contains(strings(s.expect().get("firedRules")));
        assertThat(answer.getActions()).anySatisfy(a -> assertThat(a.getText() + " " + a.getUrgency()).containsIgnoringCase("48 hours"));
        assertThat(answer.getReasons()).allSatisfy(r -> assertThat(r.getSource()).isNotNull());

        // the stored decision, read back through the typed classes, holds the same answer
        Decision stored = new DecisionsApi(client).getDecision(answer.getDecisionId());
        assertThat(stored.getId()).isEqualTo(answer.getDecisionId());
        assertThat(stored.getOutcome()).isEqualTo("level " + answer.getLevel().getNumber());
        assertThat(stored.getResponse().getActualInstance()).isInstanceOf(ThresholdAssessment.class);
        assertThat(((ThresholdAssessment) stored.getResponse().getActualInstance()).getReasons()).isEqualTo(answer.getReasons());
    }

    @Test
    void sendsANotificationScenarioAndReadsTheDecisionRecipientsAndDeadlines() throws ApiException {
        Scenario s = scenario(ApiDescription.ASSESSMENTS.get("/api/v1/notification-assessments").exampleScenario());
        NotificationAssessment answer = new NotificationApi(client).assessNotification(typed(s, NotificationRequest.class));

        assertThat(ruleIds(answer.getReasons())).contains(strings(s.expect().get("firedRules")));
        assertThat(ruleIds(answer.getReasons())).doesNotContain(strings(s.expect().get("notFiredRules")));
        assertThat(String.join(" ", answer.getNotes())).contains(strings(s.expect().get("notes")));
        assertThat(answer.getNotification().getDecision()).isNotNull();
        assertThat(answer.getRecipients()).isNotEmpty();
        assertThat(answer.getDeadlines()).allSatisfy(d -> assertThat(d.getDueBy()).isNotNull());
    }

    @Test
    void sendsAReviewScenarioAndReadsTheRecommendationAndTimetable() throws ApiException {
        Scenario s = scenario(ApiDescription.ASSESSMENTS.get("/api/v1/review-assessments").exampleScenario());
        ReviewAssessment answer = new ReviewApi(client).assessReview(typed(s, ReviewRequest.class));

        assertThat(ruleIds(answer.getReasons())).contains(strings(s.expect().get("firedRules")));
        assertThat(answer.getRecommendation()).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> timetable = (Map<String, Object>) s.expect().get("timetable");
        timetable.forEach((id, due) -> assertThat(answer.getTimetable()).as(id)
                .anySatisfy(d -> assertThat(List.of(d.getId(), d.getDueBy().toString())).containsExactly(id, String.valueOf(due))));
        assertThat(answer.getTimetable()).extracting(Deadline::getId).doesNotHaveDuplicates();
    }

    @Test
    void readsAPartnershipsPolicyDigest() throws ApiException {
        PolicyDigest digest = new PartnershipsApi(client).getPolicyDigest("devon", "2026-11-01");
        assertThat(digest.getPartnership().getId()).isEqualTo("devon");
        assertThat(digest.getSections()).isNotEmpty();
        assertThat(digest.getPolicySignOff().getText()).isNotBlank();
    }

    @Test
    void aRefusalArrivesAsAnApiExceptionWithTheProblemBody() {
        ThresholdRequest empty = new ThresholdRequest();
        assertThatThrownBy(() -> new ThresholdsApi(client).assessThreshold(empty)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(400);
            assertThat(e.getResponseBody()).contains("\"field\":\"partnership\"");
        });
    }

    @SuppressWarnings("unchecked")
    private static String[] strings(Object list) {
        return list == null ? new String[0] : ((List<Object>) list).stream().map(String::valueOf).toArray(String[]::new);
    }
}
