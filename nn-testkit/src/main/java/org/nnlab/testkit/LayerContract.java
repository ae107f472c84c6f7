package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.testkit.LayerHarness.ROWS;
import static org.nnlab.testkit.LayerHarness.random;
import static org.nnlab.testkit.LayerHarness.row;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.PluginOptions;

/**
 * The checks every {@link Layer} must pass: parameter and input gradients against central finite
 * differences, forward independent of stale buffers, backward overwriting (not accumulating)
 * gradients, backward without an input gradient, batch gradients as the sum of per-sample ones,
 * parameters untouched by forward, evaluation passes that repeat exactly and draw nothing,
 * buffers changed by training passes only, a layer rebuilt from its saved parameters and buffers
 * that evaluates alike, sizes as promised, a provider without mutable fields, and ServiceLoader
 * registration.
 *
 * <p>The checks use the scalar function L = Σ c ⊙ z with fixed random weights c, so that
 * dL/dz = c. The layer's {@link LayerContext#random() random stream} is rewound before every
 * training forward pass, so a layer that draws (a dropout mask) is checked with one fixed draw.
 */
public abstract class LayerContract extends PluginContract<LayerProvider> {
  private final LayerHarness harness = new LayerHarness();
  private Layer layer;

  /**
   * The options the layer is created with, for example {@code TestOptions.of("units", 3)}.
   *
   * @return the options
   */
  protected abstract PluginOptions options();

  /**
   * The input width the layer is created for.
   *
   * @return 3 unless overridden
   */
  protected int inputSize() {
    return 3;
  }

  /**
   * Whether each sample's output depends on that sample alone, so that a batch's gradient is the
   * sum of its samples' gradients. Override to return {@code false} for a layer that mixes the
   * samples of a batch (batch normalisation) or draws its randomness per batch rather than per
   * sample; {@link #batchGradientIsTheSumOfPerSampleGradients} is then skipped.
   *
   * @return {@code true} unless overridden
   */
  protected boolean treatsSamplesIndependently() {
    return true;
  }

  /** Creates the contract. */
  protected LayerContract() {
    super(LayerProvider.class);
  }

  @Override
  final void create(PluginOptions options) {
    provider().create(context(options));
  }

  @BeforeEach
  final void createLayer() {
    layer = provider().create(context(options()));
    assertNotNull(layer, "create() returned null");
    harness.use(layer);
  }

  /**
   * A layer context for tests: the given options, weights drawn uniformly from [−0.5, 0.5) with a
   * fixed seed, batches of at most 4 rows, and a seeded random stream.
   *
   * @param options the layer's options
   * @return the context
   */
  protected LayerContext context(PluginOptions options) {
    return harness.context(options, inputSize());
  }

  @Test
  final void providerHoldsNoMutableFields() {
    ProviderChecks.holdsNoMutableFields(provider(), "a layer provider");
  }

  @Test
  final void sizesAreAsBuiltAndParametersStable() {
    assertEquals(inputSize(), layer.inputSize(), "inputSize()");
    assertTrue(layer.outputSize() >= 1, "outputSize() is " + layer.outputSize());
    List<Parameter> parameters = layer.parameters();
    assertEquals(parameters, layer.parameters(), "parameters() changed between calls");
    for (int i = 0; i < parameters.size(); i++) {
      assertSame(parameters.get(i), layer.parameters().get(i));
    }
  }

  @Test
  final void parameterGradientsAgreeWithCentralFiniteDifferences() {
    Random random = new Random(32);
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix weights = random(ROWS, layer.outputSize(), random);
    backward(input, weights);
    for (Parameter parameter : layer.parameters()) {
      double[] exact = parameter.gradients().clone();
      double[] estimate = FiniteDifferences.gradient(
          values -> weightedOutput(input, weights), parameter.values(),
          FiniteDifferences.DEFAULT_STEP);
      Shared.assertGradientsAgree("dL/d" + parameter.name(), exact, estimate);
    }
  }

  @Test
  final void inputGradientAgreesWithCentralFiniteDifferences() {
    Random random = new Random(33);
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix weights = random(ROWS, layer.outputSize(), random);
    Matrix inputGradient = backward(input, weights);
    double[] estimate = FiniteDifferences.gradient(
        values -> weightedOutput(Matrix.wrap(ROWS, layer.inputSize(), values), weights),
        input.data(), FiniteDifferences.DEFAULT_STEP);
    Shared.assertGradientsAgree("dL/d(input)", inputGradient.data(), estimate);
  }

  @Test
  final void forwardOverwritesStaleOutputValues() {
    Matrix input = random(ROWS, layer.inputSize(), new Random(34));
    Matrix clean = new Matrix(ROWS, layer.outputSize());
    harness.forward(input, clean);
    Matrix dirty = new Matrix(ROWS, layer.outputSize());
    Arrays.fill(dirty.data(), Double.NaN);
    harness.forward(input, dirty);
    assertArrayEquals(clean.data(), dirty.data(), 0.0, "forward depends on the output's old values");
  }

  @Test
  final void forwardAndBackwardUseOnlyTheBatchRowsOfLongerBuffers() {
    // The engine reuses buffers sized for the largest batch; a smaller last batch leaves stale
    // rows beyond rows() * cols() that a layer must neither read nor depend on.
    Random random = new Random(38);
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix outputGradient = random(ROWS, layer.outputSize(), random);
    Matrix output = new Matrix(ROWS, layer.outputSize());
    harness.forward(input, output);
    Matrix inputGradient = new Matrix(ROWS, layer.inputSize());
    layer.backward(input, outputGradient, inputGradient);
    double[][] expected = gradients();

    Matrix longInput = Shared.inLongerBuffer(input);
    Matrix longOutput = Shared.inLongerBuffer(new Matrix(ROWS, layer.outputSize()));
    Matrix longInputGradient = Shared.inLongerBuffer(new Matrix(ROWS, layer.inputSize()));
    harness.forward(longInput, longOutput);
    layer.backward(longInput, Shared.inLongerBuffer(outputGradient), longInputGradient);
    for (int i = 0; i < output.size(); i++) {
      assertEquals(output.data()[i], longOutput.data()[i], 0.0, "output entry " + i);
    }
    for (int i = 0; i < inputGradient.size(); i++) {
      assertEquals(inputGradient.data()[i], longInputGradient.data()[i], 0.0,
          "input gradient entry " + i);
    }
    double[][] actual = gradients();
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0,
          layer.parameters().get(i).name() + " gradient differs when buffers are longer");
    }
  }

  @Test
  final void backwardOverwritesRatherThanAccumulates() {
    Random random = new Random(35);
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix weights = random(ROWS, layer.outputSize(), random);
    backward(input, weights);
    double[][] first = gradients();
    Matrix inputGradient = new Matrix(ROWS, layer.inputSize());
    Arrays.fill(inputGradient.data(), Double.NaN);
    harness.forward(input);
    layer.backward(input, weights, inputGradient);
    double[][] second = gradients();
    for (int i = 0; i < first.length; i++) {
      assertArrayEquals(first[i], second[i], 0.0, "a second backward changed the gradients");
    }
    assertTrue(Arrays.stream(inputGradient.data()).allMatch(Double::isFinite),
        "backward depends on the input gradient's old values");
  }

  @Test
  final void batchGradientIsTheSumOfPerSampleGradients() {
    if (!treatsSamplesIndependently()) {
      return;
    }
    Random random = new Random(36);
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix weights = random(ROWS, layer.outputSize(), random);
    backward(input, weights);
    double[][] batch = gradients();
    double[][] sum = new double[batch.length][];
    for (int i = 0; i < batch.length; i++) {
      sum[i] = new double[batch[i].length];
    }
    for (int r = 0; r < ROWS; r++) {
      backward(row(input, r), row(weights, r));
      double[][] one = gradients();
      for (int i = 0; i < one.length; i++) {
        for (int j = 0; j < one[i].length; j++) {
          sum[i][j] += one[i][j];
        }
      }
    }
    for (int i = 0; i < batch.length; i++) {
      assertArrayEquals(sum[i], batch[i], 1e-12,
          "the batch gradient of " + layer.parameters().get(i).name()
              + " is not the sum of per-sample gradients");
    }
  }

  @Test
  final void forwardAndBackwardLeaveParameterValuesUnchanged() {
    double[][] before = values();
    Random random = new Random(37);
    backward(random(ROWS, layer.inputSize(), random), random(ROWS, layer.outputSize(), random));
    double[][] after = values();
    for (int i = 0; i < before.length; i++) {
      assertArrayEquals(before[i], after[i], 0.0, "forward or backward changed a parameter");
    }
  }

  @Test
  final void backwardWithoutAnInputGradientStillComputesTheParameterGradients() {
    Random random = new Random(39);
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix outputGradient = random(ROWS, layer.outputSize(), random);
    backward(input, outputGradient);
    double[][] expected = gradients();
    harness.forward(input);
    layer.backward(input, outputGradient, null);
    double[][] actual = gradients();
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, layer.parameters().get(i).name()
          + " gradient differs when backward is given no input gradient (null, as for the "
          + "first layer)");
    }
  }

  @Test
  final void evaluationForwardRepeatsExactlyAndLeavesParametersAlone() {
    Matrix input = random(ROWS, layer.inputSize(), new Random(40));
    double[][] before = values();
    Matrix first = new Matrix(ROWS, layer.outputSize());
    Matrix second = new Matrix(ROWS, layer.outputSize());
    layer.forward(input, first, Mode.EVALUATION);
    layer.forward(input, second, Mode.EVALUATION);
    assertArrayEquals(first.data(), second.data(), 0.0,
        "two evaluation passes over the same input differ: evaluation must not be random");
    double[][] after = values();
    for (int i = 0; i < before.length; i++) {
      assertArrayEquals(before[i], after[i], 0.0, "an evaluation pass changed a parameter");
    }
  }

  @Test
  final void evaluationDrawsNothingFromTheRandomStream() {
    Matrix input = random(ROWS, layer.inputSize(), new Random(41));
    long before = harness.draws();
    layer.forward(input, new Matrix(ROWS, layer.outputSize()), Mode.EVALUATION);
    assertEquals(before, harness.draws(), "an evaluation pass drew from the layer's random "
        + "stream: evaluation must not be random (draw only in Mode.TRAINING)");
  }

  @Test
  final void buffersAreStableAndOnlyTrainingChangesThem() {
    List<Buffer> buffers = layer.buffers();
    assertEquals(buffers, layer.buffers(), "buffers() changed between calls");
    for (int i = 0; i < buffers.size(); i++) {
      assertSame(buffers.get(i), layer.buffers().get(i));
    }
    Matrix input = random(ROWS, layer.inputSize(), new Random(42));
    double[][] before = harness.bufferValues();
    layer.forward(input, new Matrix(ROWS, layer.outputSize()), Mode.EVALUATION);
    double[][] after = harness.bufferValues();
    for (int i = 0; i < before.length; i++) {
      assertArrayEquals(before[i], after[i], 0.0, "an evaluation pass changed buffer "
          + buffers.get(i).name() + ": only a training pass may learn from a batch");
    }
  }

  @Test
  final void aLayerRebuiltFromItsSavedOptionsEvaluatesAlike() {
    if (!(options() instanceof TestOptions given)) {
      return;
    }
    Random random = new Random(43);
    for (int pass = 0; pass < 3; pass++) {
      harness.forward(random(ROWS, layer.inputSize(), random));
    }
    Layer rebuilt = provider().create(context(LayerHarness.saved(given.fresh(), layer)));
    for (int i = 0; i < layer.parameters().size(); i++) {
      assertArrayEquals(layer.parameters().get(i).values(),
          rebuilt.parameters().get(i).values(), 0.0, "parameter "
              + layer.parameters().get(i).name() + " is not restored from its saved option");
    }
    assertEquals(layer.buffers().size(), rebuilt.buffers().size(), "buffers() of a rebuilt layer");
    for (int i = 0; i < layer.buffers().size(); i++) {
      assertArrayEquals(layer.buffers().get(i).values(), rebuilt.buffers().get(i).values(), 0.0,
          "buffer " + layer.buffers().get(i).name() + " is not restored from its saved option");
    }
    Matrix input = random(ROWS, layer.inputSize(), random);
    Matrix expected = new Matrix(ROWS, layer.outputSize());
    Matrix actual = new Matrix(ROWS, layer.outputSize());
    layer.forward(input, expected, Mode.EVALUATION);
    rebuilt.forward(input, actual, Mode.EVALUATION);
    assertArrayEquals(expected.data(), actual.data(), 0.0,
        "a layer rebuilt from its saved parameters and buffers evaluates differently");
  }

  private Matrix backward(Matrix input, Matrix outputGradient) {
    return harness.backward(input, outputGradient);
  }

  private double weightedOutput(Matrix input, Matrix weights) {
    return harness.weightedOutput(input, weights);
  }

  private double[][] gradients() {
    return harness.gradients();
  }

  private double[][] values() {
    return harness.values();
  }
}
