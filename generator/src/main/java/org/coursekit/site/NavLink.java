package org.coursekit.site;

/**
 * A link to a page of the site, relative to the page that shows it.
 *
 * @param detail a short extra (a module's duration), or null
 * @param current true on the page the link points to ({@code aria-current="page"})
 */
public record NavLink(String title, String href, String detail, boolean current) {}
