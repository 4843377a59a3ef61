package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;

/** The published request schemas validate requests themselves, naming every bad field with the readers' paths. */
@ServiceTest
class ApiSchemasTests {

    @Autowired
    ApiSchemas schemas;

    @Autowired
    RuleSetHolder rules;

    private List<FieldError> problems(String feature, String json) {
        return schemas.problems(feature, Http.JSON.readTree(json), rules.current());
    }

    @Test
    void namesEveryBadFieldWithTheReadersPaths() {
        List<FieldError> found = problems("thresholds", """
                {"partnership": "devon", "reporter": {"role": "TEACHER"}, "child": {"ageMonths": "four", "eyes": "blue"},
                 "indicators": ["LOW_INCOME", "NOT_A_CODE"], "strengths": [3]}""");
        assertThat(found).extracting(FieldError::field)
                .containsExactlyInAnyOrder("reporter.role", "child.ageMonths", "child.eyes", "indicators[1]", "strengths[0]");
        assertThat(found).contains(new FieldError("child.ageMonths", "must be a whole number"), new FieldError("child.eyes", "unknown field"),
                new FieldError("strengths[0]", "must be a string"));
        assertThat(found).filteredOn(e -> e.field().equals("reporter.role")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("unknown value 'TEACHER'; expected one of HEALTH, EDUCATION"));
    }

    @Test
    void refusesMissingObjectsAndCriteriaTheRulesDoNotKnow() {
        assertThat(problems("notification", "{\"partnership\": \"devon\"}")).containsExactly(
                new FieldError("child", "is required"), new FieldError("incident", "is required"));
        assertThat(problems("review", """
                {"partnership": "devon", "case": {"abuseOrNeglect": "KNOWN", "outcome": "DIED"}, "dates": {"partnersAwareDate": "2026-01-05"},
                 "criteria": {"improvementsNeeded": "YES", "hunch": "YES"}}""")).containsExactly(new FieldError("criteria.hunch", "unknown field"));
    }

    @Test
    void acceptsARequestTheReadersAccept() {
        assertThat(problems("review", """
                {"partnership": "devon", "asAt": null, "case": {"abuseOrNeglect": "KNOWN", "outcome": "DIED"}, "dates": {"partnersAwareDate": "2026-01-05"},
                 "criteria": {"improvementsNeeded": "YES"}, "partnerViews": [{"partner": "POLICE", "view": "LOCAL_CSPR"}]}""")).isEmpty();
    }

    @Test
    void addsTheSchemasFindingsToTheReadersWithoutNamingAFieldTwice() {
        JsonNode body = Http.JSON.readTree("""
                {"partnership": "devon", "reporter": {"role": "HEALTH"}, "child": {"ageMonths": "four"}, "indicators": ["LOW_INCOME", 7]}""");
        ApiProblem fromReader = ApiProblem.invalid(List.of(new FieldError("indicators[1]", "must be a string")));
        ApiProblem merged = schemas.withSchemaFindings(fromReader, "thresholds", body, rules.current());
        assertThat(merged.status()).isEqualTo(400);
        assertThat(merged.errors()).containsExactly(new FieldError("indicators[1]", "must be a string"),
                new FieldError("child.ageMonths", "must be a whole number"));
        // a 422 (a date the service does not support) is left as it is
        ApiProblem unsupported = ApiProblem.unsupportedDate("asAt", "too early");
        assertThat(schemas.withSchemaFindings(unsupported, "thresholds", body, rules.current())).isSameAs(unsupported);
    }

    @Test
    void checksTheHandReadBodiesAgainstTheirPublishedComponentsWithoutRepeatingTheReader() {
        Problems problems = new Problems();
        problems.add("against", "is required");
        schemas.check("ReplayRequest", Http.JSON.readTree("{\"extra\": 1}"), rules.current(), problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors())
                .containsExactly(new FieldError("against", "is required"), new FieldError("extra", "unknown field")));

        Problems outcome = new Problems();
        schemas.check("OutcomeRequest", Http.JSON.readTree("{\"agreed\": \"yes\", \"finalLevel\": 7}"), rules.current(), outcome);
        assertThatThrownBy(outcome::throwIfAny).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors())
                .extracting(FieldError::field).containsExactly("agreed", "finalLevel"));

        Problems fine = new Problems();
        schemas.check("PolicySignOffRequest", Http.JSON.readTree("{\"comment\": null}"), rules.current(), fine);
        assertThat(fine.isEmpty()).isTrue();
    }

    @Test
    void aNullListOrObjectIsStillReadAsAbsent() {
        // published as anyOf [list, null] for client generators; validated as the type pair it is written as
        assertThat(problems("thresholds", """
                {"partnership": "devon", "reporter": {"role": "EDUCATION"}, "child": {"ageMonths": 40},
                 "indicators": null, "circumstances": null, "strengths": null}""")).isEmpty();
        assertThat(problems("thresholds", """
                {"partnership": "devon", "reporter": {"role": "EDUCATION"}, "child": {"ageMonths": 40}, "indicators": "LOW_INCOME"}"""))
                .containsExactly(new FieldError("indicators", "must be a list"));
    }
}
