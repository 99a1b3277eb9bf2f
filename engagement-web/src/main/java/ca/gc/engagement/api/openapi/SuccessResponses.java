package ca.gc.engagement.api.openapi;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the scan cannot know about success: a resource method answering a {@code Response} carries
 * no type, so the record it answers is taken from its collection's list (the schema of the list's
 * {@code items}); a create answers 201 with {@code Location}; whatever answers a record carries its
 * {@code ETag}; CSV and iCalendar are text, not the JSON schema. What a resource declares itself is
 * kept.
 */
final class SuccessResponses {

  private static final Map<String, String> TEXT_FORMATS =
      Map.of(
          "text/csv",
          "RFC 4180 CSV in UTF-8: a header row, then the page's records; a cell a spreadsheet"
              + " would read as a formula starts with an apostrophe.",
          "text/calendar",
          "RFC 5545 iCalendar: one VEVENT per meeting, times in UTC, STATUS:CANCELLED for"
              + " cancelled meetings.");

  private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

  /** The response of a conditional read whose answer is unchanged, once in the components. */
  static final String NOT_MODIFIED = "NotModified";

  /** The parameter of a conditional read, once in the components. */
  static final String IF_NONE_MATCH = "IfNoneMatch";

  private final Components components;

  SuccessResponses(Components components) {
    this.components = components;
    components.addParameter(
        IF_NONE_MATCH,
        OASFactory.createParameter()
            .name("If-None-Match")
            .in(Parameter.In.HEADER)
            .description(
                "The ETag of an answer read before: while the answer is unchanged (byte for byte"
                    + " what that tag names), it is 304 Not Modified with no body.")
            .schema(string())
            .example("\"17ce63f60eea81b152730d94b06d9b63\""));
    components.addResponse(
        NOT_MODIFIED,
        OASFactory.createAPIResponse()
            .description(
                "Not Modified: the answer is the one the If-None-Match tag names; no body. Keep"
                    + " using the answer read with it.")
            .addHeader("ETag", answerTag()));
  }

  /** Completes the success response of one operation; {@code lists} is its collection's list. */
  void complete(OperationShape shape, Optional<OperationShape> lists) {
    APIResponses responses = shape.operation().getResponses();
    APIResponse ok = responses == null ? null : responses.getAPIResponse("200");
    if (ok == null) {
      return;
    }
    if (shape.answersRecord()) {
      lists.flatMap(this::recordSchema).ifPresent(record -> fill(ok, record));
      ok.addHeader("ETag", etag());
    }
    if (shape.creates()) {
      responses.removeAPIResponse("200");
      responses.addAPIResponse(
          "201",
          ok.description("Recorded: the new record, at Location, with its ETag.")
              .addHeader(
                  "Location",
                  OASFactory.createHeader()
                      .description("The new record's address.")
                      .schema(string().format("uri"))));
    } else if ("OK".equals(ok.getDescription())) {
      ok.description(description(shape));
    }
    if (ok.getContent() != null) {
      ok.getContent()
          .getMediaTypes()
          .forEach(
              (type, media) -> {
                if (TEXT_FORMATS.containsKey(type)) {
                  media.schema(string().description(TEXT_FORMATS.get(type)));
                }
              });
      if (ok.getContent().getMediaTypes().keySet().stream().anyMatch(TEXT_FORMATS::containsKey)) {
        ok.addHeader("Content-Disposition", attachment());
      }
    }
    if (shape.reads() && json(ok).isPresent()) {
      conditionalRead(shape, ok);
    }
  }

  /**
   * A JSON read answers with the tag of what it answered (a record keeps its version tag) and
   * answers 304 to If-None-Match while that is unchanged; a page of a list also says where it
   * stands in the whole list and links its neighbours.
   */
  private void conditionalRead(OperationShape shape, APIResponse ok) {
    shape.operation().addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH));
    shape
        .operation()
        .getResponses()
        .addAPIResponse("304", OASFactory.createAPIResponse().ref(NOT_MODIFIED));
    if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
      ok.addHeader("ETag", answerTag());
    }
    if (json(ok).flatMap(this::component).map(SuccessResponses::page).orElse(false)) {
      ok.addHeader(
          "X-Total-Count",
          header("How many records the whole list holds that the caller may see.", integer()));
      ok.addHeader("X-Page", header("The page answered, from 0.", integer()));
      ok.addHeader("X-Page-Size", header("The page's size, as asked.", integer()));
      ok.addHeader(
          "Link",
          header(
              "RFC 8288 links to the first, previous, next and last pages (rel first, prev,"
                  + " next, last): this request's address with only page changed.",
              string()));
    }
  }

  /** The JSON schema of an answer, if it has one. */
  private static Optional<Schema> json(APIResponse response) {
    return Optional.ofNullable(response.getContent())
        .map(c -> c.getMediaType(JSON))
        .map(MediaType::getSchema);
  }

  /** The component a schema refers to. */
  private Optional<Schema> component(Schema schema) {
    return Optional.ofNullable(schema.getRef())
        .map(ref -> components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)));
  }

  /** A page of a list: its items with the page, its size and the total. */
  private static boolean page(Schema schema) {
    return schema.getProperties() != null
        && schema.getProperties().containsKey("items")
        && schema.getProperties().containsKey("total");
  }

  private static String description(OperationShape shape) {
    if (shape.reads() && !shape.identified()) {
      return "One page of the records the parameters select, as JSON or in the export format"
          + " asked for.";
    }
    if (shape.answersRecord()) {
      return shape.reads() ? "The record." : "The record as it now stands.";
    }
    if (shape.reads() && shape.path().endsWith("/history")) {
      return "Every revision of the record: its number, when, by whom, the change and its fields.";
    }
    return "OK";
  }

  /** The schema of one item of the list's page ({@code items}), if the list declares one. */
  private Optional<Schema> recordSchema(OperationShape list) {
    return Optional.ofNullable(list.operation().getResponses())
        .map(r -> r.getAPIResponse("200"))
        .map(APIResponse::getContent)
        .map(c -> c.getMediaType(JSON))
        .map(MediaType::getSchema)
        .map(Schema::getRef)
        .map(ref -> components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)))
        .map(page -> page.getProperties() == null ? null : page.getProperties().get("items"))
        .map(Schema::getItems)
        .filter(item -> item.getRef() != null)
        .map(item -> OASFactory.createSchema().ref(item.getRef()));
  }

  /** Gives the JSON answer the record's schema, unless the resource declared one. */
  private static void fill(APIResponse ok, Schema record) {
    if (ok.getContent() == null) {
      ok.content(OASFactory.createContent());
    }
    MediaType json = ok.getContent().getMediaType(JSON);
    if (json == null) {
      ok.getContent().addMediaType(JSON, OASFactory.createMediaType().schema(record));
    } else if (declaresNothing(json.getSchema())) {
      json.schema(record);
    }
  }

  private static boolean declaresNothing(Schema schema) {
    return schema == null
        || (schema.getRef() == null
            && schema.getType() == null
            && schema.getItems() == null
            && schema.getProperties() == null
            && schema.getOneOf() == null
            && schema.getAllOf() == null);
  }

  private static Header etag() {
    return OASFactory.createHeader()
        .description(
            "This version of the record: send it as If-Match to change the record (12-3: record"
                + " 12, version 3), or as If-None-Match to be answered 304 while it is unchanged.")
        .schema(string())
        .example("\"12-3\"");
  }

  private static Header answerTag() {
    return header(
        "The tag of this answer's bytes: send it as If-None-Match to be answered 304 while the"
            + " answer is unchanged.",
        string());
  }

  private static Header attachment() {
    return header(
        "For CSV and iCalendar: attachment, with a file name for the list and its format.",
        string());
  }

  private static Header header(String description, Schema schema) {
    return OASFactory.createHeader().description(description).schema(schema);
  }

  private static Schema integer() {
    return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
  }

  private static Schema string() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }
}
