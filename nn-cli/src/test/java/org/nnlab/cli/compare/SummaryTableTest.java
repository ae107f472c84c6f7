package org.nnlab.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.ValidationSummary;

class SummaryTableTest {
  private static Comparison validated;

  @BeforeAll
  static void runASmallComparisonWithValidation() {
    validated = TestComparisons.run(TestComparisons.VALIDATED_SPIRAL, 2);
  }

  @Test
  void withoutValidationDataTheColumnsAreTheTrainingOnes() {
    assertEquals(List.of("grid point", "runs ok", "final loss", "train accuracy",
        "|dL/dW| first layer", "|dL/dW| last layer", "ratio", "verdict"),
        SummaryTable.headings(TestComparisons.run(TestComparisons.SPIRAL, 1)));
  }

  @Test
  void withValidationDataFinalAndBestValidationColumnsFollowTheTrainingOnes() {
    assertEquals(List.of("grid point", "runs ok", "final loss", "train accuracy",
        "final val loss", "best val loss", "final val accuracy", "best val accuracy",
        "|dL/dW| first layer", "|dL/dW| last layer", "ratio", "verdict"),
        SummaryTable.headings(validated));
  }

  @Test
  void aRegressionWithValidationDataHasValidationLossColumnsOnly() {
    assertEquals(List.of("grid point", "runs ok", "final loss", "final val loss",
        "best val loss", "|dL/dW| first layer", "|dL/dW| last layer", "ratio", "verdict"),
        SummaryTable.headings(TestComparisons.run(TestComparisons.VALIDATED_REGRESSION, 1)));
  }

  @Test
  void validationCellsAreMeanAndSpreadOverSeedsLikeTheTrainingOnes() {
    ValidationSummary v = validated.summaries().get(1).validation();
    assertEquals(List.of(
        String.format(Locale.ROOT, "%.4f ± %.4f", v.finalLoss().mean(), v.finalLoss().spread()),
        String.format(Locale.ROOT, "%.4f ± %.4f", v.bestLoss().mean(), v.bestLoss().spread()),
        String.format(Locale.ROOT, "%.1f%% ± %.1f%%", 100 * v.finalAccuracy().mean(),
            100 * v.finalAccuracy().spread()),
        String.format(Locale.ROOT, "%.1f%% ± %.1f%%", 100 * v.bestAccuracy().mean(),
            100 * v.bestAccuracy().spread())),
        SummaryTable.rows(validated).get(1).subList(4, 8));
  }

  @Test
  void theTextTableAlignsTheValidationColumnsUnderTheirHeadings() {
    List<String> lines = SummaryTable.text(validated).lines().toList();
    int column = lines.get(0).indexOf("best val loss") + "best val loss".length();
    String cell = SummaryTable.rows(validated).get(0).get(5);
    assertEquals(cell, lines.get(1).substring(column - cell.length(), column));
  }
}
