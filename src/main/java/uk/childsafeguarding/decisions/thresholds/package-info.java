/**
 * Continuum-of-need threshold checks: a practitioner's observations in, a suggested level of need,
 * statutory route, ordered actions with the local front door, the consent position and the reasons out.
 */
package uk.childsafeguarding.decisions.thresholds;
