package org.nnlab.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnlab.core.compare.Comparison;

class HtmlReportTest {
  private static final List<Charts.Chart> CHARTS = List.of(
      new Charts.Chart("a.png", "Title A", "What to read in A.", new byte[] {1}),
      new Charts.Chart("b.png", "Title B", "What to read in B.", new byte[] {2}));

  private static String html;

  @BeforeAll
  static void renderASmallComparison() {
    Comparison comparison = TestComparisons.run(TestComparisons.SPIRAL, 2);
    html = HtmlReport.render(comparison, "seed: 1\n", CHARTS);
  }

  private static List<String> all(String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void figureCaptionsSayWhatToReadAndTheTitleIsTheImagesText() {
    assertEquals(List.of("What to read in A.", "What to read in B."),
        all("<figcaption>(.*?)</figcaption>"));
    assertEquals(List.of("Title A", "Title B"), all("<img alt=\"(.*?)\""));
  }

  @Test
  void theTableCallsItTrainAccuracyAndSaysWhenItIsCounted() {
    assertTrue(html.contains("<th>train accuracy</th>"), html);
    assertTrue(html.contains("<p>Final loss and train accuracy are measured in the last epoch on "
        + "the training data, each batch before its own update, as mean ± standard deviation "
        + "over seeds.</p>"), html);
  }

  @Test
  void tableCellsNeverWrapAndAWideTableScrollsInstead() {
    assertTrue(html.contains("th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:right;"
        + "white-space:nowrap}"), html);
    assertTrue(html.contains(".table{overflow-x:auto}") && html.contains("<div class=\"table\">"
        + "<table>"), html);
  }

  @Test
  void withoutValidationDataThePageSaysNothingAboutIt() {
    assertFalse(html.contains("val loss") || html.contains("Validation"),
        "no validation column or paragraph");
  }

  @Test
  void withValidationDataTheTableHasItsColumnsAndThePageSaysHowTheyAreMeasured() {
    String validated = HtmlReport.render(TestComparisons.run(TestComparisons.VALIDATED_SPIRAL, 1),
        "seed: 1\n", CHARTS);
    assertTrue(validated.contains("<th>final val loss</th><th>best val loss</th><th>final val "
        + "accuracy</th><th>best val accuracy</th>"), validated);
    assertTrue(validated.contains("<p>Validation loss and accuracy are measured after every "
        + "epoch on the validation data, which training never sees, with the epoch's final "
        + "parameters in evaluation mode. Final is the last epoch's value; best is the lowest "
        + "loss and the highest accuracy of any epoch of a run (the two may come from different "
        + "epochs), as mean ± standard deviation over seeds.</p>"), validated);
  }
}
