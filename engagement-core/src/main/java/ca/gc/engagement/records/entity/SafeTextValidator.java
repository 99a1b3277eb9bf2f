package ca.gc.engagement.records.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Walks every text of a value (see {@link SafeText}) and reports each one holding a refused
 * character by its path, with the character named at the end of the message.
 */
public class SafeTextValidator implements ConstraintValidator<SafeText, Object> {

  /** The packages whose objects are walked field by field (the application's own values). */
  private static final String OURS = "ca.gc.engagement.";

  /** Deeper than any draft nests (a trade measure's is 2), so a cycle cannot loop forever. */
  private static final int MAX_DEPTH = 8;

  /** One step of a path: a property, or a position in the list the step before it holds. */
  private record Step(String property, Integer index, boolean inIterable) {}

  private record Refused(List<Step> path, int codePoint) {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    List<Refused> refused = new ArrayList<>();
    walk(value, new ArrayList<>(), refused, true);
    if (refused.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Refused bad : refused) {
      report(bad, context);
    }
    return false;
  }

  private static void walk(Object value, List<Step> path, List<Refused> refused, boolean top) {
    if (value == null || path.size() > MAX_DEPTH) {
      return;
    }
    if (value instanceof CharSequence text) {
      OptionalInt bad = HostileText.firstRefused(text);
      if (bad.isPresent()) {
        refused.add(new Refused(List.copyOf(path), bad.getAsInt()));
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), element(path, i), refused, false);
      }
      return;
    }
    if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        walk(element, element(path, null), refused, false);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Object element : map.values()) {
        walk(element, element(path, null), refused, false);
      }
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith(OURS) || type.isEnum()) {
      return;
    }
    if (!top && type.isAnnotationPresent(SafeText.class)) {
      return; // validated by its own constraint, where it is @Valid
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        walk(read(component, value), property(path, component.getName()), refused, false);
      }
    } else {
      for (Class<?> c = type; c != null && c.getName().startsWith(OURS); c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
            walk(read(field, value), property(path, field.getName()), refused, false);
          }
        }
      }
    }
  }

  /** The path to an element of the container at the end of the path. */
  private static List<Step> element(List<Step> path, Integer index) {
    List<Step> longer = new ArrayList<>(path);
    longer.add(new Step(null, index, true));
    return longer;
  }

  /**
   * The path to a property: of the value at the end of the path, or, when that is an element of a
   * container, of that element ({@code participants}, element 0, {@code role}: {@code
   * participants[0].role}, the index carried by the property as Bean Validation's paths carry it).
   */
  private static List<Step> property(List<Step> path, String name) {
    List<Step> longer = new ArrayList<>(path);
    if (!longer.isEmpty() && longer.get(longer.size() - 1).property() == null) {
      Step element = longer.remove(longer.size() - 1);
      longer.add(new Step(name, element.index(), true));
    } else {
      longer.add(new Step(name, null, false));
    }
    return longer;
  }

  private static void report(Refused bad, ConstraintValidatorContext context) {
    String template =
        context.getDefaultConstraintMessageTemplate()
            + " ("
            + HostileText.name(bad.codePoint())
            + ")";
    Object cursor = context.buildConstraintViolationWithTemplate(template);
    for (Step step : bad.path()) {
      if (step.property() == null) {
        // A text that is itself an element of a container: a bean node in it ("topics[2]").
        LeafNodeContextBuilder element = beanNode(cursor).inIterable();
        if (step.index() != null) {
          element.atIndex(step.index()).addConstraintViolation();
        } else {
          element.addConstraintViolation();
        }
        return;
      }
      NodeBuilderCustomizableContext property = propertyNode(cursor, step.property());
      cursor = property;
      if (step.inIterable()) {
        NodeContextBuilder element = property.inIterable();
        cursor = step.index() != null ? element.atIndex(step.index()) : element;
      }
    }
    violation(cursor);
  }

  private static NodeBuilderCustomizableContext propertyNode(Object cursor, String name) {
    if (cursor instanceof ConstraintViolationBuilder builder) {
      return builder.addPropertyNode(name);
    }
    if (cursor instanceof NodeBuilderCustomizableContext node) {
      return node.addPropertyNode(name);
    }
    if (cursor instanceof NodeContextBuilder node) {
      return node.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) cursor).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext beanNode(Object cursor) {
    if (cursor instanceof ConstraintViolationBuilder builder) {
      return builder.addBeanNode();
    }
    if (cursor instanceof NodeBuilderCustomizableContext node) {
      return node.addBeanNode();
    }
    if (cursor instanceof NodeContextBuilder node) {
      return node.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) cursor).addBeanNode();
  }

  private static void violation(Object cursor) {
    if (cursor instanceof ConstraintViolationBuilder builder) {
      builder.addConstraintViolation();
    } else if (cursor instanceof NodeBuilderCustomizableContext node) {
      node.addConstraintViolation();
    } else if (cursor instanceof NodeContextBuilder node) {
      node.addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) cursor).addConstraintViolation();
    }
  }

  private static Object read(RecordComponent component, Object value) {
    try {
      return component.getAccessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      return null;
    }
  }

  private static Object read(Field field, Object value) {
    try {
      field.setAccessible(true);
      return field.get(value);
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      return null;
    }
  }
}
