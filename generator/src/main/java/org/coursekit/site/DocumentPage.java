package org.coursekit.site;

/** A page rendered from a local Markdown document, such as a policy ({@code document.ftlh}). */
public record DocumentPage(String title, String bodyHtml) {}
