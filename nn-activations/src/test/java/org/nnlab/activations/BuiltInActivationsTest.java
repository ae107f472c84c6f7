package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.testkit.TestOptions;

class BuiltInActivationsTest {

  private static Activation load(String name) {
    for (ActivationProvider provider : ServiceLoader.load(ActivationProvider.class)) {
      if (provider.name().equals(name)) {
        return provider.create(TestOptions.empty());
      }
    }
    throw new AssertionError("no activation named " + name);
  }

  @Test
  void serviceLoaderFindsEveryBuiltIn() {
    Set<String> names = new TreeSet<>();
    ServiceLoader.load(ActivationProvider.class).forEach(p -> names.add(p.name()));
    assertEquals(Set.of("elu", "gelu", "hard_sigmoid", "hard_tanh", "leaky_relu", "linear",
        "mish", "relu", "selu", "sigmoid", "silu", "softplus", "softsign", "tanh"), names);
  }

  @Test
  void sigmoidDerivativePeaksAtOneQuarterAtZero() {
    Activation sigmoid = load("sigmoid");
    assertEquals(0.5, sigmoid.apply(0), 0.0);
    assertEquals(0.25, sigmoid.derivative(0, sigmoid.apply(0)), 0.0);
    assertEquals(0.19661193324148185, sigmoid.derivative(1, sigmoid.apply(1)), 1e-15);
  }

  @Test
  void sigmoidMatchesTheSeedNotesHiddenOutputs() {
    // Seed notes (Mazur 2015): h1(in) = 0.3775 gives 0.593269992, h2(in) = 0.3925 gives 0.596884378.
    Activation sigmoid = load("sigmoid");
    assertEquals(0.593269992, sigmoid.apply(0.3775), 1e-9);
    assertEquals(0.596884378, sigmoid.apply(0.3925), 1e-9);
  }

  @Test
  void sigmoidStaysAccurateForLargeNegativeInputs() {
    Activation sigmoid = load("sigmoid");
    assertEquals(Math.exp(-40) / (1 + Math.exp(-40)), sigmoid.apply(-40), 1e-30);
    assertEquals(0.0, sigmoid.apply(-1000), 0.0);
    assertEquals(1.0, sigmoid.apply(1000), 0.0);
  }

  @Test
  void reluDerivativeAtTheKinkIsZeroAsInPyTorch() {
    Activation relu = load("relu");
    assertEquals(0.0, relu.derivative(0.0, relu.apply(0.0)), 0.0);
    assertEquals(1.0, relu.derivative(1e-300, relu.apply(1e-300)), 0.0);
    assertEquals(0.0, relu.apply(-3.0), 0.0);
  }

  @Test
  void tanhDerivativeIsOneMinusTheSquareOfItsOutput() {
    Activation tanh = load("tanh");
    double y = tanh.apply(0.7);
    assertEquals(Math.tanh(0.7), y, 0.0);
    assertEquals(1 - y * y, tanh.derivative(0.7, y), 0.0);
  }
}
