package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.Location;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.testkit.FiniteDifferences;
import org.nnlab.testkit.TestOptions;

/**
 * Whole small networks, for every activation and every loss the registry knows, checked against
 * central finite differences: every parameter's gradient of the batch loss.
 */
class NetworkGradientCheckTest {

  static Stream<Arguments> activationsAndLosses() {
    List<String> activations = List.copyOf(TestExperiments.REGISTRY.names(PluginKind.ACTIVATION));
    List<String> losses = List.copyOf(TestExperiments.REGISTRY.names(PluginKind.LOSS));
    return activations.stream().flatMap(a -> losses.stream().map(l -> Arguments.of(a, l)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("activationsAndLosses")
  void backpropagatedGradientsMatchFiniteDifferences(String activation, String loss) {
    // What the loss declares decides the output layer and the targets, as in training.
    Loss declared = TestExperiments.REGISTRY.resolve(PluginKind.LOSS, loss,
        Location.ofFile("test.yaml"), "loss").create(TestOptions.empty());
    boolean softmax = declared.appliesSoftmax();
    boolean twoClassesInOneOutput = declared.appliesSigmoid() && declared.targetsAreClasses();
    boolean linear = softmax || declared.appliesSigmoid();
    int outputs = twoClassesInOneOutput ? 1 : 3;
    String yaml = """
        seed: 5
        model:
          inputs: 3
          layers:
            - {units: 4, activation: %1$s, init: xavier_normal}
            - {units: 4, activation: %1$s, init: xavier_normal}
            - {units: %4$d, activation: %2$s, init: xavier_normal}
        loss: %3$s
        data: {inline: {inputs: [[0, 0, 0]], targets: [%5$s]}}
        """.formatted(activation, linear ? "linear" : activation, loss, outputs,
        outputs == 1 ? "[1]" : "[0, 0, 1]");
    Experiment experiment = TestExperiments.fromYaml(yaml);
    Network network = experiment.network();
    // Move biases off zero so that ReLU kinks are unlikely to sit on a sample.
    Random random = new Random(9);
    for (Parameter parameter : network.parameters()) {
      for (int i = 0; i < parameter.size(); i++) {
        parameter.values()[i] += 0.1 * random.nextGaussian();
      }
    }
    Matrix input = new Matrix(5, 3);
    Matrix target = new Matrix(5, outputs);
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 3; c++) {
        input.set(r, c, random.nextGaussian());
        if (c < outputs) {
          target.set(r, c, softmax ? (c == r % 3 ? 1 : 0)
              : twoClassesInOneOutput ? r % 2 : random.nextDouble());
        }
      }
    }
    Matrix gradient = new Matrix(5, outputs);
    experiment.loss().evaluate(network.forward(input, Mode.TRAINING), target, gradient);
    network.backward(input, gradient);
    Matrix scratch = new Matrix(5, outputs);
    for (Parameter parameter : network.parameters()) {
      double[] exact = parameter.gradients().clone();
      double[] estimate = FiniteDifferences.gradient(
          values -> experiment.loss().evaluate(network.forward(input, Mode.TRAINING), target,
              scratch),
          parameter.values(), 1e-6);
      for (int i = 0; i < exact.length; i++) {
        double error = FiniteDifferences.relativeError(exact[i], estimate[i], 1e-7);
        assertTrue(error < 1e-5, parameter + "[" + i + "]: backprop " + exact[i]
            + ", finite differences " + estimate[i]);
      }
    }
  }

  // Every stream is sent back before each forward pass, so dropout draws one fixed mask.
  @Test
  void skipConnectionsNormalisationAndDropoutBackpropagateAsFiniteDifferencesSay() {
    Experiment experiment = TestExperiments.fromYaml("""
        seed: 6
        model:
          inputs: 4
          layers:
            - {units: 4, activation: tanh, residual: true}
            - {units: 4}
            - {type: batch_norm, activation: sigmoid, residual: 2}
            - {type: dropout, rate: 0.3}
            - {units: 4}
            - {type: layer_norm, activation: tanh, residual: 3}
            - {units: 2}
        loss: mse
        training: {batch_size: 6}
        data: {inline: {inputs: [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0],
          [0, 0, 0, 0], [0, 0, 0, 0]], targets: [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0],
          [0, 0]]}}
        """);
    Network network = experiment.network();
    assertTrue(network.hasSkipConnections());
    Random random = new Random(10);
    for (Parameter parameter : network.parameters()) {
      for (int i = 0; i < parameter.size(); i++) {
        parameter.values()[i] += 0.1 * random.nextGaussian();
      }
    }
    Matrix input = new Matrix(6, 4);
    Matrix target = new Matrix(6, 2);
    for (int i = 0; i < input.size(); i++) {
      input.data()[i] = random.nextGaussian();
    }
    for (int i = 0; i < target.size(); i++) {
      target.data()[i] = random.nextGaussian();
    }
    long[] positions = network.layers().stream().mapToLong(l -> l.stream().position()).toArray();
    Runnable rewind = () -> {
      for (int l = 0; l < positions.length; l++) {
        network.layers().get(l).stream().restore(positions[l]);
      }
    };
    Matrix gradient = new Matrix(6, 2);
    rewind.run();
    experiment.loss().evaluate(network.forward(input, Mode.TRAINING), target, gradient);
    network.backward(input, gradient);
    Matrix scratch = new Matrix(6, 2);
    for (Parameter parameter : network.parameters()) {
      double[] exact = parameter.gradients().clone();
      double[] estimate = FiniteDifferences.gradient(values -> {
        rewind.run();
        return experiment.loss().evaluate(network.forward(input, Mode.TRAINING), target,
            scratch);
      }, parameter.values(), 1e-6);
      for (int i = 0; i < exact.length; i++) {
        double error = FiniteDifferences.relativeError(exact[i], estimate[i], 1e-7);
        assertTrue(error < 1e-5, parameter + "[" + i + "]: backprop " + exact[i]
            + ", finite differences " + estimate[i]);
      }
    }
  }
}
