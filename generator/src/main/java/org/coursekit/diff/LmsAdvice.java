package org.coursekit.diff;

/** What to do in the LMS with a release of each class. */
final class LmsAdvice {

  static final String NO_CHANGE =
      "Nothing learners or the LMS can see has changed: there is nothing to upload.";

  private LmsAdvice() {}

  static String of(ChangeClass changeClass) {
    return switch (changeClass) {
      case EDITORIAL ->
          "Replace the package in place (Moodle: a new package file in the same SCORM activity;"
              + " SCORM Cloud: a new version of the same course). Learner progress, attempts and"
              + " results stay.";
      case CONTENT ->
          "Replace the package in place (Moodle: a new package file in the same SCORM activity;"
              + " SCORM Cloud: a new version of the same course). Learner progress and results"
              + " stay; tell current learners what changed.";
      case TRACKING_BREAKING ->
          "Publish this release as a new activity (Moodle: a new SCORM activity; SCORM Cloud: a"
              + " new course, or a new version without moving existing registrations) and let"
              + " current learners finish in the old one. Replacing it in place would reset or"
              + " misread their saved progress and results.";
    };
  }
}
