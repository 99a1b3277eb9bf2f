package ca.gc.engagement.api.openapi;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.statement.entity.WebAddress;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The limits a request body's schema states, read from the one place the server enforces them: the
 * Bean Validation constraints of what the body becomes (the core's draft, through the request
 * record's {@code toDraft()}, or any method of the body that answers a constrained bean). Nothing
 * here restates a number: a length, a pattern, a minimum or the country codes change in the draft
 * and the document follows. {@code required} is what the server refuses when the field is absent:
 * the body made with every field absent is turned into its draft, and a field is required when its
 * draft property, as it then is, breaks a constraint (so a list the request fills in when absent,
 * such as a meeting's participants, is not required).
 */
final class RequestConstraints implements AutoCloseable {

  /** The component that enumerates the country codes the server accepts. */
  static final String COUNTRY_CODE = "CountryCode";

  private final Components components;
  private final ClassLoader caller;
  private final ValidatorFactory factory;
  private final Validator validator;
  private final Set<String> done = new HashSet<>();

  /**
   * Until {@link #close()}, the thread's context class loader is the WAR's: the server runs the
   * document's filters with its own, in which Bean Validation finds no provider.
   */
  RequestConstraints(Components components) {
    this.components = components;
    this.caller = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(RequestConstraints.class.getClassLoader());
    this.factory = Validation.buildDefaultValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * States the limits of the body a resource method reads, in the schema that {@code ref} names.
   */
  void document(Class<?> body, String ref) {
    Schema schema = component(ref);
    if (schema == null || !done.add(ref) || !body.isRecord()) {
      return;
    }
    Optional<Method> becomes = draftMethod(body);
    Object absent = becomes.map(method -> draftOfNothing(body, method)).orElse(null);
    Class<?> draft = becomes.map(Method::getReturnType).orElse(null);
    for (RecordComponent field : body.getRecordComponents()) {
      Schema property =
          schema.getProperties() == null ? null : schema.getProperties().get(field.getName());
      if (property == null) {
        continue;
      }
      nested(field.getGenericType(), property);
      if (draft == null) {
        continue;
      }
      PropertyDescriptor constrained =
          validator.getConstraintsForClass(draft).getConstraintsForProperty(field.getName());
      if (constrained == null) {
        continue;
      }
      if (!validator
          .validateValue(cast(draft), field.getName(), property(absent, field.getName()))
          .isEmpty()) {
        schema.addRequired(field.getName());
      }
      Schema limited = property;
      for (ConstraintDescriptor<?> constraint : constrained.getConstraintDescriptors()) {
        limited = limit(limited, constraint);
      }
      if (limited != property) {
        schema.addProperty(field.getName(), limited);
      }
      for (var element : constrained.getConstrainedContainerElementTypes()) {
        if (limited.getItems() == null) {
          continue;
        }
        Schema items = limited.getItems();
        for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
          items = limit(items, constraint);
        }
        limited.items(items);
      }
    }
  }

  /** A body nested in this one (a trade measure's product lines, a statement's source). */
  private void nested(Type type, Schema property) {
    Class<?> element = elementClass(type);
    Schema target = property.getItems() != null ? property.getItems() : property;
    if (element != null && element.isRecord() && target.getRef() != null) {
      document(element, target.getRef());
    }
  }

  /**
   * One constraint as schema keywords; answers the schema to use, which is a reference to the
   * enumeration of country codes for an {@link IsoCountry}.
   */
  private Schema limit(Schema schema, ConstraintDescriptor<?> constraint) {
    Schema limited = schema;
    Annotation annotation = constraint.getAnnotation();
    boolean array = is(schema, SchemaType.ARRAY);
    if (annotation instanceof IsoCountry && schema.getRef() == null) {
      limited = countryCode(schema);
    } else if (schema.getRef() != null) {
      return schema;
    } else if (annotation instanceof NotBlank) {
      schema.minLength(Math.max(orZero(schema.getMinLength()), 1));
    } else if (annotation instanceof NotEmpty) {
      if (array) {
        schema.minItems(Math.max(orZero(schema.getMinItems()), 1));
      } else {
        schema.minLength(Math.max(orZero(schema.getMinLength()), 1));
      }
    } else if (annotation instanceof Size size) {
      if (array && size.min() > 0) {
        schema.minItems(size.min());
      } else if (size.min() > 0) {
        schema.minLength(size.min());
      }
      if (array && size.max() < Integer.MAX_VALUE) {
        schema.maxItems(size.max());
      } else if (size.max() < Integer.MAX_VALUE) {
        schema.maxLength(size.max());
      }
    } else if (annotation instanceof Pattern pattern) {
      // Bean Validation matches the whole value; JSON Schema's pattern matches anywhere in it.
      schema.pattern("^(?:" + pattern.regexp() + ")$");
    } else if (annotation instanceof Positive) {
      if (is(schema, SchemaType.INTEGER)) {
        schema.minimum(BigDecimal.ONE);
      } else {
        schema.exclusiveMinimum(BigDecimal.ZERO);
      }
    } else if (annotation instanceof PositiveOrZero) {
      schema.minimum(BigDecimal.ZERO);
    } else if (annotation instanceof Min min) {
      schema.minimum(BigDecimal.valueOf(min.value()));
    } else if (annotation instanceof Max max) {
      schema.maximum(BigDecimal.valueOf(max.value()));
    } else if (annotation instanceof DecimalMin min) {
      if (min.inclusive()) {
        schema.minimum(new BigDecimal(min.value()));
      } else {
        schema.exclusiveMinimum(new BigDecimal(min.value()));
      }
    } else if (annotation instanceof DecimalMax max) {
      if (max.inclusive()) {
        schema.maximum(new BigDecimal(max.value()));
      } else {
        schema.exclusiveMaximum(new BigDecimal(max.value()));
      }
    } else if (annotation instanceof Digits digits) {
      schema.exclusiveMaximum(BigDecimal.TEN.pow(digits.integer()));
      schema.multipleOf(BigDecimal.ONE.movePointLeft(digits.fraction()));
    } else if (annotation instanceof WebAddress) {
      schema.format("uri");
    }
    for (ConstraintDescriptor<?> composing : constraint.getComposingConstraints()) {
      limited = limit(limited, composing);
    }
    return limited;
  }

  /** The property as a reference to the country codes, keeping what it said of itself. */
  private Schema countryCode(Schema property) {
    if (components.getSchemas() == null || !components.getSchemas().containsKey(COUNTRY_CODE)) {
      Schema codes =
          OASFactory.createSchema()
              .addType(SchemaType.STRING)
              .description(
                  "An ISO 3166-1 alpha-2 country code, in capitals: the codes the server knows.")
              .addExample("CN");
      CountryCode.known().forEach(codes::addEnumeration);
      components.addSchema(COUNTRY_CODE, codes);
    }
    Schema reference = OASFactory.createSchema().ref(COUNTRY_CODE);
    return property.getDescription() == null
        ? reference
        : reference.description(property.getDescription());
  }

  /**
   * The body's method that answers what the server validates: a constrained bean (the draft), such
   * as {@code MissionRequest.toDraft()}.
   */
  private Optional<Method> draftMethod(Class<?> body) {
    for (Method method : body.getDeclaredMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && !method.isSynthetic()
          && !method.getReturnType().isPrimitive()
          && validator.getConstraintsForClass(method.getReturnType()).isBeanConstrained()) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** The draft of a body whose fields are all absent, as the request turns it into one. */
  private static Object draftOfNothing(Class<?> body, Method becomes) {
    try {
      RecordComponent[] fields = body.getRecordComponents();
      Class<?>[] types = new Class<?>[fields.length];
      for (int i = 0; i < fields.length; i++) {
        types[i] = fields[i].getType();
      }
      Constructor<?> constructor = body.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      becomes.setAccessible(true);
      return becomes.invoke(constructor.newInstance(new Object[fields.length]));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot make " + body.getName() + " with every field absent to read its limits", e);
    }
  }

  /** A property of the draft: a record's component or a bean's field. */
  private static Object property(Object draft, String name) {
    try {
      if (draft.getClass().isRecord()) {
        Method accessor = draft.getClass().getMethod(name);
        accessor.setAccessible(true);
        return accessor.invoke(draft);
      }
      var field = draft.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(draft);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("No property " + name + " in " + draft.getClass(), e);
    }
  }

  private static Class<?> elementClass(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)
        && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return null;
  }

  private Schema component(String ref) {
    if (ref == null || components.getSchemas() == null) {
      return null;
    }
    return components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean is(Schema schema, SchemaType type) {
    return schema.getType() != null && schema.getType().contains(type);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> cast(Class<?> type) {
    return (Class<T>) type;
  }

  @Override
  public void close() {
    try {
      factory.close();
    } finally {
      Thread.currentThread().setContextClassLoader(caller);
    }
  }
}
