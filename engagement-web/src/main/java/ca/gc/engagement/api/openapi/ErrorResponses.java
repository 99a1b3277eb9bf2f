package ca.gc.engagement.api.openapi;

import ca.gc.engagement.api.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The API's error responses, once each in the document's components, every one an
 * application/problem+json body with an example of what the API really answers; operations refer to
 * those their shape can meet ({@link OperationShape#errors()}).
 */
final class ErrorResponses {

  static final String INVALID_REQUEST = "InvalidRequest";
  static final String INVALID_PARAMETERS = "InvalidParameters";
  static final String UNAUTHENTICATED = "Unauthenticated";
  static final String FORBIDDEN = "Forbidden";
  static final String NOT_FOUND = "NotFound";
  static final String NOT_ACCEPTABLE = "NotAcceptable";
  static final String CONFLICT = "Conflict";
  static final String PRECONDITION_FAILED = "PreconditionFailed";
  static final String BODY_TOO_LARGE = "BodyTooLarge";
  static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  static final String RULE_VIOLATION = "RuleViolation";
  static final String CARVE_OUT_VIOLATION = "CarveOutViolation";
  static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  static final String TOO_MANY_SCREENINGS = "TooManyScreenings";
  static final String INTERNAL_ERROR = "InternalError";
  static final String DATABASE_UNAVAILABLE = "DatabaseUnavailable";

  private static final String INSTANCE = "https://records.example.gc.ca/engagement/api/v1/missions";

  private ErrorResponses() {}

  /** Adds every error response to the components. */
  static void register(Components components) {
    components.addResponse(
        INVALID_REQUEST,
        problem(
            "Invalid fields (one entry in errors each), a body that is not JSON of the resource's"
                + " form, or no body at all.",
            example(
                "invalid-request",
                "The request has invalid fields",
                400,
                "2 fields are invalid; see errors.",
                List.of(
                    fieldError("hostCity", "Say which city hosts the mission."),
                    fieldError("title", "Give the mission a title.")))));
    components.addResponse(
        INVALID_PARAMETERS,
        problem(
            "A query parameter this operation does not take, or a value it cannot read; each one"
                + " named in errors.",
            example(
                "invalid-request",
                "The request has invalid fields",
                400,
                "Give the date as YYYY-MM-DD, for example 2026-01-13.",
                List.of(
                    fieldError("from", "Give the date as YYYY-MM-DD, for example 2026-01-13.")))));
    components.addResponse(
        UNAUTHENTICATED,
        problem(
                "No credentials, or wrong ones. Sign in with HTTP Basic (a service account).",
                example(
                    "unauthenticated",
                    "Authentication required",
                    401,
                    "This API needs HTTP Basic credentials of a service account.",
                    List.of()))
            .addHeader(
                "WWW-Authenticate",
                OASFactory.createHeader()
                    .description("The Basic challenge.")
                    .schema(string())
                    .example("Basic realm=\"Engagement Records\", charset=\"UTF-8\"")));
    components.addResponse(
        FORBIDDEN,
        problem(
            "The account's role does not allow the operation (problem type forbidden), or the"
                + " record would be classified above the account's clearance (above-clearance).",
            example(
                "forbidden",
                "Not allowed for your role",
                403,
                "Your account's role does not allow this operation.",
                List.of())));
    components.addResponse(
        NOT_FOUND,
        problem(
            "No record has this id, or it is above the account's clearance: the same answer, so"
                + " that nothing confirms a classified record exists.",
            example("not-found", "No such record", 404, "There is no mission 42.", List.of())));
    components.addResponse(
        NOT_ACCEPTABLE,
        problem(
            "The Accept header asks for a media type this operation cannot answer in.",
            example(
                "http-406",
                "Not Acceptable",
                406,
                "This resource cannot answer in the media type the Accept header asks for.",
                List.of())));
    components.addResponse(
        CONFLICT,
        problem(
            "The record's current state does not allow it: a lifecycle step that does not exist"
                + " from the current status (illegal-transition, naming the steps allowed), a code"
                + " already taken, an archived stakeholder, a signature that needs an exemption"
                + " first (exemption-required), an agreement held for review by a cleared approver"
                + " (agreement-held: carve-outs above the caller's clearance match it).",
            example(
                "illegal-transition",
                "Not allowed from the current status",
                409,
                "A mission cannot go from COMPLETED to UNDERWAY. Allowed from COMPLETED: none:"
                    + " COMPLETED is final.",
                List.of())));
    components.addResponse(
        PRECONDITION_FAILED,
        problem(
            "If-Match names a version that is no longer the record's (someone changed it since),"
                + " or is not a tag of this record: read it again, look at their change, make yours"
                + " again.",
            example(
                "stale-record",
                "The record has changed",
                412,
                "This mission was changed by someone else after you opened it. Reload it to see"
                    + " their change, then make yours again.",
                List.of())));
    components.addResponse(
        BODY_TOO_LARGE,
        problem(
            "The body is larger than the API reads (1 MiB unless the operator set"
                + " engagement.api.max-body-bytes); nothing was stored.",
            example(
                "body-too-large",
                "Request body too large",
                413,
                "The request body is larger than 1 MiB (1048576 bytes), the most this API accepts."
                    + " Nothing was stored.",
                List.of())));
    components.addResponse(
        UNSUPPORTED_MEDIA_TYPE,
        problem(
            "The body is not application/json.",
            example(
                "http-415",
                "Unsupported Media Type",
                415,
                "This resource reads application/json.",
                List.of())));
    components.addResponse(
        RULE_VIOLATION,
        problem(
            "A rule that needs other records to judge: a record the body names does not exist"
                + " (rule-violation, the field named), or a sector code is unknown"
                + " (unknown-sector). Nothing was stored.",
            example(
                "rule-violation",
                "The request breaks a rule of the record",
                422,
                "There is no mission 42.",
                List.of(fieldError("missionId", "There is no mission 42.")))));
    components.addResponse(CARVE_OUT_VIOLATION, carveOutViolation());
    components.addResponse(
        PRECONDITION_REQUIRED,
        problem(
            "No If-Match: a change must name the version it was made on (the ETag read).",
            example(
                "precondition-required",
                "Precondition required",
                428,
                "Send If-Match with the ETag you read, so that nobody's change is overwritten"
                    + " unseen.",
                List.of())));
    components.addResponse(
        TOO_MANY_SCREENINGS,
        problem(
            "The account asked for 60 screenings in the last minute: ask again after Retry-After"
                + " seconds. Nothing was screened.",
            example(
                "too-many-screenings",
                "Too many screenings",
                429,
                "At most 60 screenings a minute may be asked for. Try again in 12 seconds.",
                List.of())));
    components.addResponse(
        INTERNAL_ERROR,
        problem(
            "A fault of the server, not of the request: quote the incident number. Never a stack"
                + " trace.",
            example(
                "internal-error",
                "The server could not complete the request",
                500,
                "Quote incident 3f2b6c1e-7d4a-4c55-9a0e-2b8f51d6a9c4 to the service desk.",
                List.of())));
    components.addResponse(
        DATABASE_UNAVAILABLE,
        problem(
            "The database does not answer; nothing was changed. Try again after Retry-After"
                + " seconds.",
            example(
                "database-unavailable",
                "The records are temporarily unavailable",
                503,
                "The database does not answer. Nothing was changed; try again shortly.",
                List.of())));
  }

  /** A reference to the error response of that name, for an operation. */
  static APIResponse reference(String name) {
    return OASFactory.createAPIResponse().ref(name);
  }

  private static APIResponse carveOutViolation() {
    Schema either =
        OASFactory.createSchema()
            // Either: a carve-out violation is a problem with its matches besides.
            .addAnyOf(OASFactory.createSchema().ref("CarveOutViolation"))
            .addAnyOf(OASFactory.createSchema().ref("Problem"));
    Map<String, Object> violation = new LinkedHashMap<>();
    violation.put("type", Problem.type("carve-out-violation").toString());
    violation.put("title", "Prohibited by a sector carve-out");
    violation.put("status", 422);
    violation.put(
        "detail",
        "This touches the carve-outs ARCTIC, NATIONAL_SECURITY, which prohibit it; it cannot go"
            + " ahead.");
    violation.put("instance", "https://records.example.gc.ca/engagement/api/v1/agreements");
    violation.put(
        "matches",
        List.of(
            match("ARCTIC", "REGION", "CA-NU", "The Arctic carve-out covers the region CA-NU."),
            match(
                "NATIONAL_SECURITY",
                "SECTOR",
                "CRITICAL_MINERALS",
                "CRITICAL_MINERALS is within NATIONAL_SECURITY, which the National security"
                    + " carve-out covers.")));
    MediaType body =
        OASFactory.createMediaType()
            .schema(either)
            .addExample(
                "carve-out-violation",
                OASFactory.createExample()
                    .summary("The proposal touches carve-outs that prohibit it")
                    .value(violation))
            .addExample(
                "unknown-sector",
                OASFactory.createExample()
                    .summary("A sector code the tree does not have")
                    .value(
                        example(
                            "unknown-sector",
                            "Unknown sector",
                            422,
                            "There is no sector RARE_EARTHS. Choose a sector from the list, for example AGRI_FOOD.",
                            List.of())));
    return OASFactory.createAPIResponse()
        .description(
            "Prohibited by a sector carve-out (carve-out-violation: every match listed, nothing"
                + " stored; screen first with POST /screenings), or another rule that needs other"
                + " records (rule-violation, unknown-sector).")
        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, body));
  }

  private static Map<String, Object> match(
      String carveOut, String kind, String value, String reason) {
    Map<String, Object> match = new LinkedHashMap<>();
    match.put("carveOut", carveOut);
    match.put("kind", kind);
    match.put("value", value);
    match.put("reason", reason);
    return match;
  }

  private static APIResponse problem(String description, Map<String, Object> example) {
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem"))
                    .example(example));
    return OASFactory.createAPIResponse().description(description).content(content);
  }

  private static Map<String, Object> example(
      String type, String title, int status, String detail, List<Map<String, String>> errors) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", Problem.type(type).toString());
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", INSTANCE);
    problem.put("errors", errors);
    return problem;
  }

  /** One entry of a problem's errors, field before message as the API writes it. */
  private static Map<String, String> fieldError(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static Schema string() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }
}
