package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ca.gc.engagement.api.ResourceMethods.ResourceMethod;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document a department integrates from, fetched as a client does (no sign-in), held
 * against the resource methods the built WAR declares: every one listed, each with the errors its
 * shape can answer as problem bodies, every request body with an example. A failure names the
 * operations that fall short.
 */
class OpenApiDocumentIT extends AgainstTheBuiltEar {

  private static final String PROBLEM = "application/problem+json";

  private String served;
  private JsonObject document;
  private List<ResourceMethod> declared;
  private String base;

  @BeforeEach
  void fetch() throws Exception {
    HttpResponse<String> answer = ApiClient.wire().get(page("/openapi?format=JSON"));
    assertEquals(200, answer.statusCode(), answer.body());
    served = answer.body();
    document = Json.createReader(new StringReader(served)).readObject();
    Path ear = Path.of(System.getProperty("engagement.ear"));
    String contextRoot = deployment.getPath();
    declared = ResourceMethods.of(ear, contextRoot);
    base = ResourceMethods.base(ear, contextRoot);
    assertFalse(declared.isEmpty(), "no resource method found in the WAR");
  }

  @Test
  void everyResourceMethodOfTheWarIsAnOperationOfTheDocument() {
    List<String> missing = new ArrayList<>();
    for (ResourceMethod method : declared) {
      if (operation(method) == null) {
        missing.add(method.toString());
      }
    }
    assertEquals(List.of(), missing, "resource methods missing from /openapi");
    System.out.printf(
        "OpenAPI document: %d paths, %d operations, from %d resource methods%n",
        paths().size(), operationCount(), declared.size());
  }

  /**
   * The served document is the reviewed contract, docs/openapi.json, byte for byte: every change to
   * the API shows in review as a change of that file, and a client generated from it (as {@code
   * GeneratedClientIT}'s is) talks to this server.
   */
  @Test
  void theServedDocumentIsTheReviewedContract() throws Exception {
    Path contract = Path.of(System.getProperty("engagement.openapi.contract"));
    String reviewed = Files.readString(contract, StandardCharsets.UTF_8);
    if (reviewed.equals(served)) {
      return;
    }
    Path taken = Path.of(System.getProperty("engagement.build.directory"), "openapi.json");
    Files.writeString(taken, served, StandardCharsets.UTF_8);
    String[] was = reviewed.split("\n", -1);
    String[] is = served.split("\n", -1);
    int line = 0;
    while (line < Math.min(was.length, is.length) && was[line].equals(is[line])) {
      line++;
    }
    fail(
        String.format(
            "The server's OpenAPI document is not docs/openapi.json, the reviewed contract: first"
                + " difference at line %d:%n  docs/openapi.json: %s%n  served:            %s%n"
                + "If the API change is meant (API v1 takes additive changes only), take the served"
                + " document and commit it with the change:%n  cp %s %s%n"
                + "(or, with `mvn -Prun package` running: curl -s"
                + " 'http://localhost:8080/openapi?format=JSON' -o docs/openapi.json)",
            line + 1,
            line < was.length ? was[line] : "(end of file)",
            line < is.length ? is[line] : "(end of file)",
            taken,
            contract.normalize()));
  }

  @Test
  void everyOperationAndTagIsSummarisedAndDescribed() {
    List<String> bare = new ArrayList<>();
    eachOperation(
        (name, operation) -> {
          if (operation.getString("summary", "").isBlank()
              || operation.getString("description", "").isBlank()) {
            bare.add(name);
          }
        });
    for (JsonValue tag : document.getJsonArray("tags")) {
      if (tag.asJsonObject().getString("description", "").isBlank()) {
        bare.add("tag " + tag.asJsonObject().getString("name"));
      }
    }
    assertEquals(List.of(), bare, "operations or tags without a summary and a description");
  }

  @Test
  void noObjectOfTheDocumentIsEmpty() {
    List<String> empty = new ArrayList<>();
    empties(document, "#", empty);
    assertEquals(List.of(), empty, "empty objects (each needs its fields, or none at all)");
  }

  @Test
  void everyOperationDocumentsTheErrorsItsShapeCanAnswerAsProblems() {
    List<String> shortfalls = new ArrayList<>();
    for (ResourceMethod method : declared) {
      JsonObject operation = operation(method);
      if (operation == null) {
        continue;
      }
      JsonObject responses = operation.getJsonObject("responses");
      Set<String> lacking = new TreeSet<>();
      for (String status : expectedErrors(method)) {
        if (!responses.containsKey(status)) {
          lacking.add(status + " (absent)");
          continue;
        }
        JsonObject response = resolve(responses.getJsonObject(status));
        if (!problemBody(response)) {
          lacking.add(status + " (not a Problem as " + PROBLEM + ")");
        }
        if (status.equals("401") && !headers(response).contains("www-authenticate")) {
          lacking.add("401 (no WWW-Authenticate)");
        }
      }
      if (!lacking.isEmpty()) {
        shortfalls.add(method + " lacks " + lacking);
      }
    }
    assertEquals(List.of(), shortfalls, "operations without the errors their shape needs");
  }

  @Test
  void aProposalToAnAgreementDocumentsTheCarveOutViolation() {
    List<String> shortfalls = new ArrayList<>();
    for (ResourceMethod method : declared) {
      if (method.body() && method.collection(base).equals("agreements")) {
        JsonObject unprocessable =
            resolve(operation(method).getJsonObject("responses").getJsonObject("422"));
        String media = unprocessable.getJsonObject("content").getJsonObject(PROBLEM).toString();
        if (!media.contains("#/components/schemas/CarveOutViolation")
            || !media.contains("carve-out-violation")) {
          shortfalls.add(method.toString());
        }
      }
    }
    assertEquals(List.of(), shortfalls, "422 without the carve-out-violation schema and example");
  }

  @Test
  void everyRequestBodyHasAnExampleSpellingTheSchemasOwnFields() {
    List<String> shortfalls = new ArrayList<>();
    for (ResourceMethod method : declared) {
      if (!method.body()) {
        continue;
      }
      JsonObject operation = operation(method);
      JsonObject media =
          operation.containsKey("requestBody")
              ? resolve(operation.getJsonObject("requestBody"))
                  .getJsonObject("content")
                  .getJsonObject("application/json")
              : null;
      if (media == null) {
        shortfalls.add(method + ": no application/json request body");
        continue;
      }
      JsonObject schema = resolve(media.getJsonObject("schema"));
      JsonValue example = example(media, schema);
      if (example == null) {
        shortfalls.add(method + ": no example");
      } else if (example.getValueType() == JsonValue.ValueType.OBJECT
          && schema.containsKey("properties")) {
        Set<String> unknown = new TreeSet<>(example.asJsonObject().keySet());
        unknown.removeAll(schema.getJsonObject("properties").keySet());
        if (!unknown.isEmpty()) {
          shortfalls.add(method + ": example has fields the schema lacks " + unknown);
        }
      }
    }
    assertEquals(List.of(), shortfalls, "request bodies without a usable example");
  }

  @Test
  void theProblemSchemaIsRfc9457WithFieldErrors() {
    JsonObject problem = schema("Problem").getJsonObject("properties");
    assertEquals(
        Set.of("type", "title", "status", "detail", "instance", "errors"), problem.keySet());
    JsonObject fieldError = resolve(problem.getJsonObject("errors").getJsonObject("items"));
    assertEquals(Set.of("field", "message"), fieldError.getJsonObject("properties").keySet());
  }

  @Test
  void theListParametersAreDescribed() {
    List<String> undescribed = new ArrayList<>();
    for (ResourceMethod method : declared) {
      JsonObject operation = operation(method);
      if (operation == null || !operation.containsKey("parameters")) {
        continue;
      }
      for (JsonValue value : operation.getJsonArray("parameters")) {
        JsonObject parameter = resolve(value.asJsonObject());
        if (parameter.getString("description", "").isBlank()) {
          undescribed.add(method + " " + parameter.getString("name"));
        }
      }
    }
    assertEquals(List.of(), undescribed, "parameters without a description");
  }

  @Test
  void theDocumentStandsOnItsOwn() {
    assertEquals("Engagement Records API", document.getJsonObject("info").getString("title"));
    // Basic for every operation, and a server a client resolves against the document's address.
    JsonObject basic =
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("basic");
    assertEquals("http", basic.getString("type"));
    assertEquals("basic", basic.getString("scheme"));
    assertTrue(document.getJsonArray("security").toString().contains("\"basic\""));
    String server = document.getJsonArray("servers").getJsonObject(0).getString("url");
    assertTrue(server.startsWith("/"), "a relative server URL: " + server);
    // Every reference resolves, and every operation has an id of its own.
    List<String> dangling = new ArrayList<>();
    references(document, dangling);
    assertEquals(List.of(), dangling, "references to nothing");
    Set<String> ids = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    eachOperation(
        (name, operation) -> {
          String id = operation.getString("operationId", "");
          if (id.isEmpty() || !ids.add(id)) {
            repeated.add(name + ": '" + id + "'");
          }
        });
    assertEquals(List.of(), repeated, "operations without an id of their own");
  }

  @Test
  void theDocumentationPageServesSwaggerUiFromTheWarToThoseSignedIn() throws Exception {
    URI page = page("api-docs/");
    HttpResponse<String> anonymous = ApiClient.wire().get(page);
    assertTrue(
        anonymous.body().contains("id=\"login\""),
        "anonymous readers get the sign-in form: " + anonymous.body());

    HttpResponse<String> html = get(page);
    assertEquals(200, html.statusCode(), html.body());
    var bundle =
        java.util.regex.Pattern.compile("src=\"([^\"]*swagger-ui-bundle\\.js)\"")
            .matcher(html.body());
    assertTrue(bundle.find(), html.body());

    HttpResponse<String> script = get(page.resolve(bundle.group(1)));
    assertEquals(200, script.statusCode(), "Swagger UI's bundle from the WAR");
    assertTrue(script.body().contains("SwaggerUIBundle"));
    HttpResponse<String> start = get(page.resolve("start.js"));
    assertEquals(200, start.statusCode());
    assertTrue(start.body().contains("/openapi?format=JSON"), start.body());
  }

  /**
   * What the brief and docs/api.md promise for each shape: every operation can meet 401 (with the
   * challenge), 403, 500 and 503; an {id} 404; a body 400, 413 and 415, and 422 where carve-outs
   * apply; If-Match 412 and 428; a lifecycle step 409; a list or a query 400 for its parameters; a
   * read 406.
   */
  private Set<String> expectedErrors(ResourceMethod method) {
    Set<String> statuses = new TreeSet<>(List.of("401", "403", "500", "503"));
    if (method.identified()) {
      statuses.add("404");
    }
    if (method.body()) {
      statuses.addAll(List.of("400", "413", "415"));
      if (Set.of("agreements", "screenings").contains(method.collection(base))) {
        statuses.add("422");
      }
    }
    if (method.collection(base).equals("screenings")) {
      statuses.add("429"); // 60 questions a minute per account (decision 0031)
    }
    if (method.ifMatch()) {
      statuses.addAll(List.of("412", "428"));
    }
    if (method.method().equals("POST") && method.identified()) {
      statuses.add("409");
    }
    if (method.query()) {
      statuses.add("400");
    }
    if (method.method().equals("GET")) {
      statuses.add("406");
    }
    return statuses;
  }

  /** A GET as the viewer (the pages take HTTP Basic credentials as a sign-in too). */
  private HttpResponse<String> get(URI uri) {
    return ApiClient.as(deployment, "viewer").acceptingAnything().get(uri);
  }

  private JsonObject paths() {
    return document.getJsonObject("paths");
  }

  /** Every operation of the document, named by its method and path. */
  private void eachOperation(BiConsumer<String, JsonObject> visit) {
    paths()
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) ->
                            visit.accept(method + " " + path, operation.asJsonObject())));
  }

  private long operationCount() {
    return paths().values().stream().mapToLong(item -> item.asJsonObject().size()).sum();
  }

  private JsonObject operation(ResourceMethod method) {
    JsonObject item = paths().getJsonObject(method.path());
    return item == null ? null : item.getJsonObject(method.method().toLowerCase(Locale.ROOT));
  }

  private JsonObject schema(String name) {
    return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
  }

  /** The object a $ref names, or the object itself. */
  private JsonObject resolve(JsonObject object) {
    JsonObject resolved = object;
    while (resolved != null && resolved.containsKey("$ref")) {
      String[] pointer = resolved.getString("$ref").substring(2).split("/");
      JsonObject target = document;
      for (String segment : pointer) {
        target = target == null ? null : target.getJsonObject(segment);
      }
      resolved = target;
    }
    return resolved;
  }

  /** An error response whose body is application/problem+json with the Problem schema. */
  private boolean problemBody(JsonObject response) {
    if (response == null || !response.containsKey("content")) {
      return false;
    }
    JsonObject media = response.getJsonObject("content").getJsonObject(PROBLEM);
    return media != null
        && media.containsKey("schema")
        && media.getJsonObject("schema").toString().contains("#/components/schemas/Problem");
  }

  private static Set<String> headers(JsonObject response) {
    Set<String> names = new TreeSet<>();
    if (response.containsKey("headers")) {
      response
          .getJsonObject("headers")
          .keySet()
          .forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
    }
    return names;
  }

  private static JsonValue example(JsonObject media, JsonObject schema) {
    if (media.containsKey("example")) {
      return media.get("example");
    }
    if (media.containsKey("examples") && !media.getJsonObject("examples").isEmpty()) {
      return media.getJsonObject("examples").values().iterator().next().asJsonObject().get("value");
    }
    if (schema != null
        && schema.containsKey("examples")
        && !schema.getJsonArray("examples").isEmpty()) {
      return schema.getJsonArray("examples").get(0);
    }
    if (schema != null && schema.containsKey("example")) {
      return schema.get("example");
    }
    return null;
  }

  /**
   * Objects with nothing in them, but for those an empty one is the meaning of: a security
   * requirement's scopes and an example's empty map.
   */
  private static void empties(JsonValue value, String at, List<String> empty) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        if (object.isEmpty() && !at.contains("/security/") && !at.contains("/example")) {
          empty.add(at);
        }
        object.forEach((name, v) -> empties(v, at + "/" + name, empty));
      }
      case ARRAY -> {
        int i = 0;
        for (JsonValue v : value.asJsonArray()) {
          empties(v, at + "/" + i++, empty);
        }
      }
      default -> {}
    }
  }

  private void references(JsonValue value, List<String> dangling) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        if (object.get("$ref") instanceof JsonString ref && resolve(object) == null) {
          dangling.add(ref.getString());
        }
        object.values().forEach(v -> references(v, dangling));
      }
      case ARRAY -> value.asJsonArray().forEach(v -> references(v, dangling));
      default -> {}
    }
  }
}
