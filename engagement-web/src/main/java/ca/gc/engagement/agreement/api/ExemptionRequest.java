package ca.gc.engagement.agreement.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /agreements/{id}/exemptions}: why the agreement may go on to signature.
 */
@Schema(
    description = "An approver's reason for letting an agreement under review go on to signature.",
    example =
        """
        {
          "justification": "Reviewed with Public Safety Canada: the clean-energy component involves no sensitive technology."
        }
        """)
public record ExemptionRequest(String justification) {}
