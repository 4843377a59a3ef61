package uk.childsafeguarding.decisions.review;

public enum ScrStatus { IN_PROGRESS, COMPLETED_UNPUBLISHED, PUBLISHED }
