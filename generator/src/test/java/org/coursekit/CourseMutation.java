package org.coursekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One seeded random damage to one course file, of the kinds people and tools really do: a line
 * deleted or pasted twice, a key repeated, a scalar written where a list belongs (or the reverse),
 * a file cut short, bytes garbled, tabs, a YAML or Markdown token typed in the wrong place, a file
 * removed or emptied. The same seed and file list always give the same mutation.
 *
 * @param seed what replays it
 * @param kind what was done
 * @param file the course file it was done to, relative, with {@code /}
 * @param detail where in the file and what changed, for the failure message
 */
record CourseMutation(long seed, Kind kind, String file, String detail) {

  enum Kind {
    DELETE_LINE,
    DUPLICATE_LINE,
    DUPLICATE_KEY,
    SWAP_TYPE,
    TRUNCATE,
    CORRUPT_BYTES,
    INSERT_TAB,
    INSERT_TOKEN,
    REMOVE_FILE,
    EMPTY_FILE
  }

  /** A YAML key line: indentation, an optional list dash, the key, and its value. */
  private static final Pattern KEY_LINE =
      Pattern.compile("^(\\s*)(- )?([A-Za-z_][A-Za-z0-9_]*):( *)([^\\r\\n]*)(\\r?\\n?)$");

  /** Values of every other type than the one a key usually has. */
  private static final List<String> SCALARS = List.of("42", "true", "some text", "2026-13-45", "~");

  private static final List<String> COLLECTIONS = List.of("[a, b]", "{k: v}", "[]", "{}", "- x");

  /** Characters that mean something to YAML or Markdown, typed where they do not belong. */
  private static final List<String> TOKENS =
      List.of(
          "*alias ",
          "&anchor ",
          "!!binary ",
          "!!python/object:x ",
          "{",
          "[",
          "]",
          "}",
          ": ",
          "- ",
          "\"",
          "'",
          "%",
          "@",
          "`",
          "|",
          ">",
          "---\n",
          "```\n",
          "<!--",
          "#",
          "\u00a0",
          "\u2028",
          "\uFEFF",
          "&#0;",
          "<script>",
          "](",
          "![",
          "[^",
          "${x}",
          "<#if",
          "\\");

  /**
   * Picks a file and a mutation from {@code seed} and applies it to the course in {@code root}.
   *
   * @param files the course's files, relative, sorted (the same list for every seed)
   */
  static CourseMutation apply(long seed, Path root, List<String> files) throws IOException {
    Random random = new Random(seed);
    String file = pickFile(random, files);
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    Path path = root.resolve(file);
    // Latin-1 maps every byte to one char and back, so line edits keep all other bytes as they are.
    String text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
    Edit edit = edit(kind, text, random);
    if (kind == Kind.REMOVE_FILE) {
      Files.delete(path);
    } else {
      Files.write(path, edit.text().getBytes(StandardCharsets.ISO_8859_1));
    }
    return new CourseMutation(seed, kind, file, edit.detail());
  }

  /** The files that would be removed from the course, or none. */
  boolean removes(String relative) {
    return kind == Kind.REMOVE_FILE && file.equals(relative);
  }

  @Override
  public String toString() {
    return "seed " + seed + ": " + kind + " " + file + " " + detail;
  }

  /**
   * Chooses a kind of file first (program, people, modules, formative items, secure items, media…),
   * then one of that kind, so the few central files are hit as often as the many items.
   */
  private static String pickFile(Random random, List<String> files) {
    Map<String, List<String>> byKind = new TreeMap<>();
    for (String file : files) {
      byKind.computeIfAbsent(fileKind(file), k -> new ArrayList<>()).add(file);
    }
    List<List<String>> groups = new ArrayList<>(byKind.values());
    List<String> group = groups.get(random.nextInt(groups.size()));
    return group.get(random.nextInt(group.size()));
  }

  private static String fileKind(String file) {
    int slash = file.lastIndexOf('/');
    if (slash < 0) {
      return file;
    }
    String folder = file.substring(0, slash);
    return folder.startsWith("modules/")
        ? "modules/*/"
        : folder + (file.endsWith(".md") ? ".md" : "");
  }

  private record Edit(String text, String detail) {}

  private static Edit edit(Kind kind, String text, Random random) {
    List<String> lines = lines(text);
    return switch (kind) {
      case DELETE_LINE -> {
        int at = random.nextInt(lines.size());
        String removed = lines.remove(at);
        yield new Edit(String.join("", lines), "line " + (at + 1) + " " + quote(removed));
      }
      case DUPLICATE_LINE -> {
        int at = random.nextInt(lines.size());
        lines.add(at, withLineEnd(lines.get(at)));
        yield new Edit(String.join("", lines), "line " + (at + 1) + " " + quote(lines.get(at)));
      }
      case DUPLICATE_KEY -> duplicateKey(lines, random);
      case SWAP_TYPE -> swapType(lines, random);
      case TRUNCATE -> {
        int keep = text.isEmpty() ? 0 : random.nextInt(text.length());
        yield new Edit(text.substring(0, keep), "to " + keep + " of " + text.length() + " bytes");
      }
      case CORRUPT_BYTES -> corrupt(text, random);
      case INSERT_TAB -> {
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int column = random.nextBoolean() ? 0 : random.nextInt(line.length() + 1);
        lines.set(at, line.substring(0, column) + "\t" + line.substring(column));
        yield new Edit(String.join("", lines), "at line " + (at + 1) + " column " + (column + 1));
      }
      case INSERT_TOKEN -> {
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int column = random.nextInt(line.length() + 1);
        String token = TOKENS.get(random.nextInt(TOKENS.size()));
        byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
        lines.set(
            at,
            line.substring(0, column)
                + new String(utf8, StandardCharsets.ISO_8859_1)
                + line.substring(column));
        yield new Edit(
            String.join("", lines),
            quote(token) + " at line " + (at + 1) + " column " + (column + 1));
      }
      case REMOVE_FILE -> new Edit("", "");
      case EMPTY_FILE -> new Edit("", "");
    };
  }

  private static Edit duplicateKey(List<String> lines, Random random) {
    List<Integer> keys = keyLines(lines);
    if (keys.isEmpty()) {
      return edit(Kind.DUPLICATE_LINE, String.join("", lines), random);
    }
    int at = keys.get(random.nextInt(keys.size()));
    Matcher m = KEY_LINE.matcher(lines.get(at));
    m.matches();
    // A list item's key is repeated inside the same item, so it is a duplicate of the same map.
    String indent = m.group(1) + (m.group(2) == null ? "" : "  ");
    String copy = indent + m.group(3) + ":" + m.group(4) + m.group(5) + "\n";
    lines.add(at + 1, copy);
    return new Edit(String.join("", lines), "line " + (at + 1) + " " + quote(lines.get(at)));
  }

  private static Edit swapType(List<String> lines, Random random) {
    List<Integer> keys = keyLines(lines);
    if (keys.isEmpty()) {
      return edit(Kind.INSERT_TOKEN, String.join("", lines), random);
    }
    int at = keys.get(random.nextInt(keys.size()));
    String before = lines.get(at);
    Matcher m = KEY_LINE.matcher(before);
    m.matches();
    String value = m.group(5).strip();
    boolean collection = value.isEmpty() || value.startsWith("[") || value.startsWith("{");
    List<String> others = collection ? SCALARS : COLLECTIONS;
    String replacement = others.get(random.nextInt(others.size()));
    String after =
        m.group(1)
            + (m.group(2) == null ? "" : m.group(2))
            + m.group(3)
            + ": "
            + replacement
            + (m.group(6).isEmpty() ? "" : "\n");
    lines.set(at, after);
    return new Edit(
        String.join("", lines), "line " + (at + 1) + " " + quote(before) + " -> " + quote(after));
  }

  private static Edit corrupt(String text, Random random) {
    if (text.isEmpty()) {
      return new Edit("\u00ff\u00fe\u0000", "empty file replaced by FF FE 00");
    }
    char[] chars = text.toCharArray();
    int count = 1 + random.nextInt(8);
    StringBuilder detail = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(chars.length);
      chars[at] = (char) random.nextInt(256);
      detail.append(i == 0 ? "bytes " : ", ").append(at).append('=').append((int) chars[at]);
    }
    return new Edit(new String(chars), detail.toString());
  }

  private static List<Integer> keyLines(List<String> lines) {
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (KEY_LINE.matcher(lines.get(i)).matches()) {
        keys.add(i);
      }
    }
    return keys;
  }

  /** The lines of {@code text}, each with its line end; an empty text is one empty line. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length() || lines.isEmpty()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static String withLineEnd(String line) {
    return line.endsWith("\n") ? line : line + "\n";
  }

  private static String quote(String line) {
    String shown = line.strip();
    return "`" + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + "`";
  }
}
