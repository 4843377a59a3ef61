/**
 * What a stored decision rests on: the smallest changes to its request (one fact, then two) that
 * would change its headline answer under the rule set that made it, each as a JSON Merge Patch
 * anyone can send again; an explanation, not a checklist to reach a level.
 */
package uk.childsafeguarding.decisions.whatwouldchange;
