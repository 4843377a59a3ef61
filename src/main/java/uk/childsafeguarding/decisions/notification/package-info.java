/**
 * Serious child safeguarding incident notification: whether the local authority must notify the
 * Child Safeguarding Practice Review Panel (and who else), by when in working days, and the
 * partnership's own next steps.
 */
package uk.childsafeguarding.decisions.notification;
