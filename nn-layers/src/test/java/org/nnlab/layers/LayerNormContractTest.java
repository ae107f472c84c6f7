package org.nnlab.layers;

import org.nnlab.api.LayerProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.LayerContract;
import org.nnlab.testkit.TestOptions;

/** {@code layer_norm} passes the layer contract, per-sample checks included. */
class LayerNormContractTest extends LayerContract {
  @Override
  protected LayerProvider provider() {
    return new LayerNormProvider();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("eps", 1e-3, "gamma", new double[] {1.5, -0.5, 0.8},
        "beta", new double[] {0.1, 0.2, -0.3});
  }
}
