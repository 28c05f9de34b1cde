package org.coursekit.pack;

import java.util.List;

/**
 * {@code cmi5.xml}: one course with one AU launched at {@code index.html}; the passing standard as
 * {@code masteryScore} (0 to 1); {@code moveOn} from what completion requires; the module
 * objectives as course objectives the AU references. IRIs come from {@link PackageIds}.
 */
final class Cmi5CourseStructure implements ManifestWriter {

  @Override
  public String fileName() {
    return "cmi5.xml";
  }

  @Override
  public String schemaFolder() {
    return null;
  }

  @Override
  public byte[] write(PackagePlan plan, List<String> files) {
    String id = plan.programId();
    String lang = plan.language();
    XmlDocument xml = new XmlDocument();
    xml.start(
        "courseStructure", "xmlns", "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd");
    xml.start("course", "id", PackageIds.courseIri(id));
    langString(xml, "title", plan.title(), lang);
    // cmi5 has no version element: the course description carries it.
    langString(xml, "description", "Version " + plan.version() + ". " + plan.description(), lang);
    xml.end();
    if (!plan.objectives().isEmpty()) {
      xml.start("objectives");
      for (PackagePlan.ObjectiveEntry objective : plan.objectives()) {
        xml.start("objective", "id", PackageIds.objectiveIri(id, objective.id()));
        langString(xml, "title", objective.id(), lang);
        langString(
            xml,
            "description",
            objective.text().isEmpty() ? objective.id() : objective.text(),
            lang);
        xml.end();
      }
      xml.end();
    }
    xml.start(
        "au",
        "id",
        PackageIds.auIri(id),
        "moveOn",
        moveOn(plan),
        "masteryScore",
        plan.masteryPercent() == null ? null : Scorm2004Manifest.scaled(plan.masteryPercent()),
        "launchMethod",
        "AnyWindow");
    langString(xml, "title", plan.title(), lang);
    langString(xml, "description", plan.description(), lang);
    if (!plan.objectives().isEmpty()) {
      xml.start("objectives");
      plan.objectives()
          .forEach(o -> xml.empty("objective", "idref", PackageIds.objectiveIri(id, o.id())));
      xml.end();
    }
    xml.text("url", LAUNCH);
    xml.end();
    return xml.end().bytes();
  }

  /** Passed needs a mastery score; completed needs the modules (or nothing else to do). */
  static String moveOn(PackagePlan plan) {
    boolean passed = plan.assessment() != null && plan.masteryPercent() != null;
    if (passed && plan.allModulesRequired()) {
      return "CompletedAndPassed";
    }
    return passed ? "Passed" : "Completed";
  }

  private static void langString(XmlDocument xml, String element, String text, String lang) {
    xml.start(element).text("langstring", text, "lang", lang).end();
  }
}
