package ca.gc.engagement.agreement.api;

/**
 * The body of {@code POST /agreements/{id}/exemptions}: why the agreement may go on to signature.
 */
public record ExemptionRequest(String justification) {}
