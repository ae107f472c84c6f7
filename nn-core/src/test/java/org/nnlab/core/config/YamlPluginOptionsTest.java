package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.PluginOptions;
import org.nnlab.testkit.TestOptions;

/**
 * A plugin reads the same values, and is refused with the same words, from a YAML file as from
 * the test kit's {@link TestOptions}: both apply one set of rules.
 */
class YamlPluginOptionsTest {

  /**
   * One option written in YAML and given as a Java value, and how the plugin reads it.
   *
   * @param yaml the value as written in YAML
   * @param java the same value for TestOptions
   * @param getter what the plugin calls
   */
  record Case(String yaml, Object java, Getter getter) {
    @Override
    public String toString() {
      return getter + " of " + yaml;
    }
  }

  enum Getter {
    NUMBER(options -> options.number("x", -1)),
    INTEGER(options -> options.integer("x", -1)),
    FLAG(options -> options.flag("x", false)),
    TEXT(options -> options.text("x", "default")),
    VECTOR(options -> Arrays.toString(options.vector("x").orElseThrow())),
    MATRIX(options -> Arrays.deepToString(options.matrix("x").orElseThrow()));

    private final Function<PluginOptions, Object> read;

    Getter(Function<PluginOptions, Object> read) {
      this.read = read;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("0.5", 0.5, Getter.NUMBER),
        new Case("3", 3, Getter.NUMBER),
        new Case("fast", "fast", Getter.NUMBER),
        new Case(".nan", Double.NaN, Getter.NUMBER),
        new Case("[1]", List.of(1), Getter.NUMBER),
        new Case("3", 3, Getter.INTEGER),
        new Case("3.0", 3.0, Getter.INTEGER),
        new Case("1e3", 1e3, Getter.INTEGER),
        new Case("2.5", 2.5, Getter.INTEGER),
        new Case("3000000000", 3_000_000_000L, Getter.INTEGER),
        new Case("true", true, Getter.FLAG),
        new Case("1", 1, Getter.FLAG),
        new Case("relu", "relu", Getter.TEXT),
        new Case("[a]", List.of("a"), Getter.TEXT),
        new Case("~", null, Getter.TEXT),
        new Case("0.5", 0.5, Getter.VECTOR),
        new Case("[1, 2.5]", new double[] {1, 2.5}, Getter.VECTOR),
        new Case("[]", List.of(), Getter.VECTOR),
        new Case("[1, x]", List.of(1, "x"), Getter.VECTOR),
        new Case("[1, .inf]", new double[] {1, Double.POSITIVE_INFINITY}, Getter.VECTOR),
        new Case("[[1, 2], [3, 4]]", new double[][] {{1, 2}, {3, 4}}, Getter.MATRIX),
        new Case("[[1, 2], [3]]", new double[][] {{1, 2}, {3}}, Getter.MATRIX),
        new Case("[[1, 2], 3]", List.of(List.of(1, 2), 3), Getter.MATRIX),
        new Case("[1, 2]", new double[] {1, 2}, Getter.MATRIX),
        new Case("[]", List.of(), Getter.MATRIX));
  }

  /**
   * What reading gives: the value, or which key was refused and what was expected. (What was
   * found is described as written, so {@code .nan} in YAML is {@code NaN} in Java.)
   */
  private static String outcome(PluginOptions options, Getter getter) {
    try {
      return "value " + getter.read.apply(options);
    } catch (InvalidOptionException e) {
      return "refused " + e.key() + ": expected " + e.expected();
    }
  }

  private static YamlPluginOptions yaml(String text) {
    YamlMap map = (YamlMap) new YamlReader().parse(text, "test.yaml");
    return new YamlPluginOptions(map, "opts", Set.of());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void yamlAndTestOptionsReadTheSameValueOrRefuseItInTheSameWords(Case c) {
    assertEquals(outcome(TestOptions.of("x", c.java()), c.getter()),
        outcome(yaml("x: " + c.yaml()), c.getter()));
  }

  @Test
  void aRefusedItemIsLocatedWhereItIsWritten() {
    YamlPluginOptions options = yaml("x: [[1, 2],\n    [3]]\n");
    InvalidOptionException e =
        assertThrows(InvalidOptionException.class, () -> options.matrix("x"));
    ConfigException located = options.locate(e);
    assertEquals("test.yaml:2:5: opts.x[1]: expected 2 numbers like the first row, found 1",
        located.getMessage());
  }

  @Test
  void aValueThePluginRefusesItselfIsShownAsWritten() {
    YamlPluginOptions options = yaml("x: 0\n");
    int read = options.integer("x", 1);
    ConfigException located =
        options.locate(new InvalidOptionException("x", "a positive integer", read));
    assertEquals("test.yaml:1:4: opts.x: expected a positive integer, found 0",
        located.getMessage());
  }

  @Test
  void anUnreadKeyIsReportedWithTheKeysThePluginAndEngineTake() {
    YamlMap map = (YamlMap) new YamlReader().parse("type: dense\nunitz: 3\n", "test.yaml");
    YamlPluginOptions options = new YamlPluginOptions(map, "layer", Set.of("type"));
    options.integer("units", 1);
    ConfigException e =
        assertThrows(ConfigException.class, () -> options.rejectUnreadKeys("'dense'"));
    assertEquals("test.yaml:2:1: layer.unitz: unknown key 'unitz'; did you mean 'units'? known "
        + "keys: type, units (for 'dense')", e.getMessage());
  }

  @Test
  void theResolvedMatrixIsACopy() {
    YamlPluginOptions options = yaml("x: [[1, 2]]\n");
    options.matrix("x").orElseThrow()[0][0] = 99;
    assertArrayEquals(new double[] {1, 2}, ((double[][]) options.resolved().get("x"))[0], 0.0);
  }

  @Test
  void aWrittenValueEqualToANonFiniteDefaultReadsAsThatDefault() {
    YamlPluginOptions options = yaml("alpha: .nan\nlimit: -.inf\n");
    assertEquals(Double.NaN, options.number("alpha", Double.NaN));
    assertEquals(Double.NEGATIVE_INFINITY, options.number("limit", Double.NEGATIVE_INFINITY));
  }

  @Test
  void aNonFiniteValueIsRefusedWhenTheDefaultIsAnotherNumber() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> yaml("alpha: .nan\n").number("alpha", 1.0));
    assertEquals("a finite number", e.expected());
  }
}
