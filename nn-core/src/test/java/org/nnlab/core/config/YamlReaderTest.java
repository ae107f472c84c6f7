package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.internal.Excerpt;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader();

  private YamlMap parse(String text) {
    return (YamlMap) reader.parse(text, "test.yaml");
  }

  private ConfigException refused(String text) {
    return assertThrows(ConfigException.class, () -> reader.parse(text, "test.yaml"));
  }

  private static Object value(YamlMap map, String key) {
    return ((YamlScalar) map.get(key).orElseThrow()).value();
  }

  @Test
  void locationsAreOneBasedLineAndColumn() {
    YamlMap root = parse("a: 1\nb:\n  c: [x, y]\n");
    YamlMap b = (YamlMap) root.get("b").orElseThrow();
    YamlList c = (YamlList) b.get("c").orElseThrow();
    assertAll(
        () -> assertEquals(new Location("test.yaml", 1, 1), root.keyLocation("a")),
        () -> assertEquals(new Location("test.yaml", 1, 4), root.get("a").orElseThrow().location()),
        () -> assertEquals(new Location("test.yaml", 3, 3), b.keyLocation("c")),
        () -> assertEquals(new Location("test.yaml", 3, 6), c.location()),
        () -> assertEquals(new Location("test.yaml", 3, 10), c.get(1).location()));
  }

  @Test
  void plainScalarsAreTypedByYaml11Rules() {
    YamlMap root = parse("""
        int: 12
        hex: 0x1F
        grouped: 1_000
        float: 1.5
        exponent: 1e3
        yes: yes
        off: off
        tilde: ~
        empty:
        text: abc
        """);
    assertAll(
        () -> assertEquals(12L, value(root, "int")),
        () -> assertEquals(31L, value(root, "hex")),
        () -> assertEquals(1000L, value(root, "grouped")),
        () -> assertEquals(1.5, value(root, "float")),
        () -> assertEquals(1000.0, value(root, "exponent")),
        () -> assertEquals(Boolean.TRUE, value(root, "yes")),
        () -> assertEquals(Boolean.FALSE, value(root, "off")),
        () -> assertNull(value(root, "tilde")),
        () -> assertNull(value(root, "empty")),
        () -> assertEquals("abc", value(root, "text")));
  }

  @Test
  void infinityAndNotANumberAreNumbers() {
    YamlMap root = parse("up: .inf\ndown: -.Inf\nnan: .NaN\n");
    assertAll(
        () -> assertEquals(Double.POSITIVE_INFINITY, value(root, "up")),
        () -> assertEquals(Double.NEGATIVE_INFINITY, value(root, "down")),
        () -> assertTrue(Double.isNaN((Double) value(root, "nan"))));
  }

  @Test
  void integerBeyondLongIsABigInteger() {
    YamlMap root = parse("big: 99999999999999999999\n");
    assertEquals(new BigInteger("99999999999999999999"), value(root, "big"));
  }

  @Test
  void quotedScalarsAreText() {
    YamlMap root = parse("a: '12'\nb: \"true\"\nc: ''\n");
    assertAll(
        () -> assertEquals("12", value(root, "a")),
        () -> assertEquals("true", value(root, "b")),
        () -> assertEquals("", value(root, "c")));
  }

  @Test
  void standardTagsAreAccepted() {
    YamlMap root = parse("a: !!str 12\nb: !!float 3\n");
    assertAll(
        () -> assertEquals("12", value(root, "a")),
        () -> assertEquals(3.0, value(root, "b")));
  }

  @Test
  void otherTagsAreRefused() {
    ConfigException e = refused("model: !!python/object {a: 1}\n");
    assertEquals("test.yaml:1:8: model: unsupported YAML tag !!python/object; write plain values "
        + "(the standard tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are "
        + "accepted)", e.getMessage());
  }

  @Test
  void duplicateKeyIsRefusedNamingBothLines() {
    ConfigException e = refused("model:\n  inputs: 2\n  inputs: 3\n");
    assertEquals("test.yaml:3:3: model.inputs: duplicate key 'inputs', first written at line 2; "
        + "keep one of them", e.getMessage());
  }

  @Test
  void aliasOfAScalarIsItsValue() {
    YamlMap root = parse("a: &rate 0.5\nb: *rate\n");
    assertEquals(0.5, value(root, "b"));
  }

  @Test
  void aliasIsACopySoEditsStayLocal() {
    YamlMap root = parse("a: &shared {x: 1}\nb: *shared\n");
    YamlMap b = (YamlMap) root.get("b").orElseThrow();
    b.put("x", b.location(), new YamlScalar(2L, "2", b.location()));
    assertEquals(1L, value((YamlMap) root.get("a").orElseThrow(), "x"));
  }

  @Test
  void mergeKeyAddsTheAnchoredEntries() {
    YamlMap root = parse("base: &base {type: sgd, learning_rate: 0.1}\nopt:\n  <<: *base\n");
    YamlMap opt = (YamlMap) root.get("opt").orElseThrow();
    assertAll(
        () -> assertEquals("sgd", value(opt, "type")),
        () -> assertEquals(0.1, value(opt, "learning_rate")));
  }

  @Test
  void keysWrittenInTheMappingWinOverMergedOnesWhereverWritten() {
    YamlMap root = parse("""
        base: &base {a: 1, b: 2}
        before:
          a: 10
          <<: *base
        after:
          <<: *base
          a: 10
        """);
    assertAll(
        () -> assertEquals(10L, value((YamlMap) root.get("before").orElseThrow(), "a")),
        () -> assertEquals(10L, value((YamlMap) root.get("after").orElseThrow(), "a")),
        () -> assertEquals(2L, value((YamlMap) root.get("after").orElseThrow(), "b")));
  }

  @Test
  void mergeOfAListOfMappingsTakesTheFirstValueOfEachKey() {
    YamlMap root = parse("x: &x {a: 1}\ny: &y {a: 2, b: 3}\nz:\n  <<: [*x, *y]\n");
    YamlMap z = (YamlMap) root.get("z").orElseThrow();
    assertAll(
        () -> assertEquals(1L, value(z, "a")),
        () -> assertEquals(3L, value(z, "b")));
  }

  @Test
  void mergeOfAScalarIsRefused() {
    ConfigException e = refused("a: &a 1\nb:\n  <<: *a\n");
    assertEquals("test.yaml:3:3: b.<<: expected a mapping (or a list of mappings) to merge, "
        + "found 1", e.getMessage());
  }

  @Test
  void aliasBombIsRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char name = 'b'; name <= 'i'; name++) {
      bomb.append(name).append(": &").append(name).append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + (char) (name - 1))))
          .append("]\n");
    }
    ConfigException e = refused(bomb.toString());
    assertTrue(e.problem().startsWith("YAML expands to more than " + YamlReader.MAX_NODES
        + " nodes"), e.getMessage());
  }

  @Test
  void recursiveAliasIsRefused() {
    ConfigException e = refused("a: &a [1, *a]\n");
    assertEquals("test.yaml:1:11: a[1]: alias *a refers to the node that contains it; recursive "
        + "YAML is not supported", e.getMessage());
  }

  @Test
  void aliasBeforeItsAnchorIsRefused() {
    ConfigException e = refused("a: *later\nb: &later 1\n");
    assertEquals("test.yaml:1:4: a: unknown YAML alias *later; an alias must follow its anchor "
        + "&later", e.getMessage());
  }

  @Test
  void multipleDocumentsAreRefused() {
    ConfigException e = refused("a: 1\n---\nb: 2\n");
    assertEquals("test.yaml:2:1: more than one YAML document; expected one", e.getMessage());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    int levels = YamlReader.MAX_DEPTH + 1;
    ConfigException e = refused("a: " + "[".repeat(levels) + "]".repeat(levels));
    assertEquals("a: lists and mappings are nested more than " + YamlReader.MAX_DEPTH
        + " levels deep", e.keyPath() + ": " + e.problem());
  }

  @Test
  void syntaxErrorNamesTheCollectionBeingRead() {
    ConfigException e = refused("model: {inputs: 2, hidden: [4, outputs: 1\nloss: mse\n");
    assertAll(
        () -> assertEquals(new Location("test.yaml", 2, 5), e.location()),
        () -> assertEquals("model.hidden", e.keyPath()),
        () -> assertTrue(e.problem().startsWith("YAML syntax error: expected ',' or ']'")),
        () -> assertTrue(e.problem().endsWith("; a bracket is not closed")));
  }

  @Test
  void controlCharacterIsRefusedAtItsLineAndColumn() {
    ConfigException e = refused("a: 1\nb: x\u0007y\n");
    assertEquals("test.yaml:2:5: YAML syntax error: the character U+0007 is not allowed in YAML "
        + "text", e.getMessage());
  }

  @Test
  void keyThatIsAListIsRefused() {
    ConfigException e = refused("? [a, b]\n: x\n");
    assertEquals("test.yaml:1:3: a key must be text, found a list", e.getMessage());
  }

  @Test
  void lineBreakInAKeyKeepsTheMessageOnOneLine() {
    ConfigException e = refused("\"a\\nb\": 1\n\"a\\nb\": 2\n");
    assertEquals("test.yaml:2:1: a\\nb: duplicate key 'a\\nb', first written at line 1; keep one "
        + "of them", e.getMessage());
  }

  @Test
  void textOfOnlyCommentsIsANullScalar() {
    YamlNode root = reader.parse("# nothing\n", "test.yaml");
    assertTrue(root instanceof YamlScalar scalar && scalar.isNull());
  }

  @Test
  void fileOfOnlyCommentsIsEmpty(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("empty.yaml"), "# nothing\n");
    ConfigException e = assertThrows(ConfigException.class, () -> reader.read(file));
    assertEquals(file + ": file is empty", e.getMessage());
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");
    ConfigException e = assertThrows(ConfigException.class, () -> reader.read(file));
    assertEquals(file + ": file not found", e.getMessage());
  }

  @Test
  void byteOrderMarkIsIgnored() {
    YamlMap root = parse("\uFEFFa: 1\n");
    assertInstanceOf(Long.class, value(root, "a"));
  }

  // snakeyaml's own reader took 40-60 s for this (quadratic in the scalar's length); read in
  // linear time it takes well under a second. The bound only catches quadratic time.
  @ParameterizedTest
  @ValueSource(strings = {"plain", "'single'", "\"double\"", "|\n  literal"})
  void eightMegabyteScalarIsReadInLinearTime(String style) {
    String value = "x".repeat(8 * 1024 * 1024);
    String text = "a: " + style.replaceAll("[a-z]+", value) + "\n";
    YamlMap root = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(text));
    assertEquals(value.length(), ((String) value(root, "a")).strip().length());
  }

  @Test
  void byteOrderMarkInTheMiddleIsRefusedAtItsLineAndColumn() {
    ConfigException e = refused("name: x\n\uFEFFseed: 1\n");
    assertEquals("test.yaml:2:1: YAML syntax error: a byte-order mark (U+FEFF) is allowed only "
        + "at the start of the file; remove it", e.getMessage());
  }

  @Test
  void quotedMergeKeyIsAnOrdinaryKey() {
    YamlMap root = parse("base: &base {a: 1}\nb:\n  \"<<\": *base\n");
    YamlMap b = (YamlMap) root.get("b").orElseThrow();
    assertAll(
        () -> assertTrue(b.has("<<")),
        () -> assertTrue(!b.has("a")));
  }

  @ParameterizedTest
  @CsvSource({"010, 10", "09, 9", "-010, -10", "0_10, 10", "0o17, 15", "-0o17, -15",
      "'!!int 010', 10", "0x1F, 31"})
  void integersWithALeadingZeroAreDecimalAsInYaml12(String written, long value) {
    assertEquals(value, value(parse("a: " + written + "\n"), "a"));
  }

  @Test
  void explicitBooleanThatIsNotOneIsRefused() {
    ConfigException e = refused("shuffle: !!bool maybe\n");
    assertEquals("test.yaml:1:10: shuffle: 'maybe' is not a valid !!bool value", e.getMessage());
  }

  @Test
  void explicitNullThatIsNotOneIsRefused() {
    ConfigException e = refused("name: !!null abc\n");
    assertEquals("test.yaml:1:7: name: 'abc' is not a valid !!null value", e.getMessage());
  }

  @Test
  void explicitIntegerOfAMillionDigitsIsRefusedQuicklyAndShortened() {
    String digits = "1".repeat(1_000_000);
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> refused("a: !!int " + digits + "\n"));
    assertEquals("test.yaml:1:4: a: '" + "1".repeat(Excerpt.MAX_CHARS) + "...' (1000000 "
        + "characters) is not a valid !!int value (too long to be read as a number)",
        e.getMessage());
  }

  @Test
  void duplicateKeyOfAMillionCharactersIsShortenedInTheMessage() {
    String key = "k".repeat(1_000_000);
    ConfigException e = refused("? " + key + "\n: 1\n? " + key + "\n: 2\n");
    String shown = "k".repeat(Excerpt.MAX_CHARS) + "... (1000000 characters)";
    assertEquals("test.yaml:3:3: " + shown + ": duplicate key '" + "k".repeat(Excerpt.MAX_CHARS)
        + "...' (1000000 characters), first written at line 1; keep one of them", e.getMessage());
  }

  @Test
  void deviceIsRefusedBeforeItIsRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ConfigException.class, () -> reader.read(zero)));
    assertEquals("/dev/zero: is a device, expected a regular file", e.getMessage());
  }
}
