package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn evaluate} and {@code nn predict} stream their data: in a JVM of 16 MiB they read a
 * CSV file of more than four times that, which could not be held in memory.
 */
class LargeDataTest {
  private static final String HEAP = "-Xmx16m";
  private static final long HEAP_BYTES = 16L << 20;
  private static final int INPUTS = 16;
  private static final int ROWS = 450_000;

  @TempDir static Path dir;

  /** Its output is the first input: o = x1. */
  @BeforeAll
  static void writeModelAndData() throws IOException {
    StringBuilder names = new StringBuilder();
    StringBuilder weights = new StringBuilder("1");
    for (int i = 1; i <= INPUTS; i++) {
      names.append(i == 1 ? "" : ", ").append("x").append(i);
      weights.append(i == 1 ? "" : ", 0");
    }
    Cli.write(dir, "model.yaml", """
        model: {inputs: %d, layers: [{units: 1, weights: [[%s]], biases: [0]}]}
        loss: mse
        training: {batch_size: 256}
        data: {csv: {path: train.csv, target: y}}
        state: {input_names: [%s], target_names: [y]}
        """.formatted(INPUTS, weights, names));
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("data.csv"),
        StandardCharsets.UTF_8)) {
      out.write(names.toString().replace(" ", "") + ",y\n");
      for (int r = 0; r < ROWS; r++) {
        String x1 = Double.toString(x1(r));
        out.write(x1);
        for (int i = 2; i <= INPUTS; i++) {
          out.write(",1234.5678");
        }
        out.write("," + x1 + "\n");
      }
    }
  }

  // Exact binary fractions, so that o = x1 is written back as read.
  private static double x1(int row) {
    return (row % 1000) / 8.0;
  }

  @Test
  void theDataIsMoreThanFourTimesTheHeap() throws IOException {
    assertTrue(Files.size(dir.resolve("data.csv")) > 4 * HEAP_BYTES,
        () -> "data.csv is only " + dir.resolve("data.csv").toFile().length() + " bytes");
  }

  @Test
  void predictWritesEveryRowOfAFileLargerThanTheHeap() throws Exception {
    Cli.Result result = run("predict", "model.yaml", "data.csv", "--out", "predictions.csv");
    assertEquals(0, result.code(), result.err());
    long lines;
    String last;
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("predictions.csv"))) {
      assertEquals("y", in.readLine());
      lines = 0;
      last = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        last = line;
      }
    }
    long rows = lines;
    String lastRow = last;
    assertAll(
        () -> assertEquals(ROWS, rows),
        () -> assertEquals(Double.toString(x1(ROWS - 1)), lastRow));
  }

  @Test
  void evaluateMeasuresEveryRowOfAFileLargerThanTheHeap() throws Exception {
    Cli.Result result = run("evaluate", "model.yaml", "data.csv", "--json", "measures.json");
    assertEquals(0, result.code(), result.err());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("measures.json").toFile());
    assertAll(
        () -> assertEquals(ROWS, json.get("samples").asLong()),
        () -> assertEquals(0.0, json.get("loss").asDouble()));
  }

  @Test
  void anInterruptedPredictLeavesNoFile() throws Exception {
    Path err = dir.resolve("interrupted.err");
    Process process = child("predict", "model.yaml", "data.csv", "--out", "interrupted.csv",
        "--batch-size", "1").redirectError(err.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (temporaries().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(temporaries().isEmpty(), "predict should be writing its temporary file by now");
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "predict should stop");
    assertAll(
        () -> assertEquals(ExitCodes.INTERRUPTED, process.exitValue()),
        () -> assertEquals("error: interrupted; nothing was written to interrupted.csv\n",
            Files.readString(err)),
        () -> assertFalse(Files.exists(dir.resolve("interrupted.csv"))),
        () -> assertEquals(List.of(), temporaries()));
  }

  // nn in a JVM of its own with a 16 MiB heap, as ChildNn runs it with the default heap.
  private static ProcessBuilder child(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile());
  }

  private static Cli.Result run(String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    Process process = child(args).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "nn should finish within 120 s");
    return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static List<String> temporaries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith(".interrupted.csv.")).toList();
    }
  }
}
