package org.nnlab.cli.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.stats.EpochStats;

/**
 * The charts of a comparison, drawn with JFreeChart: one line per grid point (the mean over
 * its successful runs) with the spread of its seeds (lowest to highest) as a shaded band, said in
 * a subtitle so that the PNG explains itself. Each chart comes with a caption that says what to
 * read in it.
 *
 * <ul>
 *   <li>gradient flow: x layer, y first-epoch gradient norm, log scale;
 *   <li>first-layer gradient: x epoch, y the first layer's gradient norm, log scale;
 *   <li>loss: x epoch, y the epoch's mean training loss, with the chance level ln C marked when
 *       every run trained softmax cross-entropy on C classes;
 *   <li>accuracy, for classification: x epoch, y the epoch's training accuracy in percent.
 * </ul>
 *
 * <p>When some run has validation data, the loss and accuracy charts also draw each grid point's
 * validation values as a dashed line in the colour of its training line, and a second subtitle
 * says so.
 *
 * <p>Tick labels use {@link Locale#ROOT}; the log axes write numbers as the tables do.
 */
public final class Charts {
  /** Chart width in pixels. */
  public static final int WIDTH = 900;

  /** Chart height in pixels. */
  public static final int HEIGHT = 540;

  private static final Color[] PALETTE = {
    new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
    new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
    new Color(0xBCBD22), new Color(0x17BECF)
  };
  private static final Color MARKER = new Color(0x444444);
  private static final BasicStroke VALIDATION_STROKE = new BasicStroke(2.2f,
      BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 5f}, 0f);

  private Charts() {}

  /** A rendered chart: its file name, title, what to read in it, and PNG bytes. */
  public record Chart(String fileName, String title, String caption, byte[] png) {}

  /** A chart before rendering. */
  record Figure(String fileName, String caption, JFreeChart chart) {}

  /**
   * Loads the fonts and graphics classes now. Java 2D registers JVM shutdown hooks when it first
   * draws text; doing that during Ctrl-C shutdown fails, and the charts of the finished runs
   * must still be drawn then.
   */
  public static void warmUp() {
    System.setProperty("java.awt.headless", "true");
    png(chart("warm up", "band", "x", "y", true, new YIntervalSeriesCollection()), "warm-up.png");
  }

  /** Draws every chart of a comparison. */
  public static List<Chart> draw(Comparison comparison) {
    System.setProperty("java.awt.headless", "true");
    return figures(comparison).stream().map(figure -> new Chart(figure.fileName(),
        figure.chart().getTitle().getText(), figure.caption(),
        png(figure.chart(), figure.fileName()))).toList();
  }

  /** The charts of a comparison before they are rendered. */
  static List<Figure> figures(Comparison comparison) {
    String band = ChartCaptions.band(comparison.grid().seeds());
    JFreeChart flow = chart("Gradient flow: |dL/dW| per layer in epoch 1", band,
        "layer with weights (1 = first)", "gradient norm |dL/dW| (log scale)", true,
        ChartSeries.gradientFlow(comparison));
    JFreeChart firstLayer = chart("Layer 1 gradient over training", band, "epoch",
        "layer 1 gradient norm |dL/dW| (log scale)", true,
        ChartSeries.overEpochs(comparison, ChartSeries::firstWeighted, true));
    boolean validation = comparison.hasValidation();
    JFreeChart loss = validation
        ? chart("Training and validation loss", band, "epoch",
            "loss (training: mean over the epoch's batches; validation: after the epoch)", false,
            ChartSeries.trainAndValidation(comparison, EpochStats::loss, EpochStats::valLoss))
        : chart("Training loss", band, "epoch", "training loss (mean over the epoch's batches)",
            false, ChartSeries.overEpochs(comparison, EpochStats::loss, false));
    Optional<ChanceLevel> chance = ChanceLevel.of(comparison);
    chance.ifPresent(level -> mark(loss.getXYPlot(), level, validation));
    List<Figure> figures = new ArrayList<>(List.of(
        new Figure("gradient-flow.png", ChartCaptions.GRADIENT_FLOW, flow),
        new Figure("first-layer-gradient.png", ChartCaptions.FIRST_LAYER, firstLayer),
        new Figure("loss.png", ChartCaptions.loss(chance, validation), loss)));
    if (comparison.hasAccuracy()) {
      figures.add(new Figure("accuracy.png", ChartCaptions.accuracy(validation),
          accuracy(comparison, band, validation)));
    }
    if (validation) {
      // The loss chart and the accuracy chart.
      figures.subList(2, figures.size()).forEach(f -> dashValidation(f.chart(), comparison));
    }
    return figures;
  }

  private static JFreeChart accuracy(Comparison comparison, String band, boolean validation) {
    Function<EpochStats, Double> train = stats -> 100 * stats.accuracy();
    return validation
        ? chart("Training and validation accuracy", band, "epoch",
            "accuracy (% of samples; training: during the epoch; validation: after it)", false,
            ChartSeries.trainAndValidation(comparison, train, stats -> 100 * stats.valAccuracy()))
        : chart("Training accuracy", band, "epoch",
            "training accuracy (% of samples, counted during the epoch)", false,
            ChartSeries.overEpochs(comparison, train, false));
  }

  // The series after the grid points' are their validation twins: same colour, dashed, and
  // without the point markers, which would hide the dashes.
  private static void dashValidation(JFreeChart chart, Comparison comparison) {
    int points = comparison.grid().points().size();
    XYPlot plot = chart.getXYPlot();
    DeviationRenderer renderer = (DeviationRenderer) plot.getRenderer();
    for (int i = points; i < plot.getDataset().getSeriesCount(); i++) {
      Color color = PALETTE[(i - points) % PALETTE.length];
      renderer.setSeriesPaint(i, color);
      renderer.setSeriesFillPaint(i, color);
      renderer.setSeriesStroke(i, VALIDATION_STROKE);
      renderer.setSeriesShapesVisible(i, false);
    }
    TextTitle note = new TextTitle(ChartCaptions.LINE_STYLES,
        new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    note.setPaint(new Color(0x555555));
    chart.addSubtitle(note);
  }

  private static JFreeChart chart(String title, String subtitle, String xLabel, String yLabel,
      boolean logScale, YIntervalSeriesCollection data) {
    NumberAxis x = new NumberAxis(xLabel);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    x.setAutoRangeIncludesZero(false);
    ValueAxis y;
    if (logScale) {
      LogAxis log = new LogAxis(yLabel);
      log.setBase(10);
      log.setSmallestValue(1e-300);
      log.setNumberFormatOverride(new TableNumberFormat());
      y = log;
    } else {
      NumberAxis linear = new NumberAxis(yLabel);
      linear.setStandardTickUnits(linearTickUnits());
      linear.setAutoRangeIncludesZero(false);
      y = linear;
    }
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(0.18f);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      Color color = PALETTE[i % PALETTE.length];
      renderer.setSeriesPaint(i, color);
      renderer.setSeriesFillPaint(i, color);
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    TextTitle note = new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    note.setPaint(new Color(0x555555));
    chart.addSubtitle(note);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  // Tick sizes of 1, 2 and 5 times a power of ten, each written with the decimals it needs.
  private static TickUnits linearTickUnits() {
    TickUnits units = new TickUnits();
    DecimalFormatSymbols root = DecimalFormatSymbols.getInstance(Locale.ROOT);
    for (int power = -9; power <= 9; power++) {
      DecimalFormat format =
          new DecimalFormat(power >= 0 ? "0" : "0." + "0".repeat(-power), root);
      for (int multiple : new int[] {1, 2, 5}) {
        units.add(new NumberTickUnit(multiple * Math.pow(10, power), format));
      }
    }
    return units;
  }

  // A line across the loss chart, labelled; the axis is widened to show it if need be.
  // Dotted rather than dashed where dashed lines are validation lines.
  private static void mark(XYPlot plot, ChanceLevel level, boolean validation) {
    ValueMarker marker = new ValueMarker(level.loss(), MARKER, new BasicStroke(1.5f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        validation ? new float[] {1.5f, 3f} : new float[] {6f, 4f}, 0f));
    marker.setLabel(level.label());
    marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    marker.setLabelPaint(MARKER);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    plot.addRangeMarker(marker);
    Range data = plot.getDataRange(plot.getRangeAxis());
    if (data != null && !data.contains(level.loss())) {
      plot.getRangeAxis().setRange(
          Range.expand(Range.expandToInclude(data, level.loss()), 0.05, 0.05));
    }
  }

  private static byte[] png(JFreeChart chart, String fileName) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render " + fileName, e);
    }
    return png.toByteArray();
  }
}
