package ca.gc.engagement.records.control;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation's traversable resolver for this application: every property may be validated and
 * cascaded. The default, in a server with JPA, asks the persistence provider of each property of
 * each object validated whether it is loaded, so as not to load lazy associations; the services
 * validate drafts, queries and proposals (records, never entities), so that question is never
 * needed, and it was measured to cost over half of a list request's time: 20 screened proposals a
 * page, each property a call through the JPA utilities, which contend on one lock under load
 * (decision 0026).
 */
public class EveryPropertyReachable implements TraversableResolver {

  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}
