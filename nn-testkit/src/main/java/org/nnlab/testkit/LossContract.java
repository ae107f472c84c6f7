package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.PluginOptions;

/**
 * The checks every {@link Loss} must pass: its gradient against central finite differences, the
 * batch loss as the mean of per-sample losses (so batch gradients are the mean of per-sample
 * gradients), zero at the target where that holds, finite values for large outputs, inputs left
 * alone, ServiceLoader registration, thread safety, and declarations that agree with each other
 * and with what the loss computes: a loss whose targets are classes pushes undecided outputs
 * toward the target class.
 */
public abstract class LossContract extends PluginContract<LossProvider> {
  private static final int ROWS = 5;
  private static final int COLS = 3;

  private Loss loss;

  /**
   * The options the loss is created with.
   *
   * @return empty options unless overridden
   */
  protected PluginOptions options() {
    return TestOptions.empty();
  }

  /**
   * Targets to test with. By default, for a loss whose targets are classes, 0 or 1 in each
   * output when it applies a sigmoid and one-hot rows otherwise; values in [0, 1) for any other
   * loss.
   *
   * @param rows the number of samples
   * @param cols the number of outputs
   * @param random the stream to draw from
   * @return a {@code rows x cols} target matrix
   */
  protected Matrix targets(int rows, int cols, Random random) {
    Matrix targets = new Matrix(rows, cols);
    for (int r = 0; r < rows; r++) {
      if (loss.targetsAreClasses() && loss.appliesSigmoid()) {
        for (int c = 0; c < cols; c++) {
          targets.set(r, c, random.nextInt(2));
        }
      } else if (loss.targetsAreClasses()) {
        targets.set(r, random.nextInt(cols), 1.0);
      } else {
        for (int c = 0; c < cols; c++) {
          targets.set(r, c, random.nextDouble());
        }
      }
    }
    return targets;
  }

  /**
   * Whether the loss and its gradient are zero when the outputs equal the targets. True by
   * default, false for losses that apply softmax or a sigmoid, whose probabilities never reach
   * exactly 0 or 1.
   *
   * @return whether {@link #lossAndGradientAreZeroAtTheTarget} applies
   */
  protected boolean zeroAtTarget() {
    return !loss.appliesSoftmax() && !loss.appliesSigmoid();
  }

  /** Creates the contract. */
  protected LossContract() {
    super(LossProvider.class);
  }

  @Override
  final void create(PluginOptions options) {
    provider().create(options);
  }

  @BeforeEach
  final void createLoss() {
    loss = provider().create(options());
    assertNotNull(loss, "create() returned null");
  }

  @Test
  final void lossAndProviderHoldNoMutableFields() {
    ProviderChecks.holdsNoMutableFields(provider(), "a loss provider");
    ProviderChecks.holdsNoMutableFields(loss, "a loss");
  }

  @Test
  final void declarationsAgreeWithEachOther() {
    assertFalse(loss.appliesSoftmax() && loss.appliesSigmoid(),
        "appliesSoftmax() and appliesSigmoid() both return true; a loss applies at most one");
    assertTrue(!loss.appliesSoftmax() || loss.targetsAreClasses(),
        "appliesSoftmax() returns true but targetsAreClasses() false; a softmax loss's targets "
            + "are classes");
  }

  @Test
  final void aLossOverClassesPushesUndecidedOutputsTowardTheTargetClass() {
    if (!loss.targetsAreClasses()) {
      return;
    }
    // At all-zero outputs no class is favoured; the loss must fall as the target class's output
    // rises, and, for a sigmoid's independent outputs, as every other output falls.
    Matrix target = targets(ROWS, COLS, new Random(18));
    Matrix gradient = new Matrix(ROWS, COLS);
    loss.evaluate(new Matrix(ROWS, COLS), target, gradient);
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLS; c++) {
        double t = target.get(r, c);
        double g = gradient.get(r, c);
        if (t == 1.0) {
          assertTrue(g < 0, "dL/d(output) at zero outputs is " + g + " for row " + r
              + ", column " + c + " of target 1; the loss should fall as that output rises");
        } else if (loss.appliesSigmoid()) {
          assertTrue(g > 0, "dL/d(output) at zero outputs is " + g + " for row " + r
              + ", column " + c + " of target 0; a sigmoid loss should fall as it falls");
        }
      }
    }
  }

  @Test
  final void gradientAgreesWithCentralFiniteDifferences() {
    Random random = new Random(11);
    Matrix output = randomOutputs(random, 2.0);
    Matrix target = targets(ROWS, COLS, random);
    Matrix gradient = new Matrix(ROWS, COLS);
    loss.evaluate(output, target, gradient);
    Matrix scratch = new Matrix(ROWS, COLS);
    double[] estimate = FiniteDifferences.gradient(
        values -> loss.evaluate(Matrix.wrap(ROWS, COLS, values), target, scratch),
        output.data(), FiniteDifferences.DEFAULT_STEP);
    Shared.assertGradientsAgree("dL/d(output)", gradient.data(), estimate);
  }

  @Test
  final void batchLossIsTheMeanOfPerSampleLossesAndSoIsItsGradient() {
    Random random = new Random(12);
    Matrix output = randomOutputs(random, 1.0);
    Matrix target = targets(ROWS, COLS, random);
    Matrix gradient = new Matrix(ROWS, COLS);
    double batchLoss = loss.evaluate(output, target, gradient);
    double sum = 0;
    for (int r = 0; r < ROWS; r++) {
      Matrix oneOutput = row(output, r);
      Matrix oneGradient = new Matrix(1, COLS);
      sum += loss.evaluate(oneOutput, row(target, r), oneGradient);
      for (int c = 0; c < COLS; c++) {
        assertEquals(oneGradient.get(0, c) / ROWS, gradient.get(r, c), 1e-12,
            "the batch gradient of sample " + r + " is not its own gradient / batch size");
      }
    }
    assertEquals(sum / ROWS, batchLoss, 1e-12, "the batch loss is not the mean of sample losses");
  }

  @Test
  final void lossAndGradientAreZeroAtTheTarget() {
    if (!zeroAtTarget()) {
      return;
    }
    Matrix target = targets(ROWS, COLS, new Random(13));
    Matrix gradient = new Matrix(ROWS, COLS);
    assertEquals(0.0, loss.evaluate(target.copy(), target, gradient), 1e-15);
    assertArrayEquals(new double[ROWS * COLS], gradient.data(), 1e-15);
  }

  @Test
  final void lossIsFiniteAndNotNegativeForLargeOutputs() {
    Random random = new Random(14);
    Matrix output = randomOutputs(random, 500.0);
    Matrix gradient = new Matrix(ROWS, COLS);
    double value = loss.evaluate(output, targets(ROWS, COLS, random), gradient);
    assertTrue(Double.isFinite(value) && value >= 0, "loss for outputs near ±500 is " + value);
    for (double g : gradient.data()) {
      assertTrue(Double.isFinite(g), "gradient entry for outputs near ±500 is " + g);
    }
  }

  @Test
  final void evaluateUsesOnlyTheBatchRowsOfLongerBuffers() {
    // The engine reuses buffers sized for the largest batch; a smaller last batch leaves stale
    // rows beyond rows() * cols() that a loss must not read.
    Random random = new Random(17);
    Matrix output = randomOutputs(random, 1.0);
    Matrix target = targets(ROWS, COLS, random);
    Matrix gradient = new Matrix(ROWS, COLS);
    double expected = loss.evaluate(output, target, gradient);
    Matrix longOutput = Shared.inLongerBuffer(output);
    Matrix longTarget = Shared.inLongerBuffer(target);
    Matrix longGradient = Shared.inLongerBuffer(new Matrix(ROWS, COLS));
    assertEquals(expected, loss.evaluate(longOutput, longTarget, longGradient), 0.0,
        "the loss read entries beyond rows() * cols() of a reused buffer");
    for (int i = 0; i < gradient.size(); i++) {
      assertEquals(gradient.data()[i], longGradient.data()[i], 0.0,
          "gradient entry " + i + " differs when buffers are longer than the batch");
    }
  }

  @Test
  final void evaluateLeavesOutputsAndTargetsUnchanged() {
    Random random = new Random(15);
    Matrix output = randomOutputs(random, 1.0);
    Matrix target = targets(ROWS, COLS, random);
    Matrix outputCopy = output.copy();
    Matrix targetCopy = target.copy();
    loss.evaluate(output, target, new Matrix(ROWS, COLS));
    assertArrayEquals(outputCopy.data(), output.data(), "evaluate changed the outputs");
    assertArrayEquals(targetCopy.data(), target.data(), "evaluate changed the targets");
  }

  @Test
  final void instanceIsSafeToShareBetweenThreads() throws Exception {
    Random random = new Random(16);
    Matrix output = randomOutputs(random, 1.0);
    Matrix target = targets(ROWS, COLS, random);
    double expected = loss.evaluate(output, target, new Matrix(ROWS, COLS));
    List<Double> results = Shared.onThreads(8, () -> {
      Matrix gradient = new Matrix(ROWS, COLS);
      double last = 0;
      for (int i = 0; i < 500; i++) {
        last = loss.evaluate(output, target, gradient);
      }
      return last;
    });
    for (double result : results) {
      assertEquals(expected, result, 0.0, "results differ when threads share the loss");
    }
  }

  private static Matrix randomOutputs(Random random, double scale) {
    Matrix output = new Matrix(ROWS, COLS);
    for (int i = 0; i < output.size(); i++) {
      output.data()[i] = scale * random.nextGaussian();
    }
    return output;
  }

  private static Matrix row(Matrix matrix, int r) {
    Matrix row = new Matrix(1, matrix.cols());
    System.arraycopy(matrix.data(), r * matrix.cols(), row.data(), 0, matrix.cols());
    return row;
  }
}
