package org.coursekit.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the LMS packages and, from the same run, the accreditation evidence bundle {@code
 * evidence/<program-id>-<version>-evidence.zip}: program profile, outcome/objective/item map and
 * blueprint coverage, passing standard, reviewers, changelog since the previous release, the
 * validation report and provenance with the SHA-256 of each package. The {@code package} goal
 * writes the same bundle; this goal names the intent, e.g. {@code mvn coursekit:evidence}.
 */
@Mojo(name = "evidence", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class EvidenceMojo extends PackageMojo {

  @Override
  String goal() {
    return "evidence";
  }
}
