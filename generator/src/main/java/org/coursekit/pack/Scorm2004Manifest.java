package org.coursekit.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code imsmanifest.xml} of SCORM 2004 4th edition: one SCO launched at {@code index.html} that
 * sets completion and success itself; the passing standard as the primary objective's {@code
 * imsss:minNormalizedMeasure} (which the LMS gives the SCO as {@code cmi.scaled_passing_score});
 * every module objective as an {@code imsss:objective}; title and version in inline LOM metadata.
 */
final class Scorm2004Manifest extends ScormManifest {

  @Override
  public String schemaFolder() {
    return "scorm2004-4th";
  }

  @Override
  List<String> namespaces() {
    return List.of(
        "xmlns",
        "http://www.imsglobal.org/xsd/imscp_v1p1",
        "xmlns:adlcp",
        "http://www.adlnet.org/xsd/adlcp_v1p3",
        "xmlns:adlseq",
        "http://www.adlnet.org/xsd/adlseq_v1p3",
        "xmlns:adlnav",
        "http://www.adlnet.org/xsd/adlnav_v1p3",
        "xmlns:imsss",
        "http://www.imsglobal.org/xsd/imsss",
        "xmlns:lom",
        "http://ltsc.ieee.org/xsd/LOM",
        "xmlns:xsi",
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation",
        "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd"
            + " http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"
            + " http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd"
            + " http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd"
            + " http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"
            + " http://ltsc.ieee.org/xsd/LOM lom.xsd");
  }

  @Override
  String schemaVersion() {
    return "2004 4th Edition";
  }

  @Override
  void organization(XmlDocument xml, PackagePlan plan) {
    openOrganizationItem(xml, plan, List.of("adlseq:objectivesGlobalToSystem", "false"), List.of());
    xml.start("imsss:sequencing");
    objectives(xml, plan);
    xml.empty(
        "imsss:deliveryControls",
        "completionSetByContent",
        "true",
        "objectiveSetByContent",
        "true");
    xml.end();
    // One SCO with its own navigation: the LMS's continue/previous buttons would leave it.
    xml.start("adlnav:presentation").start("adlnav:navigationInterface");
    xml.text("adlnav:hideLMSUI", "continue").text("adlnav:hideLMSUI", "previous");
    xml.end().end();
    xml.end(); // item
    xml.start("imsss:sequencing").empty("imsss:controlMode", "choice", "true", "flow", "true");
    xml.end().end(); // sequencing, organization
  }

  @Override
  String scormTypeAttribute() {
    return "adlcp:scormType";
  }

  @Override
  void metadata(XmlDocument xml, PackagePlan plan) {
    String lang = plan.language();
    xml.start("lom:lom").start("lom:general");
    xml.start("lom:identifier")
        .text("lom:catalog", "CourseKit program")
        .text("lom:entry", plan.programId())
        .end();
    xml.start("lom:title").text("lom:string", plan.title(), "language", lang).end();
    xml.text("lom:language", lang);
    xml.start("lom:description").text("lom:string", plan.description(), "language", lang).end();
    xml.end();
    xml.start("lom:lifeCycle").start("lom:version");
    xml.text("lom:string", plan.version(), "language", lang);
    xml.end().end();
    xml.end();
  }

  /** The primary objective carries the passing standard; the module objectives follow. */
  private static void objectives(XmlDocument xml, PackagePlan plan) {
    BigDecimal mastery = plan.masteryPercent();
    if (mastery == null && plan.objectives().isEmpty()) {
      return;
    }
    xml.start("imsss:objectives");
    if (mastery == null) {
      xml.empty("imsss:primaryObjective", "objectiveID", plan.programId());
    } else {
      xml.start(
          "imsss:primaryObjective", "objectiveID", plan.programId(), "satisfiedByMeasure", "true");
      xml.text("imsss:minNormalizedMeasure", scaled(mastery));
      xml.end();
    }
    plan.objectives().forEach(o -> xml.empty("imsss:objective", "objectiveID", o.id()));
    xml.end();
  }

  /** 80 percent as {@code 0.8}. */
  static String scaled(BigDecimal percent) {
    return percent
        .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
