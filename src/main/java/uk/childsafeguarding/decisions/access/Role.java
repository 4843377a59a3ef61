package uk.childsafeguarding.decisions.access;

/**
 * PRACTITIONER runs threshold checks and sees their own decisions; REVIEWER (a CSPR group member or
 * safeguarding lead) assesses notifications and reviews and reads those decisions for its
 * partnership; AUDITOR reads, replays, verifies and exports its partnership's records but creates
 * none; RULES_ADMIN sees and reloads the rule set.
 */
public enum Role { PRACTITIONER, REVIEWER, AUDITOR, RULES_ADMIN }
