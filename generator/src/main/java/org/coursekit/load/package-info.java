/**
 * Loading a course folder into the {@link org.coursekit.model.Course} model. {@link
 * org.coursekit.load.CourseLoader} reads each file type with its own reader (program, people,
 * modules with their Markdown bodies, items, assessments, glossary, configuration); the mappings
 * every file may hold are listed in {@code FormatKeys}. Problems in the files are findings
 * FMT-001…FMT-005, never exceptions.
 */
package org.coursekit.load;
