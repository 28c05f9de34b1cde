package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coursekit.model.CourseModule;
import org.coursekit.model.Ref;

/**
 * Cycles among module prerequisites, found by a depth-first search in module id order. Each cycle
 * is found once, at the prerequisite reference that closes it.
 */
final class PrerequisiteCycles {

  /**
   * A cycle: {@code modules} starts and ends with the same id, and each module in it lists the next
   * one as a prerequisite; {@code closing} is the reference written in the last-but-one module.
   */
  record Cycle(Ref closing, List<String> modules) {
    Cycle {
      modules = List.copyOf(modules);
    }

    /** The cycle as {@code m01 -> m02 -> m01}. */
    String describe() {
      return String.join(" -> ", modules);
    }
  }

  private enum State {
    ON_PATH,
    DONE
  }

  private final SortedMap<String, CourseModule> modulesById = new TreeMap<>();
  private final Map<String, State> states = new HashMap<>();
  private final List<String> path = new ArrayList<>();
  private final List<Cycle> cycles = new ArrayList<>();

  private PrerequisiteCycles(List<CourseModule> modules) {
    for (CourseModule module : modules) {
      // A duplicate module id is reported separately; the first declaration stands for the id.
      if (module.id() != null) {
        modulesById.putIfAbsent(module.id(), module);
      }
    }
  }

  /** The cycles among the prerequisites of {@code modules}; unknown prerequisites are skipped. */
  static List<Cycle> in(List<CourseModule> modules) {
    PrerequisiteCycles search = new PrerequisiteCycles(modules);
    for (String id : search.modulesById.keySet()) {
      if (!search.states.containsKey(id)) {
        search.visit(id);
      }
    }
    return List.copyOf(search.cycles);
  }

  private void visit(String id) {
    states.put(id, State.ON_PATH);
    path.add(id);
    for (Ref prerequisite : modulesById.get(id).prerequisites()) {
      String next = prerequisite.id();
      if (!modulesById.containsKey(next)) {
        continue;
      }
      State state = states.get(next);
      if (state == null) {
        visit(next);
      } else if (state == State.ON_PATH) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
        cycle.add(next);
        cycles.add(new Cycle(prerequisite, cycle));
      }
    }
    path.remove(path.size() - 1);
    states.put(id, State.DONE);
  }
}
