/** The partnerships served, their areas, local level labels, front doors and validity windows (data in rules/partnerships/). */
package uk.childsafeguarding.decisions.partnerships;
