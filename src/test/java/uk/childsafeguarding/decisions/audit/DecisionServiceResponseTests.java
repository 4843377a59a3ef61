package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.scenarios.Scenario;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.vocabulary.Vocabulary;

/**
 * The stored response is written once, straight from the assessment, with the sign-off state and the
 * words spliced in after it (issue 16). It must be the very text the earlier route gave (the
 * assessment built as a tree, the two added to the tree, the words found by walking it, the tree
 * written), for every scenario of every decision type, signed off or not.
 */
@ServiceTest
class DecisionServiceResponseTests {

    @Autowired
    DecisionService decisions;
    @Autowired
    RuleSetHolder rules;
    @Autowired
    JsonMapper mapper;
    @Autowired
    PolicySignOffs signOffs;

    @Test
    void theResponseWrittenOnceIsTheTextTheTreeRouteGave() {
        RuleSet ruleSet = rules.current();
        Vocabulary vocabulary = ruleSet.data(Vocabulary.class);
        int compared = 0;
        for (String feature : new String[] {"thresholds", "notification", "review"}) {
            for (Scenario s : Scenario.all(feature)) {
                JsonNode body = mapper.valueToTree(s.request());
                DecisionType.Evaluated evaluated;
                try {
                    evaluated = decisions.type(feature).evaluate(body, ruleSet, "DEC-TEST", LocalDate.of(2026, 11, 20));
                } catch (ApiProblem refused) {
                    continue;
                }
                Map<String, Object> signOff = signOffs.state(ruleSet.data(Partnerships.class).partnership(evaluated.partnershipId()), ruleSet);
                for (Map<String, Object> state : java.util.List.of(signOff, signedOff())) {
                    String once = DecisionService.responseJson(mapper, evaluated.response(), state, vocabulary);
                    assertThat(once).as(s.file().toString()).isEqualTo(treeRoute(evaluated.response(), state, vocabulary));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theWordsCoverCodesInTheSignOffStateToo() {
        Vocabulary vocabulary = rules.current().data(Vocabulary.class);
        String code = vocabulary.kinds().values().iterator().next().keySet().iterator().next();
        String json = DecisionService.responseJson(mapper, Map.of("level", "x"), Map.of("signedOff", false, "note", code), vocabulary);
        assertThat(mapper.readTree(json).at("/words/" + code + "/text").asString()).isNotBlank();
        assertThat(mapper.readTree(json).at("/policySignOff/note").asString()).isEqualTo(code);
    }

    private static Map<String, Object> signedOff() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("signedOff", true);
        m.put("by", "devon-policy-owner");
        m.put("at", "2026-11-20T10:00:00Z");
        m.put("ruleSetVersion", "sha256:0");
        m.put("text", "Signed off by devon-policy-owner on 20 November 2026.");
        return m;
    }

    /** The route before issue 16: a tree, two properties set on it, the words from walking it, the tree written. */
    private String treeRoute(Object assessment, Map<String, Object> signOff, Vocabulary vocabulary) {
        ObjectNode response = mapper.valueToTree(assessment);
        response.set("policySignOff", mapper.valueToTree(signOff));
        response.set("words", mapper.valueToTree(Glossary.of(response, vocabulary)));
        return mapper.writeValueAsString(response);
    }
}
