package uk.childsafeguarding.decisions.review;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Explains;

/** Classification: a serious child safeguarding case (abuse or neglect known or suspected, and the child died or was seriously harmed). */
public final class SeriousCase implements Explains {
    @Override
    public List<String> because() {
        return List.of("case.abuseOrNeglect", "case.outcome");
    }
}
