package org.coursekit.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole course as loaded from its folder. {@code program} is null only when {@code program.yml}
 * is missing or unreadable (the loader reports why). Modules are in file-name order; {@link
 * #deliveryOrder()} gives the order {@code program.yml} declares.
 *
 * @param unreadableFiles files (relative, sorted) whose text or YAML could not be read at all:
 *     whatever they declare is missing from the model, so checks that look for a declaration must
 *     not blame the author twice for one syntax error
 */
public record Course(
    Path root,
    Program program,
    List<Person> people,
    List<CourseModule> modules,
    List<Item> items,
    List<Assessment> assessments,
    List<GlossaryEntry> glossary,
    CourseConfig config,
    List<String> unreadableFiles) {

  public Course {
    unreadableFiles = List.copyOf(unreadableFiles);
    people = List.copyOf(people);
    modules = List.copyOf(modules);
    items = List.copyOf(items);
    assessments = List.copyOf(assessments);
    glossary = List.copyOf(glossary);
  }

  public Optional<CourseModule> module(String id) {
    return modules.stream().filter(m -> id.equals(m.id())).findFirst();
  }

  public Optional<Item> item(String id) {
    return items.stream().filter(i -> id.equals(i.id())).findFirst();
  }

  /**
   * Modules in the delivery order of {@code program.yml}'s {@code modules} list, followed by any
   * module file the list leaves out (in file-name order), so no written content goes missing.
   */
  public List<CourseModule> deliveryOrder() {
    if (program == null) {
      return modules;
    }
    // Maps, not list scans: a course of a thousand modules would otherwise be quadratic.
    Map<String, CourseModule> byId = new HashMap<>();
    modules.forEach(m -> byId.putIfAbsent(m.id(), m));
    Set<CourseModule> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CourseModule> ordered = new ArrayList<>();
    for (Ref ref : program.modules()) {
      CourseModule module = byId.get(ref.id());
      if (module != null && placed.add(module)) {
        ordered.add(module);
      }
    }
    modules.stream().filter(placed::add).forEach(ordered::add);
    return List.copyOf(ordered);
  }
}
