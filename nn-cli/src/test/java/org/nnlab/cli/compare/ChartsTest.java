package org.nnlab.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.RunOutcome;

class ChartsTest {
  private static Comparison spiral;
  private static List<Charts.Figure> figures;

  private static Comparison validated;
  private static List<Charts.Figure> validatedFigures;

  @BeforeAll
  static void drawASmallComparison() {
    spiral = TestComparisons.run(TestComparisons.SPIRAL, 2);
    figures = Charts.figures(spiral);
    validated = TestComparisons.run(TestComparisons.VALIDATED_SPIRAL, 2);
    validatedFigures = Charts.figures(validated);
  }

  private static JFreeChart chart(String fileName) {
    return figures.stream().filter(f -> f.fileName().equals(fileName)).findFirst().orElseThrow()
        .chart();
  }

  private static Collection<?> rangeMarkers(JFreeChart chart) {
    Collection<?> markers = chart.getXYPlot().getRangeMarkers(Layer.FOREGROUND);
    return markers == null ? List.of() : markers;
  }

  @Test
  void titlesSayWhatIsDrawnWithoutTheExperimentsName() {
    assertEquals(List.of("Gradient flow: |dL/dW| per layer in epoch 1",
        "Layer 1 gradient over training", "Training loss", "Training accuracy"),
        figures.stream().map(f -> f.chart().getTitle().getText()).toList());
  }

  private static void assertCaptionsSayWhatToReadRatherThanRepeatTheTitle(
      List<Charts.Figure> figures) {
    for (Charts.Figure figure : figures) {
      String title = figure.chart().getTitle().getText();
      assertFalse(figure.caption().contains(title), figure.caption());
      assertTrue(figure.caption().contains(" line "), "reading the lines: " + figure.caption());
    }
  }

  @Test
  void captionsSayWhatToReadRatherThanRepeatTheTitle() {
    assertCaptionsSayWhatToReadRatherThanRepeatTheTitle(figures);
  }

  @Test
  void captionsWithValidationSayWhatToReadRatherThanRepeatTheTitle() {
    assertCaptionsSayWhatToReadRatherThanRepeatTheTitle(validatedFigures);
  }

  @Test
  void everyChartSaysWhatTheShadedBandIs() {
    for (Charts.Figure figure : figures) {
      TextTitle subtitle = (TextTitle) figure.chart().getSubtitle(1);
      assertEquals("Each line is the mean over a grid point's seeds; the shaded band around it "
          + "spans the lowest to the highest seed.", subtitle.getText(), figure.fileName());
    }
  }

  @Test
  void withOneSeedTheChartsSayThereIsNoBand() {
    JFreeChart loss = Charts.figures(TestComparisons.run(TestComparisons.SPIRAL, 1)).get(2)
        .chart();
    assertEquals("Each line is one run: with one seed per grid point there is no band of seeds.",
        ((TextTitle) loss.getSubtitle(1)).getText());
  }

  @Test
  void logAxesLabelTheirTicksAsTheTableWritesNumbers() {
    for (String name : List.of("gradient-flow.png", "first-layer-gradient.png")) {
      LogAxis axis = (LogAxis) chart(name).getXYPlot().getRangeAxis();
      assertEquals("3.16e-01", axis.getNumberFormatOverride().format(Math.sqrt(0.1)), name);
    }
  }

  @Test
  void linearAxesIgnoreTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      XYPlot loss = Charts.figures(spiral).get(2).chart().getXYPlot();
      NumberAxis y = (NumberAxis) loss.getRangeAxis();
      NumberAxis x = (NumberAxis) loss.getDomainAxis();
      assertEquals(List.of("1.10", "1,000"), List.of(
          y.getStandardTickUnits().getCeilingTickUnit(0.05).valueToString(1.1),
          x.getStandardTickUnits().getCeilingTickUnit(1000).valueToString(1000)));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theLossChartMarksChanceLevelForCrossEntropyOnCClasses() {
    Collection<?> markers = rangeMarkers(chart("loss.png"));
    assertEquals(1, markers.size());
    ValueMarker marker = (ValueMarker) markers.iterator().next();
    assertEquals(Math.log(3), marker.getValue(), 0.0);
    assertEquals("chance level: ln 3 = 1.0986", marker.getLabel());
    assertTrue(chart("loss.png").getXYPlot().getRangeAxis().getRange().contains(Math.log(3)));
  }

  @Test
  void theLossChartMarksChanceLevelLnTwoForBinaryCrossEntropyOnOneOutput() {
    Comparison moons = TestComparisons.run("""
        seed: 1
        model: {inputs: 2, hidden: [6], activation: tanh, outputs: 1}
        loss: binary_cross_entropy
        training: {epochs: 2, batch_size: 20}
        data: {synthetic: {name: moons, samples: 60}}
        """, 1);
    Collection<?> markers = rangeMarkers(Charts.figures(moons).get(2).chart());
    assertEquals(1, markers.size());
    assertEquals("chance level: ln 2 = 0.6931",
        ((ValueMarker) markers.iterator().next()).getLabel());
  }

  @Test
  void theGradientChartsMarkNoChanceLevel() {
    assertTrue(rangeMarkers(chart("gradient-flow.png")).isEmpty()
        && rangeMarkers(chart("first-layer-gradient.png")).isEmpty());
  }

  @Test
  void theLossChartMarksNoChanceLevelForMeanSquaredError() {
    Charts.Figure loss = Charts.figures(TestComparisons.run(TestComparisons.REGRESSION, 1)).get(2);
    assertTrue(rangeMarkers(loss.chart()).isEmpty() && !loss.caption().contains("chance"),
        loss.caption());
  }

  @Test
  void aGridThatVariesTheLossMarksNoChanceLevel() {
    Comparison mixed = TestComparisons.run(TestComparisons.SPIRAL, 1, "loss=cross_entropy,mse");
    assertTrue(rangeMarkers(Charts.figures(mixed).get(2).chart()).isEmpty());
  }

  @Test
  void theLossCaptionExplainsTheChanceLevelWhenItIsMarked() {
    assertTrue(figures.get(2).caption().contains("The dashed line is chance level, ln 3 = "
        + "1.0986: the loss of giving each of the 3 classes the same probability."),
        figures.get(2).caption());
  }

  @Test
  void drawnChartsArePngsOfTheDocumentedSize() {
    for (Charts.Chart chart : Charts.draw(spiral)) {
      // A PNG's IHDR chunk holds the width and height at bytes 16 and 20.
      ByteBuffer png = ByteBuffer.wrap(chart.png());
      assertEquals(List.of(Charts.WIDTH, Charts.HEIGHT), List.of(png.getInt(16), png.getInt(20)),
          chart.fileName());
    }
  }

  @Test
  void theAccuracyChartDrawsTheMeanTrainingAccuracyInPercent() {
    RunOutcome[] runs = spiral.outcomesOf(spiral.grid().points().get(1)).toArray(RunOutcome[]::new);
    double expected = (100 * runs[0].epochs().get(0).accuracy()
        + 100 * runs[1].epochs().get(0).accuracy()) / 2;
    XYDataset data = chart("accuracy.png").getXYPlot().getDataset();
    assertEquals(List.of(2, 1.0, expected),
        List.of(data.getSeriesCount(), data.getXValue(1, 0), data.getYValue(1, 0)));
  }

  @Test
  void aRegressionHasNoAccuracyChart() {
    List<String> names = Charts.figures(TestComparisons.run(TestComparisons.REGRESSION, 1))
        .stream().map(Charts.Figure::fileName).toList();
    assertEquals(List.of("gradient-flow.png", "first-layer-gradient.png", "loss.png"), names);
  }

  @Test
  void withValidationTheLossChartHasADashedTwinOfEveryTrainingLineInItsColour() {
    XYPlot plot = validatedChart("loss.png").getXYPlot();
    assertEquals(4, plot.getDataset().getSeriesCount());
    for (int point = 0; point < 2; point++) {
      assertEquals(plot.getRenderer().getSeriesPaint(point),
          plot.getRenderer().getSeriesPaint(point + 2), "point " + point);
      assertNull(((BasicStroke) plot.getRenderer().getSeriesStroke(point)).getDashArray());
      assertNotNull(((BasicStroke) plot.getRenderer().getSeriesStroke(point + 2)).getDashArray());
    }
  }

  @Test
  void withValidationTheChanceLevelIsDrawnUnlikeTheDashedValidationLines() {
    JFreeChart loss = validatedChart("loss.png");
    float[] chance = ((BasicStroke) ((ValueMarker) rangeMarkers(loss).iterator().next())
        .getStroke()).getDashArray();
    float[] validation =
        ((BasicStroke) loss.getXYPlot().getRenderer().getSeriesStroke(2)).getDashArray();
    assertFalse(Arrays.equals(chance, validation), Arrays.toString(chance));
  }

  @Test
  void theDashedLinesAreTheMeanValidationLossOfEachEpoch() {
    RunOutcome[] runs =
        validated.outcomesOf(validated.grid().points().get(0)).toArray(RunOutcome[]::new);
    double expected = (runs[0].epochs().get(2).valLoss() + runs[1].epochs().get(2).valLoss()) / 2;
    XYDataset data = validatedChart("loss.png").getXYPlot().getDataset();
    assertEquals(List.of("sigmoid: validation", expected),
        List.of(data.getSeriesKey(2), data.getYValue(2, 2)));
  }

  @Test
  void withValidationTheAccuracyChartHasTrainingAndValidationLines() {
    JFreeChart accuracy = validatedChart("accuracy.png");
    XYDataset data = accuracy.getXYPlot().getDataset();
    assertEquals(List.of("Training and validation accuracy", "sigmoid: train", "tanh: train",
        "sigmoid: validation", "tanh: validation"), List.of(accuracy.getTitle().getText(),
        data.getSeriesKey(0), data.getSeriesKey(1), data.getSeriesKey(2), data.getSeriesKey(3)));
  }

  @Test
  void chartsWithValidationLinesSayWhichLinesAreWhichInASubtitle() {
    for (String name : List.of("loss.png", "accuracy.png")) {
      assertEquals("Solid lines: training data. Dashed lines, in the same colour: validation "
          + "data, measured after each epoch.",
          ((TextTitle) validatedChart(name).getSubtitle(2)).getText(), name);
    }
    assertEquals(2, validatedChart("gradient-flow.png").getSubtitleCount(),
        "the legend and the band's subtitle only");
  }

  @Test
  void theLossCaptionWithValidationSaysWhatOverfittingLooksLike() {
    String caption = validatedFigures.get(2).caption();
    assertTrue(caption.contains("a dashed line that levels off or turns up while the solid line "
        + "keeps falling is overfitting"), caption);
    assertTrue(caption.contains("The grey dotted line labelled chance level is ln 3 = 1.0986"),
        caption);
  }

  @Test
  void theAccuracyCaptionSaysTheDashedLineIsTheHonestEstimate() {
    String caption = validatedFigures.get(3).caption();
    assertTrue(caption.contains("The dashed line is the honest estimate of how the network does "
        + "on data it has not seen"), caption);
  }

  private static JFreeChart validatedChart(String fileName) {
    return validatedFigures.stream().filter(f -> f.fileName().equals(fileName)).findFirst()
        .orElseThrow().chart();
  }
  @Test
  void theGradientFlowCountsOnlyLayersWithWeightsSoThatNormalisedNetworksLineUp() {
    Comparison normalised = TestComparisons.run(TestComparisons.SPIRAL, 1,
        "model.normalization=none,batch_norm");
    YIntervalSeriesCollection flow = ChartSeries.gradientFlow(normalised);
    // 2 -> 6 -> 6 -> 3: three dense layers, with or without a batch_norm after each hidden one.
    assertEquals(3, flow.getSeries(0).getItemCount());
    assertEquals(3, flow.getSeries(1).getItemCount());
    assertEquals(3.0, flow.getSeries(1).getX(2).doubleValue());
    RunOutcome withNorm = normalised.outcomes().get(1);
    assertEquals(withNorm.epochs().get(0).gradNorms().get(2), flow.getSeries(1).getYValue(1));
  }
}
