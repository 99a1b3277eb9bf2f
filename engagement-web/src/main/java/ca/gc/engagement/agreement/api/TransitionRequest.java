package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.entity.AgreementStatus;
import java.time.LocalDate;

/**
 * The body of {@code POST /agreements/{id}/transitions}: the state to move to, the day the step
 * takes effect (a signature's date), and why.
 */
public record TransitionRequest(AgreementStatus to, LocalDate on, String justification) {}
