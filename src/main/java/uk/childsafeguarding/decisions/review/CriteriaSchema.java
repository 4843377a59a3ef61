package uk.childsafeguarding.decisions.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.system.SchemaVocabulary;

/** The review request schema's criteria: one rated field per criterion of the rule set in force, with its question. */
@Component
class CriteriaSchema implements SchemaVocabulary {

    @Override
    public String feature() {
        return "review";
    }

    @Override
    public void describe(ObjectNode requestSchema, RuleSet ruleSet) {
        ObjectNode criteria = (ObjectNode) requestSchema.path("properties").path("criteria");
        ObjectNode rating = (ObjectNode) criteria.remove("additionalProperties");
        ObjectNode properties = criteria.putObject("properties");
        for (Criterion c : ruleSet.data(CriteriaCatalogue.class).criteria()) {
            if (!c.field().equals(CriteriaCatalogue.PANEL_FIELD)) {
                ObjectNode p = rating.deepCopy();
                p.put("description", c.question() + " (" + c.id() + ")");
                properties.set(c.field(), p);
            }
        }
        // the reader refuses a criterion the rule set does not know
        criteria.put("additionalProperties", false);
    }
}
