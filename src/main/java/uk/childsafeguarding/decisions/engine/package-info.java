/** Loads rules/ into one shared KieBase, versions it by content, applies rules as at a date and captures explanations. */
package uk.childsafeguarding.decisions.engine;
