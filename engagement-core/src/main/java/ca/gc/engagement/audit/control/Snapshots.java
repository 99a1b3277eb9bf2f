package ca.gc.engagement.audit.control;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Tells which persistent fields differ between two audited snapshots of a record, by the JPA
 * metamodel (so a new field is compared without code here). Collections compare by content.
 */
public final class Snapshots {

  private Snapshots() {}

  public static List<String> changedFields(EntityType<?> type, Object before, Object after) {
    List<String> changed = new ArrayList<>();
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      if (attribute.getName().equals("version")) {
        continue;
      }
      Object a = read(attribute, before);
      Object b = read(attribute, after);
      if (!same(a, b)) {
        changed.add(attribute.getName());
      }
    }
    changed.sort(null);
    return changed;
  }

  public static List<String> presentFields(EntityType<?> type, Object snapshot) {
    List<String> present = new ArrayList<>();
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      Object value = read(attribute, snapshot);
      boolean empty = value == null || (value instanceof Collection<?> c && c.isEmpty());
      if (!empty && !attribute.getName().equals("version") && !attribute.getName().equals("id")) {
        present.add(attribute.getName());
      }
    }
    present.sort(null);
    return present;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      return new HashSet<>(x).equals(new HashSet<>(y));
    }
    return Objects.equals(a, b);
  }

  private static Object read(Attribute<?, ?> attribute, Object entity) {
    Member member = attribute.getJavaMember();
    if (!(member instanceof Field field)) {
      return null;
    }
    try {
      field.setAccessible(true);
      return field.get(entity);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + attribute.getName(), e);
    }
  }
}
