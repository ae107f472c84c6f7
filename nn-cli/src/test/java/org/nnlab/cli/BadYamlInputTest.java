package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nnlab.cli.Cli.VALID;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.train;
import static org.nnlab.cli.Cli.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.core.config.YamlReader;

/** {@code nn train} refuses configuration files that are not usable YAML, in one line. */
class BadYamlInputTest {
  @TempDir Path dir;

  @Test
  void badIndentationIsASyntaxErrorWithLineColumnAndHint() {
    Path config = write(dir, "model.yaml", """
        version: 1
        model:
          inputs: 2
           hidden: [4]
          outputs: 1
        """);
    assertRefused(train(config), "model.yaml:4:10: model: YAML syntax error",
        "mapping values are not allowed here", "check the indentation");
  }

  @Test
  void unclosedBracketIsASyntaxErrorInTheListItOpens() {
    Path config = write(dir, "model.yaml", """
        model: {inputs: 2, hidden: [4, outputs: 1
        loss: mse
        """);
    assertRefused(train(config), "model.yaml:2:5: model.hidden: YAML syntax error",
        "expected ',' or ']'", "a bracket is not closed");
  }

  @Test
  void tabIndentationIsASyntaxErrorSayingToUseSpaces() {
    Path config = write(dir, "model.yaml", "model:\n\tinputs: 2\n");
    assertRefused(train(config), "model.yaml:2:1: model: YAML syntax error",
        "indent with spaces, not tabs");
  }

  @Test
  void duplicateTopLevelKeyNamesBothLines() {
    Path config = write(dir, "model.yaml", VALID + "loss: cross_entropy\n");
    assertRefused(train(config), "model.yaml:11:1: loss: duplicate key 'loss'",
        "first written at line 6");
  }

  @Test
  void duplicateNestedKeyNamesItsFullPath() {
    Path config = write(dir, "model.yaml", VALID.replace("  inputs: 2\n",
        "  inputs: 2\n  inputs: 3\n"));
    assertRefused(train(config), "model.yaml:4:3: model.inputs: duplicate key 'inputs'",
        "first written at line 3");
  }

  @Test
  void aliasBombIsRefusedBeforeItExpands() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char name = 'b'; name <= 'i'; name++) {
      String previous = "*" + (char) (name - 1);
      bomb.append(name).append(": &").append(name).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    Path config = write(dir, "bomb.yaml", bomb.toString());
    assertRefused(train(config), "bomb.yaml:7:", "YAML expands to more than 2000000 nodes",
        "aliases that multiply");
  }

  @Test
  void newerFormatVersionAsksForAnUpgrade() {
    Path config = write(dir, "model.yaml", VALID.replace("version: 1", "version: 3"));
    assertRefused(train(config), "model.yaml:1:10: version:", "format version 3 is newer",
        "up to 2", "upgrade nnlab");
  }

  @Test
  void missingConfigFileIsNamed() {
    assertRefused(train(dir.resolve("absent.yaml")), "absent.yaml: file not found");
  }

  @Test
  void emptyConfigFileIsNamed() {
    Path config = write(dir, "empty.yaml", "");
    assertRefused(train(config), "empty.yaml: file is empty");
  }

  @Test
  void configOfOnlyCommentsCountsAsEmpty() {
    Path config = write(dir, "comments.yaml", "# nothing yet\n---\n");
    assertRefused(train(config), "comments.yaml: file is empty");
  }

  @Test
  void configPathThatIsADirectoryIsNamed() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("configs"));
    assertRefused(train(folder), "configs: is a directory, expected a YAML file");
  }

  @Test
  void secondDocumentIsRefusedWhereItStarts() {
    Path config = write(dir, "model.yaml", VALID + "---\nname: second\n");
    assertRefused(train(config), "model.yaml:11:1: more than one YAML document");
  }

  @Test
  void configThatIsNotUtf8IsNamed() throws Exception {
    Path config = dir.resolve("latin1.yaml");
    Files.write(config, "name: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertRefused(train(config), "latin1.yaml: is not UTF-8 text");
  }

  @Test
  void topLevelListIsRefusedAsNotAMapping() {
    Path config = write(dir, "model.yaml", "- model\n- loss\n");
    assertRefused(train(config), "model.yaml:1:1:", "expected a mapping of keys to values",
        "found a list");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
  void deviceAsConfigIsRefusedAtOnce(String device) {
    assumeTrue(Files.exists(Path.of(device)), "a system with " + device);
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> train(Path.of(device)));
    assertRefused(result, device + ": is a device, expected a regular file");
  }

  @Test
  void fifoAsConfigIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("model.yaml");
    assumeTrue(mkfifo(fifo), "a system with mkfifo");
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> train(fifo));
    assertRefused(result, "model.yaml: is a FIFO (named pipe), expected a regular file");
  }

  @Test
  void unreadableConfigSaysPermissionDenied() throws Exception {
    Path config = write(dir, "model.yaml", VALID);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(config), "a user who cannot read every file (not root)");
    assertRefused(train(config), "model.yaml: cannot be read: permission denied");
  }

  @Test
  void byteOrderMarkInTheMiddleIsNamedRatherThanHiddenInAKey() {
    Path config = write(dir, "model.yaml", VALID + "\uFEFFseed: 1\n");
    assertRefused(train(config), "model.yaml:11:1: YAML syntax error: a byte-order mark "
        + "(U+FEFF) is allowed only at the start of the file");
  }

  @Test
  void quotedMergeKeyIsAnOrdinaryAndUnknownKey() {
    Path config = write(dir, "model.yaml", VALID + "\"<<\": {name: merged}\n");
    assertRefused(train(config), "model.yaml:11:1: <<: unknown key '<<'");
  }

  @Test
  void explicitBooleanThatIsNotOneIsRefused() {
    Path config = write(dir, "model.yaml", VALID + "training: {shuffle: !!bool maybe}\n");
    assertRefused(train(config), "model.yaml:11:21: training.shuffle: 'maybe' is not a valid "
        + "!!bool value");
  }

  // Read in linear time; snakeyaml's own reader took 328 s for a scalar of this size.
  @Test
  void largestAcceptedConfigIsReadInSeconds() {
    String name = "n".repeat(YamlReader.MAX_FILE_BYTES - VALID.length() - "name: \n".length());
    Path config = write(dir, "model.yaml", VALID + "name: " + name + "\n");
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> train(config, "--quiet"));
    assertEquals(ExitCodes.OK, result.code(), result.err());
  }

  static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
