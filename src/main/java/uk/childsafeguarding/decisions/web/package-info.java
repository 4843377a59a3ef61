/**
 * Server-rendered pages in the style of the GOV.UK Design System, for practitioners, review groups,
 * auditors and policy owners. They use the same decision service, records and security as the API.
 */
package uk.childsafeguarding.decisions.web;
