package ca.gc.engagement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web application is distributable: on a cluster, what a page keeps in the HTTP session (its
 * view-scoped bean, the lazy table models they hold, the records they show) is copied to another
 * node and must survive the trip. A field that is not Serializable fails there, at run time, for
 * the one user whose node went down; this test fails here instead. Injected services are proxies
 * the container serializes; {@code transient} fields are rebuilt.
 */
class SessionStateTest {

  private static final Set<Class<?>> COLLECTIONS =
      Set.of(List.class, Set.class, Map.class, Collection.class);

  @Test
  void everyBeanKeptInTheSessionHoldsOnlySerializableState() throws Exception {
    List<Class<?>> beans = sessionBeans();
    List<String> problems = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), seen, problems);
    }

    assertTrue(beans.size() > 20, "the view-scoped beans were found: " + beans);
    assertEquals(List.of(), problems, "session state that cannot be copied to another node");
  }

  private static List<Class<?>> sessionBeans()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(RecordsModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type =
            Class.forName(name.substring(0, name.length() - ".class".length()), false, loader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)
            || type.isAnnotationPresent(ConversationScoped.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static ClassLoader loader() {
    return SessionStateTest.class.getClassLoader();
  }

  private static void check(Type type, String path, Set<Class<?>> seen, List<String> problems) {
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), path, seen, problems);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, path + "<>", seen, problems);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive()) {
      return; // type variables and wildcards: their values are checked where they are declared
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", seen, problems);
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      if (!COLLECTIONS.contains(c)) {
        problems.add(path + ": " + c.getName());
      }
      return;
    }
    if (!c.getName().startsWith("ca.gc.engagement.") || !seen.add(c)) {
      return;
    }
    for (Class<?> k = c;
        k != null && k.getName().startsWith("ca.gc.engagement.");
        k = k.getSuperclass()) {
      for (Field field : k.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)
            || field.isSynthetic()) {
          continue;
        }
        check(field.getGenericType(), path + "." + field.getName(), seen, problems);
      }
    }
  }
}
