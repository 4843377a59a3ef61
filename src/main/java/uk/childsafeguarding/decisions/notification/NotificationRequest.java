package uk.childsafeguarding.decisions.notification;

import uk.childsafeguarding.decisions.partnerships.DecisionScope;

/** A validated notification request. */
public record NotificationRequest(DecisionScope scope, String areaId, String caseReference, ChildStatus child, Incident incident) {
}
