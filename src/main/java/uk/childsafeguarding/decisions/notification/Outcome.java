package uk.childsafeguarding.decisions.notification;

public enum Outcome { DIED, SERIOUSLY_HARMED, HARMED_NOT_SERIOUSLY, NO_HARM }
