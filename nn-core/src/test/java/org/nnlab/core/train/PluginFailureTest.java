package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.LossProvider;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.registry.TestPlugins;

/**
 * A plugin that fails while training is named, with where it failed and what it did, and the
 * run ends like a divergence: the network keeps its values from before the failing batch.
 */
class PluginFailureTest {
  // Four samples in batches of two, in order: two batches per epoch.
  private static final String CONFIG = """
      seed: 5
      model:
        inputs: 2
        layers:
          - {type: %s, units: 3, activation: %s}
          - {units: 1, activation: linear}
      loss: %s
      optimizer: %s
      training: {epochs: %d, batch_size: 2, shuffle: false}
      data: {inline: {inputs: [[0, 0], [1, 1], [0, 1], [1, 0]], targets: [0, 1, 1, 0]}}
      """;

  @TempDir Path plugins;

  private String jar(String file) {
    return plugins.resolve(file).toString();
  }

  private Experiment experiment(String layer, String activation, String loss, String optimizer,
      int epochs) {
    String yaml = CONFIG.formatted(layer, activation, loss, optimizer, epochs);
    return Experiment.prepare(new ConfigReader().validate(
        new YamlReader().parse(yaml, "test.yaml"), Path.of("test.yaml")),
        RegistryLoader.load(List.of(plugins)), Kernels.defaults());
  }

  private static List<double[]> values(Experiment experiment) {
    List<double[]> values = new ArrayList<>();
    for (Parameter parameter : experiment.network().parameters()) {
      values.add(parameter.values().clone());
    }
    return values;
  }

  private static void assertSameValues(List<double[]> expected, List<double[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), 0.0);
    }
  }

  // A tanh activation whose applyAll runs `statement` first, counting its calls in `calls`.
  private void activation(String name, String statement) throws IOException {
    String className = "com.acme." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String source = TestPlugins.changedActivation(className, name,
        "@Override public Activation create", """
            static int calls;
            @Override public void applyAll(double[] x, double[] y, int count) {
              calls++;
              %s
              for (int i = 0; i < count; i++) { y[i] = apply(x[i]); }
            }
            @Override public Activation create""".formatted(statement));
    TestPlugins.jar(plugins.resolve(name + ".jar")).source(className, source)
        .service(ActivationProvider.class, className).write();
  }

  @Test
  void anActivationThatThrowsAnErrorIsNamedWithItsLayerEpochAndBatch() throws IOException {
    activation("tired", "if (calls == 3) throw new AssertionError(\"tired\");");
    TrainingResult result = TestExperiments.train(experiment("dense", "tired", "mse", "sgd", 3));
    assertEquals("a plugin failed at epoch 2, batch 1: layer 1: activation 'tired' "
        + "(com.acme.Tired, " + jar("tired.jar") + ") applyAll() threw "
        + "java.lang.AssertionError: tired; the model keeps its values from before this batch",
        result.pluginFailure().orElseThrow().message());
  }

  @Test
  void aFailedRunKeepsTheValuesFromBeforeTheFailingBatch() throws IOException {
    activation("tired", "if (calls == 3) throw new AssertionError(\"tired\");");
    Experiment failing = experiment("dense", "tired", "mse", "sgd", 3);
    TestExperiments.train(failing);
    // The plugin computes tanh as the built-in does, bit for bit: one epoch of it is the same.
    Experiment oneEpoch = experiment("dense", "tanh", "mse", "sgd", 1);
    TestExperiments.train(oneEpoch);
    assertSameValues(values(oneEpoch), values(failing));
  }

  @Test
  void theEpochsBeforeTheFailureAreKept() throws IOException {
    activation("tired", "if (calls == 3) throw new AssertionError(\"tired\");");
    TrainingResult result = TestExperiments.train(experiment("dense", "tired", "mse", "sgd", 3));
    assertEquals(1, result.epochs().size());
  }

  @Test
  void anActivationReturningNaNFromFiniteInputsIsNamedRatherThanADivergence()
      throws IOException {
    activation("nan", "if (calls == 2) { java.util.Arrays.fill(y, 0, count, Double.NaN); "
        + "return; }");
    TrainingResult result = TestExperiments.train(experiment("dense", "nan", "mse", "sgd", 3));
    assertEquals("a plugin failed at epoch 1, batch 2: layer 1: activation 'nan' (com.acme.Nan, "
        + jar("nan.jar") + ") applyAll() returned an output of NaN from finite inputs; the "
        + "model keeps its values from before this batch", result.failure().orElseThrow());
  }

  @Test
  void aLossThatOverflowsTheStackIsNamed() throws IOException {
    TestPlugins.jar(plugins.resolve("deep.jar")).source("com.acme.Deep", TestPlugins.loss(
        "com.acme.Deep", "deep", "if (output.rows() > 0) return evaluate(output, target, "
            + "gradient);")).service(LossProvider.class, "com.acme.Deep").write();
    TrainingResult result = TestExperiments.train(experiment("dense", "tanh", "deep", "sgd", 1));
    assertEquals("a plugin failed at epoch 1, batch 1: loss 'deep' (com.acme.Deep, "
        + jar("deep.jar") + ") evaluate() threw java.lang.StackOverflowError; the model keeps "
        + "its values from before this batch", result.failure().orElseThrow());
  }

  @Test
  void aLossReturningNaNFromFiniteOutputsIsNamed() throws IOException {
    TestPlugins.jar(plugins.resolve("half.jar")).source("com.acme.Half", TestPlugins.loss(
        "com.acme.Half", "half", "if (true) return 0.0 / 0.0;"))
        .service(LossProvider.class, "com.acme.Half").write();
    TrainingResult result = TestExperiments.train(experiment("dense", "tanh", "half", "sgd", 1));
    assertTrue(result.failure().orElseThrow().contains(": loss 'half' (com.acme.Half, "
        + jar("half.jar") + ") evaluate() returned a loss of NaN from finite inputs;"),
        result.failure().get());
  }

  // A gradient-descent optimizer whose update runs `statement` first; `calls` is in scope.
  private void optimizer(String name, String stateArrays, String statement) throws IOException {
    String className = "com.acme." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String source = TestPlugins.optimizer(className, name, stateArrays, statement)
        .replace("@Override public int stateArrays()", "static int calls;\n"
            + "  @Override public int stateArrays()");
    TestPlugins.jar(plugins.resolve(name + ".jar")).source(className, source)
        .service(OptimizerProvider.class, className).write();
  }

  @Test
  void anOptimizerThatThrowsMidStepLeavesEveryValueAsBeforeTheBatch() throws IOException {
    // Two layers of weights and biases, four updates per step: the sixth, in the second step,
    // fails on layer 1's biases after its weights were updated and before layer 2's were.
    optimizer("quits", "0", "if (++calls == 6) throw new IllegalStateException(\"quota\");");
    Experiment failing = experiment("dense", "tanh", "mse", "quits", 1);
    TrainingResult result = TestExperiments.train(failing);
    assertEquals("a plugin failed at epoch 1, batch 2: optimizer 'quits' "
        + "(com.acme.Quits, " + jar("quits.jar") + ") step() threw "
        + "java.lang.IllegalStateException: quota; the model keeps its values from before this "
        + "batch", result.failure().orElseThrow());
    Experiment firstBatch = experiment("dense", "tanh", "mse", "quits", 1);
    new TrainingLoop(firstBatch, Kernels.defaults()).run(stopAfter(1));
    assertSameValues(values(firstBatch), values(failing));
  }

  // Stops before batch n + 1 of the first epoch.
  private static java.util.function.BooleanSupplier stopAfter(int batches) {
    int[] asked = {0};
    return () -> asked[0]++ == batches;
  }

  @Test
  void anOptimizerUsingMoreStateThanItAskedForIsNamed() throws IOException {
    optimizer("greedy", "1", "state.array(p, 1)[0] = 1;");
    TrainingResult result = TestExperiments.train(experiment("dense", "tanh", "mse", "greedy",
        1));
    assertTrue(result.failure().orElseThrow().startsWith("a plugin failed at epoch 1, batch 1: "
        + "optimizer 'greedy' (com.acme.Greedy, " + jar("greedy.jar") + ") step() "
        + "threw java.lang.ArrayIndexOutOfBoundsException: "), result.failure().get());
  }

  @Test
  void anOptimizerAskingForANegativeNumberOfStateArraysIsNamed() throws IOException {
    optimizer("negative", "-1", "");
    TrainingResult result = TestExperiments.train(experiment("dense", "tanh", "mse", "negative",
        1));
    assertEquals("a plugin failed at epoch 1, batch 1: optimizer 'negative' (com.acme.Negative, "
        + jar("negative.jar") + ") stateArrays() returned -1, expected 0 or more; the model "
        + "keeps its values from before this batch", result.failure().orElseThrow());
  }

  @Test
  void anOptimizerMakingNaNFromFiniteValuesIsNamed() throws IOException {
    optimizer("wild", "0", "parameter.values()[0] = Double.NaN; if (true) return;");
    TrainingResult result = TestExperiments.train(experiment("dense", "tanh", "mse", "wild", 1));
    assertTrue(result.failure().orElseThrow().contains(": layer 1: optimizer 'wild' "
        + "(com.acme.Wild, " + jar("wild.jar") + ") step() returned a weights value of NaN "
        + "from finite inputs;"), result.failure().get());
  }

  @Test
  void aLayerThatThrowsInForwardIsNamed() throws IOException {
    TestPlugins.jar(plugins.resolve("plain.jar")).source("com.acme.Plain", TestPlugins.layer(
        "com.acme.Plain", "plain", "if (input.rows() > 0) throw new UnsupportedOperationException"
            + "(\"later\");")).service(LayerProvider.class, "com.acme.Plain").write();
    TrainingResult result = TestExperiments.train(experiment("plain", "tanh", "mse", "sgd", 1));
    assertEquals("a plugin failed at epoch 1, batch 1: layer 1: layer type 'plain' "
        + "(com.acme.Plain, " + jar("plain.jar") + ") forward() threw "
        + "java.lang.UnsupportedOperationException: later; the model keeps its values from "
        + "before this batch", result.failure().orElseThrow());
  }

  @Test
  void anActivationWhoseDerivativeIsNaNIsNamedInTheBackwardPass() throws IOException {
    TestPlugins.jar(plugins.resolve("kink.jar")).source("com.acme.Kink",
        TestPlugins.changedActivation("com.acme.Kink", "kink", "return 1.0 - y * y;",
            "return Math.abs(x) < 50 ? Double.NaN : 0;"))
        .service(ActivationProvider.class, "com.acme.Kink").write();
    TrainingResult result = TestExperiments.train(experiment("dense", "kink", "mse", "sgd", 1));
    assertEquals("a plugin failed at epoch 1, batch 1: layer 1: activation 'kink' "
        + "(com.acme.Kink, " + jar("kink.jar") + ") derivativeAll() returned an output of NaN "
        + "from finite inputs; the model keeps its values from before this batch",
        result.failure().orElseThrow());
  }

  @Test
  void aCreateThatOverflowsTheStackIsABuildErrorNamingThePlugin() throws IOException {
    TestPlugins.jar(plugins.resolve("loop.jar")).source("com.acme.Loop",
        TestPlugins.changedActivation("com.acme.Loop", "loop", "return this; }",
            "return create(options); }"))
        .service(ActivationProvider.class, "com.acme.Loop").write();
    ConfigException e = assertThrows(ConfigException.class,
        () -> experiment("dense", "loop", "mse", "sgd", 1));
    assertEquals("test.yaml:5:43: model.layers[0].activation: activation 'loop' "
        + "(com.acme.Loop, " + jar("loop.jar") + ") failed to build: create() threw "
        + "java.lang.StackOverflowError", e.getMessage());
  }
}
