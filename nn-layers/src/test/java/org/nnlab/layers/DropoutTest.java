package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Precision;
import org.nnlab.testkit.TestOptions;

class DropoutTest {
  private static final int ROWS = 200;
  private static final int FEATURES = 50;

  private static Layer dropout(double rate, long seed) {
    return new DropoutProvider().create(
        TestContexts.of(FEATURES, ROWS, TestOptions.of("rate", rate), seed));
  }

  private static Layer dropout(double rate, long seed, Precision precision) {
    return new DropoutProvider().create(
        TestContexts.of(FEATURES, ROWS, TestOptions.of("rate", rate), seed, precision));
  }

  private static Matrix ones() {
    Matrix input = new Matrix(ROWS, FEATURES);
    Arrays.fill(input.data(), 1.0);
    return input;
  }

  @Test
  void trainingDropsAboutTheRateAndScalesTheRestByOneOverOneMinusRate() {
    Layer layer = dropout(0.2, 1);
    Matrix output = new Matrix(ROWS, FEATURES);
    layer.forward(ones(), output, Mode.TRAINING);
    long dropped = Arrays.stream(output.data()).filter(v -> v == 0).count();
    long kept = Arrays.stream(output.data()).filter(v -> v == 1 / 0.8).count();
    assertEquals(ROWS * FEATURES, dropped + kept);
    // 10,000 Bernoulli(0.2) draws: the share is 0.2 ± 0.004 (one standard deviation).
    assertEquals(0.2, dropped / (double) (ROWS * FEATURES), 0.02);
  }

  @Test
  void evaluationIsTheIdentity() {
    Layer layer = dropout(0.5, 1);
    Matrix input = ones();
    input.data()[7] = -3.5;
    Matrix output = new Matrix(ROWS, FEATURES);
    layer.forward(input, output, Mode.EVALUATION);
    assertArrayEquals(input.data(), output.data(), 0.0);
  }

  @Test
  void backwardPassesTheGradientThroughTheSameMask() {
    Layer layer = dropout(0.3, 2);
    Matrix output = new Matrix(ROWS, FEATURES);
    layer.forward(ones(), output, Mode.TRAINING);
    Matrix inputGradient = new Matrix(ROWS, FEATURES);
    layer.backward(ones(), ones(), inputGradient);
    assertArrayEquals(output.data(), inputGradient.data(), 0.0);
  }

  @Test
  void theSameSeedDrawsTheSameMasksAndAnotherSeedOthers() {
    Matrix first = new Matrix(ROWS, FEATURES);
    Matrix again = new Matrix(ROWS, FEATURES);
    Matrix other = new Matrix(ROWS, FEATURES);
    dropout(0.5, 3).forward(ones(), first, Mode.TRAINING);
    dropout(0.5, 3).forward(ones(), again, Mode.TRAINING);
    dropout(0.5, 4).forward(ones(), other, Mode.TRAINING);
    assertArrayEquals(first.data(), again.data(), 0.0);
    assertTrue(!Arrays.equals(first.data(), other.data()));
  }

  @Test
  void eachTrainingBatchDrawsANewMask() {
    Layer layer = dropout(0.5, 5);
    Matrix first = new Matrix(ROWS, FEATURES);
    Matrix second = new Matrix(ROWS, FEATURES);
    layer.forward(ones(), first, Mode.TRAINING);
    layer.forward(ones(), second, Mode.TRAINING);
    assertTrue(!Arrays.equals(first.data(), second.data()));
  }

  @Test
  void aRateOfZeroIsTheIdentityInTraining() {
    Matrix output = new Matrix(ROWS, FEATURES);
    dropout(0, 6).forward(ones(), output, Mode.TRAINING);
    assertArrayEquals(ones().data(), output.data(), 0.0);
  }

  @Test
  void float32DropsExactlyTheUnitsFloat64DropsWithTheSameSeed() {
    Layer floats = dropout(0.3, 9, Precision.FLOAT32);
    Layer doubles = dropout(0.3, 9, Precision.FLOAT64);
    assertTrue(floats.supports(Precision.FLOAT32));
    for (int batch = 0; batch < 2; batch++) {
      Matrix input = Float32.randomFloats(ROWS, FEATURES, 10 + batch);
      Matrix gradient = Float32.randomFloats(ROWS, FEATURES, 20 + batch);
      Matrix z32 = new Matrix(ROWS, FEATURES, Precision.FLOAT32);
      Matrix z64 = new Matrix(ROWS, FEATURES);
      floats.forward(input, z32, Mode.TRAINING);
      doubles.forward(Float32.widened(input), z64, Mode.TRAINING);
      Matrix dx32 = new Matrix(ROWS, FEATURES, Precision.FLOAT32);
      Matrix dx64 = new Matrix(ROWS, FEATURES);
      floats.backward(input, gradient, dx32);
      doubles.backward(Float32.widened(input), Float32.widened(gradient), dx64);

      int dropped = 0;
      for (int i = 0; i < ROWS * FEATURES; i++) {
        assertEquals(z64.data()[i] == 0, z32.floats()[i] == 0, "batch " + batch + " entry " + i);
        dropped += z32.floats()[i] == 0 ? 1 : 0;
      }
      assertEquals(0.3, dropped / (double) (ROWS * FEATURES), 0.02);
      // Kept entries are x / 0.7 in double, rounded once.
      assertArrayEquals(Float32.rounded(z64.data(), ROWS * FEATURES), z32.floats(), 0.0f);
      assertArrayEquals(Float32.rounded(dx64.data(), ROWS * FEATURES), dx32.floats(), 0.0f);
    }
  }

  @Test
  void float32EvaluationIsTheIdentity() {
    Matrix input = Float32.randomFloats(ROWS, FEATURES, 11);
    Matrix output = new Matrix(ROWS, FEATURES, Precision.FLOAT32);
    dropout(0.5, 1, Precision.FLOAT32).forward(input, output, Mode.EVALUATION);
    assertArrayEquals(input.floats(), output.floats(), 0.0f);
  }

  @Test
  void aRateOfOneIsRefused() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> dropout(1, 7));
    assertEquals("rate", e.key());
    assertEquals("a number in [0, 1)", e.expected());
  }
}
