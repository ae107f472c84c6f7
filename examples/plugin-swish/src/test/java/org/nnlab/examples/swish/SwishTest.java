package org.nnlab.examples.swish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.ActivationContract;

/** Every check nnlab asks of an activation, plus the values that make it swish. */
class SwishTest extends ActivationContract {

  @Override
  protected ActivationProvider provider() {
    return new Swish();
  }

  @Test
  void swishOfOneIsOneTimesSigmoidOfOne() {
    // sigmoid(1) = 1 / (1 + e^-1) = 0.7310585786300049 (torch.nn.functional.silu(1.0) = 0.7311)
    assertEquals(0.7310585786300049, new Swish().apply(1.0), 1e-15);
  }

  @Test
  void derivativeAtZeroIsOneHalf() {
    // f'(0) = sigmoid(0) + 0 = 0.5
    assertEquals(0.5, new Swish().derivative(0.0, 0.0), 0.0);
  }
}
