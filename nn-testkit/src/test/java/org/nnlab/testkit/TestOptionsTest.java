package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.api.InvalidOptionException;

/** TestOptions reads Java values by the rules nn applies to YAML. */
class TestOptionsTest {

  @Test
  void aWholeNumberWrittenAsADecimalIsAnInteger() {
    TestOptions options = TestOptions.of("units", 3.0, "steps", 1e3);
    assertEquals(3, options.integer("units", 0));
    assertEquals(1000, options.requiredInteger("steps"));
  }

  @Test
  void aFractionIsNotAnInteger() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.of("units", 2.5).integer("units", 1));
    assertEquals("units: expected an integer, found 2.5", e.getMessage());
  }

  @Test
  void aSingleNumberIsAVectorOfOne() {
    assertArrayEquals(new double[] {0.5},
        TestOptions.of("biases", 0.5).vector("biases").orElseThrow(), 0.0);
  }

  @Test
  void aListOfNumbersIsAVector() {
    assertArrayEquals(new double[] {1, 2},
        TestOptions.of("biases", List.of(1, 2.0)).vector("biases").orElseThrow(), 0.0);
  }

  @Test
  void aNonFiniteItemOfAVectorIsRefusedByItsIndex() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.of("biases", new double[] {1, Double.NaN}).vector("biases"));
    assertEquals("biases[1]: expected a finite number, found NaN", e.getMessage());
  }

  @Test
  void aRaggedMatrixIsRefusedAtTheShortRow() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.of("weights", new double[][] {{1, 2}, {3}}).matrix("weights"));
    assertEquals("weights[1]: expected 2 numbers like the first row, found 1", e.getMessage());
  }

  @Test
  void aFlatListIsNotAMatrix() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.of("weights", new double[] {1, 2}).matrix("weights"));
    assertEquals("weights: expected a list of lists of numbers, found a list", e.getMessage());
  }

  @Test
  void aListIsNotText() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.of("mode", List.of("a")).text("mode", "b"));
    assertEquals("mode: expected text, found a list", e.getMessage());
  }

  @Test
  void aNumberReadAsTextIsReturnedAsWritten() {
    assertEquals("3.0", TestOptions.of("mode", 3.0).text("mode", "b"));
  }

  @Test
  void textIsNotAFlag() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.of("nesterov", "yes").flag("nesterov", false));
    assertEquals("nesterov: expected true or false, found 'yes'", e.getMessage());
  }

  @Test
  void aMissingRequiredNumberIsFoundAsNothing() {
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> TestOptions.empty().requiredNumber("learning_rate"));
    assertEquals("learning_rate: expected a finite number, found nothing", e.getMessage());
  }

  @Test
  void anAbsentMatrixIsEmpty() {
    assertEquals(Optional.empty(), TestOptions.empty().matrix("weights"));
  }

  @Test
  void aValueOfAnotherTypeIsRefusedWhenTheOptionsAreBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TestOptions.of("beta", new int[] {1}));
    assertEquals("option 'beta': expected a Number, Boolean, String, double[], double[][], List "
        + "of these, or null, found [I", e.getMessage());
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TestOptions.of("beta", 1, "beta", 2));
    assertEquals("option 'beta' is given twice", e.getMessage());
  }

  @Test
  void aKeyNeverReadIsUnknownWithASuggestionFromTheKeysRead() {
    TestOptions options = TestOptions.of("momentun", 0.9);
    options.number("learning_rate", 0.01);
    options.number("momentum", 0.0);
    assertEquals(Optional.of("unknown key 'momentun'; did you mean 'momentum'? known keys: "
        + "learning_rate, momentum (for 'sgd')"), options.unknownKey("'sgd'"));
  }

  @Test
  void aFreshCopyHasNoReadsRecorded() {
    TestOptions options = TestOptions.of("beta", 1);
    options.number("beta", 0);
    assertEquals(Optional.of("unknown key 'beta': 'x' takes no options"),
        options.fresh().unknownKey("'x'"));
  }
}
