/**
 * Baselines: findings a course accepts for now, recorded by {@code coursekit:baseline} so that a
 * course adopting CourseKit (or a stricter rule) can build while its authors fix old problems. A
 * recorded finding is identified by rule, file and message (not position), counted per occurrence;
 * it stays in the reports but does not fail the build, and fixed ones drop out.
 */
package org.coursekit.baseline;
