package org.nnlab.cli;

import static org.nnlab.cli.Cli.VALID;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.train;
import static org.nnlab.cli.Cli.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn train} refuses unknown keys and unknown plugin names with the known ones and the
 * closest as a suggestion.
 */
class UnknownNameInputTest {
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
  void unknownTopLevelKeyListsKnownKeysAndSuggestsClosest() {
    Path config = config(VALID.replace("model:", "modle:"));
    assertRefused(train(config), "model.yaml:2:1: modle: unknown key 'modle'",
        "did you mean 'model'?", "known keys: compare, data, engine, loss, model, name, optimizer, "
            + "seed, state, training, validation, version");
  }

  @Test
  void unknownModelKeyNamesItsPathAndSuggestsClosest() {
    Path config = config(VALID.replace("  hidden:", "  hiden:"));
    assertRefused(train(config), "model.yaml:4:3: model.hiden: unknown key 'hiden'",
        "did you mean 'hidden'?", "known keys: activation, bias_init, dropout, hidden, init, "
            + "inputs, layers, normalization");
  }

  @Test
  void unknownTrainingKeyNamesItsPathAndSuggestsClosest() {
    Path config = config(VALID + "training: {epoch: 3}\n");
    assertRefused(train(config), "model.yaml:11:12: training.epoch: unknown key 'epoch'",
        "did you mean 'epochs'?",
        "known keys: batch_size, clip_grad_norm, clip_grad_value, early_stopping, epochs, "
        + "shuffle, statistics");
  }

  @Test
  void unknownDataKeyNamesItsPathAndSuggestsClosest() {
    Path config = config(VALID.replace("  inline:", "  inlin:"));
    assertRefused(train(config), "model.yaml:8:3: data.inlin: unknown key 'inlin'",
        "did you mean 'inline'?", "known keys: csv, inline, standardize, synthetic");
  }

  @Test
  void unknownPluginOptionListsTheOptionsAndSuggestsClosest() {
    Path config = config(VALID + "optimizer: {type: sgd, momentun: 0.9}\n");
    assertRefused(train(config),
        "model.yaml:11:24: optimizer.momentun: unknown key 'momentun'",
        "did you mean 'momentum'?",
        "known keys: learning_rate, momentum, nesterov, schedule, type, weight_decay", "'sgd'");
  }

  @Test
  void unknownLayerKeySuggestsTheEngineKeyItResembles() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - {units: 1, activaton: relu}
        loss: mse
        """ + DATA);
    assertRefused(train(config),
        "model.yaml:4:18: model.layers[0].activaton: unknown key 'activaton'",
        "did you mean 'activation'?",
        "known keys: activation, bias_init, biases, init, residual, type, units");
  }

  @Test
  void unknownActivationListsKnownNamesAndSuggestsClosest() {
    Path config = config(VALID.replace("  hidden: [4]\n", "  hidden: [4]\n  activation: sigmod\n"));
    assertRefused(train(config), "model.yaml:5:15: model.activation: unknown activation 'sigmod'",
        "did you mean 'sigmoid'?", "known activations: elu, gelu, hard_sigmoid, hard_tanh, leaky_relu, linear, mish, "
            + "relu, selu, sigmoid, silu, softplus, softsign, tanh");
  }

  @Test
  void unknownOptimizerListsKnownNamesAndSuggestsClosest() {
    Path config = config(VALID + "optimizer: {type: sdg, learning_rate: 0.1}\n");
    assertRefused(train(config), "model.yaml:11:19: optimizer.type: unknown optimizer 'sdg'",
        "did you mean 'sgd'?", "known optimizers: adagrad, adam, adamw, rmsprop, sgd");
  }

  @Test
  void unknownLossListsKnownNamesAndSuggestsClosest() {
    Path config = config(VALID.replace("loss: mse", "loss: cross_entrpy"));
    assertRefused(train(config), "model.yaml:6:7: loss: unknown loss 'cross_entrpy'",
        "did you mean 'cross_entropy'?",
        "known losses: binary_cross_entropy, cross_entropy, huber, l1, mse");
  }

  @Test
  void aMisspeltNewLossIsSuggested() {
    Path config = config(VALID.replace("loss: mse", "loss: {type: hubber, delta: 0.5}"));
    assertRefused(train(config), "model.yaml:6:14: loss.type: unknown loss 'hubber'",
        "did you mean 'huber'?");
  }

  @Test
  void unknownInitSchemeListsKnownNamesAndSuggestsClosest() {
    Path config = config(VALID.replace("  outputs: 1\n", "  outputs: 1\n  init: he_unifrom\n"));
    assertRefused(train(config), "model.yaml:6:9: model.init: unknown init scheme 'he_unifrom'",
        "did you mean 'he_uniform'?", "known init schemes: he_normal, he_uniform, lecun_normal, "
            + "lecun_uniform, orthogonal, standard, xavier_normal, xavier_uniform, zeros");
  }

  @Test
  void aWeightSchemeTypoAsBiasInitIsLocatedAndPointsToInit() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - {units: 1, bias_init: xavier_normall}
        loss: mse
        """ + DATA);
    assertRefused(train(config),
        "model.yaml:4:29: model.layers[0].bias_init: unknown bias init 'xavier_normall'",
        "'xavier_normal' is a weight init scheme (did you mean init: xavier_normal?)",
        "known bias inits: standard, zeros");
  }

  @Test
  void unknownLayerTypeListsKnownNamesAndSuggestsClosest() {
    Path config = config("""
        model:
          inputs: 2
          layers:
            - {type: dens, units: 1}
        loss: mse
        """ + DATA);
    assertRefused(train(config), "model.yaml:4:14: model.layers[0].type: unknown layer type "
        + "'dens'", "did you mean 'dense'?", "known layer types: batch_norm, dense, dropout, layer_norm");
  }

  @Test
  void unknownSyntheticDatasetListsKnownNamesAndSuggestsClosest() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2}
        loss: cross_entropy
        data: {synthetic: {name: spiarl}}
        """);
    assertRefused(train(config), "model.yaml:3:26: data.synthetic.name: unknown dataset "
        + "'spiarl'", "did you mean 'spiral'?", "known datasets: circles, moons, spiral, xor");
  }

  @Test
  void unknownCsvTargetColumnListsTheHeader() {
    write(dir, "points.csv", "x1,x2,label\n0,0,a\n1,1,b\n");
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2}
        loss: cross_entropy
        data: {csv: {path: points.csv, target: lable}}
        """);
    assertRefused(train(config), "model.yaml:3:13: data.csv.target: unknown column 'lable'",
        "did you mean 'label'?", "known columns: label, x1, x2", "points.csv");
  }
}
