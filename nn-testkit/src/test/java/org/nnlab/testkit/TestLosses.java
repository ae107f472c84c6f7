package org.nnlab.testkit;

import com.google.auto.service.AutoService;
import org.nnlab.api.Loss;
import org.nnlab.api.LossProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/** Loss plugins for testing the contract: one correct, each broken one wrong in one way. */
final class TestLosses {
  private TestLosses() {}

  /** The sum of squared errors of a sample, averaged over the batch: L = (1/n) Σ (o − t)². */
  @AutoService(LossProvider.class)
  public static class SquaredError implements LossProvider, Loss {
    @Override
    public String name() {
      return "test_squared_error";
    }

    @Override
    public String apiVersion() {
      return NnApi.VERSION;
    }

    @Override
    public Loss create(PluginOptions options) {
      return this;
    }

    @Override
    public double evaluate(Matrix output, Matrix target, Matrix gradient) {
      int rows = output.rows();
      double sum = 0;
      for (int i = 0; i < output.size(); i++) {
        double d = output.data()[i] - target.data()[i];
        sum += d * d;
        gradient.data()[i] = gradientFactor() * d / rows;
      }
      return sum / rows;
    }

    double gradientFactor() {
      return 2;
    }
  }

  /** Drops the 2 of d(o − t)²/do. */
  @AutoService(LossProvider.class)
  public static final class WrongGradient extends SquaredError {
    @Override
    double gradientFactor() {
      return 1;
    }
  }

  /** Adds a constant: the same gradient, but not zero at the target. */
  @AutoService(LossProvider.class)
  public static final class Offset extends SquaredError {
    @Override
    public double evaluate(Matrix output, Matrix target, Matrix gradient) {
      return super.evaluate(output, target, gradient) + 0.5;
    }
  }

  /** Sums over the whole backing array, not just rows() * cols(): wrong on a reused buffer. */
  @AutoService(LossProvider.class)
  public static final class WholeArray extends SquaredError {
    @Override
    public double evaluate(Matrix output, Matrix target, Matrix gradient) {
      int rows = output.rows();
      double sum = 0;
      for (int i = 0; i < output.data().length; i++) {
        double d = output.data()[i] - target.data()[i];
        sum += d * d;
        gradient.data()[i] = 2 * d / rows;
      }
      return sum / rows;
    }
  }

  /** Declares that it applies both softmax and a sigmoid, which no loss can. */
  @AutoService(LossProvider.class)
  public static final class BothTransforms extends SquaredError {
    @Override
    public boolean appliesSoftmax() {
      return true;
    }

    @Override
    public boolean appliesSigmoid() {
      return true;
    }

    @Override
    public boolean targetsAreClasses() {
      return true;
    }
  }

  /**
   * Declares a sigmoid over class targets but computes a squared error on the raw outputs: at
   * zero outputs nothing pushes an output whose target is 0 below the boundary.
   */
  @AutoService(LossProvider.class)
  public static final class SigmoidInNameOnly extends SquaredError {
    @Override
    public boolean appliesSigmoid() {
      return true;
    }

    @Override
    public boolean targetsAreClasses() {
      return true;
    }
  }
}
