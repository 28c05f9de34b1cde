package org.coursekit.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coursekit.diag.Finding;
import org.coursekit.diag.Suggestions;
import org.coursekit.model.HtmlAllowList;
import org.coursekit.render.HtmlSanitiser;
import org.coursekit.yaml.KeySet;
import org.coursekit.yaml.YamlFields;
import org.coursekit.yaml.YamlMap;
import org.coursekit.yaml.YamlScalar;

/**
 * Reads coursekit.yml's {@code html: { allow: { tags: [...], attributes: { tag: [...] } } }}: the
 * raw HTML a course publishes beyond the safe default. A name that is not an HTML element is a
 * warning with a "did you mean"; script and event handlers can never be allowed (FMT-003).
 */
final class HtmlAllowReader {

  static final KeySet HTML = KeySet.of("`html`", "allow");
  static final KeySet ALLOW = KeySet.of("`html.allow`", "tags", "attributes");

  private static final String EXAMPLE =
      "html: { allow: { tags: [iframe], attributes: { iframe: [src, title] } } }";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?");

  /** HTML elements (WHATWG), for "did you mean" on misspelt names. */
  private static final List<String> ELEMENTS =
      List.of(
          "a",
          "abbr",
          "address",
          "area",
          "article",
          "aside",
          "audio",
          "b",
          "bdi",
          "bdo",
          "blockquote",
          "br",
          "button",
          "canvas",
          "caption",
          "cite",
          "code",
          "col",
          "colgroup",
          "data",
          "datalist",
          "dd",
          "del",
          "details",
          "dfn",
          "dialog",
          "div",
          "dl",
          "dt",
          "em",
          "embed",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "i",
          "iframe",
          "img",
          "input",
          "ins",
          "kbd",
          "label",
          "legend",
          "li",
          "main",
          "map",
          "mark",
          "math",
          "menu",
          "meter",
          "nav",
          "noscript",
          "object",
          "ol",
          "optgroup",
          "option",
          "output",
          "p",
          "picture",
          "pre",
          "progress",
          "q",
          "rp",
          "rt",
          "ruby",
          "s",
          "samp",
          "search",
          "section",
          "select",
          "slot",
          "small",
          "source",
          "span",
          "strong",
          "style",
          "sub",
          "summary",
          "sup",
          "svg",
          "table",
          "tbody",
          "td",
          "template",
          "textarea",
          "tfoot",
          "th",
          "thead",
          "time",
          "tr",
          "track",
          "u",
          "ul",
          "var",
          "video",
          "wbr");

  private final YamlFields fields;

  HtmlAllowReader(YamlFields fields) {
    this.fields = fields;
  }

  HtmlAllowList read(YamlMap root) {
    Optional<YamlMap> allow =
        fields
            .map(root, "html", HTML, "{ allow: { tags: [iframe] } }")
            .flatMap(html -> fields.map(html, "allow", ALLOW, "{ tags: [iframe] }"));
    if (allow.isEmpty()) {
      return HtmlAllowList.NONE;
    }
    List<String> tags = new ArrayList<>();
    for (YamlScalar tag : fields.textItems(allow.get(), "tags", "[iframe, video]")) {
      element(tag).ifPresent(tags::add);
    }
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    YamlMap byTag =
        fields
            .map(
                allow.get(),
                "attributes",
                KeySet.openWith("`html.allow.attributes`", ELEMENTS.toArray(String[]::new)),
                "{ iframe: [src, title] }")
            .orElse(null);
    if (byTag != null) {
      for (YamlMap.Entry entry : byTag.entries()) {
        String tag = entry.key().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (YamlScalar name : fields.textItems(byTag, entry.key(), "[src, title]")) {
          attribute(tag, name).ifPresent(names::add);
        }
        if (!names.isEmpty()) {
          attributes.put(tag, names);
        }
      }
    }
    return new HtmlAllowList(tags, attributes);
  }

  private Optional<String> element(YamlScalar written) {
    String tag = written.text().strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(tag).matches()) {
      refuse(written, "`" + written.text() + "` is not an HTML element name");
      return Optional.empty();
    }
    Optional<String> refusal = HtmlSanitiser.refusal(tag, null);
    if (refusal.isPresent()) {
      refuse(written, refusal.get());
      return Optional.empty();
    }
    if (!ELEMENTS.contains(tag) && !tag.contains("-")) {
      String hint = Suggestions.didYouMean(tag, ELEMENTS);
      fields.report(
          Finding.warning(
              "FMT-004",
              written.at(),
              "`"
                  + tag
                  + "` in `html.allow.tags` is not an HTML element, so allowing it has no use. "
                  + (hint.isEmpty() ? "Check the spelling." : hint)));
    }
    return Optional.of(tag);
  }

  private Optional<String> attribute(String tag, YamlScalar written) {
    String name = written.text().strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(name).matches()) {
      refuse(written, "`" + written.text() + "` is not an HTML attribute name");
      return Optional.empty();
    }
    Optional<String> refusal = HtmlSanitiser.refusal(tag, name);
    if (refusal.isPresent()) {
      refuse(written, refusal.get());
      return Optional.empty();
    }
    return Optional.of(name);
  }

  private void refuse(YamlScalar written, String why) {
    fields.report(
        Finding.error(
            "FMT-003",
            written.at(),
            "`html.allow` cannot allow this: "
                + why
                + ". Remove it; allow only markup that shows content, e.g. `"
                + EXAMPLE
                + "`."));
  }
}
