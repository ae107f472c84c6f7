package org.nnlab.testkit;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;
import org.nnlab.api.StepContext;

/** Optimizer plugins for testing the contract: one correct, each broken one wrong in one way. */
final class TestOptimizers {
  private TestOptimizers() {}

  /** Momentum SGD as PyTorch defines it: v = 0.9 v + g; w = w - lr v, v kept in the state. */
  @AutoService(OptimizerProvider.class)
  public static class Momentum implements OptimizerProvider, Optimizer {
    static final double RATE = 0.05;
    static final double MOMENTUM = 0.9;

    @Override
    public String name() {
      return "test_momentum";
    }

    @Override
    public String apiVersion() {
      return NnApi.VERSION;
    }

    @Override
    public Optimizer create(PluginOptions options) {
      return this;
    }

    @Override
    public int stateArrays() {
      return 1;
    }

    @Override
    public double learningRate() {
      return RATE;
    }

    @Override
    public void step(List<Parameter> parameters, OptimizerState state, StepContext context) {
      for (int p = 0; p < parameters.size(); p++) {
        update(parameters.get(p), state.array(p, 0), context.learningRate());
      }
    }

    void update(Parameter parameter, double[] velocity, double rate) {
      double[] w = parameter.values();
      double[] g = parameter.gradients();
      for (int i = 0; i < w.length; i++) {
        velocity[i] = MOMENTUM * velocity[i] + g[i];
        w[i] -= rate * velocity[i];
      }
    }
  }

  /** {@link Momentum} that updates ranges of entries, as nnlab's built-ins do. */
  @AutoService(OptimizerProvider.class)
  public static class RangedMomentum extends Momentum {
    @Override
    public boolean updatesEntriesIndependently() {
      return true;
    }

    @Override
    public void stepRange(Parameter parameter, int index, OptimizerState state,
        StepContext context, int from, int to) {
      double[] w = parameter.values();
      double[] g = parameter.gradients();
      double[] velocity = state.array(index, 0);
      for (int i = from; i < to; i++) {
        velocity[i] = MOMENTUM * velocity[i] + g[i];
        w[i] -= context.learningRate() * velocity[i];
      }
    }
  }

  /** Says it updates ranges, but each range call starts at entry 0, not at {@code from}. */
  @AutoService(OptimizerProvider.class)
  public static final class MisplacedRange extends RangedMomentum {
    @Override
    public void stepRange(Parameter parameter, int index, OptimizerState state,
        StepContext context, int from, int to) {
      super.stepRange(parameter, index, state, context, 0, to - from);
    }
  }

  /** Steps along the gradient instead of against it. */
  @AutoService(OptimizerProvider.class)
  public static final class Ascent extends Momentum {
    @Override
    void update(Parameter parameter, double[] velocity, double rate) {
      double[] w = parameter.values();
      double[] g = parameter.gradients();
      for (int i = 0; i < w.length; i++) {
        w[i] += rate * g[i];
      }
    }
  }

  /** Keeps one velocity in the optimizer for every parameter, instead of in each one's state. */
  @AutoService(OptimizerProvider.class)
  public static final class SharedVelocity extends Momentum {
    private final double[] velocity = new double[64];

    @Override
    public Optimizer create(PluginOptions options) {
      return new SharedVelocity();
    }

    @Override
    void update(Parameter parameter, double[] ignored, double rate) {
      super.update(parameter, velocity, rate);
    }
  }

  /** Uses its configured learning rate, ignoring the one the step context gives. */
  @AutoService(OptimizerProvider.class)
  public static final class IgnoresSchedule extends Momentum {
    @Override
    void update(Parameter parameter, double[] velocity, double rate) {
      super.update(parameter, velocity, RATE);
    }
  }

  /** {@link Momentum} with a float32 path: the float velocity kept in the float state. */
  @AutoService(OptimizerProvider.class)
  public static class FloatMomentum extends Momentum {
    @Override
    public boolean supports(Precision precision) {
      return true;
    }

    @Override
    public void step(List<Parameter> parameters, OptimizerState state, StepContext context) {
      if (state.precision() == Precision.FLOAT64) {
        super.step(parameters, state, context);
        return;
      }
      for (int p = 0; p < parameters.size(); p++) {
        updateFloats(parameters.get(p), state.floatArray(p, 0), context.learningRate());
      }
    }

    void updateFloats(Parameter parameter, float[] velocity, double rate) {
      float[] w = parameter.floatValues();
      float[] g = parameter.floatGradients();
      for (int i = 0; i < w.length; i++) {
        velocity[i] = (float) (MOMENTUM * velocity[i] + g[i]);
        w[i] = (float) (w[i] - rate * velocity[i]);
      }
    }
  }

  /** Says it supports float32, but steps in float64 only: it reads {@code values()}. */
  @AutoService(OptimizerProvider.class)
  public static final class ClaimsFloat32 extends Momentum {
    @Override
    public boolean supports(Precision precision) {
      return true;
    }
  }

  /** In float32, forgets the momentum: plain gradient descent, the velocity left at zero. */
  @AutoService(OptimizerProvider.class)
  public static final class FloatWithoutMomentum extends FloatMomentum {
    @Override
    void updateFloats(Parameter parameter, float[] velocity, double rate) {
      float[] w = parameter.floatValues();
      float[] g = parameter.floatGradients();
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) (w[i] - rate * g[i]);
      }
    }
  }

  /** In float32, keeps the velocity in the optimizer instead of in the state. */
  @AutoService(OptimizerProvider.class)
  public static final class FloatVelocityOutsideState extends FloatMomentum {
    private final float[] velocity = new float[64];

    @Override
    public Optimizer create(PluginOptions options) {
      return new FloatVelocityOutsideState();
    }

    @Override
    void updateFloats(Parameter parameter, float[] ignored, double rate) {
      super.updateFloats(parameter, velocity, rate);
    }
  }

  /** In float32, uses the gradient array as scratch space for the step. */
  @AutoService(OptimizerProvider.class)
  public static final class FloatOverwritesGradients extends FloatMomentum {
    @Override
    void updateFloats(Parameter parameter, float[] velocity, double rate) {
      float[] w = parameter.floatValues();
      float[] g = parameter.floatGradients();
      for (int i = 0; i < w.length; i++) {
        velocity[i] = (float) (MOMENTUM * velocity[i] + g[i]);
        g[i] = (float) (rate * velocity[i]);
        w[i] -= g[i];
      }
    }
  }
}
