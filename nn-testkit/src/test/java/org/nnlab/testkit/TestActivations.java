package org.nnlab.testkit;

import com.google.auto.service.AutoService;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.PluginOptions;

/**
 * Activation plugins for testing the contract: one correct, and each broken one wrong in exactly
 * one way. Public with public constructors because ServiceLoader creates them.
 */
final class TestActivations {
  private TestActivations() {}

  /** x * sigmoid(x), correct in every respect. */
  @AutoService(ActivationProvider.class)
  public static class Swish implements Activation, ActivationProvider {
    @Override
    public String name() {
      return "test_swish";
    }

    @Override
    public String apiVersion() {
      return NnApi.VERSION;
    }

    @Override
    public Activation create(PluginOptions options) {
      return this;
    }

    @Override
    public double apply(double x) {
      return x * sigmoid(x);
    }

    @Override
    public double derivative(double x, double y) {
      double s = sigmoid(x);
      return s + x * s * (1 - s);
    }

    static double sigmoid(double x) {
      if (x >= 0) {
        return 1 / (1 + Math.exp(-x));
      }
      double e = Math.exp(x);
      return e / (1 + e);
    }
  }

  /** Forgets the product rule: returns sigmoid(x) as the derivative of x * sigmoid(x). */
  @AutoService(ActivationProvider.class)
  public static final class WrongDerivative extends Swish {
    @Override
    public double derivative(double x, double y) {
      return sigmoid(x);
    }
  }

  /** Computes its bulk outputs in single precision while the scalar method uses double. */
  @AutoService(ActivationProvider.class)
  public static final class BulkDisagrees extends Swish {
    @Override
    public void applyAll(double[] x, double[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = (float) apply(x[i]);
      }
    }
  }

  /**
   * Computes its float outputs with float temporaries, as a plugin may for speed: correct to a
   * few ulps, and subnormal results with fewer digits still.
   */
  @AutoService(ActivationProvider.class)
  public static final class FloatArithmetic extends Swish {
    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < count; i++) {
        float v = x[i];
        float s;
        if (v >= 0) {
          s = 1f / (1f + (float) Math.exp(-v));
        } else {
          float e = (float) Math.exp(v);
          s = e / (1f + e);
        }
        y[i] = v * s;
      }
    }
  }

  /** Keeps only bfloat16's 8 significant bits of each float output: off by up to 1 in 256. */
  @AutoService(ActivationProvider.class)
  public static final class FloatBulkInBfloat16 extends Swish {
    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < count; i++) {
        y[i] = Float.intBitsToFloat(Float.floatToRawIntBits((float) apply(x[i])) & 0xFFFF0000);
      }
    }
  }

  /** Its float derivativeAll, copied from a sigmoid, returns y (1 − y). */
  @AutoService(ActivationProvider.class)
  public static final class FloatDerivativeOfTheSigmoid extends Swish {
    @Override
    public void derivativeAll(float[] x, float[] y, float[] dydx, int count) {
      for (int i = 0; i < count; i++) {
        dydx[i] = y[i] * (1 - y[i]);
      }
    }
  }

  /** Its float applyAll fills the whole output array, not just the first count entries. */
  @AutoService(ActivationProvider.class)
  public static final class FloatBulkWritesPastCount extends Swish {
    @Override
    public void applyAll(float[] x, float[] y, int count) {
      for (int i = 0; i < y.length; i++) {
        y[i] = (float) apply(x[i]);
      }
    }
  }

  /** The naive x e^x / (1 + e^x), which is ∞ / ∞ = NaN once e^x overflows (x above 709.78). */
  @AutoService(ActivationProvider.class)
  public static final class OverflowsToNaN extends Swish {
    @Override
    public double apply(double x) {
      return x * Math.exp(x) / (1 + Math.exp(x));
    }

    @Override
    public double derivative(double x, double y) {
      double s = Math.exp(x) / (1 + Math.exp(x));
      return s + x * s * (1 - s);
    }
  }

  /** Correct, but not listed in META-INF/services: ServiceLoader never finds it. */
  public static final class Unregistered extends Swish {}

  /** A name a configuration cannot use. */
  @AutoService(ActivationProvider.class)
  public static final class InvalidName extends Swish {
    @Override
    public String name() {
      return "Test-Swish";
    }
  }

  /** Claims to be built against a newer major version of the API. */
  @AutoService(ActivationProvider.class)
  public static final class NewerApi extends Swish {
    @Override
    public String apiVersion() {
      return "3.0";
    }
  }

  /** Counts its calls in a field: harmless on one thread, a data race on several. */
  @AutoService(ActivationProvider.class)
  public static final class CountsCalls extends Swish {
    private long calls;

    @Override
    public double apply(double x) {
      calls++;
      return super.apply(x);
    }
  }

  /**
   * Right only on the thread that created it, like a plugin that fills a lookup table lazily on
   * one thread: stands in for any result that depends on the calling thread.
   */
  @AutoService(ActivationProvider.class)
  public static final class RightOnlyOnItsOwnThread extends Swish {
    private final Thread owner = Thread.currentThread();

    @Override
    public Activation create(PluginOptions options) {
      return new RightOnlyOnItsOwnThread();
    }

    @Override
    public double apply(double x) {
      return Thread.currentThread() == owner ? super.apply(x) : 0.0;
    }

    @Override
    public double derivative(double x, double y) {
      return Thread.currentThread() == owner ? super.derivative(x, y) : 0.0;
    }
  }

  /** x * sigmoid(beta * x), reading its option {@code beta} (default 1). */
  @AutoService(ActivationProvider.class)
  public static class ScaledSwish implements ActivationProvider {
    @Override
    public String name() {
      return "test_scaled_swish";
    }

    @Override
    public String apiVersion() {
      return NnApi.VERSION;
    }

    @Override
    public Activation create(PluginOptions options) {
      double beta = readBeta(options);
      return new Activation() {
        @Override
        public double apply(double x) {
          return x * Swish.sigmoid(beta * x);
        }

        @Override
        public double derivative(double x, double y) {
          double s = Swish.sigmoid(beta * x);
          return s + beta * x * s * (1 - s);
        }
      };
    }

    double readBeta(PluginOptions options) {
      return options.number("beta", 1.0);
    }
  }

  /** Uses beta = 1 without reading the option, so a configured beta would be ignored. */
  @AutoService(ActivationProvider.class)
  public static final class IgnoresBeta extends ScaledSwish {
    @Override
    double readBeta(PluginOptions options) {
      return 1.0;
    }
  }
}
