/**
 * Who may do what for which partnership: local accounts (bcrypt) on embedded defaults, OpenID Connect
 * access tokens in production; roles PRACTITIONER, REVIEWER, AUDITOR and RULES_ADMIN, each granted
 * for one or more partnerships.
 */
package uk.childsafeguarding.decisions.access;
