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

/**
 * Runs one layer under test the way the engine does, for {@link LayerContract}: builds it from a
 * context, and runs forward and backward passes with fresh buffers.
 *
 * <p>The layer's random stream is rewound to the same point before every training forward pass,
 * so a layer that draws (a dropout mask) draws the same numbers each time: finite differences then
 * see one fixed function of the parameters and the input.
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
    random.rewind();
    layer.forward(input, output, Mode.TRAINING);
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
    return layer.parameters().stream().map(p -> p.gradients().clone()).toArray(double[][]::new);
  }

  double[][] values() {
    return layer.parameters().stream().map(p -> p.values().clone()).toArray(double[][]::new);
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
    return layer.buffers().stream().map(b -> b.values().clone()).toArray(double[][]::new);
  }

  /**
   * The layer's options with its parameters and buffers added under their names, as a saved
   * model writes them: a one-row buffer or non-weight parameter as a list of numbers, anything
   * else as a list of rows.
   */
  static TestOptions saved(TestOptions options, Layer layer) {
    TestOptions result = options;
    for (Parameter parameter : layer.parameters()) {
      boolean vector = parameter.rows() == 1 && parameter.role() != ParameterRole.WEIGHTS;
      result = result.with(parameter.name(),
          array(parameter.values(), parameter.rows(), parameter.cols(), vector));
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
