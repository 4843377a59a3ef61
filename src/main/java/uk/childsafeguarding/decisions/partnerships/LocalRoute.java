package uk.childsafeguarding.decisions.partnerships;

import uk.childsafeguarding.decisions.engine.Validity;

/**
 * A named local route a practitioner or partnership follows (for example the escalation or case
 * resolution protocol for a practitioner who disagrees with the front door), in force for a dated
 * window, with where it was published and how sure we are of it.
 */
public record LocalRoute(Validity validity, String name, String how, String source, String confidence) {
}
