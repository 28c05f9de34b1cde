package org.coursekit.pack;

import java.util.List;

/**
 * {@code imsmanifest.xml} of SCORM 1.2: one organization, one item, one SCO launched at {@code
 * index.html}; the passing standard as {@code adlcp:masteryscore} (0 to 100). SCORM 1.2 has no
 * manifest element for objectives: the runtime reports them as {@code cmi.objectives}. The version
 * is the manifest's {@code version}; no inline IMS-MD metadata (see {@code xsd/NOTICE.md}).
 */
final class Scorm12Manifest extends ScormManifest {

  @Override
  public String schemaFolder() {
    return "scorm12";
  }

  @Override
  List<String> namespaces() {
    return List.of(
        "xmlns",
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
        "xmlns:adlcp",
        "http://www.adlnet.org/xsd/adlcp_rootv1p2",
        "xmlns:xsi",
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation",
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
            + " http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd"
            + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd");
  }

  @Override
  String schemaVersion() {
    return "1.2";
  }

  @Override
  void organization(XmlDocument xml, PackagePlan plan) {
    openOrganizationItem(xml, plan, List.of(), List.of("isvisible", "true"));
    if (plan.masteryPercent() != null) {
      xml.text("adlcp:masteryscore", plan.masteryPercent().toPlainString());
    }
    xml.end().end(); // item, organization
  }

  @Override
  String scormTypeAttribute() {
    return "adlcp:scormtype";
  }
}
