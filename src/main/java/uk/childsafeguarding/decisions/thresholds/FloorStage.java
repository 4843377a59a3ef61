package uk.childsafeguarding.decisions.thresholds;

/** Which step of the model (thresholds.md, "How a level is reached") set a floor under the level. */
public enum FloorStage { IMMEDIATE_DANGER, PROTOCOL, SIGNIFICANT_HARM, PRE_BIRTH, STATUTORY_NEED, BASE, CUMULATIVE, ESCALATION }
