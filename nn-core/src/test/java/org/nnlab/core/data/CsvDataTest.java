package org.nnlab.core.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.Location;

class CsvDataTest {
  private static final Location WRITTEN = new Location("model.yaml", 7, 9);

  @TempDir Path dir;

  private RawData read(String csv, String... targets) throws IOException {
    return CsvData.read(spec(csv, targets));
  }

  private DataConfig.Csv spec(String csv, String... targets) throws IOException {
    Path file = Files.writeString(dir.resolve("points.csv"), csv);
    return new DataConfig.Csv(file, "points.csv", List.of(targets), "data.csv", WRITTEN);
  }

  private ConfigException refused(String csv, String... targets) throws IOException {
    DataConfig.Csv spec = spec(csv, targets);
    return assertThrows(ConfigException.class, () -> CsvData.read(spec));
  }

  @Test
  void everyColumnButTheTargetIsAnInput() throws IOException {
    RawData data = read("a,y,b\n1,10,2\n3,30,4\n", "y");
    assertAll(
        () -> assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, data.inputs()),
        () -> assertArrayEquals(new double[][] {{10}, {30}}, data.numericTargets()),
        () -> assertEquals(List.of("a", "b"), data.inputNames()),
        () -> assertNull(data.classes()));
  }

  @Test
  void quotedFieldsMayHoldCommasAndDoubledQuotes() throws IOException {
    RawData data = read("a,label\n\"1\",\"big, red\"\n2,\"say \"\"hi\"\"\"\n", "label");
    assertAll(
        () -> assertArrayEquals(new double[][] {{1}, {2}}, data.inputs()),
        () -> assertEquals(List.of("big, red", "say \"hi\""), data.classNames()));
  }

  @Test
  void textTargetBecomesSortedClassLabels() throws IOException {
    RawData data = read("a,animal\n1,dog\n2,cat\n3,eel\n4,cat\n", "animal");
    assertAll(
        () -> assertEquals(List.of("cat", "dog", "eel"), data.classNames()),
        () -> assertArrayEquals(new int[] {1, 0, 2, 0}, data.classes()),
        () -> assertEquals("points.csv, 4 samples, 3 classes", data.description()));
  }

  @Test
  void byteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
    RawData data = read("\uFEFFa,y\n1,2\n", "a");
    assertEquals(List.of("y"), data.inputNames());
  }

  @Test
  void blankLinesAndSpacesAroundFieldsAreIgnored() throws IOException {
    RawData data = read("a , y\n\n 1 , 2 \n\n3,4\n", "y");
    assertArrayEquals(new double[][] {{1}, {3}}, data.inputs());
  }

  @Test
  void severalTargetColumnsAreNumeric() throws IOException {
    RawData data = read("t1,a,t2\n1,2,3\n", "t1", "t2");
    assertArrayEquals(new double[][] {{1, 3}}, data.numericTargets());
  }

  @Test
  void nonNumericInputIsReportedAtItsLineAndColumn() throws IOException {
    ConfigException e = refused("a,b,y\n1,2,3\n\n4,  x,6\n", "y");
    assertEquals(dir.resolve("points.csv") + ":4:5: column 'b': expected a number, found 'x'",
        e.getMessage());
  }

  @Test
  void infiniteInputIsRefused() throws IOException {
    ConfigException e = refused("a,y\nInfinity,1\n", "y");
    assertEquals("column 'a': expected a finite number, found 'Infinity'", e.problem());
  }

  @Test
  void nonNumericValueInOneOfSeveralTargetsIsReportedAtItsColumn() throws IOException {
    ConfigException e = refused("a,y,z\n1,2,3\n4,5,q\n", "y", "z");
    assertEquals(new Location(dir.resolve("points.csv").toString(), 3, 5), e.location());
  }

  @Test
  void rowWithTheWrongFieldCountIsRefusedAtItsLine() throws IOException {
    ConfigException e = refused("a,b,y\n1,2,3\n4,5\n", "y");
    assertEquals(dir.resolve("points.csv") + ":3:1: expected 3 fields like the header, found 2",
        e.getMessage());
  }

  @Test
  void unknownTargetColumnListsTheHeaderAndSuggestsClosest() throws IOException {
    ConfigException e = refused("x1,x2,label\n1,2,a\n", "lable");
    assertEquals("model.yaml:7:9: data.csv.target: unknown column 'lable'; did you mean "
        + "'label'? known columns: label, x1, x2 (in the header of " + dir.resolve("points.csv")
        + ")", e.getMessage());
  }

  @Test
  void secondOfSeveralTargetsIsNamedByIndex() throws IOException {
    ConfigException e = refused("a,y,z\n1,2,3\n", "y", "zz");
    assertEquals("data.csv.target[1]", e.keyPath());
  }

  @Test
  void targetNamedTwiceIsRefused() throws IOException {
    ConfigException e = refused("a,y\n1,2\n", "y", "y");
    assertEquals("column 'y' is named twice as a target", e.problem());
  }

  @Test
  void fileOfTargetsOnlyIsRefused() throws IOException {
    ConfigException e = refused("y\n1\n", "y");
    assertEquals("data.csv.target", e.keyPath());
  }

  @Test
  void headerNamingAColumnTwiceIsRefusedAtTheSecond() throws IOException {
    ConfigException e = refused("a,b,a\n1,2,3\n", "b");
    assertEquals(dir.resolve("points.csv") + ":1:5: header names column 'a' twice (first at "
        + "column 1); column names must be unique", e.getMessage());
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    ConfigException e = refused("\n\n", "y");
    assertEquals(dir.resolve("points.csv") + ": file is empty; expected a header row and at "
        + "least one data row", e.getMessage());
  }

  @Test
  void headerWithoutRowsIsRefused() throws IOException {
    ConfigException e = refused("a,y\n", "y");
    assertEquals(dir.resolve("points.csv") + ": has a header but no data rows; expected at "
        + "least one data row", e.getMessage());
  }

  @Test
  void unclosedQuoteIsRefusedAtTheQuote() throws IOException {
    ConfigException e = refused("a,y\n1,\"2\n", "y");
    assertEquals(dir.resolve("points.csv") + ":2:3: a quoted field is not closed; fields cannot "
        + "span lines", e.getMessage());
  }

  @Test
  void missingFileIsReportedAtTheKeyNamingIt() {
    DataConfig.Csv spec = new DataConfig.Csv(dir.resolve("absent.csv"), "absent.csv",
        List.of("y"), "data.csv", WRITTEN);
    ConfigException e = assertThrows(ConfigException.class, () -> CsvData.read(spec));
    assertEquals("model.yaml:7:9: data.csv.path: file not found: " + dir.resolve("absent.csv")
        + " (paths are relative to the configuration's folder)", e.getMessage());
  }

  @Test
  void targetOfARowIsLocatedAtItsField() throws IOException {
    RawData data = read("a,y\n1,2\n3, 4\n", "y");
    assertEquals(new RawData.Origin(new Location(dir.resolve("points.csv").toString(), 3, 4), ""),
        data.targetRow().apply(1));
  }

  @Test
  void deviceIsRefusedBeforeItIsRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    DataConfig.Csv spec = new DataConfig.Csv(zero, "/dev/zero", List.of("y"), "data.csv",
        WRITTEN);
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ConfigException.class, () -> CsvData.read(spec)));
    assertEquals("model.yaml:7:9: data.csv.path: /dev/zero is a device, expected a regular file",
        e.getMessage());
  }

  @Test
  void megabyteLineOfNulBytesIsRefusedAtItsFirstByte() throws IOException {
    ConfigException e = refused("a,y\n" + "\0".repeat(1 << 20) + "\n", "y");
    assertEquals(dir.resolve("points.csv") + ":2:1: the character U+0000 is not allowed in CSV "
        + "text", e.getMessage());
  }

  @Test
  void nulByteInsideANumberIsRefusedRatherThanTrimmed() throws IOException {
    ConfigException e = refused("a,y\n1\0,2\n", "y");
    assertEquals(new Location(dir.resolve("points.csv").toString(), 2, 2), e.location());
  }

  @Test
  void byteOrderMarkAfterTheStartIsRefused() throws IOException {
    ConfigException e = refused("a,y\n1,\uFEFF2\n", "y");
    assertEquals(dir.resolve("points.csv") + ":2:3: a byte-order mark (U+FEFF) is allowed only "
        + "at the start of the file; remove it", e.getMessage());
  }

  @Test
  void emptyLabelIsRefusedAtItsLineAndColumn() throws IOException {
    ConfigException e = refused("a,animal\n1,cat\n2,\n3,dog\n", "animal");
    assertEquals(dir.resolve("points.csv") + ":3:3: column 'animal': expected a class label, "
        + "found an empty field", e.getMessage());
  }

  @Test
  void notANumberInANumericTargetIsRefusedRatherThanMadeAClass() throws IOException {
    ConfigException e = refused("a,y\n1,1.5\n2,NaN\n3,2.5\n", "y");
    assertEquals(dir.resolve("points.csv") + ":3:3: column 'y': expected a finite number, "
        + "found 'NaN'", e.getMessage());
  }

  @Test
  void emptyNumericTargetIsRefusedAsAnEmptyField() throws IOException {
    ConfigException e = refused("a,y\n1,1.5\n2,\n", "y");
    assertEquals(dir.resolve("points.csv") + ":3:3: column 'y': expected a number, found an "
        + "empty field", e.getMessage());
  }

  @Test
  void valueOfAThousandDigitsIsShortenedInTheMessage() throws IOException {
    String value = "1".repeat(1_000) + "x";
    ConfigException e = refused("a,y\n" + value + ",2\n", "y");
    assertEquals("column 'a': expected a number, found '" + "1".repeat(Excerpt.MAX_CHARS)
        + "...' (1001 characters)", e.problem());
  }

  @Test
  void spacesAfterAShortValueDoNotCountTowardsTheFieldLimit() throws IOException {
    RawData data = read("a,y\n1" + " ".repeat(1100) + ",2\n3,4\n", "y");
    assertEquals(1.0, data.inputs()[0][0]);
  }

  @Test
  void labelOfThreeMegabytesIsRefusedAsNotDataRatherThanKeptAsAClass() throws IOException {
    ConfigException e = refused("a,animal\n1,cat\n2," + "x".repeat(3_000_000) + "\n", "animal");
    assertEquals(dir.resolve("points.csv") + ":3:3: a field is longer than 1024 characters; a "
        + "value this long is not a number, a column name or a class label", e.getMessage());
  }

  @Test
  void windowsAndOldMacLineEndingsEndALine() throws IOException {
    RawData data = read("a,y\r\n1,2\r3,4\r\n", "y");
    assertArrayEquals(new double[][] {{1}, {3}}, data.inputs());
  }
}
