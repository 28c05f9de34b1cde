package org.coursekit.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;

/**
 * Identifies the running toolkit build for the page cache: its version and, when it runs from a
 * jar, the jar's hash, so a rebuilt snapshot does not reuse pages an older one rendered.
 */
final class ToolkitFingerprint {

  private ToolkitFingerprint() {}

  static String of(Class<?> type) {
    String version =
        Objects.requireNonNullElse(type.getPackage().getImplementationVersion(), "development");
    CodeSource code = type.getProtectionDomain().getCodeSource();
    if (code == null || code.getLocation() == null) {
      return version;
    }
    try {
      Path location = Path.of(code.getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return version + " " + new CacheKey().add(Files.readAllBytes(location)).hex();
      }
      return version + " " + location;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return version + " " + code.getLocation();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CourseKit jar " + code.getLocation(), e);
    }
  }
}
