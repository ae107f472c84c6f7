package org.nnlab.core.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ConfigException;

class CsvBatchesTest {
  private static final ModelColumns REGRESSION =
      new ModelColumns(List.of("a", "b"), new TargetColumns.Values(List.of("y")));
  private static final ModelColumns SPECIES = new ModelColumns(List.of("a", "b"),
      new TargetColumns.Labels("species", List.of("cat", "dog", "owl"), false, 3));

  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    return Files.writeString(dir.resolve("test.csv"), text);
  }

  /** Reads every row in batches of {@code rows}, returning each batch's inputs and targets. */
  private List<double[][][]> batches(String text, ModelColumns columns, boolean targets,
      int rows) throws IOException {
    List<double[][][]> batches = new ArrayList<>();
    Matrix x = new Matrix(rows, columns.inputs().size());
    Matrix t = targets ? new Matrix(rows, columns.targets().outputs()) : null;
    try (CsvBatches reader = CsvBatches.open(csv(text), columns, targets)) {
      while (reader.read(x, t, rows) > 0) {
        batches.add(new double[][][] {x.toArray(), t == null ? null : t.toArray()});
      }
    }
    return batches;
  }

  private ConfigException refused(String text, ModelColumns columns, boolean targets) {
    return assertThrows(ConfigException.class, () -> batches(text, columns, targets, 2));
  }

  @Test
  void columnsAreMatchedByNameInAnyOrder() throws IOException {
    List<double[][][]> read = batches("y,b,a\n9,2,1\n", REGRESSION, true, 4);
    assertAll(
        () -> assertArrayEquals(new double[][] {{1, 2}}, read.get(0)[0]),
        () -> assertArrayEquals(new double[][] {{9}}, read.get(0)[1]));
  }

  @Test
  void rowsComeInBatchesOfTheGivenSizeInFileOrder() throws IOException {
    List<double[][][]> read = batches("a,b,y\n1,0,0\n2,0,0\n\n3,0,0\n", REGRESSION, true, 2);
    assertAll(
        () -> assertArrayEquals(new double[][] {{1, 0}, {2, 0}}, read.get(0)[0]),
        () -> assertArrayEquals(new double[][] {{3, 0}}, read.get(1)[0]),
        () -> assertEquals(2, read.size()));
  }

  @Test
  void classLabelsAreEncodedOneHotInTheModelsClassOrder() throws IOException {
    List<double[][][]> read = batches("a,b,species\n0,0,owl\n0,0,cat\n", SPECIES, true, 2);
    assertArrayEquals(new double[][] {{0, 0, 1}, {1, 0, 0}}, read.get(0)[1]);
  }

  @Test
  void twoClassesInOneOutputAreEncodedAsZeroOrOne() throws IOException {
    ModelColumns columns = new ModelColumns(List.of("a"),
        new TargetColumns.Labels("label", List.of("no", "yes"), false, 1));
    List<double[][][]> read = batches("a,label\n0,yes\n0,no\n", columns, true, 2);
    assertArrayEquals(new double[][] {{1}, {0}}, read.get(0)[1]);
  }

  @Test
  void unnamedClassesAreReadAsClassIndices() throws IOException {
    ModelColumns columns = new ModelColumns(List.of("a"),
        new TargetColumns.Labels("target", List.of("0", "1", "2"), true, 3));
    List<double[][][]> read = batches("a,target\n0,2.0\n", columns, true, 1);
    assertArrayEquals(new double[][] {{0, 0, 1}}, read.get(0)[1]);
  }

  @Test
  void aClassIndexOutOfRangeIsRefusedWithTheRange() {
    ModelColumns columns = new ModelColumns(List.of("a"),
        new TargetColumns.Labels("target", List.of("0", "1", "2"), true, 3));
    assertEquals("test.csv:2:3: column 'target': expected a class index from 0 to 2 (the "
        + "model has 3 classes), found '3'", relative(refused("a,target\n0,3\n", columns,
        true)));
  }

  @Test
  void anUnknownClassLabelIsRefusedWhereItIsWithTheKnownOnes() {
    assertEquals("test.csv:3:5: column 'species': unknown class label 'dgo'; did you mean "
        + "'dog'? known class labels: cat, dog, owl (the classes the model was trained on)",
        relative(refused("a,b,species\n0,0,cat\n0,0,dgo\n", SPECIES, true)));
  }

  @Test
  void aMissingInputColumnIsNamedWithTheClosestColumnTheFileHas() {
    assertEquals("test.csv:1:1: has no column 'b', an input of the model (its inputs: a, b); "
        + "did you mean 'B'?", relative(refused("a,B,y\n1,2,3\n", REGRESSION, true)));
  }

  @Test
  void aMissingTargetColumnIsRefusedWhenTargetsAreRead() {
    assertEquals("test.csv:1:1: has no column 'y', the model's target, which evaluation "
        + "compares the predictions with", relative(refused("a,b\n1,2\n", REGRESSION, true)));
  }

  @Test
  void targetColumnsAreIgnoredWhenTargetsAreNotRead() throws IOException {
    List<double[][][]> read = batches("a,y,b\n1,zzz,2\n", REGRESSION, false, 1);
    assertArrayEquals(new double[][] {{1, 2}}, read.get(0)[0]);
  }

  @Test
  void aColumnThatIsNeitherInputNorTargetIsRefusedWhereTheHeaderNamesIt() {
    assertEquals("test.csv:1:5: column 'id' is neither an input nor a target of the model (its "
        + "inputs: a, b; its target: y)", relative(refused("a,b,id,y\n1,2,3,4\n", REGRESSION,
        false)));
  }

  @Test
  void aValueThatIsNotANumberIsRefusedWithItsLineAndColumn() {
    assertEquals("test.csv:3:3: column 'b': expected a number, found 'x'",
        relative(refused("a,b,y\n1,2,3\n1,x,3\n", REGRESSION, true)));
  }

  @Test
  void aRowOfAnotherWidthIsRefused() {
    assertEquals("test.csv:2:1: expected 3 fields like the header, found 2",
        relative(refused("a,b,y\n1,2\n", REGRESSION, true)));
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    assertEquals("test.csv: has a header but no data rows; expected at least one data row",
        relative(refused("a,b,y\n", REGRESSION, true)));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertEquals("test.csv: file is empty; expected a header row and at least one data row",
        relative(refused("", REGRESSION, true)));
  }

  @Test
  void aFolderIsRefusedBeforeItIsOpened() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> CsvBatches.open(dir, REGRESSION, true));
    assertEquals(dir + ": is a directory, expected a CSV file", e.getMessage());
  }

  private String relative(ConfigException e) {
    return e.getMessage().replace(dir.resolve("test.csv").toString(), "test.csv");
  }
}
