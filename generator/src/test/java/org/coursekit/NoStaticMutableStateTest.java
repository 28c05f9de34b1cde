package org.coursekit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No static mutable state in org.coursekit: several builds run in one JVM at once ({@code mvn -T
 * 4}, IDEs, tests), so a static field that one build changes would leak into another. Every static
 * field must be final and hold a value nobody can change: a string, number, enum, pattern, an
 * unmodifiable collection of such values, or a CourseKit object whose own fields are all final and
 * hold such values.
 */
class NoStaticMutableStateTest {

  /** Values of these types cannot change once made. */
  private static final Set<Class<?>> IMMUTABLE_TYPES =
      Set.of(
          String.class,
          Boolean.class,
          Character.class,
          Byte.class,
          Short.class,
          Integer.class,
          Long.class,
          Float.class,
          Double.class,
          BigDecimal.class,
          BigInteger.class,
          Pattern.class,
          Locale.class,
          URI.class,
          Class.class,
          DateTimeFormatter.class,
          Duration.class,
          Period.class);

  /**
   * Library types documented as immutable and thread-safe: Jackson's {@code ObjectReader} and
   * {@code ObjectWriter} ("fully immutable"), commonmark's extensions (stateless factories).
   */
  private static final List<String> IMMUTABLE_LIBRARY_TYPES =
      List.of(
          "com.fasterxml.jackson.databind.ObjectReader",
          "com.fasterxml.jackson.databind.ObjectWriter",
          "org.commonmark.Extension");

  /** The JDK's unmodifiable collections: {@code List.of}, {@code Collections.unmodifiable…}. */
  private static final Set<String> UNMODIFIABLE_COLLECTIONS =
      Set.of(
          "java.util.ImmutableCollections$",
          "java.util.Collections$Unmodifiable",
          "java.util.Collections$Empty",
          "java.util.Collections$Singleton");

  @Test
  void staticFieldsAreFinalAndHoldImmutableValues() {
    // The generator's own classes, wherever the build put them (a jar or a folder).
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(CourseBuild.class.getProtectionDomain().getCodeSource().getLocation());
    fields()
        .that()
        .areStatic()
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should(beFinalAndHoldAnImmutableValue())
        .check(classes);
  }

  private static ArchCondition<JavaField> beFinalAndHoldAnImmutableValue() {
    return new ArchCondition<>("be final and hold an immutable value") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        String problem = problem(field);
        if (problem != null) {
          events.add(SimpleConditionEvent.violated(field, field.getFullName() + " " + problem));
        }
      }
    };
  }

  private static String problem(JavaField javaField) {
    if (!javaField.getModifiers().contains(JavaModifier.FINAL)) {
      return "is static but not final";
    }
    Field field = javaField.reflect();
    if (field.getType().isPrimitive()) {
      return null;
    }
    try {
      field.setAccessible(true);
      Object value = field.get(null);
      return mutablePart(value, new IdentityHashMap<>())
          .map(part -> "holds a mutable value: " + part)
          .orElse(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return "cannot be read to check it: " + e;
    }
  }

  /** What in {@code value} can be changed, if anything. */
  private static Optional<String> mutablePart(Object value, Map<Object, Boolean> seen)
      throws IllegalAccessException {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return Optional.empty();
    }
    Class<?> type = value.getClass();
    if (IMMUTABLE_TYPES.contains(type)
        || value instanceof Enum<?> && !type.getName().startsWith("org.coursekit.")
        || value instanceof Charset
        || value instanceof Path
        || isA(type, IMMUTABLE_LIBRARY_TYPES)
        || value instanceof TemporalAccessor && type.getName().startsWith("java.time.")) {
      return Optional.empty();
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.getLength(value) == 0
          ? Optional.empty()
          : Optional.of("a non-empty array (" + type.getSimpleName() + ")");
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      if (UNMODIFIABLE_COLLECTIONS.stream().noneMatch(type.getName()::startsWith)) {
        return Optional.of("a modifiable " + type.getName());
      }
      Collection<?> elements =
          value instanceof Map<?, ?> map ? mapEntries(map) : (Collection<?>) value;
      for (Object element : elements) {
        Optional<String> inner = mutablePart(element, seen);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (isLambda(type) && type.getName().startsWith("java.")) {
      // The JDK's combinators (Comparator.comparing…) keep only the functions they were given.
      return Optional.empty();
    }
    if (type.getName().startsWith("org.coursekit.") || isLambda(type)) {
      return fieldsOf(value, seen);
    }
    return Optional.of("an instance of " + type.getName() + ", not known to be immutable");
  }

  /** True when {@code type} is, extends or implements a type named in {@code names}. */
  private static boolean isA(Class<?> type, List<String> names) {
    if (type == null) {
      return false;
    }
    if (names.contains(type.getName()) || isA(type.getSuperclass(), names)) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (isA(implemented, names)) {
        return true;
      }
    }
    return false;
  }

  private static Collection<?> mapEntries(Map<?, ?> map) {
    List<Object> all = new java.util.ArrayList<>(map.keySet());
    all.addAll(map.values());
    return all;
  }

  /** A CourseKit object or a lambda is immutable when all its fields are final and immutable. */
  private static Optional<String> fieldsOf(Object value, Map<Object, Boolean> seen)
      throws IllegalAccessException {
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getName().startsWith("org.coursekit.") && !isLambda(c)) {
        if (c == Enum.class || c == Record.class) {
          continue;
        }
        return Optional.of("an object whose superclass " + c.getName() + " is not checked");
      }
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || field.getType().isPrimitive() && Modifier.isFinal(field.getModifiers())) {
          continue;
        }
        if (!Modifier.isFinal(field.getModifiers())) {
          return Optional.of(c.getName() + "." + field.getName() + " is not final");
        }
        field.setAccessible(true);
        Optional<String> inner = mutablePart(field.get(value), seen);
        if (inner.isPresent()) {
          return Optional.of(c.getName() + "." + field.getName() + " holds " + inner.get());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isLambda(Class<?> type) {
    return type.isHidden() || type.getName().contains("$$Lambda");
  }
}
