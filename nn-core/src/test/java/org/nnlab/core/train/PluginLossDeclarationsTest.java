package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.LossProvider;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;
import org.nnlab.core.stats.EpochStats;

/**
 * What a plugin loss declares decides what the engine makes of its outputs and targets, with no
 * path that knows the built-ins by name.
 */
class PluginLossDeclarationsTest {
  // One numeric target column: class indices for a loss over classes, values otherwise.
  private static final String CONFIG = """
      seed: 5
      model:
        inputs: 2
        layers:
          - {units: 3, activation: tanh}
          - {units: %d, activation: %s}
      loss: %s
      optimizer: sgd
      training: {epochs: 1, batch_size: 2, shuffle: false}
      data: {inline: {inputs: [[0, 0], [1, 1], [0, 1], [1, 0]], targets: [0, 1, 1, 0]}}
      """;

  @TempDir Path plugins;

  // A squared-error loss with `declarations` added to its class body.
  private void loss(String name, String declarations) throws IOException {
    String className = "com.acme." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String source = TestPlugins.loss(className, name, "").replace(
        "@Override public Loss create", declarations + "\n  @Override public Loss create");
    TestPlugins.jar(plugins.resolve(name + ".jar")).source(className, source)
        .service(LossProvider.class, className).write();
  }

  private Experiment experiment(int outputs, String activation, String loss) {
    String yaml = CONFIG.formatted(outputs, activation, loss);
    return Experiment.prepare(new ConfigReader().validate(
        new YamlReader().parse(yaml, "test.yaml"), Path.of("test.yaml")),
        RegistryLoader.load(List.of(plugins)), Kernels.defaults());
  }

  @Test
  void aPluginLossOverClassesGetsClassIndicesAndAccuracy() throws IOException {
    loss("classes", "@Override public boolean targetsAreClasses() { return true; }");
    Experiment experiment = experiment(2, "sigmoid", "classes");
    // The column 0, 1, 1, 0 became one-hot rows over the 2 outputs.
    assertEquals(2, experiment.data().targets().cols());
    assertEquals(List.of(0, 1, 1, 0), List.of(experiment.data().classOf(0),
        experiment.data().classOf(1), experiment.data().classOf(2), experiment.data().classOf(3)));
    EpochStats epoch = TestExperiments.train(experiment).epochs().get(0);
    assertTrue(epoch.hasAccuracy(), "no accuracy for a loss over classes");
  }

  @Test
  void theSameLossWithoutTheDeclarationIsRegression() throws IOException {
    loss("values", "");
    Experiment experiment = experiment(1, "sigmoid", "values");
    assertFalse(experiment.data().classification());
    assertFalse(TestExperiments.train(experiment).epochs().get(0).hasAccuracy());
  }

  @Test
  void aPluginSigmoidLossOverClassesReadsItsSingleLogitFromZero() throws IOException {
    loss("logistic", "@Override public boolean targetsAreClasses() { return true; }\n"
        + "  @Override public boolean appliesSigmoid() { return true; }");
    Experiment experiment = experiment(1, "linear", "logistic");
    assertEquals(OutputTransform.SIGMOID, experiment.outputTransform());
    assertTrue(experiment.data().classification());
  }

  @Test
  void aPluginSigmoidLossOverClassesNeedsALinearSingleOutput() throws IOException {
    loss("logistic", "@Override public boolean targetsAreClasses() { return true; }\n"
        + "  @Override public boolean appliesSigmoid() { return true; }");
    ConfigException twoOutputs = assertThrows(ConfigException.class,
        () -> experiment(2, "linear", "logistic"));
    assertEquals("test.yaml:7:7: loss: loss 'logistic' applies a sigmoid to a single output, the "
        + "probability of the second of 2 classes, so the last layer needs 1 unit, found 2",
        twoOutputs.getMessage());
    ConfigException sigmoid = assertThrows(ConfigException.class,
        () -> experiment(1, "sigmoid", "logistic"));
    assertEquals("test.yaml:6:30: model.layers[1].activation: loss 'logistic' applies a sigmoid "
        + "to the raw outputs itself, so the last layer's activation must be linear, found "
        + "'sigmoid'", sigmoid.getMessage());
  }

  @Test
  void aPluginLossClaimingSoftmaxAndASigmoidIsRefused() throws IOException {
    loss("both", "@Override public boolean appliesSoftmax() { return true; }\n"
        + "  @Override public boolean appliesSigmoid() { return true; }");
    ConfigException e = assertThrows(ConfigException.class,
        () -> experiment(2, "linear", "both"));
    assertTrue(e.getMessage().startsWith("test.yaml:7:7: loss: loss 'both' (com.acme.Both, "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" declares that it applies both softmax and a sigmoid "
        + "(appliesSoftmax() and appliesSigmoid() return true); a loss applies at most one"),
        e.getMessage());
  }
}
