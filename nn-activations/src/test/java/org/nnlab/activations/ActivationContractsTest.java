package org.nnlab.activations;

import org.nnlab.api.ActivationProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.ActivationContract;
import org.nnlab.testkit.TestOptions;

/** Every activation added after the first four passes the test kit's contract, with options. */
final class ActivationContractsTest {
  private ActivationContractsTest() {}

  static class LeakyReluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new LeakyRelu();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("negative_slope", 0.2);
    }
  }

  static class EluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Elu();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("alpha", 0.5);
    }
  }

  static class SeluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Selu();
    }
  }

  static class GeluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Gelu();
    }
  }

  static class GeluTanhTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Gelu();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("approximate", "tanh");
    }
  }

  static class SiluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Silu();
    }
  }

  static class MishTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Mish();
    }
  }

  static class SoftplusTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Softplus();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("beta", 2.0, "threshold", 10.0);
    }
  }

  static class SoftsignTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Softsign();
    }
  }

  static class HardTanhTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new HardTanh();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("min_val", -2.0, "max_val", 0.5);
    }
  }

  static class HardSigmoidTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new HardSigmoid();
    }
  }
}
