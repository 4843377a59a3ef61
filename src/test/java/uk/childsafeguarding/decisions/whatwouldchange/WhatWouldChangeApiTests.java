package uk.childsafeguarding.decisions.whatwouldchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;
import uk.childsafeguarding.decisions.scenarios.Scenario;

/**
 * The what-would-change view over real HTTP, for each decision type, on scenario requests with every
 * headline answer the scenarios expect: every item's merge patch, applied to the stored request and
 * sent as a new request, gives exactly the item's result, which differs from the original answer;
 * the same request gives the same list; a user who cannot read the decision gets 404.
 */
@ServiceTest
class WhatWouldChangeApiTests {

    /** Where each type's answer carries its headline, and the endpoint that makes it. */
    record Type(String feature, String endpoint, String headline, String expectKey) {
    }

    static final List<Type> TYPES = List.of(
            new Type("thresholds", "/api/v1/threshold-assessments", "/level/number", "level"),
            new Type("notification", "/api/v1/notification-assessments", "/notification/decision", "decision"),
            new Type("review", "/api/v1/review-assessments", "/recommendation", "recommendation"));

    /** Scenarios per expected headline: enough to meet every answer without sending the whole suite again. */
    static final int PER_HEADLINE = 2;

    @LocalServerPort
    int port;

    /** Every indicator text and criterion question of the repository's rule set. */
    static final java.util.Set<String> RULE_SET_TEXTS = new java.util.HashSet<>();

    static {
        RuleSetFiles files = RuleSetFiles.fromDirectory(java.nio.file.Path.of("rules"));
        new IndicatorCatalogue.Parser().parse(files).all().forEach(i -> RULE_SET_TEXTS.add(i.text()));
        new CriteriaCatalogue.Parser().parse(files).criteria().forEach(c -> RULE_SET_TEXTS.add(c.question()));
    }

    /** Accepted scenarios, the first few (by file name) for each headline they expect. */
    static List<Scenario> sample(Type t) {
        Map<Object, List<Scenario>> byHeadline = new LinkedHashMap<>();
        for (Scenario s : Scenario.all(t.feature())) {
            if (s.expect().containsKey("status")) {
                continue;
            }
            List<Scenario> group = byHeadline.computeIfAbsent(String.valueOf(s.expect().get(t.expectKey())), k -> new ArrayList<>());
            if (group.size() < PER_HEADLINE) {
                group.add(s);
            }
        }
        return byHeadline.values().stream().flatMap(List::stream).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyChangeGivesItsResultWhenSentAsANewRequest() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Type t : TYPES) {
            for (Scenario s : sample(t)) {
                tests.add(DynamicTest.dynamicTest(t.feature() + ": " + s.name(), () -> checkItems(t, Http.JSON.writeValueAsString(s.request()))));
            }
        }
        return tests.stream();
    }

    /** A specialist level that rests on two facts at once: no single change moves it, so pairs are searched. */
    @Test
    void whereNoSingleChangeMovesTheAnswerPairsAreGiven() {
        String request = """
                {"partnership":"derby-derbyshire","area":"derby","asAt":"2026-11-20","reporter":{"role":"SOCIAL_CARE"},"child":{"ageMonths":130},
                 "indicators":["ABUSE_DISCLOSED","INJURY_UNEXPLAINED"]}""";
        JsonNode items = checkItems(TYPES.get(0), request);
        assertThat(items.size()).isPositive();
        items.forEach(i -> assertThat(i.get("change").asString()).contains(", and if "));
    }

    private JsonNode checkItems(Type t, String request) {
        Http http = new Http(port);
        Http.Response made = http.post(t.endpoint(), request);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        String id = made.json().get("decisionId").asString();
        JsonNode original = made.json().at(t.headline());
        JsonNode stored = http.get("/api/v1/decisions/" + id).json().get("request");

        Http.Response view = http.get("/api/v1/decisions/" + id + "/what-would-change");
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        JsonNode body = view.json();
        assertThat(body.get("decisionId").asString()).isEqualTo(id);
        assertThat(body.get("headline")).isEqualTo(original);
        JsonNode items = body.get("whatWouldChange");
        assertThat(items.size()).isLessThanOrEqualTo(ChangeSearch.MAX_ITEMS);
        for (JsonNode item : items) {
            String change = item.get("change").asString();
            assertThat(change).startsWith("If ");
            // plain English: no catalogue codes or enumerated values, no field paths
            assertThat(change).doesNotContainPattern("[A-Z]{2,}_[A-Z_]{2,}").doesNotContainPattern("[a-z]+\\.[a-z]+[A-Z]");
            // quoted words are the rule set's own: an indicator's text or a criterion's question
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\u201c([^\u201d]*)\u201d").matcher(change);
            while (quoted.find()) {
                assertThat(RULE_SET_TEXTS).as(change).contains(quoted.group(1));
            }
            assertThat(item.get("apply").isObject()).isTrue();
            assertThat(item.get("apply").has("partnership") || item.get("apply").has("asAt") || item.get("apply").has("area")
                    || item.get("apply").has("reporter") || item.get("apply").has("caseReference")).as("apply changes what it must not: " + item).isFalse();
            JsonNode again = MergePatch.apply(stored, item.get("apply"));
            Http.Response asked = http.post(t.endpoint(), Http.JSON.writeValueAsString(again));
            assertThat(asked.status()).as("%s: %s", change, asked.body()).isEqualTo(200);
            assertThat(asked.json().at(t.headline())).as(change).isEqualTo(item.get("result"));
            assertThat(item.get("result")).as(change).isNotEqualTo(original);
        }

        // pairs only where no single change moves the answer: a list is all single changes or all pairs
        long pairs = java.util.stream.StreamSupport.stream(items.spliterator(), false).filter(i -> i.get("change").asString().contains(", and if ")).count();
        assertThat(pairs).as(items.toString()).isIn(0L, (long) items.size());

        // the same request, made again, gives the same list
        Http.Response remade = http.post(t.endpoint(), Http.JSON.writeValueAsString(stored));
        JsonNode second = http.get("/api/v1/decisions/" + remade.json().get("decisionId").asString() + "/what-would-change").json();
        assertThat(second.get("whatWouldChange")).isEqualTo(items);
        return items;
    }

    @Test
    void eachTypeHasScenariosWhereSomethingWouldChangeTheAnswer() {
        Http http = new Http(port);
        for (Type t : TYPES) {
            int items = 0;
            for (Scenario s : sample(t)) {
                String id = http.postJson(t.endpoint(), s.request()).json().get("decisionId").asString();
                items += http.get("/api/v1/decisions/" + id + "/what-would-change").json().get("whatWouldChange").size();
            }
            assertThat(items).as(t.feature()).isPositive();
        }
    }

    @Test
    void aNonMobileInjuryRestsOnTheInjury() {
        Http http = new Http(port);
        String request = """
                {"partnership":"derby-derbyshire","area":"derbyshire","asAt":"2026-11-20","caseReference":"WWC-NIM",
                 "reporter":{"role":"EDUCATION"},"child":{"ageMonths":9,"independentlyMobile":false},"indicators":["INJURY_NON_MOBILE_CHILD"]}""";
        Http.Response made = http.post("/api/v1/threshold-assessments", request);
        JsonNode body = http.get("/api/v1/decisions/" + made.json().get("decisionId").asString() + "/what-would-change").json();
        assertThat(body.get("headline").asInt()).isEqualTo(made.json().at("/level/number").asInt());
        List<String> changes = new ArrayList<>();
        body.get("whatWouldChange").forEach(i -> changes.add(i.get("change").asString()));
        // the first item is the most decisive change: taking away the one indicator the answer rests on
        assertThat(changes.get(0)).contains("Bruise, mark or injury on a child who is not independently mobile").contains("had not been reported");
        assertThat(body.get("whatWouldChange").get(0).at("/apply/indicators").size()).isZero();
    }

    @Test
    void aUserWhoCannotReadTheDecisionGetsNotFound() {
        String threshold = new Http(port, "devon-practitioner").post("/api/v1/threshold-assessments",
                "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},"
                        + "\"indicators\":[\"LOW_INCOME\"]}").json().get("decisionId").asString();
        String path = "/api/v1/decisions/" + threshold + "/what-would-change";
        assertThat(new Http(port, "devon-practitioner").get(path).status()).isEqualTo(200);
        for (String user : List.of("torbay-practitioner", "devon-reviewer", "torbay-auditor")) {
            Http.Response r = new Http(port, user).get(path);
            assertThat(r.status()).as(user).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).doesNotContain("whatWouldChange");
        }
        assertThat(Http.anonymous(port).get(path).status()).isEqualTo(401);
        assertThat(new Http(port).get("/api/v1/decisions/no-such-decision/what-would-change").status()).isEqualTo(404);
    }

    @Test
    void theRecordPageSaysWhatTheSuggestionRestsOn() {
        Http http = new Http(port);
        ObjectNode request = (ObjectNode) Http.JSON.readTree("""
                {"partnership":"devon","asAt":"2026-11-20","reporter":{"role":"EDUCATION"},"child":{"ageMonths":100},
                 "indicators":["PARENT_MENTAL_HEALTH_EMERGING"]}""");
        String id = http.post("/api/v1/threshold-assessments", request.toString()).json().get("decisionId").asString();
        Http.Response page = http.get("/decisions/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("What this rests on")
                .contains("This shows what the suggestion rests on; it is not a checklist to reach a level")
                .contains("Parent&#39;s mental ill-health");
    }
}
