package org.nnlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.train.TestExperiments;

class ExplainerTest {
  private static Explanation explain(String example, Optional<Integer> sample, boolean batch,
      Optional<String> weight) {
    return Explainer.explain(TestExperiments.example(example),
        new ExplainRequest(sample, batch, weight));
  }

  private static String refused(String example, Optional<Integer> sample, boolean batch,
      Optional<String> weight) {
    return assertThrows(ConfigException.class,
        () -> explain(example, sample, batch, weight)).getMessage();
  }

  private static List<String> titles(Explanation explanation) {
    return explanation.sections().stream().map(Section::title).toList();
  }

  @Test
  void batchGradientOfTheNotesTableIsTheMeanOfItsThreeRows() {
    Explanation explanation = explain("batch-table.yaml", Optional.empty(), true,
        Optional.empty());
    Equation w1 = explanation.equations().filter(e -> e.lhs().equals(new Expr.Partial(
        Symbol.loss(), Symbol.parameter(1, "w", 1, 1)))).findFirst().orElseThrow();
    // o = 0.1 x1 + 0.2 x2 + 0.5, dL/dw1 = 2 (o - t) x1 per row: 1350, -690, -860.
    Expr.Quotient mean = (Expr.Quotient) w1.forms().get(0);
    assertEquals(new Expr.Quotient(new Expr.Sum(List.of(new Expr.Num(1350), new Expr.Num(-690),
        new Expr.Num(-860))), new Expr.Num(3)), mean);
    assertEquals(-200.0 / 3, w1.value(), 1e-12);
  }

  @Test
  void largeNetworkIsSummarizedPerLayerOverTheFirstBatch() {
    assertEquals(List.of("1. Forward, per layer", "2. Loss: cross_entropy",
        "3. Backward, per layer", "4. Update: step 1 of sgd",
        "5. The gradient's path, layer by layer"),
        titles(explain("vanishing-sigmoid.yaml", Optional.empty(), false, Optional.empty())));
  }

  @Test
  void oneSampleOfALargeNetworkIsSummarizedPerLayer() {
    Explanation explanation = explain("vanishing-sigmoid.yaml", Optional.of(5), false,
        Optional.empty());
    assertEquals(List.of("1. Forward, per layer", "sample 5 of 600, alone as a batch of one"),
        List.of(explanation.sections().get(0).title(),
            explanation.about().get(0).substring(0, 40)));
  }

  @Test
  void weightOfADeepNetworkIsExplainedUpToTheDeltasOfTheLayerAbove() {
    Explanation explanation = explain("vanishing-sigmoid.yaml", Optional.empty(), false,
        Optional.of("L1.w[1][2]"));
    List<Integer> layers = explanation.sections().get(0).blocks().stream()
        .filter(Equation.class::isInstance).map(b -> new WeightChain(List.of(), 11)
            .layer(((Equation) b).lhs())).distinct().toList();
    assertEquals(List.of(2, 1), layers);
  }

  @Test
  void weightOfASmallNetworkIsExplainedDownFromTheLoss() {
    Explanation explanation = explain("mazur.yaml", Optional.empty(), false,
        Optional.of("w1"));
    assertEquals(10, explanation.sections().get(0).blocks().stream()
        .filter(Equation.class::isInstance).count(), "dL/do, the slope and δ of o1 and o2, "
        + "dL/dh1, its slope and δ, dL/dw1");
  }

  @Test
  void unknownParameterOfALayerListsTheLayersOwn() {
    assertEquals("--weight: layer 2 has no parameter 'v'; its parameters: w, b", refused("mazur.yaml", Optional.empty(), false, Optional.of("L2.v[1][1]")));
  }

  @Test
  void layerOutOfRangeSaysWhichLayersExist() {
    assertEquals("--weight: the network has layers 1 to 2, found layer 3 in 'L3.w[1][1]'",
        refused("mazur.yaml", Optional.empty(), false, Optional.of("L3.w[1][1]")));
  }

  @Test
  void entryOutOfRangeGivesTheRangeOfEachIndex() {
    assertEquals("--weight: L2.w[i][j] has i from 1 to 2 (units) and j from 1 to 2 (inputs), "
        + "found 'L2.w[3][1]'",
        refused("mazur.yaml", Optional.empty(), false, Optional.of("L2.w[3][1]")));
  }

  @Test
  void biasWithTwoIndicesIsToldItIsAVector() {
    assertEquals("--weight: L1.b is a vector: write L1.b[i], i from 1 to 2, found 'L1.b[1][1]'",
        refused("mazur.yaml", Optional.empty(), false, Optional.of("L1.b[1][1]")));
  }

  @Test
  void nameOfNoKnownFormShowsTheForms() {
    assertTrue(refused("mazur.yaml", Optional.empty(), false, Optional.of("w9"))
        .startsWith("--weight: expected a parameter entry such as L1.w[1][2] or L1.b[1]"));
  }

  @Test
  void sampleOutOfRangeGivesTheRangeOfTheTrainingData() {
    assertEquals("--sample: expected a sample number from 1 to 3 (the training data's rows), "
        + "found 4", refused("batch-table.yaml", Optional.of(4), false, Optional.empty()));
  }

  @Test
  void batchOfANetworkTooLargeToWriteOutAsksForOneWeight() {
    assertEquals("--batch: the network has 9,699 parameters, too many to show every sample's "
        + "gradient of each (at most 300); name one with --weight, such as --weight L1.w[1][1]",
        refused("vanishing-sigmoid.yaml", Optional.empty(), true, Optional.empty()));
  }

  @Test
  void sampleAndBatchTogetherAreRefused() {
    assertTrue(refused("mazur.yaml", Optional.of(1), true, Optional.empty())
        .startsWith("--batch: explains the whole first batch and --sample one sample alone"));
  }
}
