package ca.gc.engagement.api.openapi;

import ca.gc.engagement.api.ApiApplication;
import jakarta.ws.rs.ApplicationPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document the server builds from the resources, so that a department can
 * integrate from it alone: a relative server, the error responses each operation can meet as
 * problem bodies, the record each one answers, its headers, and tags by collection. Everything is
 * derived from each operation's shape ({@link OperationShape}), so a new resource is documented
 * like the others without touching this class. Registered with {@code mp.openapi.filter} in the
 * WAR's microprofile-config.properties.
 */
public class ApiDocument implements OASFilter {

  /** The application path as the paths carry it when the filter runs: {@code /api/v1}. */
  private static final String API =
      "/"
          + ApiApplication.class
              .getAnnotation(ApplicationPath.class)
              .value()
              .replaceAll("^/|/$", "");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    relativeServer(openAPI);
    if (openAPI.getComponents() == null) {
      openAPI.components(OASFactory.createComponents());
    }
    ErrorResponses.register(openAPI.getComponents());
    SuccessResponses success = new SuccessResponses(openAPI.getComponents());
    var collections = new TreeSet<String>();
    Paths paths = openAPI.getPaths();
    try (var constraints = new RequestConstraints(openAPI.getComponents())) {
      for (var item : paths.getPathItems().entrySet()) {
        for (var operation : item.getValue().getOperations().entrySet()) {
          var shape =
              new OperationShape(
                  withinApi(item.getKey()),
                  operation.getKey(),
                  operation.getValue(),
                  item.getValue());
          complete(shape, success, listOf(paths, shape), constraints);
          collections.add(shape.collection());
        }
      }
    }
    collections.forEach(
        name -> {
          if (openAPI.getTags() == null
              || openAPI.getTags().stream().noneMatch(t -> name.equals(t.getName()))) {
            openAPI.addTag(OASFactory.createTag().name(name));
          }
        });
    // In name order whatever order the scan met the resources in, so the document is the same bytes
    // from one boot to the next.
    openAPI.setTags(openAPI.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
  }

  /** Errors, success, parameters, request limits, id and tag of one operation. */
  private static void complete(
      OperationShape shape,
      SuccessResponses success,
      Optional<OperationShape> list,
      RequestConstraints constraints) {
    Operation operation = shape.operation();
    ResourceMethod.of(operation.getOperationId())
        .ifPresent(
            method -> method.body().ifPresent(body -> constraints.document(body, ref(operation))));
    shape
        .errors()
        .forEach(
            (status, name) ->
                operation.getResponses().addAPIResponse(status, ErrorResponses.reference(name)));
    success.complete(shape, list);
    describeParameters(operation.getParameters());
    operation.setOperationId(operationId(shape));
    if (operation.getTags() == null || operation.getTags().isEmpty()) {
      operation.addTag(shape.collection());
    }
  }

  /**
   * One relative server, the root of the host that serves the document: WildFly itself puts the
   * context root ({@code /engagement}) and the application path before every path, so a client
   * resolves {@code /engagement/api/v1/missions} against wherever it fetched the document. An
   * operator's own {@code mp.openapi.servers} is left alone.
   */
  private static void relativeServer(OpenAPI openAPI) {
    if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
      openAPI.addServer(
          OASFactory.createServer()
              .url("/")
              .description(
                  "The host that serves this document; API v1 is under /engagement/api/v1."));
    }
  }

  /** The list of the shape's collection ({@code GET /missions}), if it has one. */
  private static Optional<OperationShape> listOf(Paths paths, OperationShape shape) {
    String collection = "/" + shape.collection();
    PathItem item = paths.getPathItem(API + collection);
    if (item == null || item.getGET() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new OperationShape(collection, PathItem.HttpMethod.GET, item.getGET(), item));
  }

  /** The schema the operation's JSON body refers to, if it names one. */
  private static String ref(Operation operation) {
    return Optional.ofNullable(operation.getRequestBody())
        .map(body -> body.getContent())
        .map(content -> content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON))
        .map(media -> media.getSchema())
        .map(schema -> schema.getRef())
        .orElse(null);
  }

  /**
   * The resource method's name (the part of SmallRye's PACKAGE_CLASS_METHOD id after the class)
   * after its collection's, so that ids are unique across resources that share method names: {@code
   * missionsPlan}, {@code tradeMeasuresMoveTo}.
   */
  private static String operationId(OperationShape shape) {
    String scanned = shape.operation().getOperationId();
    if (scanned == null || scanned.isEmpty()) {
      return scanned;
    }
    String method = ResourceMethod.of(scanned).map(ResourceMethod::name).orElse(scanned);
    StringBuilder id = new StringBuilder();
    for (String word : shape.collection().split("-")) {
      id.append(id.length() == 0 ? word : capitalized(word));
    }
    return id.append(capitalized(method)).toString();
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * The path below the application path: {@code /missions/{id}} for {@code /api/v1/missions/{id}}.
   */
  private static String withinApi(String path) {
    return path.startsWith(API + "/") ? path.substring(API.length()) : path;
  }

  private static void describeParameters(List<Parameter> parameters) {
    for (Parameter parameter : parameters == null ? new ArrayList<Parameter>() : parameters) {
      if (parameter.getDescription() != null) {
        continue;
      }
      if (parameter.getIn() == Parameter.In.HEADER
          && "If-Match".equalsIgnoreCase(parameter.getName())) {
        parameter
            .required(true)
            .description(
                "The ETag of the version the change was made on, as read. Without it 428; if"
                    + " the record changed since, 412.")
            .example("\"12-3\"");
      } else if (parameter.getIn() == Parameter.In.PATH && "id".equals(parameter.getName())) {
        parameter.description("The record's id, as in its Location.");
      } else if (parameter.getIn() == Parameter.In.PATH && "code".equals(parameter.getName())) {
        parameter.description("The sector's code, as in its Location.");
      } else if (parameter.getIn() == Parameter.In.QUERY && "on".equals(parameter.getName())) {
        parameter.description("A day, YYYY-MM-DD; today when not given.");
      }
    }
  }
}
