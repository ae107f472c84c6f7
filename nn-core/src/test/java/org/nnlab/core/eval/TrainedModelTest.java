package org.nnlab.core.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentLoader;
import org.nnlab.core.data.TargetColumns;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.train.TestExperiments;

class TrainedModelTest {
  /** One dense layer of 2 inputs and 3 outputs whose logits are its inputs and their sum. */
  static final String LAYER = """
      model:
        inputs: 2
        layers:
          - {units: 3, weights: [[1, 0], [0, 1], [1, 1]], biases: [0, 0, 0]}
      loss: cross_entropy
      """;

  @TempDir Path dir;

  TrainedModel load(String yaml) {
    return load(dir, yaml);
  }

  static TrainedModel load(Path dir, String yaml) {
    return TrainedModel.load(ExperimentLoader.fromText(yaml, dir.resolve("model.yaml"),
        List.of()), TestExperiments.REGISTRY, Kernels.defaults(), 4);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aLayerWhoseWeightsWouldComeFromTheInitSchemeIsRefusedByName() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("""
        model: {inputs: 2, hidden: [3], outputs: 1}
        loss: mse
        data: {inline: {inputs: [[0, 0]], targets: [[0]]}}
        """));
    assertEquals("model.yaml:1:29: model.hidden[0]: layer 1 (dense) has no trained weights: "
        + "they would be drawn from init xavier_uniform; evaluate and predict need a model saved "
        + "by 'nn train --save', or the layer's weights written in the configuration",
        e.getMessage().replace(dir + "/", ""));
  }

  @Test
  void aBatchNormLayerEvaluatesWithItsSavedRunningStatistics() {
    TrainedModel model = load("""
        model:
          inputs: 2
          layers:
            - {units: 2, weights: [[1, 0], [0, 1]], biases: [0, 0]}
            - {type: batch_norm, gamma: [2, 1], beta: [0, 0.5], running_mean: [1, -1],
               running_var: [4, 0.25]}
        loss: mse
        data: {inline: {inputs: [[0, 0]], targets: [[0, 0]]}}
        """);
    Matrix output = model.network().forward(Matrix.wrap(1, 2, new double[] {3, 0}),
        Mode.EVALUATION);
    assertArrayEquals(new double[] {2 * 2 / Math.sqrt(4 + 1e-5), 1 / Math.sqrt(0.25 + 1e-5) + 0.5},
        Arrays.copyOf(output.data(), output.size()), 1e-15);
  }

  @Test
  void aSavedModelTakesItsClassesFromItsStateWithoutReadingItsTrainingData() {
    TrainedModel model = load(LAYER + """
        data: {csv: {path: gone.csv, target: species}}
        state: {input_names: [a, b], target_names: [species], classes: [cat, dog, owl]}
        """);
    assertEquals(List.of("cat", "dog", "owl"), model.classes());
  }

  @Test
  void aSavedModelReadsItsInputsByTheirSavedNames() {
    TrainedModel model = load(LAYER + """
        data: {csv: {path: gone.csv, target: species}}
        state: {input_names: [a, b], target_names: [species], classes: [cat, dog, owl]}
        """);
    assertEquals(List.of("a", "b"), model.columns().inputs());
  }

  @Test
  void aHandWrittenModelWithoutStateLearnsItsClassesFromItsTrainingData() throws IOException {
    write("train.csv", "a,b,species\n0,1,owl\n1,0,cat\n1,1,dog\n");
    TrainedModel model = load(LAYER + "data: {csv: {path: train.csv, target: species}}\n");
    assertEquals(List.of("cat", "dog", "owl"), model.classes());
  }

  @Test
  void theSavedStandardizationIsUsedAsItIs() {
    TrainedModel model = load(LAYER + """
        data: {csv: {path: gone.csv, target: species}, standardize: true}
        state:
          classes: [cat, dog, owl]
          standardization: {mean: [10, 20], scale: [2, 4]}
        """);
    assertAll(
        () -> assertArrayEquals(new double[] {10, 20}, model.standardization().get().mean()),
        () -> assertArrayEquals(new double[] {2, 4}, model.standardization().get().scale()));
  }

  @Test
  void aHandWrittenStandardizedModelMeasuresItsTrainingRows() throws IOException {
    // Column a: 0, 2, 4 (mean 2, population deviation sqrt(8/3)); column b: 1, 1, 1 (scale 1).
    write("train.csv", "a,b,species\n0,1,owl\n2,1,cat\n4,1,dog\n");
    TrainedModel model = load(LAYER + """
        data: {csv: {path: train.csv, target: species}, standardize: true}
        """);
    assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 1},
        model.standardization().get().scale(), 1e-15);
  }

  @Test
  void aStandardizedModelWhoseStateLacksTheStatisticsIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> load(LAYER + """
        data: {csv: {path: gone.csv, target: species}, standardize: true}
        state: {classes: [cat, dog, owl]}
        """));
    assertEquals("model.yaml:7:8: state: data.standardize is true but the state has no "
        + "standardization statistics (mean and scale); save the model again with nn train "
        + "--save", e.getMessage().replace(dir + "/", ""));
  }

  @Test
  void savedInputNamesThatDoNotFitTheModelAreRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> load(LAYER + """
        data: {csv: {path: gone.csv, target: species}}
        state: {input_names: [a], classes: [cat, dog, owl]}
        """));
    assertEquals("model.yaml:7:9: state.input_names: expected 2 names, one per input "
        + "(model.inputs is 2), found 1", e.getMessage().replace(dir + "/", ""));
  }

  @Test
  void savedClassesThatDoNotFitTheOutputsAreRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> load(LAYER + """
        data: {csv: {path: gone.csv, target: species}}
        state: {classes: [cat, dog]}
        """));
    assertEquals("model.yaml:7:9: state.classes: 2 classes but the model has 3 outputs; "
        + "expected one output per class (or one output for two classes)",
        e.getMessage().replace(dir + "/", ""));
  }

  @Test
  void dataWithoutColumnNamesGivesNumberedInputsAndATargetColumn() {
    TrainedModel model = load("""
        model: {inputs: 2, layers: [{units: 1, weights: [[1, 1]]}]}
        loss: mse
        data: {inline: {inputs: [[0, 0]], targets: [[0]]}}
        """);
    assertEquals(List.of("x1", "x2", "target"), List.of(model.columns().inputs().get(0),
        model.columns().inputs().get(1), model.columns().targets().names().get(0)));
  }

  @Test
  void unnamedClassesOfASoftmaxLossAreTheirIndices() {
    TrainedModel model = load(LAYER + "data: {inline: {inputs: [[0, 0]], targets: [2]}}\n");
    assertEquals(new TargetColumns.Labels("target", List.of("0", "1", "2"), true, 3),
        model.columns().targets());
  }

  @Test
  void oneHotTargetColumnsOfASoftmaxLossAreTheClasses() {
    TrainedModel model = load(LAYER + """
        data: {csv: {path: gone.csv, target: [cat, dog, owl]}}
        state: {target_names: [cat, dog, owl]}
        """);
    assertEquals(new TargetColumns.OneHot(List.of("cat", "dog", "owl")),
        model.columns().targets());
  }
}
