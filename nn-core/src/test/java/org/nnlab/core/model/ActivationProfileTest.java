package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.core.config.Location;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.testkit.TestOptions;

class ActivationProfileTest {

  private static ActivationProfile profile(String name) {
    Activation activation = TestExperiments.REGISTRY
        .resolve(PluginKind.ACTIVATION, name, Location.ofFile("test"), "activation")
        .create(TestOptions.empty());
    return ActivationProfile.of(activation);
  }

  @Test
  void sigmoidDerivativePeaksAtOneQuarter() {
    assertEquals(0.25, profile("sigmoid").peakDerivative(), 0.0);
    assertEquals(0.0025, profile("sigmoid").saturationThreshold(), 1e-18);
  }

  @Test
  void tanhReluAndLinearDerivativesPeakAtOne() {
    assertEquals(1.0, profile("tanh").peakDerivative(), 0.0);
    assertEquals(1.0, profile("relu").peakDerivative(), 0.0);
    assertEquals(1.0, profile("linear").peakDerivative(), 0.0);
  }
}
