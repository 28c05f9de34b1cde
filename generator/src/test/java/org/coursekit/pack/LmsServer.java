package org.coursekit.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The other side of the package in the browser tests, on 127.0.0.1: serves the unzipped package
 * under {@code /pkg/}; for SCORM an LMS page ({@code /lms/host.html}) that runs scorm-again and
 * stores every commit it sends to {@code /lms/commit}; for cmi5 an LRS stub under {@code /lrs/}
 * that records statements and State API documents, with the fetch URL {@code /lms/fetch} handing
 * out one auth token.
 */
final class LmsServer implements AutoCloseable {

  static final String TOKEN = "Y291cnNla2l0OnRlc3Q=";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "xml", "application/xml",
          "xsd", "application/xml",
          "json", "application/json");

  private final HttpServer server;
  private final Path scormAgain;
  private volatile Path packageRoot;

  /** Commit bodies scorm-again sent, in arrival order (the learner record across sessions). */
  private final List<JsonNode> commits = new CopyOnWriteArrayList<>();

  /**
   * Statements posted to the LRS, in arrival order, with the Authorization header they came with.
   */
  private final List<Received> statements = new CopyOnWriteArrayList<>();

  private final Map<String, String> state = new HashMap<>();

  /**
   * Which learner the LMS page is launched for. A page left open by an earlier test ends when the
   * browser moves on, and its last commit (a beacon) can arrive after {@link #reset}: tagged with
   * its learner, it is ignored instead of becoming the next learner's record.
   */
  private volatile int learner;

  private int tokensIssued;
  private int fetchCalls;

  record Received(JsonNode statement, String authorization, String xapiVersion) {}

  LmsServer(Path scormAgain) throws IOException {
    this.scormAgain = scormAgain;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/pkg/", this::servePackage);
    server.createContext("/lms/", this::serveLms);
    server.createContext("/lrs/", this::serveLrs);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The LMS page that launches the SCORM package ({@code scorm12} or {@code scorm2004}). */
  String lmsPage(String version) {
    return base() + "/lms/host.html?version=" + version + "&learner=" + learner;
  }

  /** Which unzipped package {@code /pkg/} serves. */
  void serve(Path root) {
    packageRoot = root;
  }

  /** Forgets the learner: a new one, no commits, statements or state; a fresh fetch URL. */
  synchronized void reset() {
    learner++;
    commits.clear();
    statements.clear();
    state.clear();
    tokensIssued = 0;
    fetchCalls = 0;
  }

  /** A new launch: the next fetch URL call hands out a token again. */
  synchronized void newSession() {
    tokensIssued = 0;
  }

  List<JsonNode> commits() {
    return List.copyOf(commits);
  }

  List<Received> statements() {
    return List.copyOf(statements);
  }

  synchronized int fetchCalls() {
    return fetchCalls;
  }

  synchronized String state(String stateId) {
    return state.entrySet().stream()
        .filter(e -> e.getKey().startsWith(stateId + "|"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Stores an LMS-side State API document (LMS.LaunchData) as the LMS does before a launch. */
  synchronized void putState(
      String stateId, String activityId, String agent, String registration, String body) {
    state.put(stateKey(stateId, activityId, agent, registration), body);
  }

  /** Records a statement the LMS makes itself (launched). */
  void lmsStatement(JsonNode statement) {
    statements.add(new Received(statement, "lms", "1.0.3"));
  }

  /** Waits until a commit matching {@code test} has arrived; returns the latest such commit. */
  JsonNode awaitCommit(Predicate<JsonNode> test, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (int i = commits.size() - 1; i >= 0; i--) {
        if (test.test(commits.get(i))) {
          return commits.get(i);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no matching commit within " + timeout + "; commits: " + commits);
  }

  int commitCount() {
    return commits.size();
  }

  /** Waits for the commit scorm-again sends when the session ends, after the first {@code mark}. */
  JsonNode awaitTerminated(int mark, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (int i = commits.size() - 1; i >= mark; i--) {
        if (commits.get(i).has("terminated")) {
          return commits.get(i);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the session did not end within " + timeout + "; commits: " + commits);
  }

  /** Waits until a statement with this verb (last path segment of its id) has arrived. */
  JsonNode awaitStatement(String verb, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Received r : statements) {
        if (r.statement().path("verb").path("id").asText().endsWith("/" + verb)) {
          return r.statement();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + verb + " statement within " + timeout + ": " + statements);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void servePackage(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/pkg/".length());
    Path root = packageRoot;
    serveFile(exchange, root, path);
  }

  private void serveLms(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    switch (path) {
      case "/lms/host.html" -> respond(exchange, 200, TYPES.get("html"), resource("lms-host.html"));
      case "/lms/record" -> {
        JsonNode last = commits.isEmpty() ? null : commits.get(commits.size() - 1);
        respond(exchange, 200, TYPES.get("json"), bytes(last == null ? "{}" : last.toString()));
      }
      case "/lms/commit" -> {
        JsonNode commit = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (fromCurrentLearner(exchange)) {
          commits.add(commit);
        }
        respond(exchange, 200, TYPES.get("json"), bytes("{\"result\":true,\"errorCode\":0}"));
      }
      case "/lms/fetch" -> respond(exchange, 200, TYPES.get("json"), bytes(fetchToken(exchange)));
      case "/lms/returned.html" ->
          respond(
              exchange,
              200,
              TYPES.get("html"),
              bytes("<!doctype html><title>Back in the LMS</title><p>Back in the LMS</p>"));
      default -> {
        if (path.startsWith("/lms/scorm-again/")) {
          serveFile(exchange, scormAgain, path.substring("/lms/scorm-again/".length()));
        } else {
          respond(exchange, 404, "text/plain", bytes("not found"));
        }
      }
    }
  }

  /** Whether a request comes from the LMS page launched for the current learner. */
  private boolean fromCurrentLearner(HttpExchange exchange) {
    String from = query(exchange.getRequestURI().getRawQuery()).get("learner");
    return String.valueOf(learner).equals(from);
  }

  private synchronized String fetchToken(HttpExchange exchange) {
    fetchCalls++;
    if (!"POST".equals(exchange.getRequestMethod())) {
      return "{\"error-code\":\"2\",\"error-text\":\"use POST\"}";
    }
    if (tokensIssued > 0) {
      return "{\"error-code\":\"1\",\"error-text\":\"The authorization token has already been returned.\"}";
    }
    tokensIssued++;
    return "{\"auth-token\":\"" + TOKEN + "\"}";
  }

  private void serveLrs(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/lrs/".length());
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String version = exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
    if (!("Basic " + TOKEN).equals(auth) || version == null) {
      respond(exchange, 401, "text/plain", bytes("authorization or version header missing"));
      return;
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String method = exchange.getRequestMethod();
    switch (path) {
      case "statements" -> {
        if (!"POST".equals(method) && !"PUT".equals(method)) {
          respond(exchange, 405, "text/plain", bytes("POST statements"));
          return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        statements.add(new Received(body, auth, version));
        respond(exchange, 200, TYPES.get("json"), bytes("[\"" + body.path("id").asText() + "\"]"));
      }
      case "activities/state" -> {
        String key =
            stateKey(
                query.get("stateId"),
                query.get("activityId"),
                query.get("agent"),
                query.get("registration"));
        if ("PUT".equals(method) || "POST".equals(method)) {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          synchronized (this) {
            state.put(key, body);
          }
          respond(exchange, 204, null, new byte[0]);
        } else {
          String body;
          synchronized (this) {
            body = state.get(key);
          }
          if (body == null) {
            respond(exchange, 404, "text/plain", bytes("no such document"));
          } else {
            respond(exchange, 200, TYPES.get("json"), bytes(body));
          }
        }
      }
      case "agents/profile" -> respond(exchange, 404, "text/plain", bytes("no preferences"));
      default -> respond(exchange, 404, "text/plain", bytes("not found"));
    }
  }

  private static String stateKey(String stateId, String activityId, String agent, String reg) {
    String agentKey = agent == null ? "" : canonicalJson(agent);
    return stateId + "|" + activityId + "|" + agentKey + "|" + reg;
  }

  private static String canonicalJson(String text) {
    try {
      return JSON.readTree(text).toString();
    } catch (IOException e) {
      return text;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void serveFile(HttpExchange exchange, Path root, String relative)
      throws IOException {
    if (root == null || relative.contains("..") || relative.startsWith("/")) {
      respond(exchange, 404, "text/plain", bytes("not found"));
      return;
    }
    Path file = root.resolve(relative.isEmpty() ? "index.html" : relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      respond(exchange, 404, "text/plain", bytes("not found"));
      return;
    }
    String name = file.getFileName().toString();
    String type =
        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    respond(exchange, 200, type, Files.readAllBytes(file));
  }

  private static byte[] resource(String name) {
    try (InputStream in = LmsServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
