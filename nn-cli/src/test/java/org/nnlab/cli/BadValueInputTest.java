package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.cli.Cli.VALID;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.train;
import static org.nnlab.cli.Cli.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code nn train} refuses values of the wrong type or range, parameters of the wrong shape, and
 * a loss that does not fit the output layer, saying what was expected.
 */
class BadValueInputTest {
  private static final String DATA = """
      data:
        inline:
          inputs: [[0, 0], [1, 1]]
          targets: [[0], [1]]
      """;

  @TempDir Path dir;

  private Path config(String text) {
    return write(dir, "model.yaml", text);
  }

  @Test
  void textWhereANumberIsExpectedIsRefused() {
    Path config = config(VALID.replace("inputs: 2", "inputs: two"));
    assertRefused(train(config), "model.yaml:3:11: model.inputs: expected an integer from 1 to",
        "found 'two'");
  }

  @Test
  void quotedNumberIsTextAndRefused() {
    Path config = config(VALID + "training: {epochs: '10'}\n");
    assertRefused(train(config), "model.yaml:11:20: training.epochs: expected an integer",
        "found '10'");
  }

  @Test
  void listWhereAMappingIsExpectedIsRefused() {
    Path config = config(VALID + "training: [10, 32]\n");
    assertRefused(train(config), "model.yaml:11:11: training: expected a mapping of keys to "
        + "values, found a list");
  }

  @Test
  void mappingWhereAListIsExpectedIsRefused() {
    Path config = config(VALID.replace("hidden: [4]", "hidden: {units: 4}"));
    assertRefused(train(config), "model.yaml:4:11: model.hidden: expected a list, found a "
        + "mapping");
  }

  @Test
  void emptySectionIsReportedAsNothing() {
    Path config = config("model:\nloss: mse\n" + DATA);
    assertRefused(train(config), "model.yaml:1:7: model: expected a mapping of keys to values, "
        + "found nothing");
  }

  @Test
  void textWhereAPluginOptionNumberIsExpectedIsRefused() {
    Path config = config(VALID + "optimizer: {type: sgd, learning_rate: fast}\n");
    assertRefused(train(config), "model.yaml:11:39: optimizer.learning_rate: expected a "
        + "finite number, found 'fast'");
  }

  @Test
  void textWhereABooleanIsExpectedIsRefused() {
    Path config = config(VALID + "training: {shuffle: sometimes}\n");
    assertRefused(train(config), "model.yaml:11:21: training.shuffle: expected true or false, "
        + "found 'sometimes'");
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "-1, -1", "-0.5, -0.5"})
  void nonPositiveLearningRateIsRefusedAsWritten(String written, String found) {
    Path config = config(VALID + "optimizer: {type: sgd, learning_rate: " + written + "}\n");
    assertRefused(train(config), "model.yaml:11:39: optimizer.learning_rate: expected a "
        + "positive number, found " + found);
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.inf", ".nan", ".NaN", "1e400"})
  void nonFiniteLearningRateIsRefused(String written) {
    Path config = config(VALID + "optimizer: {type: sgd, learning_rate: " + written + "}\n");
    assertRefused(train(config), "model.yaml:11:39: optimizer.learning_rate: expected a "
        + "finite number, found " + written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3"})
  void nonPositiveUnitsInTheShorthandAreRefused(String units) {
    Path config = config(VALID.replace("hidden: [4]", "hidden: [" + units + "]"));
    assertRefused(train(config), "model.yaml:4:12: model.hidden[0]: expected an integer from "
        + "1 to 1000000, found " + units);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3"})
  void nonPositiveUnitsOfAnExplicitLayerAreRefused(String units) {
    Path config = config("model:\n  inputs: 2\n  layers:\n    - {units: " + units + "}\n"
        + "loss: mse\n" + DATA);
    assertRefused(train(config), "model.yaml:4:15: model.layers[0].units: expected an integer "
        + "from 1 to 1000000, found " + units);
  }

  @Test
  void zeroBatchSizeIsRefused() {
    Path config = config(VALID + "training: {batch_size: 0}\n");
    assertRefused(train(config), "model.yaml:11:24: training.batch_size: expected an integer "
        + "from 1 to", "found 0");
  }

  @Test
  void zeroEpochsAreRefused() {
    Path config = config(VALID + "training: {epochs: 0}\n");
    assertRefused(train(config), "model.yaml:11:20: training.epochs: expected an integer from 1 "
        + "to", "found 0");
  }

  @Test
  void fractionalEpochsAreRefused() {
    Path config = config(VALID + "training: {epochs: 1.5}\n");
    assertRefused(train(config), "model.yaml:11:20: training.epochs: expected an integer",
        "found 1.5");
  }

  @Test
  void weightsOfTheWrongShapeAreRefusedWithTheExpectedShape() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - units: 2
              weights: [[1, 2, 3], [4, 5, 6]]
        loss: mse
        """ + DATA.replace("[[0], [1]]", "[[0, 1], [1, 0]]"));
    assertRefused(train(config), "model.yaml:5:16: model.layers[0].weights: expected a 2 x 2 "
        + "matrix ([units][inputs]", "found a 2 x 3 matrix");
  }

  @Test
  void weightsWithTooManyRowsAreRefused() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - units: 1
              weights: [[1, 2], [3, 4]]
        loss: mse
        """ + DATA);
    assertRefused(train(config), "model.yaml:5:16: model.layers[0].weights: expected a 1 x 2 "
        + "matrix", "found a 2 x 2 matrix");
  }

  @Test
  void raggedWeightsAreRefusedAtTheShortRow() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - units: 2
              weights: [[1, 2], [3]]
        loss: mse
        """ + DATA.replace("[[0], [1]]", "[[0, 1], [1, 0]]"));
    assertRefused(train(config), "model.yaml:5:25: model.layers[0].weights[1]: expected 2 "
        + "numbers like the first row, found 1");
  }

  @Test
  void biasesOfTheWrongLengthAreRefused() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - units: 2
              biases: [0.1, 0.2, 0.3]
            - units: 1
        loss: mse
        """ + DATA);
    assertRefused(train(config), "model.yaml:5:15: model.layers[0].biases: expected 2 numbers "
        + "(one per unit), found 3 numbers");
  }

  @Test
  void crossEntropyAfterANonLinearOutputActivationIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2, output_activation: sigmoid}
        loss: cross_entropy
        data: {synthetic: {name: xor}}
        """);
    assertRefused(train(config), "model.yaml:1:64: model.output_activation: loss "
        + "'cross_entropy' applies softmax", "must be linear, found 'sigmoid'");
  }

  @Test
  void crossEntropyAfterANonLinearExplicitLastLayerIsRefused() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - {units: 4, activation: relu}
            - {units: 2, activation: {type: tanh}}
        loss: cross_entropy
        data: {synthetic: {name: xor}}
        """);
    assertRefused(train(config), "model.yaml:5:37: model.layers[1].activation.type: loss "
        + "'cross_entropy' applies softmax", "must be linear, found 'tanh'");
  }

  @Test
  void binaryCrossEntropyAfterANonLinearOutputActivationIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 1, output_activation: sigmoid}
        loss: binary_cross_entropy
        data: {synthetic: {name: xor}}
        """);
    assertRefused(train(config), "model.yaml:1:64: model.output_activation: loss "
        + "'binary_cross_entropy' applies a sigmoid to the raw outputs itself, so the last "
        + "layer's activation must be linear, found 'sigmoid'");
  }

  @Test
  void binaryCrossEntropyWithMoreThanOneOutputIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2, output_activation: linear}
        loss: binary_cross_entropy
        data: {synthetic: {name: xor}}
        """);
    assertRefused(train(config), "model.yaml:2:7: loss: loss 'binary_cross_entropy' applies a "
        + "sigmoid to a single output, the probability of the second of 2 classes, so the last "
        + "layer needs 1 unit, found 2");
  }

  @Test
  void binaryCrossEntropyOnThreeClassesIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 1, output_activation: linear}
        loss: binary_cross_entropy
        data: {synthetic: {name: spiral, classes: 3}}
        """);
    assertRefused(train(config), "data.synthetic: ", "has 3 classes (0, 1, 2) but the loss "
        + "applies a sigmoid to a single output, which holds exactly 2 classes");
  }

  @Test
  void binaryCrossEntropyOnATargetThatIsNeitherZeroNorOneIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 1, output_activation: linear}
        loss: binary_cross_entropy
        data: {inline: {inputs: [[0, 0], [1, 1]], targets: [1, 0.5]}}
        """);
    assertRefused(train(config), "data.inline.targets[1]: expected a class index from 0 to 1 "
        + "(the model has 1 output for 2 classes), found 0.5");
  }

  @Test
  void valueOfAMillionDigitsIsShortenedInTheMessage() {
    Path config = config(VALID + "training: {epochs: " + "1".repeat(1_000_000) + "}\n");
    String line = assertRefused(train(config), "model.yaml:11:20: training.epochs: expected an "
        + "integer from 1 to 10000000, found '" + "1".repeat(80) + "...' (1000000 characters)");
    assertTrue(line.length() < 300, line);
  }

  @Test
  void optionSetThroughAPluginsTypeIsBlamedOnTheSet() {
    Path config = config(VALID);
    assertRefused(train(config, "--set", "loss.type.x=1"), "error: --set loss.type.x=1: "
        + "loss.type: expected a name, found a mapping");
  }
}
