package org.coursekit.pack;

import java.util.List;
import java.util.stream.Stream;
import org.coursekit.site.SitePages;

/**
 * {@code imsmanifest.xml} as SCORM 1.2 and 2004 share it: the root with the manifest identifier and
 * version, the ADL metadata header, one organization and one SCO resource launched at {@code
 * index.html} that lists every content file. The editions fill in their namespaces, inline metadata
 * and organization.
 */
abstract sealed class ScormManifest implements ManifestWriter
    permits Scorm12Manifest, Scorm2004Manifest {

  @Override
  public final String fileName() {
    return "imsmanifest.xml";
  }

  @Override
  public final byte[] write(PackagePlan plan, List<String> files) {
    String id = plan.programId();
    XmlDocument xml = new XmlDocument();
    xml.start(
        "manifest",
        attributes(
            List.of("identifier", PackageIds.manifest(id), "version", plan.version()),
            namespaces()));
    xml.start("metadata").text("schema", "ADL SCORM").text("schemaversion", schemaVersion());
    metadata(xml, plan);
    xml.end();
    xml.start("organizations", "default", PackageIds.organization(id));
    organization(xml, plan);
    xml.end();
    xml.start("resources");
    xml.start(
        "resource",
        "identifier",
        PackageIds.resource(id),
        "type",
        "webcontent",
        scormTypeAttribute(),
        "sco",
        "href",
        LAUNCH);
    files.forEach(file -> xml.empty("file", "href", SitePages.href(file)));
    xml.end().end();
    return xml.end().bytes();
  }

  /**
   * Opens the one organization and its one item, each with its title, for {@link #organization}.
   *
   * @param organizationAttributes attributes after the identifier, as name, value pairs
   * @param itemAttributes attributes after the identifier and reference, as name, value pairs
   */
  static void openOrganizationItem(
      XmlDocument xml,
      PackagePlan plan,
      List<String> organizationAttributes,
      List<String> itemAttributes) {
    String id = plan.programId();
    xml.start(
        "organization",
        attributes(List.of("identifier", PackageIds.organization(id)), organizationAttributes));
    xml.text("title", plan.title());
    xml.start(
        "item",
        attributes(
            List.of("identifier", PackageIds.item(id), "identifierref", PackageIds.resource(id)),
            itemAttributes));
    xml.text("title", plan.title());
  }

  private static String[] attributes(List<String> first, List<String> then) {
    return Stream.concat(first.stream(), then.stream()).toArray(String[]::new);
  }

  /** The namespace declarations and {@code xsi:schemaLocation}, as name, value pairs. */
  abstract List<String> namespaces();

  /** The {@code schemaversion} of the metadata header. */
  abstract String schemaVersion();

  /** Inline metadata after the header; none unless the edition has some. */
  void metadata(XmlDocument xml, PackagePlan plan) {}

  /** The one organization, inside {@code organizations}: see {@link #openOrganizationItem}. */
  abstract void organization(XmlDocument xml, PackagePlan plan);

  /** The resource's SCO type attribute, whose spelling differs between editions. */
  abstract String scormTypeAttribute();
}
