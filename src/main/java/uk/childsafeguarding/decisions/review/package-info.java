/**
 * Rapid review outcomes and child safeguarding practice review commissioning: criteria rated by a
 * review group in, a recommendation with a per-criterion breakdown, the partners' decision protocol
 * and the timetable out.
 */
package uk.childsafeguarding.decisions.review;
