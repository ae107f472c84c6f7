package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nnlab.cli.Cli.VALID;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.run;
import static org.nnlab.cli.Cli.train;
import static org.nnlab.cli.Cli.write;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn} refuses bad command lines in one line, pointing at {@code --help}. */
class BadUsageTest {
  @TempDir Path dir;
  private Path config;

  @BeforeEach
  void writeConfig() {
    config = write(dir, "model.yaml", VALID);
  }

  @Test
  void unknownOptionIsNamedWithWhereHelpIs() {
    assertRefused(run("train", "--bogus", config.toString()), "unknown option: '--bogus'",
        "'nn train --help'");
  }

  @Test
  void misspeltOptionSuggestsTheRealOne() {
    assertRefused(run("train", config.toString(), "--epoch", "3"), "'--epoch'",
        "did you mean '--epochs'?");
  }

  @Test
  void unknownCommandSuggestsTheClosest() {
    assertRefused(run("tran", config.toString()), "'tran'", "did you mean 'train'?",
        "'nn --help'");
  }

  @Test
  void missingConfigArgumentIsNamed() {
    assertRefused(run("train"), "missing required parameter: 'CONFIG'", "'nn train --help'");
  }

  @Test
  void nonNumericEpochsAreRefusedAtTrainingEpochs() {
    String line = assertRefused(train(config, "--epochs", "abc"), "error: --epochs: "
        + "training.epochs: expected an integer from 1 to 10000000, found 'abc'");
    assertFalse(line.contains("--set"), line);
  }

  @Test
  void setWithoutAnEqualsSignIsRefused() {
    assertRefused(train(config, "--set", "foo"), "--set foo: expected KEY=VALUE, such as "
        + "training.epochs=20, found 'foo'");
  }

  @Test
  void setWithAnUnknownTopLevelKeyListsKnownKeysAndSuggestsClosest() {
    assertRefused(train(config, "--set", "traning.epochs=3"), "--set traning.epochs=3: "
        + "traning: unknown key 'traning'; did you mean 'training'?", "known keys: compare, data, engine, loss");
  }

  @Test
  void setWithAnUnknownNestedKeyListsKnownKeysAndSuggestsClosest() {
    assertRefused(train(config, "--set", "training.epoch=3"), "--set training.epoch=3: "
        + "training.epoch: unknown key 'epoch'; did you mean 'epochs'?",
        "known keys: batch_size, clip_grad_norm, clip_grad_value, early_stopping, epochs, "
        + "shuffle, statistics");
  }

  @Test
  void setWithAnUnknownOptionOfADefaultPluginListsItsOptions() {
    assertRefused(train(config, "--set", "optimizer.momentun=0.5"),
        "--set optimizer.momentun=0.5: optimizer.momentun: unknown key 'momentun'; did you mean "
            + "'momentum'?", "known keys: learning_rate, momentum, nesterov, schedule, type, "
            + "weight_decay");
  }

  @Test
  void setWithAMalformedPathIsRefused() {
    assertRefused(train(config, "--set", "training..epochs=3"), "malformed key path "
        + "'training..epochs'", "such as model.layers[0].activation");
  }

  @Test
  void setWithAnIndexBeyondTheListIsRefused() {
    assertRefused(train(config, "--set", "model.hidden[3]=8"), "--set model.hidden[3]=8: "
        + "model.hidden: index 3 is out of range: the list has 1 item");
  }

  @Test
  void setWithAnUnclosedBracketIsASyntaxErrorOfThatValue() {
    assertRefused(train(config, "--set", "model.hidden=[8"), "--set model.hidden=[8: "
        + "model.hidden: YAML syntax error", "a bracket is not closed");
  }

  @Test
  void setWithAWrongValueIsReportedAsComingFromTheCommandLine() {
    assertRefused(train(config, "--set", "optimizer.learning_rate=-1"),
        "--set optimizer.learning_rate=-1: optimizer.learning_rate: expected a positive number, "
            + "found -1");
  }
}
