/**
 * Decision records: every recommendation stored, append-only and hash-chained, before it is returned;
 * rule set snapshots for exact replay; replay against the original or current rules; verification,
 * export and summaries for auditors; practitioners' own final decisions.
 */
package uk.childsafeguarding.decisions.audit;
