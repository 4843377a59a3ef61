/** The plain-English words for every code the service shows a person, kept with the rule set (rules/vocabulary.yaml). */
package uk.childsafeguarding.decisions.vocabulary;
