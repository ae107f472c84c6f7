package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.Parameter;
import org.nnlab.core.model.Network;

/**
 * The seed notes' point 4: backpropagation over a batch combines the errors of all rows, then
 * makes one update. With a batch-mean loss, the batch gradient is the mean of the per-sample
 * gradients. The data is the notes' table (90, 40 -> 10), (30, 50 -> 25), (20, 60 -> 36).
 */
class BatchGradientTest {
  private static final double[][] INPUTS = {{90, 40}, {30, 50}, {20, 60}};
  private static final double[][] TARGETS = {{10}, {25}, {36}};

  private static final String CONFIG = """
      seed: 7
      model:
        inputs: 2
        layers:
          - {units: 3, activation: tanh, init: standard}
          - {units: 2, activation: sigmoid}
          - {units: 1, activation: linear}
      loss: mse
      optimizer: {type: sgd, learning_rate: 0.001}
      training: {epochs: 1, batch_size: 3, shuffle: false}
      data:
        inline:
          inputs: [[90, 40], [30, 50], [20, 60]]
          targets: [10, 25, 36]
      """;

  private static double[][] gradients(Experiment experiment, double[][] inputs, double[][] targets) {
    Network network = experiment.network();
    Matrix x = Matrix.of(inputs);
    Matrix output = network.forward(x, Mode.TRAINING);
    Matrix gradient = new Matrix(output.rows(), output.cols());
    experiment.loss().evaluate(output, Matrix.of(targets), gradient);
    network.backward(x, gradient);
    List<Parameter> parameters = network.parameters();
    double[][] copies = new double[parameters.size()][];
    for (int i = 0; i < copies.length; i++) {
      copies[i] = parameters.get(i).gradients().clone();
    }
    return copies;
  }

  @Test
  void batchGradientEqualsTheMeanOfPerSampleGradients() {
    Experiment experiment = TestExperiments.fromYaml(CONFIG);
    double[][] batch = gradients(experiment, INPUTS, TARGETS);
    double[][] mean = new double[batch.length][];
    for (int i = 0; i < batch.length; i++) {
      mean[i] = new double[batch[i].length];
    }
    for (int sample = 0; sample < INPUTS.length; sample++) {
      double[][] one = gradients(experiment, new double[][] {INPUTS[sample]},
          new double[][] {TARGETS[sample]});
      for (int i = 0; i < one.length; i++) {
        for (int j = 0; j < one[i].length; j++) {
          mean[i][j] += one[i][j] / INPUTS.length;
        }
      }
    }
    for (int i = 0; i < batch.length; i++) {
      for (int j = 0; j < batch[i].length; j++) {
        assertEquals(mean[i][j], batch[i][j], 1e-12 * Math.max(1, Math.abs(mean[i][j])),
            "parameter " + i + " entry " + j);
      }
    }
  }

  @Test
  void fullBatchEpochMakesExactlyOneUpdateFromTheCombinedErrors() {
    Experiment trained = TestExperiments.fromYaml(CONFIG);
    TestExperiments.train(trained);
    Experiment manual = TestExperiments.fromYaml(CONFIG);
    double[][] batch = gradients(manual, INPUTS, TARGETS);
    List<Parameter> parameters = manual.network().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      double[] values = parameters.get(i).values();
      double[] after = trained.network().parameters().get(i).values();
      for (int j = 0; j < values.length; j++) {
        assertEquals(values[j] - 0.001 * batch[i][j], after[j], 0.0,
            "parameter " + i + " entry " + j);
      }
    }
  }
}
