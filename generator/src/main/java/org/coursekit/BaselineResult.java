package org.coursekit;

import java.nio.file.Path;

/**
 * What {@link CourseBuild#recordBaseline} did.
 *
 * @param file the baseline file written
 * @param report the build's findings, all of them now {@link BuildReport#baselined() baselined}
 */
public record BaselineResult(Path file, BuildReport report) {}
