package org.nnlab.optimizers;

import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.OptimizerContract;
import org.nnlab.testkit.TestOptions;

class SgdTest extends OptimizerContract {
  @Override
  protected OptimizerProvider provider() {
    return new SgdProvider();
  }

  @Override
  protected PluginOptions options() {
    return TestOptions.of("learning_rate", 0.1);
  }
}
