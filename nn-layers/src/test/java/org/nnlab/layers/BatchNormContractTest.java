package org.nnlab.layers;

import org.nnlab.api.LayerProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.LayerContract;
import org.nnlab.testkit.TestOptions;

/** {@code batch_norm} passes the layer contract, with given scales and shifts. */
class BatchNormContractTest extends LayerContract {
  @Override
  protected LayerProvider provider() {
    return new BatchNormProvider();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("momentum", 0.2, "eps", 1e-3, "gamma", new double[] {1.5, -0.5, 0.8},
        "beta", new double[] {0.1, 0.2, -0.3});
  }

  // The batch's mean and variance mix its samples.
  @Override
  protected boolean treatsSamplesIndependently() {
    return false;
  }
}
