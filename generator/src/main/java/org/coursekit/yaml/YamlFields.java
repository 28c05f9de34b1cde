package org.coursekit.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Suggestions;

/**
 * Typed reading of YAML values with findings instead of exceptions. A value of the wrong type is
 * reported as FMT-003 at its position, with an example of a correct value, and read as absent; an
 * unknown key is reported as FMT-004. Absent keys and YAML nulls read as {@code null} or empty.
 *
 * <p>Scalars are lenient where authors expect it: a text field accepts what YAML read as a number
 * or date ({@code version: 2.1} is the text "2.1"), and a number or date field accepts the same
 * value in quotes.
 */
public final class YamlFields {

  /** The example date of every date message. */
  public static final String DATE_EXAMPLE = "2025-04-02";

  private static final Pattern DATE_TEXT =
      Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})(?:[Tt ]\\S.*)?", Pattern.DOTALL);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");
  private static final Set<String> FALSE_WORDS = Set.of("false", "no", "off");
  private static final int QUOTE_LIMIT = 40;

  /** Digits a number may have before and after its point: any course quantity fits. */
  private static final int MAX_DIGITS = 15;

  private static final String OUT_OF_RANGE =
      "a number of at most 15 digits before and after its point";

  private final Consumer<Finding> report;

  /**
   * @param report receives every finding, in the order the values are read
   */
  public YamlFields(Consumer<Finding> report) {
    this.report = Objects.requireNonNull(report, "report");
  }

  /** Reports a finding of a check the typed readers here do not cover. */
  public void report(Finding finding) {
    report.accept(finding);
  }

  // ---------------------------------------------------------------- mappings, lists, keys

  /**
   * The mapping under {@code key}, with its keys checked against {@code keys}; empty when the key
   * is absent or null, or (reported) when the value is not a mapping.
   *
   * @param example a correct value in YAML flow style, e.g. {@code "{ max: 3, wait_days: 7 }"}
   */
  public Optional<YamlMap> map(YamlMap parent, String key, KeySet keys, String example) {
    return present(parent, key)
        .flatMap(node -> asMap(node, quoted(key), keys, key + ": " + example));
  }

  /**
   * What {@code read} makes of the mapping under {@code key} (checked like {@link #map}), or null
   * when the key is absent or not a mapping: the model's way of saying "not declared".
   */
  public <T> T mapOrNull(
      YamlMap parent, String key, KeySet keys, String example, Function<YamlMap, T> read) {
    return map(parent, key, keys, example).map(read).orElse(null);
  }

  /**
   * {@code node} as a mapping with its keys checked, or empty (reported) when it is something else.
   *
   * @param subject how the message names the value, e.g. {@code "Each entry of `outcomes`"}
   * @param exampleLine a complete correct line, e.g. {@code "outcomes: [{ id: PO-1, text: ... }]"}
   */
  public Optional<YamlMap> asMap(YamlNode node, String subject, KeySet keys, String exampleLine) {
    if (node instanceof YamlMap map) {
      checkKeys(map, keys);
      return Optional.of(map);
    }
    wrongType(node, subject, "a mapping", exampleLine);
    return Optional.empty();
  }

  /**
   * The entries under {@code key}; empty when the key is absent or null, or (reported) when the
   * value is not a list.
   */
  public List<YamlNode> list(YamlMap parent, String key, String example) {
    Optional<YamlNode> node = present(parent, key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlList list) {
      return list.items();
    }
    wrongType(node.get(), quoted(key), "a list", key + ": " + example);
    return List.of();
  }

  /** The mapping entries of the list under {@code key}; other entries are reported and skipped. */
  public List<YamlMap> mapList(YamlMap parent, String key, KeySet keys, String example) {
    List<YamlMap> maps = new ArrayList<>();
    for (YamlNode item : list(parent, key, example)) {
      asMap(item, "Each entry of " + quoted(key), keys, key + ": " + example).ifPresent(maps::add);
    }
    return maps;
  }

  /** Reports each key of {@code map} that {@code keys} does not allow (FMT-004, a warning). */
  public void checkKeys(YamlMap map, KeySet keys) {
    for (YamlMap.Entry entry : map.entries()) {
      String key = entry.key();
      if (keys.keys().contains(key)) {
        continue;
      }
      String didYouMean = Suggestions.didYouMean(key, keys.keys());
      if (keys.open()) {
        if (!didYouMean.isEmpty()) {
          report.accept(
              Finding.warning(
                  "FMT-004",
                  entry.keyAt(),
                  quoted(key)
                      + " in "
                      + keys.where()
                      + " is not one of the usual names. "
                      + didYouMean));
        }
        continue;
      }
      String help =
          didYouMean.isEmpty()
              ? "The keys allowed here are " + keyList(keys.keys()) + "."
              : didYouMean;
      report.accept(
          Finding.warning(
              "FMT-004",
              entry.keyAt(),
              "Unknown key "
                  + quoted(key)
                  + " in "
                  + keys.where()
                  + "; CourseKit ignores it. "
                  + help));
    }
  }

  // ---------------------------------------------------------------- scalars under a key

  /** The text under {@code key} as written (numbers and dates included), or null. */
  public String text(YamlMap parent, String key, String example) {
    return present(parent, key)
        .map(node -> textOf(node, quoted(key), key + ": " + example))
        .orElse(null);
  }

  /**
   * The text under {@code key}; when it is absent or blank, an FMT-003 error at {@code parent} says
   * to add it. For ids and the few values without which an entry means nothing.
   *
   * @param owner the thing that lacks the value, e.g. {@code "This outcome"}
   */
  public String requiredText(YamlMap parent, String key, String owner, String example) {
    Optional<YamlNode> node = present(parent, key);
    if (node.isPresent() && !(node.get() instanceof YamlScalar)) {
      return textOf(node.get(), quoted(key), key + ": " + example);
    }
    String text = node.map(n -> ((YamlScalar) n).text().strip()).orElse("");
    if (text.isEmpty()) {
      report.accept(
          Finding.error(
              "FMT-003",
              node.map(YamlNode::at).orElse(parent.at()),
              owner
                  + " has no "
                  + quoted(key)
                  + ". Add one, e.g. `"
                  + key
                  + ": "
                  + example
                  + "`."));
      return null;
    }
    return text;
  }

  /**
   * The whole number under {@code key}, or null.
   *
   * @param what the expected value in words, e.g. {@code "a whole number of minutes"}
   */
  public Integer wholeNumber(YamlMap parent, String key, String what, String example) {
    return present(parent, key)
        .map(node -> wholeNumberOf(node, quoted(key), what, key + ": " + example))
        .orElse(null);
  }

  /** The number (whole or decimal) under {@code key}, or null. */
  public BigDecimal number(YamlMap parent, String key, String example) {
    return present(parent, key)
        .map(node -> numberOf(node, quoted(key), key + ": " + example))
        .orElse(null);
  }

  /** The {@code true}/{@code false} under {@code key}, or null. */
  public Boolean bool(YamlMap parent, String key) {
    return present(parent, key).map(node -> boolOf(node, quoted(key), key + ": true")).orElse(null);
  }

  /** The date under {@code key} (a YAML date or an ISO {@code YYYY-MM-DD} text), or null. */
  public LocalDate date(YamlMap parent, String key) {
    return present(parent, key)
        .map(node -> dateOf(node, quoted(key), key + ": " + DATE_EXAMPLE))
        .orElse(null);
  }

  /**
   * The text entries of the list under {@code key}, with their positions. A single text instead of
   * a list is reported and then read as a list of one, so later checks still see it.
   */
  public List<YamlScalar> textItems(YamlMap parent, String key, String example) {
    Optional<YamlNode> node = present(parent, key);
    if (node.isEmpty()) {
      return List.of();
    }
    String exampleLine = key + ": " + example;
    if (node.get() instanceof YamlScalar single) {
      wrongType(single, quoted(key), "a list", exampleLine);
      return List.of(single);
    }
    List<YamlScalar> texts = new ArrayList<>();
    for (YamlNode item : list(parent, key, example)) {
      if (item instanceof YamlScalar scalar && !scalar.isNull()) {
        texts.add(scalar);
      } else {
        wrongType(item, "Each entry of " + quoted(key), "a text", exampleLine);
      }
    }
    return texts;
  }

  /** The texts of the list under {@code key}, as {@link #textItems} without positions. */
  public List<String> texts(YamlMap parent, String key, String example) {
    return textItems(parent, key, example).stream().map(YamlScalar::text).toList();
  }

  // ---------------------------------------------------------------- scalars given as nodes

  /**
   * {@code node} as text, or null (reported) when it is a list or mapping.
   *
   * @param subject how the message names the value, e.g. {@code "`title`"}
   * @param exampleLine a complete correct line for the message
   */
  public String textOf(YamlNode node, String subject, String exampleLine) {
    if (node instanceof YamlScalar scalar) {
      return scalar.isNull() ? null : scalar.text();
    }
    wrongType(node, subject, "a text", exampleLine);
    return null;
  }

  /** {@code node} as a number, or null (reported) when it is not one. */
  public BigDecimal numberOf(YamlNode node, String subject, String exampleLine) {
    Optional<BigDecimal> number = parseNumber(node);
    if (number.isEmpty()) {
      wrongType(node, subject, outOfRange(node) ? OUT_OF_RANGE : "a number", exampleLine);
    }
    return number.orElse(null);
  }

  /** {@code node} as a whole number, or null (reported) when it is not one. */
  public Integer wholeNumberOf(YamlNode node, String subject, String what, String exampleLine) {
    Optional<BigDecimal> number = parseNumber(node);
    if (number.isPresent()) {
      try {
        return number.get().stripTrailingZeros().intValueExact();
      } catch (ArithmeticException notWhole) {
        // reported below
      }
    }
    wrongType(node, subject, what, exampleLine);
    return null;
  }

  /** {@code node} as true or false, or null (reported) when it is neither. */
  public Boolean boolOf(YamlNode node, String subject, String exampleLine) {
    if (node instanceof YamlScalar scalar
        && (scalar.type() == YamlScalar.Type.BOOLEAN || scalar.type() == YamlScalar.Type.STRING)) {
      String word = scalar.text().strip().toLowerCase(Locale.ROOT);
      if (TRUE_WORDS.contains(word)) {
        return true;
      }
      if (FALSE_WORDS.contains(word)) {
        return false;
      }
    }
    wrongType(node, subject, "true or false", exampleLine);
    return null;
  }

  /** {@code node} as a date, or null (reported) when it is not a valid YYYY-MM-DD date. */
  public LocalDate dateOf(YamlNode node, String subject, String exampleLine) {
    if (node instanceof YamlScalar scalar
        && (scalar.type() == YamlScalar.Type.DATE || scalar.type() == YamlScalar.Type.STRING)) {
      Matcher matcher = DATE_TEXT.matcher(scalar.text().strip());
      if (matcher.matches()) {
        try {
          return LocalDate.parse(matcher.group(1), DATE);
        } catch (DateTimeParseException notADate) {
          // reported below
        }
      }
    }
    wrongType(node, subject, "a real date written as YYYY-MM-DD", exampleLine);
    return null;
  }

  // ---------------------------------------------------------------- messages

  /**
   * Reports FMT-003: "{@code subject} must be {@code expected}, e.g. `{@code exampleLine}`; found
   * …".
   */
  public void wrongType(YamlNode found, String subject, String expected, String exampleLine) {
    report.accept(
        Finding.error(
            "FMT-003", found.at(), wrongTypeMessage(found, subject, expected, exampleLine)));
  }

  /**
   * Reports FMT-003 for a value that is not one of {@code choices}, with a "did you mean" hint when
   * one is close ({@code warn} for {@code warning}).
   */
  public void notOneOf(YamlNode found, String subject, List<String> choices, String exampleLine) {
    String expected =
        choices.size() == 1
            ? quoted(choices.get(0))
            : choices.subList(0, choices.size() - 1).stream()
                    .map(YamlFields::quoted)
                    .collect(Collectors.joining(", "))
                + " or "
                + quoted(choices.get(choices.size() - 1));
    String didYouMean =
        found instanceof YamlScalar scalar ? Suggestions.didYouMean(scalar.text(), choices) : "";
    String message = wrongTypeMessage(found, subject, expected, exampleLine);
    report.accept(
        Finding.error(
            "FMT-003", found.at(), didYouMean.isEmpty() ? message : message + " " + didYouMean));
  }

  private static String wrongTypeMessage(
      YamlNode found, String subject, String expected, String exampleLine) {
    return subject
        + " must be "
        + expected
        + ", e.g. `"
        + exampleLine
        + "`; found "
        + describe(found)
        + ".";
  }

  /** How a message names a value that was found: {@code the text "ninety"}, {@code a list}… */
  public static String describe(YamlNode node) {
    if (!(node instanceof YamlScalar scalar)) {
      return node.kindName();
    }
    String text = scalar.text().replaceAll("\\s+", " ").strip();
    if (text.length() > QUOTE_LIMIT) {
      text = text.substring(0, QUOTE_LIMIT - 1) + "…";
    }
    return switch (scalar.type()) {
      case STRING -> "the text \"" + text + "\"";
      case INTEGER, DECIMAL -> "the number " + text;
      case BOOLEAN -> "`" + text + "`, which YAML reads as true or false";
      case DATE -> "`" + text + "`";
      case NULL -> "nothing";
    };
  }

  /** {@code `key`}: how messages write a key. */
  public static String quoted(String key) {
    return "`" + key + "`";
  }

  private static String keyList(List<String> keys) {
    return keys.stream().map(YamlFields::quoted).collect(Collectors.joining(", "));
  }

  /** The value under {@code key}, unless the key is absent or its value is a YAML null. */
  private static Optional<YamlNode> present(YamlMap parent, String key) {
    return parent.get(key).filter(node -> !(node instanceof YamlScalar s && s.isNull()));
  }

  /** A number too large or too fine for any course value (see {@link #MAX_DIGITS}). */
  private static boolean outOfRange(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      try {
        new BigDecimal(scalar.text().strip().replace("_", ""));
        return parseNumber(node).isEmpty();
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    return false;
  }

  private static Optional<BigDecimal> parseNumber(YamlNode node) {
    if (node instanceof YamlScalar scalar
        && scalar.type() != YamlScalar.Type.BOOLEAN
        && scalar.type() != YamlScalar.Type.DATE) {
      try {
        BigDecimal number = new BigDecimal(scalar.text().strip().replace("_", ""));
        // 1e999999999 is a valid BigDecimal whose digits would fill the memory when printed.
        boolean sane =
            number.signum() == 0
                || number.precision() - number.scale() <= MAX_DIGITS
                    && number.scale() <= MAX_DIGITS;
        return sane ? Optional.of(number) : Optional.empty();
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
