package org.nnlab.testkit;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;

/**
 * Runs one layer under test the way the engine does, for {@link LayerContract}: builds it from a
 * context, and runs forward and backward passes with fresh buffers.
 *
 * <p>The layer's random stream is rewound to the same point before every training forward pass,
 * so a layer that draws (a dropout mask) draws the same numbers each time: finite differences then
 * see one fixed function of the parameters and the input. Two layers built from this harness's
 * contexts (a {@code float32} layer and its {@code float64} twin) share that stream, so each
 * training pass of either draws the same numbers.
 */
final class LayerHarness {
  static final int ROWS = 4;
  private static final long STREAM_SEED = 41;

  private final RewindableRandom random = new RewindableRandom(STREAM_SEED);
  private Layer layer;

  /** The context the contract builds the layer from. */
  LayerContext context(PluginOptions options, int inputs) {
    Random weights = new Random(31);
    return new LayerContext() {
      @Override
      public int inputSize() {
        return inputs;
      }

      @Override
      public PluginOptions options() {
        return options;
      }

      @Override
      public void initializeWeights(double[] values, int fanIn, int fanOut) {
        for (int i = 0; i < values.length; i++) {
          values[i] = weights.nextDouble() - 0.5;
        }
      }

      @Override
      public int maxBatchRows() {
        return ROWS;
      }

      @Override
      public RandomGenerator random() {
        return random;
      }
    };
  }

  /**
   * {@code context} as a {@code float32} run gives it: the same in every respect, but its {@link
   * LayerContext#precision()} is {@link Precision#FLOAT32}.
   */
  static LayerContext inFloat32(LayerContext context) {
    return new Float32Context(context);
  }

  void use(Layer layer) {
    this.layer = layer;
  }

  /** A training forward pass from the rewound random stream, into a fresh output. */
  Matrix forward(Matrix input) {
    Matrix output = new Matrix(input.rows(), layer.outputSize());
    forward(input, output);
    return output;
  }

  void forward(Matrix input, Matrix output) {
    forward(layer, input, output);
  }

  /** A training forward pass of any layer built from this harness's contexts. */
  void forward(Layer trained, Matrix input, Matrix output) {
    random.rewind();
    trained.forward(input, output, Mode.TRAINING);
  }

  /** A training forward pass, then backward with dL/dz = {@code outputGradient}. */
  Matrix backward(Matrix input, Matrix outputGradient) {
    forward(input);
    Matrix inputGradient = new Matrix(input.rows(), layer.inputSize());
    layer.backward(input, outputGradient, inputGradient);
    return inputGradient;
  }

  /** L = Σ c ⊙ z for the given weights c, after a training forward pass. */
  double weightedOutput(Matrix input, Matrix weights) {
    Matrix output = forward(input);
    double sum = 0;
    for (int i = 0; i < output.size(); i++) {
      sum += weights.data()[i] * output.data()[i];
    }
    return sum;
  }

  double[][] gradients() {
    return gradients(layer);
  }

  double[][] values() {
    return values(layer);
  }

  /** Copies of the layer's parameter gradients, in doubles whatever its precision. */
  static double[][] gradients(Layer layer) {
    return layer.parameters().stream().map(LayerHarness::gradients).toArray(double[][]::new);
  }

  /** Copies of the layer's parameter values, in doubles whatever its precision. */
  static double[][] values(Layer layer) {
    return layer.parameters().stream().map(LayerHarness::values).toArray(double[][]::new);
  }

  /** A copy of the parameter's values, floats widened exactly. */
  static double[] values(Parameter parameter) {
    if (parameter.precision() == Precision.FLOAT64) {
      return parameter.values().clone();
    }
    double[] values = new double[parameter.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameter.value(i);
    }
    return values;
  }

  private static double[] gradients(Parameter parameter) {
    if (parameter.precision() == Precision.FLOAT64) {
      return parameter.gradients().clone();
    }
    double[] gradients = new double[parameter.size()];
    for (int i = 0; i < gradients.length; i++) {
      gradients[i] = parameter.gradient(i);
    }
    return gradients;
  }

  /**
   * Gives {@code target} the parameter values and buffer values of {@code source}, a layer of the
   * same kind and shape, in whichever precision each holds.
   */
  static void copyState(Layer source, Layer target) {
    for (int p = 0; p < source.parameters().size(); p++) {
      Parameter from = source.parameters().get(p);
      Parameter to = target.parameters().get(p);
      for (int i = 0; i < from.size(); i++) {
        to.setValue(i, from.value(i));
      }
    }
    for (int b = 0; b < source.buffers().size(); b++) {
      double[] from = source.buffers().get(b).values();
      System.arraycopy(from, 0, target.buffers().get(b).values(), 0, from.length);
    }
  }

  /** A float32 matrix of standard normal numbers rounded to float. */
  static Matrix randomFloats(int rows, int cols, Random random) {
    Matrix matrix = new Matrix(rows, cols, Precision.FLOAT32);
    for (int i = 0; i < matrix.size(); i++) {
      matrix.floats()[i] = (float) random.nextGaussian();
    }
    return matrix;
  }

  /** The values of a float32 matrix in a new float64 matrix, widened exactly. */
  static Matrix widened(Matrix floats) {
    Matrix doubles = new Matrix(floats.rows(), floats.cols());
    for (int i = 0; i < floats.size(); i++) {
      doubles.data()[i] = floats.floats()[i];
    }
    return doubles;
  }

  /**
   * A float32 matrix of {@code rows x cols} in a buffer allocated for three more rows, NaN
   * everywhere, then {@code batch} (when not null) copied into its first rows: what the engine
   * passes for a batch smaller than the largest, and for an output or gradient that still holds
   * an earlier batch's values.
   */
  static Matrix longerFloatBuffer(int rows, int cols, Matrix batch) {
    Matrix longer = new Matrix(rows + 3, cols, Precision.FLOAT32);
    Arrays.fill(longer.floats(), Float.NaN);
    longer.resizeRows(rows);
    if (batch != null) {
      System.arraycopy(batch.floats(), 0, longer.floats(), 0, batch.size());
    }
    return longer;
  }

  /** The meaningful entries of a matrix, in doubles whatever its precision. */
  static double[] entries(Matrix matrix) {
    double[] entries = new double[matrix.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = matrix.get(i / matrix.cols(), i % matrix.cols());
    }
    return entries;
  }

  static Matrix random(int rows, int cols, Random random) {
    Matrix matrix = new Matrix(rows, cols);
    for (int i = 0; i < matrix.size(); i++) {
      matrix.data()[i] = random.nextGaussian();
    }
    return matrix;
  }

  static Matrix row(Matrix matrix, int r) {
    Matrix row = new Matrix(1, matrix.cols());
    System.arraycopy(matrix.data(), r * matrix.cols(), row.data(), 0, matrix.cols());
    return row;
  }

  /** The numbers drawn from the layer's random stream so far, rewinds included. */
  long draws() {
    return random.draws();
  }

  /** The buffers' current values, in the layer's order. */
  double[][] bufferValues() {
    return bufferValues(layer);
  }

  /** Copies of a layer's buffer values, in its order. */
  static double[][] bufferValues(Layer layer) {
    return layer.buffers().stream().map(b -> b.values().clone()).toArray(double[][]::new);
  }

  /**
   * The layer's options with its parameters and buffers added under their names, as a saved
   * model writes them: a one-row buffer or non-weight parameter as a list of numbers, anything
   * else as a list of rows. A float32 parameter's values are written widened exactly, as the
   * engine saves them.
   */
  static TestOptions saved(TestOptions options, Layer layer) {
    TestOptions result = options;
    for (Parameter parameter : layer.parameters()) {
      boolean vector = parameter.rows() == 1 && parameter.role() != ParameterRole.WEIGHTS;
      result = result.with(parameter.name(),
          array(values(parameter), parameter.rows(), parameter.cols(), vector));
    }
    for (Buffer buffer : layer.buffers()) {
      result = result.with(buffer.name(),
          array(buffer.values(), buffer.rows(), buffer.cols(), buffer.rows() == 1));
    }
    return result;
  }

  private static Object array(double[] values, int rows, int cols, boolean vector) {
    if (vector) {
      return values.clone();
    }
    double[][] matrix = new double[rows][];
    for (int r = 0; r < rows; r++) {
      matrix[r] = Arrays.copyOfRange(values, r * cols, (r + 1) * cols);
    }
    return matrix;
  }

  /** A context that answers {@link Precision#FLOAT32} and leaves all else to another. */
  private static final class Float32Context implements LayerContext {
    private final LayerContext base;

    Float32Context(LayerContext base) {
      this.base = base;
    }

    @Override
    public int inputSize() {
      return base.inputSize();
    }

    @Override
    public PluginOptions options() {
      return base.options();
    }

    @Override
    public void initializeWeights(double[] weights, int fanIn, int fanOut) {
      base.initializeWeights(weights, fanIn, fanOut);
    }

    @Override
    public void initializeBiases(double[] biases, int fanIn, int fanOut) {
      base.initializeBiases(biases, fanIn, fanOut);
    }

    @Override
    public void initializeWeights(float[] weights, int fanIn, int fanOut) {
      base.initializeWeights(weights, fanIn, fanOut);
    }

    @Override
    public void initializeBiases(float[] biases, int fanIn, int fanOut) {
      base.initializeBiases(biases, fanIn, fanOut);
    }

    @Override
    public int maxBatchRows() {
      return base.maxBatchRows();
    }

    @Override
    public RandomGenerator random() {
      return base.random();
    }

    @Override
    public Precision precision() {
      return Precision.FLOAT32;
    }
  }

  /** A seeded stream that {@link #rewind()} sends back to its first number. */
  private static final class RewindableRandom implements RandomGenerator {
    private final long seed;
    private SplittableRandom stream;

    RewindableRandom(long seed) {
      this.seed = seed;
      rewind();
    }

    private long draws;

    void rewind() {
      stream = new SplittableRandom(seed);
    }

    long draws() {
      return draws;
    }

    @Override
    public long nextLong() {
      draws++;
      return stream.nextLong();
    }
  }
}
