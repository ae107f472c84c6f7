package org.nnlab.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives Debian's headless Chromium over the DevTools protocol, with nothing but the JDK's HTTP
 * and WebSocket clients: load a page, collect console errors, evaluate JavaScript, take a
 * screenshot. Started with the flags that keep Chromium off the network.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  /** The Chromium executable, if installed. */
  static Optional<Path> executable() {
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  HeadlessChromium(Path executable, Path profile) throws Exception {
    this.profile = profile;
    process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling("chromium.log").toFile())
        .start();
    int port = waitForPort();
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets = JSON.readTree(http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    String page = null;
    for (JsonNode target : targets) {
      if (target.path("type").asText().equals("page")) {
        page = target.get("webSocketDebuggerUrl").asText();
      }
    }
    if (page == null) {
      throw new IllegalStateException("Chromium offered no page target: " + targets);
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener())
        .get(10, TimeUnit.SECONDS);
    call("Runtime.enable", null);
    call("Log.enable", null);
    call("Page.enable", null);
  }

  private int waitForPort() throws Exception {
    Path portFile = profile.resolve("DevToolsActivePort");
    for (int i = 0; i < 300; i++) {
      if (Files.exists(portFile)) {
        List<String> lines = Files.readAllLines(portFile);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited with " + process.exitValue());
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Chromium did not open its DevTools port");
  }

  /** Loads a URL and waits for its load event. */
  void load(String url, int width, int height) throws Exception {
    ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", false);
    call("Emulation.setDeviceMetricsOverride", metrics);
    loaded = new CompletableFuture<>();
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    loaded.get(30, TimeUnit.SECONDS);
  }

  /** Evaluates JavaScript and returns its JSON value. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", JSON.createObjectNode()
        .put("expression", expression).put("returnByValue", true));
    return result.path("result").path("value");
  }

  /** Takes a PNG screenshot of the whole page. */
  byte[] screenshot() throws Exception {
    JsonNode result = call("Page.captureScreenshot", JSON.createObjectNode()
        .put("format", "png").put("captureBeyondViewport", true));
    return Base64.getDecoder().decode(result.get("data").asText());
  }

  /** Console errors, uncaught exceptions and failed loads seen so far. */
  List<String> errors() {
    return new ArrayList<>(errors);
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    JsonNode response = answer.get(30, TimeUnit.SECONDS);
    if (response.has("error")) {
      throw new IllegalStateException(method + " failed: " + response.get("error"));
    }
    return response.path("result");
  }

  private void onMessage(String text) throws IOException {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
      case "Runtime.consoleAPICalled" -> {
        if (params.path("type").asText().equals("error")) {
          errors.add("console.error: " + params.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        if (params.path("entry").path("level").asText().equals("error")) {
          errors.add("log: " + params.path("entry").path("text").asText() + " "
              + params.path("entry").path("url").asText());
        }
      }
      default -> { }
    }
  }

  // Chromium's helper processes may outlive the browser briefly and still write to the
  // profile; wait for all of them, so the profile folder can be deleted afterwards.
  @Override
  public void close() {
    socket.abort();
    List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
    family.add(process.toHandle());
    family.forEach(ProcessHandle::destroy);
    for (ProcessHandle member : family) {
      try {
        member.onExit().get(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        member.destroyForcibly();
      }
    }
  }

  /** Collects WebSocket frames into messages. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        try {
          onMessage(text);
        } catch (IOException e) {
          errors.add("unreadable DevTools message: " + e.getMessage());
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
