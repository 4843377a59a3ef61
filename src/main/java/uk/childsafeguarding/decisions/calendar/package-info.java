/** Working days in England and Wales (Monday to Friday less bank holidays) for notification and review deadlines. */
package uk.childsafeguarding.decisions.calendar;
