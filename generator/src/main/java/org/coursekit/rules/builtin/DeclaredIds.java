package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coursekit.diag.SourceRef;
import org.coursekit.model.Course;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Objective;

/**
 * Every id a course declares (outcomes, modules, objectives, items, assessments, people), in source
 * order: by file, then line and column.
 */
final class DeclaredIds {

  /** What kind of thing an id names, with the nouns messages use for it. */
  enum Kind {
    OUTCOME("outcome", "an"),
    MODULE("module", "a"),
    OBJECTIVE("objective", "an"),
    ITEM("item", "an"),
    ASSESSMENT("assessment", "an"),
    PERSON("person", "a");

    private final String noun;
    private final String article;

    Kind(String noun, String article) {
      this.noun = noun;
      this.article = article;
    }

    String noun() {
      return noun;
    }

    /** The noun with its indefinite article: "an outcome". */
    String withArticle() {
      return article + " " + noun;
    }
  }

  /** One id, what it names, and where it is declared. */
  record Declaration(Kind kind, String id, SourceRef at) {}

  private final List<Declaration> declarations;

  private DeclaredIds(List<Declaration> declarations) {
    this.declarations = declarations;
  }

  static DeclaredIds of(Course course) {
    List<Declaration> found = new ArrayList<>();
    if (course.program() != null) {
      course.program().outcomes().forEach(o -> add(found, Kind.OUTCOME, o.id(), o.at()));
    }
    for (CourseModule module : course.modules()) {
      add(found, Kind.MODULE, module.id(), module.at());
      for (Objective objective : module.objectives()) {
        add(found, Kind.OBJECTIVE, objective.id(), objective.at());
      }
    }
    course.items().forEach(i -> add(found, Kind.ITEM, i.id(), i.at()));
    course.assessments().forEach(a -> add(found, Kind.ASSESSMENT, a.id(), a.at()));
    course.people().forEach(p -> add(found, Kind.PERSON, p.id(), p.at()));
    found.sort(Comparator.comparing(Declaration::at));
    return new DeclaredIds(List.copyOf(found));
  }

  private static void add(List<Declaration> found, Kind kind, String id, SourceRef at) {
    // A missing or empty id is the loader's FMT-003; there is nothing to compare or resolve.
    if (id != null && !id.isBlank()) {
      found.add(new Declaration(kind, id, at));
    }
  }

  /** All declarations in source order. */
  List<Declaration> all() {
    return declarations;
  }

  /** The first declaration of {@code id}, if it is declared at all. */
  Optional<Declaration> first(String id) {
    return declarations.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The ids declared for any of {@code kinds}, sorted. */
  Set<String> ids(Kind... kinds) {
    Set<Kind> wanted = Set.of(kinds);
    Set<String> ids = new TreeSet<>();
    for (Declaration declaration : declarations) {
      if (wanted.contains(declaration.kind())) {
        ids.add(declaration.id());
      }
    }
    return ids;
  }
}
