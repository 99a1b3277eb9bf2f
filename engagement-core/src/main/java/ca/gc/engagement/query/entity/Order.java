package ca.gc.engagement.query.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a list of one kind of record is ordered: one of the fields it sorts on, ascending or
 * descending. Written {@code field} or {@code field,asc} (both ascending) or {@code field,desc},
 * the field named as the API names it: the constant {@code DUE_DATE} of the list's fields is {@code
 * dueDate}.
 */
public record Order<F extends Enum<F>>(F field, boolean ascending) {

  private static final Pattern SORT = Pattern.compile("(\\w+)(?:,(asc|desc))?");

  /** The order a sort parameter names; empty when it names none of the fields (or is malformed). */
  public static <F extends Enum<F>> Optional<Order<F>> parse(Class<F> fields, String sort) {
    Matcher parts = SORT.matcher(sort == null ? "" : sort.strip());
    if (!parts.matches()) {
      return Optional.empty();
    }
    boolean ascending = !"desc".equals(parts.group(2));
    return Arrays.stream(fields.getEnumConstants())
        .filter(field -> name(field).equals(parts.group(1)))
        .findFirst()
        .map(field -> new Order<>(field, ascending));
  }

  /** Whether a sort parameter names an order on one of the fields. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static boolean isOrderOn(Class<? extends Enum<?>> fields, String sort) {
    return parse((Class) fields, sort).isPresent();
  }

  /** The field as the API names it: IN_FORCE_FROM is inForceFrom. */
  public static String name(Enum<?> field) {
    StringBuilder name = new StringBuilder();
    for (String word : field.name().toLowerCase(Locale.ROOT).split("_")) {
      name.append(
          name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }

  /** The fields of an enum as the API names them, in declaration order. */
  public static List<String> names(Class<? extends Enum<?>> fields) {
    return Arrays.stream(fields.getEnumConstants()).map(Order::name).toList();
  }
}
