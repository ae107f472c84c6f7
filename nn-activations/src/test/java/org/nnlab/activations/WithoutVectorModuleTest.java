package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The activations' bulk methods work in a JVM started without {@code jdk.incubator.vector}, where
 * their vector loops cannot load: a child JVM runs {@link BulkMethodsWithoutVectors}.
 */
class WithoutVectorModuleTest {
  @Test
  void bulkMethodsFallBackToTheirScalarLoopsWithoutTheVectorModule()
      throws IOException, InterruptedException {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), BulkMethodsWithoutVectors.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    // The JVM's own notice, when JAVA_TOOL_OPTIONS is set, is not the program's output.
    List<String> lines = output.lines().filter(line -> !line.startsWith("Picked up ")).toList();
    assertEquals(
        List.of("vector module absent; relu, sigmoid and tanh agree with their scalar forms"),
        lines);
    assertEquals(0, process.exitValue());
  }
}
