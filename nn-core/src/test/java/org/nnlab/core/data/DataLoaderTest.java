package org.nnlab.core.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.core.data.TargetKind.CLASSES;
import static org.nnlab.core.data.TargetKind.TWO_CLASSES_IN_ONE_OUTPUT;
import static org.nnlab.core.data.TargetKind.VALUES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.Location;

class DataLoaderTest {
  private static final Location WRITTEN = new Location("model.yaml", 9, 3);

  @TempDir Path dir;

  private DataConfig.Csv csv(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("animals.csv"), text);
    return new DataConfig.Csv(file, "animals.csv", List.of("animal"), "data.csv", WRITTEN);
  }

  private static DataConfig.Inline inline(double[][] inputs, double[][] targets) {
    return new DataConfig.Inline(inputs, targets, "data.inline", WRITTEN);
  }

  @Test
  void classLabelsBecomeOneHotRowsWithOneOutputPerClass() throws IOException {
    Dataset data = DataLoader.load(csv("x,animal\n1,dog\n2,cat\n3,eel\n"), 0, 1, 3, CLASSES);
    assertAll(
        () -> assertArrayEquals(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}},
            data.targets().toArray()),
        () -> assertEquals(List.of("cat", "dog", "eel"), data.classNames()),
        () -> assertTrue(data.classification()));
  }

  @Test
  void twoClassesWithOneOutputBecomeAZeroOneColumn() throws IOException {
    Dataset data = DataLoader.load(csv("x,animal\n1,dog\n2,cat\n3,dog\n"), 0, 1, 1, VALUES);
    assertAll(
        () -> assertArrayEquals(new double[][] {{1}, {0}, {1}}, data.targets().toArray()),
        () -> assertTrue(data.classification()));
  }

  @Test
  void classIndicesBecomeOneHotRowsForCrossEntropy() {
    Dataset data = DataLoader.load(
        inline(new double[][] {{0}, {1}, {2}}, new double[][] {{2}, {0}, {1}}), 0, 1, 3, CLASSES);
    assertAll(
        () -> assertArrayEquals(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
            data.targets().toArray()),
        () -> assertTrue(data.classification()));
  }

  @Test
  void classIndicesAreDescribedWithTheirClassCountAsClassLabelsAre() throws IOException {
    Dataset indices = DataLoader.load(
        inline(new double[][] {{0}, {1}}, new double[][] {{2}, {0}}), 0, 1, 3, CLASSES);
    Dataset labels = DataLoader.load(csv("x,animal\n1,dog\n2,cat\n3,eel\n"), 0, 1, 3, CLASSES);
    assertEquals(List.of("inline data, 2 samples, 3 classes", "animals.csv, 3 samples, 3 classes"),
        List.of(indices.description(), labels.description()));
  }

  @Test
  void numericTargetsAreKeptForRegression() {
    Dataset data = DataLoader.load(
        inline(new double[][] {{0, 1}}, new double[][] {{0.25, 0.75}}), 0, 2, 2, VALUES);
    assertAll(
        () -> assertArrayEquals(new double[][] {{0.25, 0.75}}, data.targets().toArray()),
        () -> assertEquals(false, data.classification()));
  }

  @Test
  void fractionalClassIndexIsRefusedAtItsRow() {
    DataConfig.Inline spec = new DataConfig.Inline(new double[][] {{0}, {1}},
        new double[][] {{0}, {0.5}}, "data.inline", WRITTEN,
        List.of(WRITTEN, WRITTEN), List.of(WRITTEN, new Location("model.yaml", 11, 7)));
    ConfigException e =
        assertThrows(ConfigException.class, () -> DataLoader.load(spec, 0, 1, 2, CLASSES));
    assertEquals("model.yaml:11:7: data.inline.targets[1]: expected a class index from 0 to 1 "
        + "(the model has 2 outputs), found 0.5", e.getMessage());
  }

  @Test
  void classIndexOutOfRangeInACsvNamesTheColumn() throws IOException {
    ConfigException e = assertThrows(ConfigException.class,
        () -> DataLoader.load(csv("x,animal\n1,0\n2,3\n"), 0, 1, 2, CLASSES));
    assertEquals(dir.resolve("animals.csv") + ":3:3: column 'animal': expected a class index "
        + "from 0 to 1 (the model has 2 outputs), found 3", e.getMessage());
  }

  @Test
  void inputWidthMustEqualTheModelInputs() {
    ConfigException e = assertThrows(ConfigException.class, () -> DataLoader.load(
        inline(new double[][] {{0, 1}}, new double[][] {{1}}), 0, 3, 1, VALUES));
    assertEquals("model.yaml:9:3: data.inline.inputs: inline data has 2 input columns but "
        + "model.inputs is 3", e.getMessage());
  }

  @Test
  void classCountMustMatchTheOutputs() throws IOException {
    ConfigException e = assertThrows(ConfigException.class,
        () -> DataLoader.load(csv("x,animal\n1,dog\n2,cat\n3,eel\n"), 0, 1, 2, CLASSES));
    assertEquals("model.yaml:9:3: data.csv.target: animals.csv has 3 classes (cat, dog, eel) "
        + "but the model has 2 outputs; expected one output per class", e.getMessage());
  }

  @Test
  void twoClassesInOneOutputTakeAZeroOneColumnAsClasses() {
    Dataset data = DataLoader.load(inline(new double[][] {{0}, {1}, {2}},
        new double[][] {{1}, {0}, {1}}), 0, 1, 1, TWO_CLASSES_IN_ONE_OUTPUT);
    assertTrue(data.classification());
    assertArrayEquals(new double[] {1, 0, 1}, data.targets().data());
    assertTrue(data.description().endsWith(", 2 classes"), data.description());
  }

  @Test
  void twoClassesInOneOutputRefuseATargetThatIsNeitherZeroNorOne() {
    ConfigException e = assertThrows(ConfigException.class, () -> DataLoader.load(
        inline(new double[][] {{0}, {1}}, new double[][] {{1}, {0.5}}), 0, 1, 1,
        TWO_CLASSES_IN_ONE_OUTPUT));
    assertEquals("model.yaml:9:3: data.inline.targets[1]: expected a class index from 0 to 1 "
        + "(the model has 1 output for 2 classes), found 0.5", e.getMessage());
  }

  @Test
  void twoClassesInOneOutputRefuseThreeClassLabels() throws IOException {
    ConfigException e = assertThrows(ConfigException.class, () -> DataLoader.load(
        csv("x,animal\n1,dog\n2,cat\n3,eel\n"), 0, 1, 1, TWO_CLASSES_IN_ONE_OUTPUT));
    assertEquals("model.yaml:9:3: data.csv.target: animals.csv has 3 classes (cat, dog, eel) "
        + "but the loss applies a sigmoid to a single output, which holds exactly 2 classes",
        e.getMessage());
  }

  @Test
  void syntheticDataHasTheRequestedSamplesAndClasses() {
    DataConfig.Synthetic spiral = new DataConfig.Synthetic("spiral", 30, 0.0, 3,
        "data.synthetic", WRITTEN);
    Dataset data = DataLoader.load(spiral, 7, 2, 3, CLASSES);
    assertAll(
        () -> assertEquals(30, data.size()),
        () -> assertEquals(List.of("0", "1", "2"), data.classNames()));
  }

  @Test
  void dataLargerThanItsShareOfTheHeapIsRefused() {
    double tooMuch = Runtime.getRuntime().maxMemory();
    ConfigException e = assertThrows(ConfigException.class,
        () -> DataLoader.checkMemory(tooMuch, WRITTEN, "data.csv", "big.csv"));
    assertTrue(e.problem().startsWith("big.csv needs about "), e.getMessage());
  }

  @Test
  void countsAreSingularForOne() {
    assertEquals(List.of("1 class", "2 classes", "1 column", "0 columns"), List.of(
        DataLoader.count(1, "class"), DataLoader.count(2, "class"), DataLoader.count(1, "column"),
        DataLoader.count(0, "column")));
  }
}
