package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.nnlab.api.Parameter;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.stats.EpochStats;

class TrainingLoopTest {
  private static final String SPIRAL = """
      seed: 3
      model:
        inputs: 2
        hidden: [16, 16]
        activation: tanh
        outputs: 3
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.05, momentum: 0.9}
      training: {epochs: 4, batch_size: 25, shuffle: true}
      data:
        synthetic: {name: spiral, samples: 210, noise: 0.05}
      """;

  /** One linear unit y = 0.5 x, trained with plain SGD in unshuffled batches of two. */
  private static final String LINE = """
      model:
        inputs: 1
        layers: [{units: 1, activation: linear, weights: [[0.5]], biases: [0.0]}]
      loss: mse
      optimizer: {type: sgd, learning_rate: 0.1}
      training: {epochs: 1, batch_size: 2, shuffle: false}
      """;

  private static String reportOf(String yaml) {
    Experiment experiment = TestExperiments.fromYaml(yaml);
    return TrainingReport.json(experiment, TestExperiments.train(experiment));
  }

  private static List<double[]> parameterValues(Experiment experiment) {
    List<double[]> values = new ArrayList<>();
    for (Parameter parameter : experiment.network().parameters()) {
      values.add(parameter.values().clone());
    }
    return values;
  }

  @Test
  void sameConfigAndSeedGiveBitIdenticalReports() {
    assertEquals(reportOf(SPIRAL), reportOf(SPIRAL));
  }

  @Test
  void singleThreadedAndParallelKernelsGiveBitIdenticalTraining() {
    String wide = SPIRAL.replace("hidden: [16, 16]", "hidden: [256, 256]")
        .replace("batch_size: 25", "batch_size: 105").replace("epochs: 4", "epochs: 2");
    Experiment parallel = TestExperiments.fromYaml(wide);
    Experiment single = TestExperiments.fromYaml(wide);
    new TrainingLoop(parallel, Kernels.defaults()).run();
    new TrainingLoop(single, Kernels.singleThreaded()).run();
    List<double[]> a = parameterValues(parallel);
    List<double[]> b = parameterValues(single);
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i), b.get(i), 0.0);
    }
  }

  @Test
  void differentSeedsGiveDifferentRuns() {
    assertNotEquals(reportOf(SPIRAL), reportOf(SPIRAL.replace("seed: 3", "seed: 4")));
  }

  @Test
  void lossFallsOnALearnableProblem() {
    Experiment experiment = TestExperiments.fromYaml(SPIRAL.replace("epochs: 4", "epochs: 40"));
    List<EpochStats> epochs = TestExperiments.train(experiment).epochs();
    assertEquals(40, epochs.size());
    assertTrue(epochs.get(39).loss() < 0.6 * epochs.get(0).loss(),
        "loss went from " + epochs.get(0).loss() + " to " + epochs.get(39).loss());
    assertTrue(epochs.get(39).accuracy() > 0.6, "accuracy " + epochs.get(39).accuracy());
  }

  @Test
  void epochLossIsTheMeanOfItsBatchLossesBeforeEachUpdate() {
    // Two batches of two samples, no shuffling: recompute each batch loss by hand.
    String yaml = LINE + "data: {inline: {inputs: [1, 2, 3, 4], targets: [2, 4, 6, 8]}}\n";
    double w = 0.5;
    double first = (Math.pow(w * 1 - 2, 2) + Math.pow(w * 2 - 4, 2)) / 2;
    double weightGradient = (2 * (w * 1 - 2) * 1 + 2 * (w * 2 - 4) * 2) / 2;
    double biasGradient = (2 * (w * 1 - 2) + 2 * (w * 2 - 4)) / 2;
    w -= 0.1 * weightGradient;
    double b = -0.1 * biasGradient;
    double second = (Math.pow(w * 3 + b - 6, 2) + Math.pow(w * 4 + b - 8, 2)) / 2;
    EpochStats stats = TestExperiments.train(TestExperiments.fromYaml(yaml)).epochs().get(0);
    assertEquals((first + second) / 2, stats.loss(), 1e-12);
    assertFalse(stats.hasAccuracy(), "regression has no accuracy");
  }

  @Test
  void lastBatchOfAnEpochMayBeSmaller() {
    // Three samples in batches of two: one step on samples 1 and 2, then one on sample 3 alone.
    String yaml = LINE + "data: {inline: {inputs: [1, 2, 3], targets: [2, 4, 6]}}\n";
    double w = 0.5;
    double b = 0;
    double first = (Math.pow(w * 1 + b - 2, 2) + Math.pow(w * 2 + b - 4, 2)) / 2;
    double dw = (2 * (w * 1 + b - 2) * 1 + 2 * (w * 2 + b - 4) * 2) / 2;
    double db = (2 * (w * 1 + b - 2) + 2 * (w * 2 + b - 4)) / 2;
    w -= 0.1 * dw;
    b -= 0.1 * db;
    double second = Math.pow(w * 3 + b - 6, 2);
    double lastError = w * 3 + b - 6;
    w -= 0.1 * 2 * lastError * 3;
    b -= 0.1 * 2 * lastError;
    Experiment experiment = TestExperiments.fromYaml(yaml);
    EpochStats stats = TestExperiments.train(experiment).epochs().get(0);
    List<Parameter> parameters = experiment.network().parameters();
    assertArrayEquals(new double[] {w, b, (first + second) / 2},
        new double[] {parameters.get(0).values()[0], parameters.get(1).values()[0], stats.loss()},
        1e-12, "weight, bias and epoch loss after a batch of 2 and a batch of 1");
  }

  @Test
  void divergenceStopsTrainingAndKeepsTheLastFiniteParameters() {
    String yaml = """
        model:
          inputs: 1
          layers:
            - {units: 4, activation: relu, init: he_uniform}
            - {units: 1, activation: linear}
        loss: mse
        optimizer: {type: sgd, learning_rate: 1.0e+6}
        training: {epochs: 50, batch_size: 2, shuffle: false}
        data: {inline: {inputs: [1, 2, 3, 4], targets: [2, 4, 6, 8]}}
        """;
    Experiment experiment = TestExperiments.fromYaml(yaml);
    TrainingResult result = TestExperiments.train(experiment);
    assertFalse(result.succeeded());
    Divergence divergence = result.divergence().orElseThrow();
    assertTrue(divergence.message().startsWith("training diverged at epoch "),
        divergence.message());
    assertTrue(divergence.epoch() >= 1 && divergence.batch() >= 1);
    for (Parameter parameter : experiment.network().parameters()) {
      for (double value : parameter.values()) {
        assertTrue(Double.isFinite(value), parameter + " holds " + value);
      }
    }
  }

  @Test
  void divergenceNamesTheLayerWhoseGradientOverflowed() {
    // Huge weights make the output and its gradient overflow on the very first batch.
    String yaml = """
        model:
          inputs: 1
          layers:
            - {units: 1, activation: linear, weights: [[1.0e+200]], biases: [0.0]}
            - {units: 1, activation: linear, weights: [[1.0e+200]], biases: [0.0]}
        loss: mse
        training: {epochs: 1, batch_size: 1, shuffle: false}
        data: {inline: {inputs: [1], targets: [1]}}
        """;
    TrainingResult result = TestExperiments.train(TestExperiments.fromYaml(yaml));
    Divergence divergence = result.divergence().orElseThrow();
    assertEquals(1, divergence.epoch());
    assertEquals(1, divergence.batch());
    assertEquals(2, divergence.layer(), divergence.message());
    assertTrue(divergence.message().contains("layer 2: the forward pass produced +Inf"),
        divergence.message());
  }

  @Test
  void trainingOnceThenAgainFromTheSameStartRepeatsExactly() {
    Experiment once = TestExperiments.fromYaml(SPIRAL);
    Experiment again = TestExperiments.fromYaml(SPIRAL);
    List<double[]> start = parameterValues(once);
    TestExperiments.train(once);
    TestExperiments.train(again);
    List<double[]> trained = parameterValues(once);
    assertFalse(Arrays.equals(start.get(0), trained.get(0)), "training changed the weights");
    List<double[]> repeated = parameterValues(again);
    for (int i = 0; i < trained.size(); i++) {
      assertArrayEquals(trained.get(i), repeated.get(i), 0.0, "parameter " + i);
    }
  }

  @Test
  void stopIsAskedBeforeEveryBatch() {
    // 210 samples in batches of 25: 9 batches per epoch, the last of 10 samples; 4 epochs.
    BooleanSupplier stop = mock(BooleanSupplier.class);
    new TrainingLoop(TestExperiments.fromYaml(SPIRAL), Kernels.defaults()).run(stop);
    verify(stop, times(4 * 9)).getAsBoolean();
  }

  @Test
  void anEpochCutShortByStopIsNotReportedToTheListener() {
    TrainingListener listener = mock(TrainingListener.class);
    // Two epochs of 9 batches, then 3 batches of the third before the stop.
    AtomicInteger asked = new AtomicInteger();
    BooleanSupplier stop = () -> asked.incrementAndGet() > 2 * 9 + 3;
    new TrainingLoop(TestExperiments.fromYaml(SPIRAL), Kernels.defaults()).listen(listener)
        .run(stop);
    InOrder order = inOrder(listener);
    order.verify(listener).onEpochEnd(argThat(stats -> stats.epoch() == 1), any());
    order.verify(listener).onEpochEnd(argThat(stats -> stats.epoch() == 2), any());
    verify(listener, times(2)).onEpochEnd(any(), any());
  }

  @Test
  void theSquaresBeforeAStepAreThoseOfTheCopyTakenBeforeItOnEveryBatch() {
    List<String> mismatches = new ArrayList<>();
    AtomicInteger checked = new AtomicInteger();
    TrainingListener check = new TrainingListener() {
      @Override
      public void afterStep(Batch batch) {
        for (int p = 0; p < batch.network().parameters().size(); p++) {
          double copy = batch.before(p).squares(Kernels.singleThreaded());
          if (Double.doubleToLongBits(copy) != Double.doubleToLongBits(batch.valueSquaresBefore(p))) {
            mismatches.add("epoch " + batch.epoch() + " batch " + batch.index() + " parameter " + p);
          }
          checked.incrementAndGet();
        }
      }
    };
    new TrainingLoop(TestExperiments.fromYaml(SPIRAL), Kernels.defaults()).listen(check).run();
    assertEquals(List.of(), mismatches);
    // 4 epochs of 9 batches, 3 layers of weights and biases.
    assertEquals(4 * 9 * 6, checked.get());
  }
}
