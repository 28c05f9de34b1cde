package org.coursekit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coursekit.BuildOptions;
import org.coursekit.CourseBuild;

/**
 * The local preview of a course: builds its site, serves it on {@code 127.0.0.1} with the JDK's
 * HTTP server, rebuilds it whenever a file in the course folder changes and makes the open pages
 * reload. Every HTML page it serves gets one script ({@code /__coursekit/preview.js}) that connects
 * for live reload, shows the findings in the edited file as an overlay and, on module pages, an LMS
 * panel; the site on disk, the published site and the packages never contain it.
 *
 * <p>Only the local machine can connect. {@link #close()} stops the watcher and the server.
 */
public final class PreviewServer implements AutoCloseable {

  /** The port tried first unless told otherwise. */
  public static final int DEFAULT_PORT = 8040;

  static final String PREFIX = "/__coursekit/";
  private static final String STATE = PREFIX + "state.json";
  private static final String RESOURCES = "/org/coursekit/serve/";
  private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("md", "text/plain; charset=utf-8"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("vtt", "text/vtt; charset=utf-8"),
          Map.entry("woff2", "font/woff2"));

  private final HttpServer server;
  private final ExecutorService threads;
  private final PreviewBuilds builds;
  private final LiveReload liveReload;
  private final Path site;
  private CourseWatcher watcher;

  private PreviewServer(
      HttpServer server, ExecutorService threads, PreviewBuilds builds, Path site) {
    this.server = server;
    this.threads = threads;
    this.builds = builds;
    this.site = site;
    this.liveReload = new LiveReload(() -> builds.state().generation());
  }

  /**
   * Builds the site of the course in {@code options}, starts serving it on {@code port} of
   * 127.0.0.1 (a free port when that one is taken, with a message saying so; 0 always picks a free
   * one) and watches the course folder.
   *
   * @throws IOException when no port can be opened or the course folder cannot be watched
   */
  public static PreviewServer start(
      CourseBuild build, BuildOptions options, int port, PreviewConsole console)
      throws IOException {
    PreviewBuilds builds = new PreviewBuilds(build, options, console);
    builds.rebuild(Set.of());
    HttpServer http = bind(port, console);
    ExecutorService threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "coursekit-preview");
              thread.setDaemon(true);
              return thread;
            });
    http.setExecutor(threads);
    PreviewServer preview =
        new PreviewServer(http, threads, builds, options.siteDirectory().toAbsolutePath());
    http.createContext("/", preview::serve);
    http.start();
    preview.watcher =
        CourseWatcher.start(
            options.sourceDirectory(),
            changed -> preview.liveReload.publish(builds.rebuild(changed).generation()));
    console.info(
        "coursekit: previewing "
            + options.sourceDirectory()
            + " at "
            + preview.address()
            + " ; saved changes reload the page. Stop with Ctrl-C.");
    return preview;
  }

  private static HttpServer bind(int port, PreviewConsole console) throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    try {
      return HttpServer.create(new InetSocketAddress(loopback, port), 0);
    } catch (BindException taken) {
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
      console.warn(
          "coursekit: port "
              + port
              + " is in use, so the preview uses port "
              + server.getAddress().getPort()
              + " instead. Stop the program that holds "
              + port
              + " or choose another port with -Dcoursekit.port=<number>.");
      return server;
    }
  }

  /** {@code http://127.0.0.1:8040/}. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The number of the latest finished build: 1 after the first, one more per rebuild. */
  public int generation() {
    return builds.state().generation();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are served."));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals(LiveReload.PATH)) {
        liveReload.handle(exchange);
      } else if (path.equals(STATE)) {
        send(exchange, 200, TYPES.get("json"), bytes(builds.state().json()));
      } else if (path.startsWith(PREFIX)) {
        resource(exchange, path.substring(PREFIX.length()));
      } else {
        file(exchange, path);
      }
    } finally {
      exchange.close();
    }
  }

  /** The page script and its style sheet, from the generator's own resources. */
  private void resource(HttpExchange exchange, String name) throws IOException {
    if (!name.equals("preview.js") && !name.equals("preview.css")) {
      notFound(exchange);
      return;
    }
    try (InputStream in = PreviewServer.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        notFound(exchange);
        return;
      }
      send(exchange, 200, type(name), in.readAllBytes());
    }
  }

  private void file(HttpExchange exchange, String rawPath) throws IOException {
    String relative = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (relative.endsWith("/")) {
      relative += "index.html";
    }
    Path file = site.resolve(relative.substring(1)).normalize();
    if (!file.startsWith(site) || relative.contains("\\") || relative.contains("\0")) {
      notFound(exchange);
      return;
    }
    byte[] content;
    int generation;
    Lock read = builds.readLock();
    read.lock();
    try {
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        notFound(exchange);
        return;
      }
      content = Files.readAllBytes(file);
      generation = builds.state().generation();
    } finally {
      read.unlock();
    }
    String type = type(file.getFileName().toString());
    if (type.startsWith("text/html")) {
      content = bytes(withPreviewScript(new String(content, StandardCharsets.UTF_8), generation));
    }
    send(exchange, 200, type, content);
  }

  /** The page with the preview script before {@code </body>} (or at its end without one). */
  static String withPreviewScript(String html, int generation) {
    String script =
        "<script src=\""
            + PREFIX
            + "preview.js\" data-ck-generation=\""
            + generation
            + "\" defer></script>\n";
    Matcher end = BODY_END.matcher(html);
    int at = -1;
    while (end.find()) {
      at = end.start();
    }
    return at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
  }

  private static void notFound(HttpExchange exchange) throws IOException {
    send(
        exchange,
        404,
        TYPES.get("html"),
        bytes(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found"
                + "</title></head><body><main><h1>Not found</h1><p>The preview site has no such"
                + " page. <a href=\"/index.html\">Go to the course overview</a>.</p></main>"
                + "</body></html>"));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String type(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Stops watching and serving; open pages lose their live-reload connection. */
  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    liveReload.close();
    server.stop(0);
    threads.shutdownNow();
  }
}
