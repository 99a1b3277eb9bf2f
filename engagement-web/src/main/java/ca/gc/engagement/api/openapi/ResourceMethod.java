package ca.gc.engagement.api.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The resource method behind an operation, named by SmallRye's PACKAGE_CLASS_METHOD operation id
 * ({@code ca.gc.engagement.mission.api.MissionsResource_plan}): how the document finds the Java
 * type of a request body, whose constraints it states ({@link RequestConstraints}), without a list
 * of resources or bodies to keep.
 */
record ResourceMethod(String resource, String name) {

  /** The method an id names; empty for an id of another form (one an operator's filter set). */
  static Optional<ResourceMethod> of(String operationId) {
    int split = operationId == null ? -1 : operationId.lastIndexOf('_');
    if (split <= 0 || operationId.lastIndexOf('.', split) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new ResourceMethod(operationId.substring(0, split), operationId.substring(split + 1)));
  }

  /**
   * The type of the entity parameter (the one JAX-RS annotations leave unnamed), if it takes one.
   */
  Optional<Class<?>> body() {
    Class<?> type;
    try {
      type = Class.forName(resource, false, ResourceMethod.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    return Arrays.stream(type.getMethods())
        .filter(method -> method.getName().equals(name))
        .flatMap(method -> Arrays.stream(method.getParameters()))
        .filter(ResourceMethod::entity)
        .<Class<?>>map(Parameter::getType)
        .findFirst();
  }

  private static boolean entity(Parameter parameter) {
    return Arrays.stream(parameter.getAnnotations())
        .map(Annotation::annotationType)
        .map(Class::getPackageName)
        .noneMatch(p -> p.startsWith("jakarta.ws.rs"));
  }
}
