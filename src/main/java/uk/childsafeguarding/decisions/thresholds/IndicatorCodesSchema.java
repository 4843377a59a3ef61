package uk.childsafeguarding.decisions.thresholds;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.system.SchemaVocabulary;

/** The threshold request schema's indicator codes: the catalogue of the rule set in force, each with its plain-English text. */
@Component
class IndicatorCodesSchema implements SchemaVocabulary {

    @Override
    public String feature() {
        return "thresholds";
    }

    @Override
    public void describe(ObjectNode requestSchema, RuleSet ruleSet) {
        List<Indicator> all = ruleSet.data(IndicatorCatalogue.class).all().stream().sorted(Comparator.comparing(Indicator::code)).toList();
        ObjectNode code = (ObjectNode) requestSchema.path("$defs").path("IndicatorCode");
        ArrayNode codes = code.putArray("enum");
        ArrayNode texts = code.putArray("x-enum-descriptions");
        StringBuilder description = new StringBuilder(code.path("description").asText()).append("\n");
        for (Indicator i : all) {
            codes.add(i.code());
            texts.add(i.text());
            description.append("\n- `").append(i.code()).append("`: ").append(i.text());
        }
        code.put("description", description.toString());
    }
}
