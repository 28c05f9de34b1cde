package org.coursekit.rules.builtin;

import java.util.List;
import org.coursekit.model.Person;
import org.coursekit.model.Ref;

/** Who may review content: an SME who is not its only author (ASM-004, REV-001). */
final class Reviewers {

  static final String SME = "sme";

  private Reviewers() {}

  /** True when {@code person} is the one and only author in {@code authors}. */
  static boolean soleAuthor(Person person, List<Ref> authors) {
    return authors.size() == 1 && authors.get(0).id().equals(person.id());
  }

  /** An SME who did not write the content alone. */
  static boolean independentSme(Person person, List<Ref> authors) {
    return person.hasRole(SME) && !soleAuthor(person, authors);
  }

  /** An independent SME whose qualifications are on the roster. */
  static boolean qualifiedSme(Person person, List<Ref> authors) {
    return independentSme(person, authors)
        && person.qualifications().stream().anyMatch(q -> q != null && !q.isBlank());
  }
}
