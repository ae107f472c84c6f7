package org.nnlab.layers;

import java.util.List;
import java.util.random.RandomGenerator;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;

/**
 * Inverted dropout, as {@code torch.nn.Dropout}: in training each entry is kept with probability
 * 1 − rate and scaled by 1 / (1 − rate), or set to 0; in evaluation the layer is the identity.
 *
 * <p>The mask of a batch is drawn from one number of the layer's own random stream: that number
 * seeds a SplitMix64 sequence computed here, one draw per entry, so the hot loop makes no call
 * through an interface and the same seed and batch draw the same mask. Backward multiplies the
 * gradient by the same mask.
 *
 * <p>It computes in either precision, as its input comes: the mask is the same array of doubles
 * drawn the same way, so a {@code float32} run drops exactly the units a {@code float64} run with
 * the same seed drops; each kept {@code float} entry is scaled in double and rounded back.
 */
final class Dropout implements Layer {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double UNIT = 0x1.0p-53;

  private final int features;
  private final double rate;
  private final double scale;
  private final RandomGenerator random;
  private final double[] mask;

  Dropout(int features, double rate, int maxRows, RandomGenerator random) {
    this.features = features;
    this.rate = rate;
    this.scale = 1.0 / (1.0 - rate);
    this.random = random;
    this.mask = new double[Math.multiplyExact(maxRows, features)];
  }

  @Override
  public int inputSize() {
    return features;
  }

  @Override
  public int outputSize() {
    return features;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public boolean supports(Precision precision) {
    return true;
  }

  @Override
  public void forward(Matrix input, Matrix output, Mode mode) {
    int size = input.rows() * features;
    if (input.precision() == Precision.FLOAT32) {
      forward(input.floats(), output.floats(), size, mode);
    } else {
      forward(input.data(), output.data(), size, mode);
    }
  }

  private void forward(double[] x, double[] y, int size, Mode mode) {
    if (mode == Mode.EVALUATION || rate == 0) {
      System.arraycopy(x, 0, y, 0, size);
      return;
    }
    drawMask(size);
    for (int i = 0; i < size; i++) {
      y[i] = x[i] * mask[i];
    }
  }

  private void forward(float[] x, float[] y, int size, Mode mode) {
    if (mode == Mode.EVALUATION || rate == 0) {
      System.arraycopy(x, 0, y, 0, size);
      return;
    }
    drawMask(size);
    for (int i = 0; i < size; i++) {
      y[i] = (float) (x[i] * mask[i]);
    }
  }

  // SplitMix64 (Steele, Lea, Flood 2014), seeded from the layer's stream once per batch.
  private void drawMask(int size) {
    long state = random.nextLong();
    for (int i = 0; i < size; i++) {
      state += GOLDEN_GAMMA;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      double uniform = (z >>> 11) * UNIT;
      mask[i] = uniform < rate ? 0.0 : scale;
    }
  }

  @Override
  public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
    if (inputGradient == null) {
      return;
    }
    int size = input.rows() * features;
    if (outputGradient.precision() == Precision.FLOAT32) {
      backward(outputGradient.floats(), inputGradient.floats(), size);
    } else {
      backward(outputGradient.data(), inputGradient.data(), size);
    }
  }

  private void backward(double[] g, double[] dx, int size) {
    if (rate == 0) {
      System.arraycopy(g, 0, dx, 0, size);
      return;
    }
    for (int i = 0; i < size; i++) {
      dx[i] = g[i] * mask[i];
    }
  }

  private void backward(float[] g, float[] dx, int size) {
    if (rate == 0) {
      System.arraycopy(g, 0, dx, 0, size);
      return;
    }
    for (int i = 0; i < size; i++) {
      dx[i] = (float) (g[i] * mask[i]);
    }
  }

  @Override
  public String toString() {
    return "dropout(" + features + ", rate " + rate + ")";
  }
}
