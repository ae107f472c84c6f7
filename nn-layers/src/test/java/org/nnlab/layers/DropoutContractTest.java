package org.nnlab.layers;

import org.nnlab.api.LayerProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.LayerContract;
import org.nnlab.testkit.TestOptions;

/** {@code dropout} passes the layer contract, with a fixed mask in training. */
class DropoutContractTest extends LayerContract {
  @Override
  protected LayerProvider provider() {
    return new DropoutProvider();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("rate", 0.4);
  }

  // One mask is drawn per batch, so a row alone draws another mask than in its batch.
  @Override
  protected boolean treatsSamplesIndependently() {
    return false;
  }
}
