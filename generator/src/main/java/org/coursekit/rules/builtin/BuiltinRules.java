package org.coursekit.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.coursekit.rules.Rule;
import org.coursekit.rules.RuleProvider;

/**
 * CourseKit's own rules: the accreditation rule catalogue, one family per class. Add each new rule
 * to its family's {@code all()}.
 */
public final class BuiltinRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    rules.add(new UniqueIdsAndReferences());
    rules.addAll(ProgramRules.all());
    rules.addAll(ModuleRules.all());
    rules.addAll(ObjectiveRules.all());
    rules.addAll(AssessmentRules.all());
    rules.addAll(ReviewRules.all());
    rules.addAll(DisclosureRules.all());
    rules.add(new RawHtmlRemoved());
    return List.copyOf(rules);
  }
}
