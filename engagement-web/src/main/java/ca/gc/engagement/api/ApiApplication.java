package ca.gc.engagement.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * API v1 for other departments: {@code /engagement/api/v1/...}, JSON, HTTP Basic with a service
 * account of the department's realm. Its OpenAPI document is served by the server at {@code
 * /openapi}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Engagement Records API",
            version = "1",
            description =
                "Missions, meetings, agreements, carve-outs, trade measures, stakeholders,"
                    + " statements and follow-ups of the department, screened against the sector"
                    + " carve-outs. Every record carries a classification; a caller sees nothing"
                    + " above their clearance. Errors are RFC 9457 problem details.",
            // WildFly's document for the host always carries a contact and a licence (and
            // external documentation): given here, or it serves them as empty, invalid objects.
            contact = @Contact(name = "The department's Engagement Records service desk"),
            license =
                @License(name = "Crown copyright", identifier = "LicenseRef-Crown-copyright")),
    externalDocs =
        @ExternalDocumentation(
            description =
                "This document to read and try, with Swagger UI, for those signed in (served by"
                    + " the application).",
            url = "/engagement/api-docs/"),
    security = @SecurityRequirement(name = "basic"),
    // The problem bodies every error response refers to (added per operation by ApiDocument).
    components =
        @Components(
            schemas = {
              @Schema(name = "Problem", implementation = Problem.class),
              @Schema(
                  name = "CarveOutViolation",
                  implementation = CarveOutViolationMapper.Violation.class)
            }))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "A service account of the department's realm; its role decides what it may do, its"
            + " clearance what it may see.")
public class ApiApplication extends Application {}
