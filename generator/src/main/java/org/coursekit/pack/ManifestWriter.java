package org.coursekit.pack;

import java.util.List;

/** Writes the control file of one package format from the course's {@link PackagePlan}. */
interface ManifestWriter {

  /** The launch page at the package root, which every format's manifest names. */
  String LAUNCH = "index.html";

  /** {@code imsmanifest.xml} or {@code cmi5.xml}, at the package root. */
  String fileName();

  /**
   * The bundled schema folder (under {@code xsd/}) whose files go to the package root, or null when
   * the format needs none there.
   */
  String schemaFolder();

  /**
   * The manifest.
   *
   * @param files the package's content files (relative, sorted), launch page included, manifest and
   *     schemas left out
   */
  byte[] write(PackagePlan plan, List<String> files);

  static ManifestWriter of(PackageFormat format) {
    return switch (format) {
      case SCORM12 -> new Scorm12Manifest();
      case SCORM2004 -> new Scorm2004Manifest();
      case CMI5 -> new Cmi5CourseStructure();
    };
  }
}
