package uk.childsafeguarding.decisions.access;

/**
 * PRACTITIONER runs threshold checks and sees their own decisions; REVIEWER (a CSPR group member or
 * safeguarding lead) assesses notifications and reviews and reads those decisions for its
 * partnership; AUDITOR reads, replays, verifies and exports its partnership's records but creates
 * none; RULES_ADMIN sees and reloads the rule set; POLICY_OWNER signs off a partnership's policy digest
 * (what the service will tell its practitioners) for a rule set version.
 */
public enum Role { PRACTITIONER, REVIEWER, AUDITOR, RULES_ADMIN, POLICY_OWNER }
