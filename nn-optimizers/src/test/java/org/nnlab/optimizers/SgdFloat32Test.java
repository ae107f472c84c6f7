package org.nnlab.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;
import org.nnlab.testkit.TestOptions;
import org.nnlab.testkit.TestSteps;

/**
 * SGD's float32 steps are PyTorch's float arithmetic, bit for bit: lr, μ and λ rounded to float,
 * {@code g + λw}, {@code g + μv} and {@code w − lr·d} each one fused multiply-add, {@code μv + g}
 * a product then a sum.
 */
class SgdFloat32Test {
  private static final float[] START = {1.1f, -2.3f, 0.7f, 1e-3f, -0.4f, 3.9f, 0f, -1e-5f, 2.5f};

  @ParameterizedTest
  @CsvSource({"0, false, 0", "0.9, false, 0", "0.9, true, 0", "0, false, 0.01",
      "0.9, true, 0.01"})
  void threeStepsGiveTheFloatFormulasBitForBit(double momentum, boolean nesterov,
      double weightDecay) {
    double rate = 0.1;
    Optimizer sgd = new SgdProvider().create(TestOptions.of("learning_rate", rate, "momentum",
        momentum, "nesterov", nesterov, "weight_decay", weightDecay));
    int n = START.length;
    Parameter w = new Parameter("weights", ParameterRole.WEIGHTS, 1, n, Precision.FLOAT32);
    OptimizerState state = new OptimizerState(sgd.stateArrays(), Precision.FLOAT32, n);
    TestSteps steps = TestSteps.withLearningRate(sgd.learningRate());
    float[] expected = START.clone();
    float[] velocity = new float[n];
    System.arraycopy(START, 0, w.floatValues(), 0, n);
    float lr = (float) rate;
    float mu = (float) momentum;
    float decay = (float) weightDecay;
    for (int step = 1; step <= 3; step++) {
      for (int i = 0; i < n; i++) {
        float g = (float) Math.sin(7.0 * step + i) * 0.3f;
        w.floatGradients()[i] = g;
        float d = weightDecay == 0 ? g : Math.fma(decay, expected[i], g);
        if (momentum != 0) {
          velocity[i] = mu * velocity[i] + d;
          d = nesterov ? Math.fma(mu, velocity[i], d) : velocity[i];
        }
        expected[i] = Math.fma(-lr, d, expected[i]);
      }
      sgd.step(List.of(w), state, steps.next());
      for (int i = 0; i < n; i++) {
        assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(w.floatValues()[i]),
            "step " + step + ", entry " + i + ": " + expected[i] + " vs " + w.floatValues()[i]);
      }
    }
  }
}
