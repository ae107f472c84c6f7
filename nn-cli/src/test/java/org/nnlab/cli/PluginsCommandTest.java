package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PluginsCommandTest {

  @Test
  void listsEveryBuiltInWithItsClassAndSource() {
    Cli.Result result = Cli.run("plugins");
    assertEquals(0, result.code(), result.err());
    String out = result.out();
    for (String name : new String[] {"sigmoid", "relu", "tanh", "linear", "sgd", "mse",
        "cross_entropy", "dense"}) {
      assertTrue(out.contains("  " + name + " "), name + " missing from:\n" + out);
    }
    assertTrue(out.contains("org.nnlab.activations.Sigmoid ("), out);
    assertTrue(out.contains("org.nnlab.optimizers.SgdProvider ("), out);
    assertTrue(out.contains("activations:") && out.contains("optimizers:")
        && out.contains("losses:") && out.contains("layer types:"), out);
  }
}
