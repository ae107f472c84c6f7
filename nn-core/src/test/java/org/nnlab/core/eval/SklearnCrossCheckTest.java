package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Matrix;
import org.nnlab.core.train.OutputTransform;

/**
 * The metrics against scikit-learn's own ({@code classification_report}, {@code
 * confusion_matrix}, {@code mean_squared_error}, {@code mean_absolute_error}, {@code r2_score}),
 * run by Debian's python3-sklearn; skipped with a message when it is not installed.
 */
class SklearnCrossCheckTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final double CLOSE = 1e-12;
  private static final List<String> CLASSES = List.of("ant", "bee", "cat", "dog");

  @TempDir Path dir;

  private JsonNode sklearn(String script) throws IOException, InterruptedException {
    boolean installed = Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c",
        "import sklearn").start().waitFor() == 0;
    assumeTrue(installed, "scikit-learn is not installed (apt-get install python3-sklearn); "
        + "the cross-check against it is skipped");
    Path file = Files.writeString(dir.resolve("check.py"), script);
    Process process = new ProcessBuilder(PYTHON.toString(), file.toString())
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, process.exitValue(), out);
    return new ObjectMapper().readTree(out);
  }

  private static String pythonList(List<?> items) {
    List<String> texts = new ArrayList<>();
    items.forEach(item -> texts.add(item instanceof String s ? "'" + s + "'" : item.toString()));
    return "[" + String.join(", ", texts) + "]";
  }

  @Test
  void classificationMetricsAgreeWithScikitLearn() throws Exception {
    // 'dog' never occurs and is never predicted; 'cat' is predicted but never true.
    SplittableRandom random = new SplittableRandom(7);
    ClassificationMetrics metrics = new ClassificationMetrics(CLASSES, OutputTransform.NONE);
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int t = random.nextInt(2);
      int p = random.nextInt(10) < 7 ? t : random.nextInt(3);
      metrics.add(t, p);
      truth.add(CLASSES.get(t));
      predicted.add(CLASSES.get(p));
    }
    JsonNode expected = sklearn("""
        import json
        from sklearn.metrics import classification_report
        r = classification_report(%s, %s, output_dict=True, zero_division=0)
        print(json.dumps(r))
        """.formatted(pythonList(truth), pythonList(predicted)));
    List<Executable> checks = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      JsonNode row = expected.get(CLASSES.get(k));
      int c = k;
      checks.add(() -> assertEquals(row.get("precision").asDouble(), metrics.precision(c), CLOSE));
      checks.add(() -> assertEquals(row.get("recall").asDouble(), metrics.recall(c), CLOSE));
      checks.add(() -> assertEquals(row.get("f1-score").asDouble(), metrics.f1(c), CLOSE));
      checks.add(() -> assertEquals(row.get("support").asLong(), metrics.support(c)));
    }
    checks.add(() -> assertEquals(expected.get("accuracy").asDouble(), metrics.accuracy(), CLOSE));
    for (String average : List.of("macro avg", "weighted avg")) {
      JsonNode row = expected.get(average);
      ClassificationMetrics.Average ours = average.startsWith("macro") ? metrics.macro()
          : metrics.weighted();
      checks.add(() -> assertEquals(row.get("precision").asDouble(), ours.precision(), CLOSE));
      checks.add(() -> assertEquals(row.get("recall").asDouble(), ours.recall(), CLOSE));
      checks.add(() -> assertEquals(row.get("f1-score").asDouble(), ours.f1(), CLOSE));
      checks.add(() -> assertEquals(row.get("support").asLong(), ours.support()));
    }
    assertAll(checks);
  }

  @Test
  void regressionMetricsAgreeWithScikitLearn() throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    int n = 100;
    Matrix outputs = new Matrix(n, 1);
    Matrix targets = new Matrix(n, 1);
    List<Double> o = new ArrayList<>();
    List<Double> t = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double target = 50 + 10 * random.nextDouble();
      double output = target + random.nextDouble() - 0.5;
      targets.set(i, 0, target);
      outputs.set(i, 0, output);
      t.add(target);
      o.add(output);
    }
    RegressionMetrics metrics = new RegressionMetrics(List.of("y"));
    metrics.add(outputs, targets);
    JsonNode expected = sklearn("""
        import json
        from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score
        t, o = %s, %s
        print(json.dumps({"mse": mean_squared_error(t, o), "mae": mean_absolute_error(t, o),
                          "r2": r2_score(t, o)}))
        """.formatted(pythonList(t), pythonList(o)));
    assertAll(
        () -> assertEquals(expected.get("mse").asDouble(), metrics.mse(0), CLOSE),
        () -> assertEquals(expected.get("mae").asDouble(), metrics.mae(0), CLOSE),
        () -> assertEquals(expected.get("r2").asDouble(), metrics.r2(0), CLOSE));
  }
}
