package org.coursekit.diff;

/**
 * An id the previous release used for one thing that now names something else: LMS records kept
 * under the id would be read as records of the new thing.
 *
 * @param subject what the id names now ({@code module}, {@code objective}, {@code item} …)
 * @param reason why it is not the same thing, e.g. "it was an item" or "its text shares 2 of 11
 *     words with the released one"
 */
public record RecycledId(String subject, String id, String reason) {}
