package org.nnlab.activations;

import org.junit.jupiter.api.Nested;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.ActivationContract;
import org.nnlab.testkit.TestOptions;

/**
 * Every activation added after the first four passes the test kit's contract, with options.
 *
 * <p>The contracts are {@code @Nested} classes: Surefire skips static nested classes (its default
 * excludes {@code **}{@code /*$*}), so as static classes they never ran in the build.
 */
class ActivationContractsTest {

  @Nested
  class LeakyReluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new LeakyRelu();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("negative_slope", 0.2);
    }
  }

  @Nested
  class EluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Elu();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("alpha", 0.5);
    }
  }

  @Nested
  class SeluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Selu();
    }
  }

  @Nested
  class GeluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Gelu();
    }
  }

  @Nested
  class GeluTanhTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Gelu();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("approximate", "tanh");
    }
  }

  @Nested
  class SiluTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Silu();
    }
  }

  @Nested
  class MishTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Mish();
    }
  }

  @Nested
  class SoftplusTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Softplus();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("beta", 2.0, "threshold", 10.0);
    }
  }

  @Nested
  class SoftsignTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new Softsign();
    }
  }

  @Nested
  class HardTanhTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new HardTanh();
    }

    @Override
    protected PluginOptions options() {
      return TestOptions.of("min_val", -2.0, "max_val", 0.5);
    }
  }

  @Nested
  class HardSigmoidTest extends ActivationContract {
    @Override
    protected ActivationProvider provider() {
      return new HardSigmoid();
    }
  }
}
