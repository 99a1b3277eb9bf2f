package ca.gc.engagement.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path.Node;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits docs/openapi.json (the contract the served document is held to, OpenApiDocumentIT)
 * states for each request body are the ones the server enforces: each one is tried against the Bean
 * Validation of what the body becomes (the core's draft) at the limit and one past it, and a field
 * the document leaves unlimited takes a value far past any limit. So a constraint changed in a
 * draft without the contract, or the contract edited by hand, fails here, naming the field.
 */
class RequestSchemaLimitsTest {

  /** Values that patterns are tried on: sector codes, carve-out codes, addresses, near misses. */
  private static final List<String> PROBES =
      List.of(
          "AGRI_FOOD",
          "CRITICAL_MINERALS",
          "A1",
          "A",
          "agri_food",
          "1A",
          "AB_" + "C".repeat(37),
          "AB_" + "C".repeat(38),
          "A-B",
          "https://www.example.gc.ca/notice",
          "http://example.org",
          "https://",
          "ftp://example.org/file",
          "https://example.org/a b",
          "javascript:alert(1)",
          "");

  private static ValidatorFactory factory;
  private static Validator validator;
  private static JsonObject document;

  private final List<String> wrong = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private int checked;

  @BeforeAll
  static void read() throws IOException {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    try (Reader reader =
        Files.newBufferedReader(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8)) {
      document = Json.createReader(reader).readObject();
    }
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void everyRequestBodysLimitsAreTheOnesItsDraftEnforces() throws Exception {
    Set<String> bodies = new TreeSet<>();
    for (Method method : resourceMethodsWithBodies()) {
      Class<?> body = entity(method);
      Method becomes = draftMethod(body);
      if (becomes == null) {
        continue;
      }
      String schema = requestSchema(method);
      bodies.add(body.getSimpleName() + " as " + schema);
      check(body, schema);
    }
    assertEquals(
        List.of(),
        wrong.stream().limit(40).toList(),
        wrong.size() + " limits of request schemas that the server does not enforce as stated");
    assertTrue(bodies.size() >= 10, "request bodies checked: " + bodies);
    assertTrue(checked > 100, "limits checked: " + checked);
  }

  private void check(Class<?> body, String schemaName) throws Exception {
    if (!seen.add(schemaName)) {
      return;
    }
    JsonObject schema = schema(schemaName);
    Method becomes = draftMethod(body);
    Class<?> draft = becomes.getReturnType();
    Object absent = becomes.invoke(withNothing(body));
    Set<String> required =
        schema.containsKey("required")
            ? schema.getJsonArray("required").getValuesAs(JsonValue::toString).stream()
                .map(v -> v.replace("\"", ""))
                .collect(Collectors.toSet())
            : Set.of();
    for (RecordComponent field : body.getRecordComponents()) {
      String name = field.getName();
      JsonObject property = schema.getJsonObject("properties").getJsonObject(name);
      String at = schemaName + "." + name;
      Class<?> nested = element(field);
      if (nested != null && nested.isRecord() && draftMethod(nested) != null) {
        check(
            nested,
            refName(property.containsKey("items") ? property.getJsonObject("items") : property));
      }
      Class<?> type = propertyType(draft, name);
      expect(
          at + " required",
          required.contains(name),
          !validator.validateValue(cast(draft), name, read(absent, name)).isEmpty());
      if (type == String.class) {
        strings(draft, name, property, at, v -> v, v -> true);
      } else if (Collection.class.isAssignableFrom(type)) {
        collections(draft, name, type, property, at);
      } else if (type == Long.class) {
        long minimum =
            property.containsKey("minimum")
                ? number(property, "minimum").longValue()
                : Long.MIN_VALUE;
        if (minimum != Long.MIN_VALUE) {
          expect(at + " minimum " + minimum, true, refused(draft, name, minimum - 1, p -> true));
          expect(at + " minimum " + minimum, false, refused(draft, name, minimum, p -> true));
        } else {
          expect(at + " no minimum", false, refused(draft, name, -1L, p -> true));
        }
      } else if (type == BigDecimal.class) {
        BigDecimal minimum = number(property, "minimum");
        BigDecimal below = number(property, "exclusiveMaximum");
        BigDecimal step = number(property, "multipleOf");
        expect(at + " minimum", true, refused(draft, name, minimum.subtract(step), p -> true));
        expect(at + " minimum", false, refused(draft, name, minimum, p -> true));
        expect(at + " exclusiveMaximum", true, refused(draft, name, below, p -> true));
        expect(
            at + " exclusiveMaximum", false, refused(draft, name, below.subtract(step), p -> true));
        expect(at + " multipleOf", true, refused(draft, name, step.movePointLeft(1), p -> true));
      }
    }
  }

  /** A string field (or a collection's string items, through {@code as}). */
  private void strings(
      Class<?> draft,
      String name,
      JsonObject property,
      String at,
      Function<String, Object> as,
      Predicate<ConstraintViolation<?>> scope) {
    Predicate<ConstraintViolation<?>> size =
        scope.and(v -> v.getConstraintDescriptor().getAnnotation() instanceof Size);
    if (property.containsKey("maxLength")) {
      int most = property.getInt("maxLength");
      expect(
          at + " maxLength " + most,
          false,
          refused(draft, name, as.apply(valid(property, most)), size));
      expect(
          at + " maxLength " + most,
          true,
          refused(draft, name, as.apply("a".repeat(most + 1)), size));
    } else if (!property.containsKey("$ref") && !property.containsKey("pattern")) {
      expect(
          at + " no maxLength", false, refused(draft, name, as.apply("a".repeat(100_001)), size));
    }
    if (property.getInt("minLength", 0) == 1) {
      expect(at + " minLength 1", true, refused(draft, name, as.apply(""), scope));
    }
    if (property.containsKey("pattern")) {
      Pattern pattern = Pattern.compile(property.getString("pattern"));
      for (String probe : PROBES) {
        if (!probe.isEmpty()) {
          expect(
              at + " pattern on '" + probe + "'",
              !pattern.matcher(probe).find(),
              refused(draft, name, as.apply(probe), scope));
        }
      }
    }
    if (refName(property).equals(RequestConstraints.COUNTRY_CODE)) {
      Set<String> codes = new TreeSet<>();
      schema(RequestConstraints.COUNTRY_CODE)
          .getJsonArray("enum")
          .forEach(code -> codes.add(((jakarta.json.JsonString) code).getString()));
      for (String code : codes) {
        expect(at + " enum " + code, false, refused(draft, name, as.apply(code), scope));
      }
      letterPairs()
          .filter(pair -> !codes.contains(pair))
          .forEach(
              pair ->
                  expect(
                      at + " not in enum: " + pair,
                      true,
                      refused(draft, name, as.apply(pair), scope)));
    }
  }

  private void collections(
      Class<?> draft, String name, Class<?> type, JsonObject property, String at) {
    Predicate<ConstraintViolation<?>> whole =
        v ->
            v.getConstraintDescriptor().getAnnotation() instanceof Size && !onElement(v)
                || v.getConstraintDescriptor().getAnnotation()
                    instanceof jakarta.validation.constraints.NotEmpty;
    int most = property.getInt("maxItems", -1);
    if (most >= 0) {
      expect(at + " maxItems " + most, false, refused(draft, name, entries(type, most), whole));
      expect(at + " maxItems " + most, true, refused(draft, name, entries(type, most + 1), whole));
    } else {
      expect(at + " no maxItems", false, refused(draft, name, entries(type, 1_000), whole));
    }
    int least = property.getInt("minItems", 0);
    if (least > 0) {
      expect(
          at + " minItems " + least, true, refused(draft, name, entries(type, least - 1), whole));
    }
    JsonObject items = property.getJsonObject("items");
    if (items != null
        && (items.containsKey("type") && items.getString("type").equals("string")
            || refName(items).equals(RequestConstraints.COUNTRY_CODE))) {
      strings(
          draft,
          name,
          items,
          at + "[]",
          value -> type == List.class ? List.of(value) : Set.of(value),
          RequestSchemaLimitsTest::onElement);
    }
  }

  /** A value of {@code length} the field's other constraints accept (an address for a URL). */
  private static String valid(JsonObject property, int length) {
    if ("uri".equals(property.getString("format", "")) || property.containsKey("pattern")) {
      String start = "https://example.org/";
      return start + "a".repeat(Math.max(0, length - start.length()));
    }
    return "a".repeat(length);
  }

  private static Collection<String> entries(Class<?> type, int count) {
    Stream<String> each = IntStream.range(0, count).mapToObj(i -> "X" + i);
    return type == List.class
        ? each.toList()
        : each.collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Stream<String> letterPairs() {
    return IntStream.range(0, 26 * 26)
        .mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
  }

  private void expect(String what, boolean documented, boolean enforced) {
    checked++;
    if (documented != enforced) {
      wrong.add(what + (documented ? ": documented, not enforced" : ": enforced, not documented"));
    }
  }

  private boolean refused(
      Class<?> draft, String name, Object value, Predicate<ConstraintViolation<?>> which) {
    return validator.validateValue(cast(draft), name, value).stream().anyMatch(which::test);
  }

  private static boolean onElement(ConstraintViolation<?> violation) {
    for (Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /** The JAX-RS methods of the WAR's resources that take a body. */
  private static List<Method> resourceMethodsWithBodies() throws IOException {
    Path classes = Path.of("target", "classes");
    List<Method> methods = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file :
          files.filter(f -> f.toString().endsWith("Resource.class")).sorted().toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        for (Method method : type.getDeclaredMethods()) {
          if ((method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class))
              && entity(method) != null) {
            methods.add(method);
          }
        }
      }
    }
    return methods;
  }

  private static Class<?> entity(Method method) {
    for (var parameter : method.getParameters()) {
      if (Stream.of(parameter.getAnnotations())
          .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"))) {
        return parameter.getType();
      }
    }
    return null;
  }

  /** The schema docs/openapi.json gives the method's JSON body. */
  private static String requestSchema(Method method) {
    String path =
        Stream.of(
                method.getDeclaringClass().getAnnotation(jakarta.ws.rs.Path.class),
                method.getAnnotation(jakarta.ws.rs.Path.class))
            .filter(p -> p != null)
            .map(p -> p.value().replaceAll("^/|/$", ""))
            .collect(Collectors.joining("/"));
    String verb = method.isAnnotationPresent(POST.class) ? "post" : "put";
    JsonObject paths = document.getJsonObject("paths");
    String key =
        paths.keySet().stream()
            .filter(k -> k.endsWith("/api/v1/" + path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no path for " + path + " in docs/openapi.json"));
    return refName(
        paths
            .getJsonObject(key)
            .getJsonObject(verb)
            .getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema"));
  }

  private static JsonObject schema(String name) {
    return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
  }

  private static String refName(JsonObject schema) {
    String ref = schema.getString("$ref", "");
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static BigDecimal number(JsonObject schema, String keyword) {
    return schema.containsKey(keyword)
        ? ((JsonNumber) schema.get(keyword)).bigDecimalValue()
        : null;
  }

  private static Method draftMethod(Class<?> body) {
    for (Method method : body.getDeclaredMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && !method.getReturnType().isPrimitive()
          && validator.getConstraintsForClass(method.getReturnType()).isBeanConstrained()) {
        method.setAccessible(true);
        return method;
      }
    }
    return null;
  }

  private static Object withNothing(Class<?> body) throws ReflectiveOperationException {
    Class<?>[] types =
        Stream.of(body.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    var constructor = body.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    return constructor.newInstance(new Object[types.length]);
  }

  private static Class<?> element(RecordComponent field) {
    if (field.getGenericType() instanceof ParameterizedType generic
        && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return field.getType();
  }

  private static Class<?> propertyType(Class<?> draft, String name) throws NoSuchFieldException {
    return draft.getDeclaredField(name).getType();
  }

  private static Object read(Object draft, String name) throws ReflectiveOperationException {
    var field = draft.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(draft);
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> cast(Class<?> type) {
    return (Class<T>) type;
  }
}
