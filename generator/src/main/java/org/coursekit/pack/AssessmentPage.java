package org.coursekit.pack;

/**
 * The summative assessment page of a package ({@code package/assessment.ftlh}), part of the theme
 * contract. The runtime draws and shows the items from {@code assessmentJson}.
 *
 * @param timeLimitMinutes the time limit, or null when there is none
 * @param itemCount how many items one attempt draws
 * @param assessmentJson the assessment data, safe to place inside {@code <script
 *     type="application/json" id="ck-assessment">} as it is
 */
public record AssessmentPage(
    String lang,
    String courseTitle,
    String title,
    Integer timeLimitMinutes,
    int itemCount,
    String assessmentJson,
    String generator) {}
