package org.coursekit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * {@code CommonmarkPass <course>}: the peer measured in the same run. Reads every module file of
 * the course and parses it with a bare CommonMark parser (no extensions, no source spans), then
 * renders it to HTML: the least any Markdown tool must do with the same bytes.
 */
public final class CommonmarkPass {

  private CommonmarkPass() {}

  public static void main(String[] args) throws Exception {
    long mainEntered = Timing.sinceJvmStart();
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(args[0]).resolve("modules"))) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    Parser parser = Parser.builder().build();
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    long characters = 0;
    for (Path file : files) {
      Node document = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
      characters += renderer.render(document).length();
    }
    long work = (System.nanoTime() - start) / 1_000_000;
    Timing.print(
        "commonmark-parse-render",
        mainEntered,
        work,
        "files=" + files.size() + " html_chars=" + characters);
  }
}
