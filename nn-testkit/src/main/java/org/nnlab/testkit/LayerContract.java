package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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
import org.nnlab.api.Precision;

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
 *
 * <p>A layer that {@linkplain Layer#supports supports} {@link Precision#FLOAT32} is also built
 * from the same context in {@code float32} (its {@link LayerContext#precision()} says so) and
 * checked there: parameters created in {@code float32} from the same draws, forward and backward
 * in agreement with a {@code float64} twin holding the same parameters (finite differences in
 * {@code float} would measure rounding, not derivatives), only the batch's rows used, gradients
 * overwritten, and a saved layer restored. For a layer that does not, those checks are skipped
 * (JUnit assumptions), so a test report shows them as skipped rather than passed.
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

  // The checks in float32, for a layer that supports it.

  /**
   * A {@code float32} run's tolerance, relative to the values compared: an entry passes when
   * |a − b| ≤ 1e-5 (|a| + |b|) + 1e-6 max|b|, the last term for entries that cancel to nearly 0.
   */
  private static final double FLOAT32_RELATIVE = 1e-5;
  private static final double FLOAT32_OF_LARGEST = 1e-6;

  @Test
  final void float32LayerCreatesItsParametersInFloat32FromTheSameValues() {
    Layer floats = float32Layer();
    List<Parameter> expected = layer.parameters();
    List<Parameter> actual = floats.parameters();
    assertEquals(expected.size(), actual.size(), "parameters() of the float32 layer");
    for (int p = 0; p < actual.size(); p++) {
      Parameter parameter = actual.get(p);
      assertEquals(Precision.FLOAT32, parameter.precision(), "parameter " + parameter.name()
          + " of a layer built for float32: create parameters in LayerContext.precision()");
      for (int i = 0; i < parameter.size(); i++) {
        float rounded = (float) expected.get(p).value(i);
        assertEquals(rounded, parameter.floatValues()[i], 0.0f, parameter.name() + "[" + i
            + "] in float32 is not the float64 value rounded to float: draw with "
            + "LayerContext.initializeWeights(float[], ...) and round given values");
      }
    }
  }

  @Test
  final void float32ForwardAndBackwardAgreeWithFloat64() {
    Layer floats = float32Layer();
    LayerHarness.copyState(floats, layer);
    Random random = new Random(44);
    Matrix input = LayerHarness.randomFloats(ROWS, layer.inputSize(), random);
    Matrix outputGradient = LayerHarness.randomFloats(ROWS, layer.outputSize(), random);
    Matrix output = new Matrix(ROWS, layer.outputSize(), Precision.FLOAT32);
    Matrix inputGradient = new Matrix(ROWS, layer.inputSize(), Precision.FLOAT32);
    harness.forward(floats, input, output);
    floats.backward(input, outputGradient, inputGradient);
    Matrix expectedOutput = new Matrix(ROWS, layer.outputSize());
    Matrix expectedInputGradient = new Matrix(ROWS, layer.inputSize());
    harness.forward(layer, LayerHarness.widened(input), expectedOutput);
    layer.backward(LayerHarness.widened(input), LayerHarness.widened(outputGradient),
        expectedInputGradient);

    assertAgreesWithFloat64("training output", LayerHarness.entries(output),
        expectedOutput.data());
    double[][] gradients = LayerHarness.gradients(floats);
    double[][] expectedGradients = LayerHarness.gradients(layer);
    for (int p = 0; p < gradients.length; p++) {
      assertAgreesWithFloat64("dL/d" + layer.parameters().get(p).name(), gradients[p],
          expectedGradients[p]);
    }
    assertAgreesWithFloat64("dL/d(input)", LayerHarness.entries(inputGradient),
        expectedInputGradient.data());
    double[][] buffers = LayerHarness.bufferValues(floats);
    double[][] expectedBuffers = LayerHarness.bufferValues(layer);
    for (int b = 0; b < buffers.length; b++) {
      assertAgreesWithFloat64("buffer " + layer.buffers().get(b).name() + " after training",
          buffers[b], expectedBuffers[b]);
    }
    floats.forward(input, output, Mode.EVALUATION);
    layer.forward(LayerHarness.widened(input), expectedOutput, Mode.EVALUATION);
    assertAgreesWithFloat64("evaluation output", LayerHarness.entries(output),
        expectedOutput.data());
  }

  @Test
  final void float32ForwardAndBackwardUseOnlyTheBatchRowsOfLongerBuffers() {
    Layer floats = float32Layer();
    Random random = new Random(45);
    Matrix input = LayerHarness.randomFloats(ROWS, layer.inputSize(), random);
    Matrix outputGradient = LayerHarness.randomFloats(ROWS, layer.outputSize(), random);
    Matrix output = new Matrix(ROWS, layer.outputSize(), Precision.FLOAT32);
    Matrix inputGradient = new Matrix(ROWS, layer.inputSize(), Precision.FLOAT32);
    harness.forward(floats, input, output);
    floats.backward(input, outputGradient, inputGradient);
    double[][] expected = LayerHarness.gradients(floats);

    // NaN beyond the batch, and in the output and input gradient before they are written.
    Matrix longOutput = LayerHarness.longerFloatBuffer(ROWS, layer.outputSize(), null);
    Matrix longInputGradient = LayerHarness.longerFloatBuffer(ROWS, layer.inputSize(), null);
    Matrix longInput = LayerHarness.longerFloatBuffer(ROWS, layer.inputSize(), input);
    harness.forward(floats, longInput, longOutput);
    floats.backward(longInput,
        LayerHarness.longerFloatBuffer(ROWS, layer.outputSize(), outputGradient),
        longInputGradient);
    assertArrayEquals(LayerHarness.entries(output), LayerHarness.entries(longOutput), 0.0,
        "float32 output differs in longer buffers holding NaN");
    assertArrayEquals(LayerHarness.entries(inputGradient),
        LayerHarness.entries(longInputGradient), 0.0,
        "float32 input gradient differs in longer buffers holding NaN");
    double[][] actual = LayerHarness.gradients(floats);
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, "float32 "
          + layer.parameters().get(i).name() + " gradient differs when buffers are longer");
    }
  }

  @Test
  final void float32BackwardOverwritesAndNeedsNoInputGradient() {
    Layer floats = float32Layer();
    Random random = new Random(46);
    Matrix input = LayerHarness.randomFloats(ROWS, layer.inputSize(), random);
    Matrix outputGradient = LayerHarness.randomFloats(ROWS, layer.outputSize(), random);
    Matrix output = new Matrix(ROWS, layer.outputSize(), Precision.FLOAT32);
    harness.forward(floats, input, output);
    floats.backward(input, outputGradient,
        new Matrix(ROWS, layer.inputSize(), Precision.FLOAT32));
    double[][] first = LayerHarness.gradients(floats);
    harness.forward(floats, input, output);
    floats.backward(input, outputGradient,
        new Matrix(ROWS, layer.inputSize(), Precision.FLOAT32));
    double[][] second = LayerHarness.gradients(floats);
    harness.forward(floats, input, output);
    floats.backward(input, outputGradient, null);
    double[][] withoutInputGradient = LayerHarness.gradients(floats);
    for (int i = 0; i < first.length; i++) {
      String name = layer.parameters().get(i).name();
      assertArrayEquals(first[i], second[i], 0.0,
          "a second float32 backward changed the " + name + " gradient");
      assertArrayEquals(first[i], withoutInputGradient[i], 0.0, "float32 " + name
          + " gradient differs when backward is given no input gradient (null, as for the "
          + "first layer)");
    }
  }

  @Test
  final void float32LayerRebuiltFromItsSavedOptionsEvaluatesAlike() {
    Layer floats = float32Layer();
    assumeTrue(options() instanceof TestOptions, "options() are not TestOptions");
    TestOptions given = (TestOptions) options();
    Random random = new Random(47);
    Matrix scratch = new Matrix(ROWS, layer.outputSize(), Precision.FLOAT32);
    for (int pass = 0; pass < 3; pass++) {
      harness.forward(floats, LayerHarness.randomFloats(ROWS, layer.inputSize(), random),
          scratch);
    }
    Layer rebuilt = provider().create(
        LayerHarness.inFloat32(context(LayerHarness.saved(given.fresh(), floats))));
    double[][] values = LayerHarness.values(floats);
    double[][] rebuiltValues = LayerHarness.values(rebuilt);
    for (int i = 0; i < values.length; i++) {
      assertArrayEquals(values[i], rebuiltValues[i], 0.0, "float32 parameter "
          + layer.parameters().get(i).name() + " is not restored from its saved option");
    }
    double[][] buffers = LayerHarness.bufferValues(floats);
    double[][] rebuiltBuffers = LayerHarness.bufferValues(rebuilt);
    assertEquals(buffers.length, rebuiltBuffers.length, "buffers() of a rebuilt layer");
    for (int i = 0; i < buffers.length; i++) {
      assertArrayEquals(buffers[i], rebuiltBuffers[i], 0.0, "buffer "
          + layer.buffers().get(i).name() + " of a float32 layer is not restored from its "
          + "saved option");
    }
    Matrix input = LayerHarness.randomFloats(ROWS, layer.inputSize(), random);
    Matrix expected = new Matrix(ROWS, layer.outputSize(), Precision.FLOAT32);
    Matrix actual = new Matrix(ROWS, layer.outputSize(), Precision.FLOAT32);
    floats.forward(input, expected, Mode.EVALUATION);
    rebuilt.forward(input, actual, Mode.EVALUATION);
    assertArrayEquals(expected.floats(), actual.floats(), 0.0f,
        "a float32 layer rebuilt from its saved parameters and buffers evaluates differently");
  }

  /**
   * The layer under test built for {@code float32} from {@link #context} and {@link #options()},
   * or a skipped check when it does not support {@code float32}.
   */
  private Layer float32Layer() {
    assumeTrue(layer.supports(Precision.FLOAT32),
        () -> provider().name() + " does not support float32: its float32 checks are skipped");
    Layer floats = provider().create(LayerHarness.inFloat32(context(options())));
    assertNotNull(floats, "create() returned null for a float32 context");
    return floats;
  }

  private static void assertAgreesWithFloat64(String what, double[] float32, double[] float64) {
    double largest = 0;
    for (double value : float64) {
      largest = Math.max(largest, Math.abs(value));
    }
    for (int i = 0; i < float64.length; i++) {
      double a = float32[i];
      double b = float64[i];
      if (!(Math.abs(a - b)
          <= FLOAT32_RELATIVE * (Math.abs(a) + Math.abs(b)) + FLOAT32_OF_LARGEST * largest)) {
        fail("float32 " + what + "[" + i + "] is " + a + " but the same layer in float64 gives "
            + b);
      }
    }
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
