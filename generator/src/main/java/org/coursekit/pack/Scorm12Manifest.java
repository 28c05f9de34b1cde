package org.coursekit.pack;

import java.util.List;
import org.coursekit.site.SitePages;

/**
 * {@code imsmanifest.xml} of SCORM 1.2: one organization, one item, one SCO launched at {@code
 * index.html}; the passing standard as {@code adlcp:masteryscore} (0 to 100). SCORM 1.2 has no
 * manifest element for objectives: the runtime reports them as {@code cmi.objectives}. The version
 * is the manifest's {@code version}; no inline IMS-MD metadata (see {@code xsd/NOTICE.md}).
 */
final class Scorm12Manifest implements ManifestWriter {

  static final String LAUNCH = "index.html";

  @Override
  public String fileName() {
    return "imsmanifest.xml";
  }

  @Override
  public String schemaFolder() {
    return "scorm12";
  }

  @Override
  public byte[] write(PackagePlan plan, List<String> files) {
    String id = plan.programId();
    XmlDocument xml = new XmlDocument();
    xml.start(
        "manifest",
        "identifier",
        PackageIds.manifest(id),
        "version",
        plan.version(),
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
    xml.start("metadata").text("schema", "ADL SCORM").text("schemaversion", "1.2").end();
    xml.start("organizations", "default", PackageIds.organization(id));
    xml.start("organization", "identifier", PackageIds.organization(id));
    xml.text("title", plan.title());
    xml.start(
        "item",
        "identifier",
        PackageIds.item(id),
        "identifierref",
        PackageIds.resource(id),
        "isvisible",
        "true");
    xml.text("title", plan.title());
    if (plan.masteryPercent() != null) {
      xml.text("adlcp:masteryscore", plan.masteryPercent().toPlainString());
    }
    xml.end().end().end();
    xml.start("resources");
    xml.start(
        "resource",
        "identifier",
        PackageIds.resource(id),
        "type",
        "webcontent",
        "adlcp:scormtype",
        "sco",
        "href",
        LAUNCH);
    files.forEach(file -> xml.empty("file", "href", SitePages.href(file)));
    xml.end().end();
    return xml.end().bytes();
  }
}
