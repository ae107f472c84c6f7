package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionsTest {
  /** o = 2 x + 1, on standardized x when the configuration says so. */
  private static final String LINE = """
      model: {inputs: 1, layers: [{units: 1, weights: [[2]], biases: [1]}]}
      loss: mse
      """;

  @TempDir Path dir;

  private String predict(String yaml, String csv) throws IOException {
    TrainedModel model = TrainedModelTest.load(dir, yaml);
    StringWriter out = new StringWriter();
    Predictions.write(model, Files.writeString(dir.resolve("new.csv"), csv), out, () -> false);
    return out.toString();
  }

  @Test
  void aClassifierWritesThePredictedClassAndOneProbabilityPerClass() throws IOException {
    String csv = predict(TrainedModelTest.LAYER + """
        data: {csv: {path: gone.csv, target: species}}
        state: {input_names: [a, b], target_names: [species], classes: [cat, dog, "o,wl"]}
        """, "b,a\n0,0\n");
    // Logits 0, 0, 0: each class 1/3, and the first of equal ones is predicted.
    assertEquals("predicted,p_cat,p_dog,\"p_o,wl\"\ncat,0.3333333333333333,0.3333333333333333,"
        + "0.3333333333333333\n", csv);
  }

  @Test
  void probabilitiesAreTheSoftmaxOfTheLogits() throws IOException {
    String csv = predict(TrainedModelTest.LAYER + """
        data: {csv: {path: gone.csv, target: species}}
        state: {input_names: [a, b], classes: [cat, dog, owl]}
        """, "a,b\n0," + Math.log(2) + "\n");
    // Logits 0, ln 2, ln 2: probabilities 1/5, 2/5, 2/5.
    String[] row = csv.split("\n")[1].split(",");
    assertAll(
        () -> assertEquals("dog", row[0]),
        () -> assertEquals(0.2, Double.parseDouble(row[1]), 1e-15),
        () -> assertEquals(0.4, Double.parseDouble(row[2]), 1e-15),
        () -> assertEquals(0.4, Double.parseDouble(row[3]), 1e-15));
  }

  @Test
  void aSingleSigmoidLogitGivesBothClassesProbabilitiesAndIsTheSecondFromZero()
      throws IOException {
    // o = 2 x + 1 is the logit: x = −0.5 gives z = 0, σ = 1/2, the second class; x = −1 gives
    // z = −1, σ(−1) = 0.2689414213699951, the first.
    String csv = predict("""
        model: {inputs: 1, layers: [{units: 1, weights: [[2]], biases: [1]}]}
        loss: binary_cross_entropy
        data: {csv: {path: gone.csv, target: pet}}
        state: {input_names: [size], target_names: [pet], classes: [cat, dog]}
        """, "size\n-0.5\n-1\n");
    assertEquals("predicted,p_cat,p_dog\ndog,0.5,0.5\ncat,0.7310585786300049,"
        + "0.2689414213699951\n", csv);
  }

  @Test
  void regressionWritesOneColumnPerTargetInFileOrder() throws IOException {
    String csv = predict(LINE + """
        data: {csv: {path: gone.csv, target: price}}
        state: {input_names: [size], target_names: [price]}
        """, "size\n3\n0.5\n-1\n4\n10\n");
    assertEquals("price\n7.0\n2.0\n-1.0\n9.0\n21.0\n", csv);
  }

  @Test
  void theStoredStandardizationIsAppliedBeforeTheNetwork() throws IOException {
    String csv = predict(LINE + """
        data: {csv: {path: gone.csv, target: price}, standardize: true}
        state:
          input_names: [size]
          target_names: [price]
          standardization: {mean: [10], scale: [4]}
        """, "size\n14\n");
    // (14 - 10) / 4 = 1, then 2 * 1 + 1.
    assertEquals("price\n3.0\n", csv);
  }

  @Test
  void targetColumnsOfTheFileAreIgnored() throws IOException {
    String csv = predict(LINE + """
        data: {csv: {path: gone.csv, target: price}}
        state: {input_names: [size], target_names: [price]}
        """, "price,size\nunknown,1\n");
    assertEquals("price\n3.0\n", csv);
  }

  @Test
  void writingStopsBeforeTheNextBatchWhenAsked() throws IOException {
    TrainedModel model = TrainedModelTest.load(dir, LINE + """
        data: {csv: {path: gone.csv, target: price}}
        state: {input_names: [size], target_names: [price]}
        """);
    StringWriter out = new StringWriter();
    AtomicInteger asked = new AtomicInteger();
    Path file = Files.writeString(dir.resolve("new.csv"), "size\n1\n2\n3\n4\n5\n6\n");
    boolean complete = Predictions.write(model, file, out, () -> asked.incrementAndGet() > 1);
    // Batches of 4 rows: the first is written, then the stop is seen.
    assertAll(
        () -> assertFalse(complete),
        () -> assertEquals("price\n3.0\n5.0\n7.0\n9.0\n", out.toString()));
  }

  @Test
  void theHeaderOfARegressionNamesTheTargets() {
    TrainedModel model = TrainedModelTest.load(dir, LINE.replace("units: 1, weights: [[2]], "
        + "biases: [1]", "units: 2, weights: [[2], [3]]") + """
        data: {csv: {path: gone.csv, target: [u, v]}}
        state: {input_names: [size], target_names: [u, v]}
        """);
    assertEquals(List.of("u", "v"), Predictions.header(model));
  }
}
