package org.nnlab.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nnlab.cli.Cli.assertRefused;
import static org.nnlab.cli.Cli.train;
import static org.nnlab.cli.Cli.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn train} refuses data that cannot be read or does not fit the model, naming the file
 * and where in it, or the configuration key that brought it in.
 */
class BadDataInputTest {
  private static final String REGRESSION = """
      model: {inputs: 2, hidden: [4], outputs: 1}
      loss: mse
      """;
  private static final String CSV_DATA = "data: {csv: {path: points.csv, target: y}}\n";

  @TempDir Path dir;

  private Path config(String text) {
    return write(dir, "model.yaml", text);
  }

  private Path csvConfig(String csv) {
    write(dir, "points.csv", csv);
    return config(REGRESSION + CSV_DATA);
  }

  @Test
  void inlineInputsNarrowerThanTheModelAreRefused() {
    Path config = config(REGRESSION.replace("inputs: 2", "inputs: 3") + """
        data:
          inline: {inputs: [[0, 0], [1, 1]], targets: [[0], [1]]}
        """);
    assertRefused(train(config), "model.yaml:4:21: data.inline.inputs: inline data has 2 "
        + "input columns but model.inputs is 3");
  }

  @Test
  void inlineTargetsNarrowerThanTheOutputsAreRefused() {
    Path config = config(REGRESSION.replace("outputs: 1", "outputs: 2") + """
        data:
          inline: {inputs: [[0, 0], [1, 1]], targets: [[0], [1]]}
        """);
    assertRefused(train(config), "model.yaml:4:48: data.inline.targets: inline data has 1 "
        + "target column but the model has 2 outputs", "expected one column per output");
  }

  @Test
  void csvWithMoreInputColumnsThanTheModelIsRefusedNamingThem() {
    Path config = csvConfig("a,b,c,y\n1,2,3,4\n");
    assertRefused(train(config), "model.yaml:3:13: data.csv: points.csv has 3 input columns "
        + "(a, b, c) but model.inputs is 2");
  }

  @Test
  void csvWithFewerTargetColumnsThanOutputsIsRefused() {
    write(dir, "points.csv", "a,b,y\n1,2,3\n");
    Path config = config(REGRESSION.replace("outputs: 1", "outputs: 2") + CSV_DATA);
    assertRefused(train(config), "model.yaml:3:13: data.csv.target: points.csv has 1 target "
        + "column (y) but the model has 2 outputs");
  }

  @Test
  void classCountNotMatchingTheOutputsIsRefusedListingTheClasses() {
    write(dir, "points.csv", "a,b,y\n1,2,cat\n3,4,dog\n5,6,eel\n");
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2}
        loss: cross_entropy
        """ + CSV_DATA);
    assertRefused(train(config), "model.yaml:3:13: data.csv.target: points.csv has 3 classes "
        + "(cat, dog, eel) but the model has 2 outputs", "expected one output per class");
  }

  @Test
  void syntheticClassCountNotMatchingTheOutputsIsRefused() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 3}
        loss: cross_entropy
        data: {synthetic: {name: xor}}
        """);
    assertRefused(train(config), "model.yaml:3:19: data.synthetic: xor has 2 classes (0, 1) "
        + "but the model has 3 outputs", "expected one output per class");
  }

  @Test
  void classIndexBeyondTheOutputsIsRefusedAtItsRow() {
    Path config = config("""
        model: {inputs: 2, hidden: [4], outputs: 2}
        loss: cross_entropy
        data:
          inline:
            inputs: [[0, 0], [1, 1]]
            targets: [[0], [5]]
        """);
    assertRefused(train(config), "model.yaml:6:20: data.inline.targets[1]: expected a class "
        + "index from 0 to 1 (the model has 2 outputs), found 5");
  }

  @Test
  void nonNumericInlineInputIsRefusedAtItsCell() {
    Path config = config(REGRESSION + """
        data:
          inline: {inputs: [[0, 0], [1, x]], targets: [[0], [1]]}
        """);
    assertRefused(train(config), "model.yaml:4:33: data.inline.inputs[1][1]: expected a number, "
        + "found 'x'");
  }

  @Test
  void raggedInlineRowsAreRefusedAtTheShortRow() {
    Path config = config(REGRESSION + """
        data:
          inline: {inputs: [[0, 0], [1]], targets: [[0], [1]]}
        """);
    assertRefused(train(config), "model.yaml:4:29: data.inline.inputs[1]: expected 2 numbers "
        + "like the first row, found 1");
  }

  @Test
  void inlineTargetsWithFewerRowsThanInputsAreRefused() {
    Path config = config(REGRESSION + """
        data:
          inline: {inputs: [[0, 0], [1, 1]], targets: [[0]]}
        """);
    assertRefused(train(config), "model.yaml:4:47: data.inline.targets: expected 2 rows (one "
        + "per input row), found 1");
  }

  @Test
  void nonNumericCsvInputIsRefusedAtItsLineAndColumn() {
    Path config = csvConfig("a,b,y\n1,2,3\n4, x ,6\n");
    assertRefused(train(config), "points.csv:3:4: column 'b': expected a number, found 'x'");
  }

  @Test
  void missingCsvFileIsRefusedAtTheKeyNamingIt() {
    Path config = config(REGRESSION + CSV_DATA);
    assertRefused(train(config), "model.yaml:3:13: data.csv.path: file not found:",
        "points.csv", "relative to the configuration's folder");
  }

  @Test
  void emptyCsvFileIsRefused() {
    Path config = csvConfig("");
    assertRefused(train(config), "points.csv: file is empty; expected a header row and at least "
        + "one data row");
  }

  @Test
  void csvWithOnlyAHeaderIsRefused() {
    Path config = csvConfig("a,b,y\n");
    assertRefused(train(config), "points.csv: has a header but no data rows");
  }

  @Test
  void csvRowWithTheWrongFieldCountIsRefusedAtItsLine() {
    Path config = csvConfig("a,b,y\n1,2,3\n4,5\n");
    assertRefused(train(config), "points.csv:3:1: expected 3 fields like the header, found 2");
  }

  @Test
  void csvWithAnUnclosedQuoteIsRefusedAtTheQuote() {
    Path config = csvConfig("a,b,y\n1,\"2,3\n");
    assertRefused(train(config), "points.csv:2:3: a quoted field is not closed");
  }

  @Test
  void csvHeaderNamingAColumnTwiceIsRefused() {
    Path config = csvConfig("a,a,y\n1,2,3\n");
    assertRefused(train(config), "points.csv:1:3: header names column 'a' twice");
  }

  @Test
  void csvPathThatIsADirectoryIsRefused() throws Exception {
    Files.createDirectory(dir.resolve("points.csv"));
    Path config = config(REGRESSION + CSV_DATA);
    assertRefused(train(config), "model.yaml:3:13: data.csv.path:", "points.csv is a directory, "
        + "expected a CSV file");
  }

  @Test
  void deviceAsCsvIsRefusedAtOnce() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
    Path config = config(REGRESSION + "data: {csv: {path: /dev/zero, target: y}}\n");
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> train(config));
    assertRefused(result, "model.yaml:3:13: data.csv.path: /dev/zero is a device, expected a "
        + "regular file");
  }

  @Test
  void fifoAsCsvIsRefusedWithoutWaitingForAWriter() throws Exception {
    assumeTrue(BadYamlInputTest.mkfifo(dir.resolve("points.csv")), "a system with mkfifo");
    Path config = config(REGRESSION + CSV_DATA);
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> train(config));
    assertRefused(result, "data.csv.path:", "points.csv is a FIFO (named pipe), expected a "
        + "regular file");
  }

  @Test
  void emptyClassLabelIsRefusedAtItsLineAndColumn() {
    write(dir, "points.csv", "a,b,y\n1,2,cat\n3,4,\n");
    Path config = config(REGRESSION.replace("loss: mse", "loss: cross_entropy")
        .replace("outputs: 1", "outputs: 2") + CSV_DATA);
    assertRefused(train(config), "points.csv:3:5: column 'y': expected a class label, found an "
        + "empty field");
  }

  @Test
  void notANumberInARegressionTargetIsRefusedAtItsLineAndColumn() {
    Path config = csvConfig("a,b,y\n1,2,0.5\n3,4,NaN\n");
    assertRefused(train(config), "points.csv:3:5: column 'y': expected a finite number, found "
        + "'NaN'");
  }

  @Test
  void nulByteInANumberIsRefusedAtItsColumn() {
    Path config = csvConfig("a,b,y\n1,2\u0000,3\n");
    assertRefused(train(config), "points.csv:2:4: the character U+0000 is not allowed in CSV "
        + "text");
  }

  @Test
  void valueOfAMillionDigitsIsRefusedInOneShortLine() {
    Path config = csvConfig("a,b,y\n1," + "9".repeat(1_000_000) + "x,3\n");
    String line = assertRefused(train(config), "points.csv:2:3: a field is longer than 1024 "
        + "characters; a value this long is not a number, a column name or a class label");
    assertTrue(line.length() < 300, line);
  }

  @Test
  void valueOfAThousandDigitsIsShortenedInTheMessage() {
    Path config = csvConfig("a,b,y\n1," + "9".repeat(1_000) + "x,3\n");
    String line = assertRefused(train(config), "points.csv:2:3: column 'b': expected a number, "
        + "found '" + "9".repeat(80) + "...' (1001 characters)");
    assertTrue(line.length() < 300, line);
  }
}
