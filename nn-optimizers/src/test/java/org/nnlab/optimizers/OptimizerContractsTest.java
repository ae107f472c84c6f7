package org.nnlab.optimizers;

import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.OptimizerContract;
import org.nnlab.testkit.TestOptions;

/** Every built-in optimizer, in its typical settings, passes the test kit's contract. */
final class OptimizerContractsTest {
  private OptimizerContractsTest() {}

  static class NesterovSgdTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new SgdProvider();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("learning_rate", 0.05, "momentum", 0.9, "nesterov", true,
          "weight_decay", 0.01);
    }
  }

  static class AdamTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new AdamProvider();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("learning_rate", 0.05, "weight_decay", 0.01);
    }
  }

  static class AdamWTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new AdamWProvider();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("learning_rate", 0.05);
    }
  }

  static class RmsPropTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new RmsPropProvider();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("learning_rate", 0.01);
    }
  }

  static class CenteredRmsPropWithMomentumTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new RmsPropProvider();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("learning_rate", 0.005, "momentum", 0.5, "centered", true,
          "weight_decay", 0.01);
    }
  }

  static class AdagradTest extends OptimizerContract {
    @Override
    protected OptimizerProvider provider() {
      return new AdagradProvider();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("learning_rate", 0.1, "lr_decay", 0.01);
    }
  }
}
