package org.nnlab.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.cli.Main;

/**
 * Opens the bundled example's report.html from disk in headless Chromium: it must load with no
 * console errors and show every chart. Skipped, with a message, where Chromium is not installed
 * (CI installs Debian's chromium).
 *
 * <p>With {@code -Dnn.screenshot=PATH} the test also saves a screenshot of the page there.
 */
class ReportInBrowserTest {

  private static Path chromium() {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(chromium.isPresent(),
        "Chromium is not installed (apt-get install chromium); skipping the browser check");
    return chromium.get();
  }

  /** Runs nn compare on examples/EXAMPLE into FOLDER/out and returns its report.html. */
  private static Path compareReport(Path folder, String example, String... options) {
    List<String> arguments = new ArrayList<>(List.of("compare",
        Path.of("..", "examples", example).toString(), "--out", folder.resolve("out").toString(),
        "--quiet"));
    arguments.addAll(List.of(options));
    assertEquals(0, Main.run(arguments.toArray(String[]::new)));
    return folder.resolve("out").resolve("report.html");
  }

  @Test
  void reportLoadsWithoutErrorsAndShowsEveryChart(@TempDir Path folder) throws Exception {
    Path chromium = chromium();
    Path report = compareReport(folder, "vanishing.yaml", "--epochs", "4", "--seeds", "2");

    try (HeadlessChromium browser = new HeadlessChromium(chromium,
        folder.resolve("profile"))) {
      browser.load(report.toUri().toString(), 1100, 900);
      JsonNode images = browser.evaluate("Array.from(document.images).map(i => "
          + "({alt: i.alt, complete: i.complete, width: i.naturalWidth, "
          + "shown: i.getBoundingClientRect().width}))");
      assertEquals(4, images.size(), images.toString());
      for (JsonNode image : images) {
        assertTrue(image.get("complete").asBoolean(), image.toString());
        assertEquals(900, image.get("width").asInt(), image.toString());
        assertTrue(image.get("shown").asDouble() > 100, image.toString());
      }
      assertEquals("Training accuracy", images.get(3).get("alt").asText(),
          "the accuracy chart of a classification");
      assertEquals("vanishing", browser.evaluate("document.querySelector('h1').textContent")
          .asText());
      assertEquals(4, browser.evaluate("document.querySelectorAll('tr').length").asInt(),
          "a heading row and one row per grid point");
      assertEquals(0, browser.errors().size(), browser.errors().toString());
      String screenshot = System.getProperty("nn.screenshot");
      if (screenshot != null && !screenshot.isBlank()) {
        Files.write(Path.of(screenshot), browser.screenshot());
      }
    }
  }

  @Test
  void theDigitsReportShowsValidationColumnsAndTrainAndValidationCharts(@TempDir Path folder)
      throws Exception {
    Path chromium = chromium();
    Path report = compareReport(folder, "digits.yaml", "--epochs", "3");
    try (HeadlessChromium browser = new HeadlessChromium(chromium,
        folder.resolve("profile"))) {
      browser.load(report.toUri().toString(), 1400, 900);
      JsonNode shown = browser.evaluate("({alts: Array.from(document.images).filter(i => "
          + "i.complete && i.naturalWidth === 900).map(i => i.alt), headings: Array.from("
          + "document.querySelectorAll('th')).map(h => h.textContent)})");
      assertEquals("[\"Gradient flow: |dL/dW| per layer in epoch 1\",\"Layer 1 gradient over "
          + "training\",\"Training and validation loss\",\"Training and validation accuracy\"]",
          shown.get("alts").toString());
      assertTrue(shown.get("headings").toString().contains("\"final val loss\",\"best val "
          + "loss\",\"final val accuracy\",\"best val accuracy\""), shown.toString());
      assertEquals(0, browser.errors().size(), browser.errors().toString());
    }
  }

  @Test
  void tableCellsStayOnOneLineAt1400PixelsWithTwoVariedSettings(@TempDir Path folder)
      throws Exception {
    Path chromium = chromium();
    Path report = compareReport(folder, "vanishing.yaml", "--vary",
        "model.activation=sigmoid,tanh", "--vary", "optimizer.learning_rate=0.1,0.01",
        "--epochs", "1", "--seeds", "2");
    try (HeadlessChromium browser = new HeadlessChromium(chromium,
        folder.resolve("profile"))) {
      browser.load(report.toUri().toString(), 1400, 900);
      // A cell whose text wraps has more than one line box.
      JsonNode wrapped = browser.evaluate("Array.from(document.querySelectorAll('th,td'))"
          + ".filter(c => { const r = document.createRange(); r.selectNodeContents(c); "
          + "return r.getClientRects().length > 1; }).map(c => c.textContent)");
      assertEquals(0, wrapped.size(), "cells on more than one line: " + wrapped);
      JsonNode box = browser.evaluate("(b => ({scroll: b.scrollWidth, client: b.clientWidth}))"
          + "(document.querySelector('.table'))");
      assertTrue(box.get("scroll").asInt() <= box.get("client").asInt(),
          "the table fits at 1400 px: " + box);
    }
  }

  @Test
  void theCheckCatchesConsoleErrorsAndMissingImages(@TempDir Path folder) throws Exception {
    Path chromium = chromium();
    Path page = folder.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"missing.png\">"
        + "<script>console.error('boom')</script></body></html>");
    try (HeadlessChromium browser = new HeadlessChromium(chromium,
        folder.resolve("profile"))) {
      browser.load(page.toUri().toString(), 800, 600);
      assertEquals(0, browser.evaluate("document.images[0].naturalWidth").asInt());
      String errors = browser.errors().toString();
      assertTrue(errors.contains("boom"), errors);
      assertTrue(errors.contains("missing.png"), errors);
    }
  }
}
