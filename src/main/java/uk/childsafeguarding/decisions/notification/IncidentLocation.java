package uk.childsafeguarding.decisions.notification;

public enum IncidentLocation { IN_AREA, ELSEWHERE_IN_ENGLAND, OUTSIDE_ENGLAND }
