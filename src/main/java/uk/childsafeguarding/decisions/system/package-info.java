/** Cross-cutting plumbing: problem+json errors, bounded JSON bodies, decision ids, the London clock. */
package uk.childsafeguarding.decisions.system;
