package org.coursekit.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Server-Sent Events that tell open preview pages to reload: each page keeps one connection to
 * {@code /__coursekit/events?generation=N}; when a rebuild finishes, every connection gets a {@code
 * reload} event. A page that connects after a rebuild it has not seen is told at once, so no edit
 * is missed between loading a page and connecting.
 *
 * <p>One handler thread per open page waits on that page's own queue; closing stops them all.
 */
final class LiveReload {

  static final String PATH = "/__coursekit/events";

  /** How often an idle connection is probed, so a closed tab frees its thread. */
  private static final long KEEP_ALIVE_SECONDS = 10;

  private static final String CLOSE = "close";

  private final IntSupplier generation;
  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();

  /**
   * @param generation the number of the latest finished build
   */
  LiveReload(IntSupplier generation) {
    this.generation = generation;
  }

  /** Tells every open page that build {@code built} is ready. */
  void publish(int built) {
    clients.forEach(queue -> queue.offer("event: reload\ndata: " + built + "\n\n"));
  }

  /** Ends every open connection (the server is stopping). */
  void close() {
    clients.forEach(queue -> queue.offer(CLOSE));
  }

  /** Serves one page's event stream until the page goes away or the server stops. */
  void handle(HttpExchange exchange) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    clients.add(queue);
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      // retry: reconnect quickly after the server restarts.
      send(out, "retry: 300\n\n");
      int seen = seenGeneration(exchange.getRequestURI().getRawQuery());
      int current = generation.getAsInt();
      if (seen >= 0 && seen < current) {
        send(out, "event: reload\ndata: " + current + "\n\n");
      }
      while (true) {
        String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        if (CLOSE.equals(event)) {
          return;
        }
        send(out, event == null ? ": keep-alive\n\n" : event);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException pageClosed) {
      // The page was closed or navigated away; its connection simply ends.
    } finally {
      clients.remove(queue);
      exchange.close();
    }
  }

  /** {@code generation=3} in the query, or -1 when absent or not a number. */
  static int seenGeneration(String query) {
    if (query == null) {
      return -1;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("generation=")) {
        try {
          return Integer.parseInt(pair.substring("generation=".length()));
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
