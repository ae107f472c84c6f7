package org.nnlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.Parameter;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.train.Batch;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingListener;
import org.nnlab.core.train.TrainingLoop;

/**
 * The proof: every gradient and updated value {@code nn explain} prints is the trainer's,
 * for random small networks of every built-in activation and both built-in losses. The trainer's
 * numbers come from a {@link TrainingLoop} run of one step, read by a listener.
 */
class ExplainedGradientsTest {
  private static final double TOLERANCE = 1e-15;
  private static final int NETWORKS = 3;

  static Stream<Arguments> networks() {
    List<Arguments> cases = new ArrayList<>();
    for (String activation : List.of("linear", "relu", "sigmoid", "tanh")) {
      for (String loss : List.of("mse", "cross_entropy")) {
        for (int seed = 1; seed <= NETWORKS; seed++) {
          cases.add(Arguments.of(activation, loss, seed));
        }
      }
    }
    return cases.stream();
  }

  /** A random network of 1 to 3 layers of 1 to 4 units (at least 2 outputs for softmax). */
  static String randomConfig(String activation, String loss, int seed, int batchSize) {
    SplittableRandom random = new SplittableRandom(seed * 31L + activation.hashCode());
    int inputs = 1 + random.nextInt(3);
    int hidden = random.nextInt(3);
    List<String> widths = new ArrayList<>();
    for (int h = 0; h < hidden; h++) {
      widths.add(Integer.toString(1 + random.nextInt(4)));
    }
    boolean softmax = loss.equals("cross_entropy");
    int outputs = (softmax ? 2 : 1) + random.nextInt(3);
    StringBuilder rows = new StringBuilder();
    StringBuilder targets = new StringBuilder();
    for (int r = 0; r < 6; r++) {
      List<String> x = new ArrayList<>();
      for (int j = 0; j < inputs; j++) {
        x.add(String.format(Locale.ROOT, "%.3f", random.nextDouble(-2, 2)));
      }
      rows.append(r == 0 ? "" : ", ").append(x);
      List<String> t = new ArrayList<>();
      int label = random.nextInt(outputs);
      for (int j = 0; j < outputs; j++) {
        t.add(softmax ? (j == label ? "1" : "0")
            : String.format(Locale.ROOT, "%.3f", random.nextDouble(-1, 1)));
      }
      targets.append(r == 0 ? "" : ", ").append(t);
    }
    return "seed: " + seed + "\n"
        + "model:\n  inputs: " + inputs + "\n  hidden: " + widths + "\n  activation: "
        + activation + "\n  outputs: " + outputs + "\n  output_activation: "
        + (softmax ? "linear" : activation) + "\n  init: standard\n"
        + "loss: " + loss + "\n"
        + "optimizer: {type: sgd, learning_rate: 0.3, momentum: " + (seed % 2 == 0 ? 0.9 : 0)
        + "}\n"
        + "training: {epochs: 1, batch_size: " + batchSize + ", shuffle: true}\n"
        + "data:\n  inline:\n    inputs: [" + rows + "]\n    targets: [" + targets + "]\n";
  }

  /** What the trainer computed in its first step. */
  record Trained(List<double[]> gradients, List<double[]> after) {}

  static Trained trainOneStep(String yaml) {
    Experiment experiment = TestExperiments.fromYaml(yaml);
    List<double[]> gradients = new ArrayList<>();
    List<double[]> after = new ArrayList<>();
    new TrainingLoop(experiment, Kernels.defaults()).listen(new TrainingListener() {
      @Override
      public void afterBackward(Batch batch) {
        if (batch.index() == 1) {
          batch.network().parameters().forEach(p -> gradients.add(p.gradients().clone()));
        }
      }

      @Override
      public void afterStep(Batch batch) {
        if (batch.index() == 1) {
          batch.network().parameters().forEach(p -> after.add(p.values().clone()));
        }
      }
    }).trainOneMoreEpoch();
    return new Trained(gradients, after);
  }

  static void assertPrintedGradientsAreTheTrainers(Explanation explanation, Experiment explained,
      Trained trained) {
    Anatomy anatomy = new Anatomy(explained.network());
    List<Parameter> parameters = explained.network().parameters();
    int checked = 0;
    for (int p = 0; p < parameters.size(); p++) {
      for (int k = 0; k < parameters.get(p).size(); k++) {
        Expr lhs = new Expr.Partial(Symbol.loss(), anatomy.symbol(p, k));
        Optional<Equation> printed = explanation.equations().filter(e -> e.lhs().equals(lhs))
            .reduce((first, second) -> second);
        assertTrue(printed.isPresent(), "dL/d" + anatomy.symbol(p, k) + " is printed");
        double expected = trained.gradients().get(p)[k];
        assertEquals(expected, printed.get().value(), TOLERANCE * Math.max(1, Math.abs(expected)),
            "dL/d" + anatomy.symbol(p, k));
        checked++;
      }
    }
    assertEquals(explained.network().parameterCount(), checked);
  }

  @ParameterizedTest(name = "{0} + {1}, network {2}")
  @MethodSource("networks")
  void gradientsOfTheFirstSampleAreTheTrainersFirstStepWithBatchesOfOne(String activation,
      String loss, int seed) {
    String yaml = randomConfig(activation, loss, seed, 1);
    Experiment experiment = TestExperiments.fromYaml(yaml);
    Explanation explanation = Explainer.explain(experiment, ExplainRequest.FIRST_SAMPLE);
    assertPrintedGradientsAreTheTrainers(explanation, experiment, trainOneStep(yaml));
  }

  @ParameterizedTest(name = "{0} + {1}, network {2}")
  @MethodSource("networks")
  void batchGradientsAreTheTrainersFirstStep(String activation, String loss, int seed) {
    String yaml = randomConfig(activation, loss, seed, 4);
    Experiment experiment = TestExperiments.fromYaml(yaml);
    Explanation explanation = Explainer.explain(experiment,
        new ExplainRequest(Optional.empty(), true, Optional.empty()));
    assertPrintedGradientsAreTheTrainers(explanation, experiment, trainOneStep(yaml));
  }

  @ParameterizedTest(name = "{0} + {1}, network {2}")
  @MethodSource("networks")
  void updatedValuesAreTheTrainersAfterItsFirstStep(String activation, String loss, int seed) {
    String yaml = randomConfig(activation, loss, seed, 1);
    Experiment explained = TestExperiments.fromYaml(yaml);
    Explanation explanation = Explainer.explain(explained, ExplainRequest.FIRST_SAMPLE);
    Trained trained = trainOneStep(yaml);
    Anatomy anatomy = new Anatomy(explained.network());
    List<Parameter> parameters = explained.network().parameters();
    for (int p = 0; p < parameters.size(); p++) {
      for (int k = 0; k < parameters.get(p).size(); k++) {
        Expr lhs = new Expr.Updated(anatomy.symbol(p, k));
        double printed = explanation.equations().filter(e -> e.lhs().equals(lhs))
            .findFirst().orElseThrow().value();
        assertEquals(trained.after().get(p)[k], printed, TOLERANCE, lhs.toString());
      }
    }
  }
}
