package ca.gc.engagement.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;

/**
 * The API's operations as the built WAR declares them: every method of a {@code @Path} class with
 * an HTTP method annotation, read from the class files inside the EAR (with Jandex, as the server
 * reads them), so that a resource added tomorrow is expected in the OpenAPI document without anyone
 * listing it here.
 */
public final class ResourceMethods {

  private static final String JAX_RS = "jakarta.ws.rs.";
  private static final DotName PATH = DotName.createSimple(JAX_RS + "Path");
  private static final DotName APPLICATION_PATH = DotName.createSimple(JAX_RS + "ApplicationPath");
  private static final DotName PATH_PARAM = DotName.createSimple(JAX_RS + "PathParam");
  private static final DotName QUERY_PARAM = DotName.createSimple(JAX_RS + "QueryParam");
  private static final DotName BEAN_PARAM = DotName.createSimple(JAX_RS + "BeanParam");
  private static final DotName HEADER_PARAM = DotName.createSimple(JAX_RS + "HeaderParam");
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  /** One operation: its method and full path, the Java method, and what it takes. */
  public record ResourceMethod(
      String method,
      String path,
      String javaMethod,
      boolean identified,
      boolean body,
      boolean ifMatch,
      boolean query) {

    @Override
    public String toString() {
      return method + " " + path + " (" + javaMethod + ")";
    }

    /** The first path segment after the API's base: "missions". */
    public String collection(String base) {
      return path.substring(base.length() + 1).split("/")[0];
    }
  }

  private ResourceMethods() {}

  /**
   * The operations of the WAR inside the EAR at {@code ear}, with paths under {@code contextRoot}
   * ("/engagement"); the base the paths share is {@link #base}.
   */
  public static List<ResourceMethod> of(Path ear, String contextRoot) throws IOException {
    Index index = index(ear);
    String base = base(index, contextRoot);
    List<ResourceMethod> methods = new ArrayList<>();
    for (AnnotationInstance path : index.getAnnotations(PATH)) {
      if (path.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
        continue;
      }
      ClassInfo resource = path.target().asClass();
      for (MethodInfo method : resource.methods()) {
        String http = httpMethod(method);
        if (http == null) {
          continue;
        }
        AnnotationInstance sub = method.declaredAnnotation(PATH);
        String full =
            normalized(
                base
                    + "/"
                    + path.value().asString()
                    + (sub == null ? "" : "/" + sub.value().asString()));
        methods.add(shape(http, full, resource.simpleName() + "." + method.name(), method));
      }
    }
    methods.sort(Comparator.comparing(ResourceMethod::path).thenComparing(ResourceMethod::method));
    return methods;
  }

  /** The API's base path: context root and application path ("/engagement/api/v1"). */
  public static String base(Path ear, String contextRoot) throws IOException {
    return base(index(ear), contextRoot);
  }

  private static String base(Index index, String contextRoot) {
    var applications = index.getAnnotations(APPLICATION_PATH);
    if (applications.size() != 1) {
      throw new AssertionError("expected one @ApplicationPath in the WAR: " + applications);
    }
    return normalized(contextRoot + "/" + applications.iterator().next().value().asString());
  }

  private static ResourceMethod shape(String http, String path, String name, MethodInfo method) {
    boolean identified = false;
    boolean body = false;
    boolean ifMatch = false;
    boolean query = false;
    for (MethodParameterInfo parameter : method.parameters()) {
      var annotations = parameter.declaredAnnotations();
      if (parameter.hasDeclaredAnnotation(PATH_PARAM)) {
        identified = true;
      } else if (parameter.hasDeclaredAnnotation(QUERY_PARAM)
          || parameter.hasDeclaredAnnotation(BEAN_PARAM)) {
        query = true;
      } else if (parameter.hasDeclaredAnnotation(HEADER_PARAM)) {
        ifMatch |=
            "If-Match"
                .equalsIgnoreCase(parameter.declaredAnnotation(HEADER_PARAM).value().asString());
      } else if (annotations.stream().noneMatch(a -> a.name().toString().startsWith(JAX_RS))) {
        body = true;
      }
    }
    return new ResourceMethod(http, path, name, identified, body, ifMatch, query);
  }

  private static String httpMethod(MethodInfo method) {
    return method.declaredAnnotations().stream()
        .map(a -> a.name().toString())
        .filter(n -> n.startsWith(JAX_RS) && HTTP_METHODS.contains(n.substring(JAX_RS.length())))
        .map(n -> n.substring(JAX_RS.length()))
        .findFirst()
        .orElse(null);
  }

  /**
   * One slash between segments, none at the end, path parameters without their regular expression.
   */
  private static String normalized(String path) {
    String single =
        ("/" + path).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    return single.length() > 1 && single.endsWith("/")
        ? single.substring(0, single.length() - 1)
        : single;
  }

  private static Index index(Path ear) throws IOException {
    Indexer indexer = new Indexer();
    try (var in = new ZipInputStream(Files.newInputStream(ear))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (entry.getName().endsWith(".war")) {
          indexClasses(new ZipInputStream(in), indexer);
          return indexer.complete();
        }
      }
    }
    throw new AssertionError("no WAR in " + ear);
  }

  private static void indexClasses(ZipInputStream war, Indexer indexer) throws IOException {
    for (ZipEntry entry; (entry = war.getNextEntry()) != null; ) {
      if (entry.getName().startsWith("WEB-INF/classes/") && entry.getName().endsWith(".class")) {
        byte[] bytes = war.readAllBytes();
        try (InputStream clazz = new ByteArrayInputStream(bytes)) {
          indexer.index(clazz);
        }
      }
    }
  }
}
