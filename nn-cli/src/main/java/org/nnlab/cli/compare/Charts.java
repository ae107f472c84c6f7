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
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.GridPoint;
import org.nnlab.core.compare.RunOutcome;
import org.nnlab.core.stats.EpochStats;

/**
 * The three charts of a comparison, drawn with JFreeChart: one line per grid point (the mean over
 * its successful runs) with the spread of its seeds (minimum to maximum) as a band.
 *
 * <ul>
 *   <li>gradient flow: x layer, y first-epoch gradient norm, log scale;
 *   <li>first-layer gradient: x epoch, y the first layer's gradient norm, log scale;
 *   <li>loss: x epoch, y the epoch's mean loss.
 * </ul>
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

  private Charts() {}

  /** A rendered chart: its file name, title and PNG bytes. */
  public record Chart(String fileName, String title, byte[] png) {}

  /**
   * Loads the fonts and graphics classes now. Java 2D registers JVM shutdown hooks when it first
   * draws text; doing that during Ctrl-C shutdown fails, and the charts of the finished runs
   * must still be drawn then.
   */
  public static void warmUp() {
    System.setProperty("java.awt.headless", "true");
    render("warm-up.png", "warm up", "x", "y", true, new YIntervalSeriesCollection());
  }

  /** Draws every chart of a comparison. */
  public static List<Chart> draw(Comparison comparison) {
    System.setProperty("java.awt.headless", "true");
    List<Chart> charts = new ArrayList<>();
    charts.add(render("gradient-flow.png",
        "Gradient flow: |dL/dW| per layer in epoch 1 (" + comparison.name() + ")",
        "layer (1 = first)", "gradient norm |dL/dW| (log scale)", true,
        gradientFlow(comparison)));
    charts.add(render("first-layer-gradient.png",
        "First-layer gradient over training (" + comparison.name() + ")",
        "epoch", "layer 1 gradient norm |dL/dW| (log scale)", true,
        overEpochs(comparison, stats -> stats.gradNorms().get(0))));
    charts.add(render("loss.png", "Loss curves (" + comparison.name() + ")",
        "epoch", "loss (mean over the epoch's batches)", false,
        overEpochs(comparison, EpochStats::loss)));
    return charts;
  }

  private static YIntervalSeriesCollection gradientFlow(Comparison comparison) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (GridPoint point : comparison.grid().points()) {
      List<List<Double>> runs = new ArrayList<>();
      for (RunOutcome outcome : successful(comparison, point)) {
        runs.add(outcome.epochs().get(0).gradNorms());
      }
      data.addSeries(series(point.label(), runs, true));
    }
    return data;
  }

  private static YIntervalSeriesCollection overEpochs(
      Comparison comparison, Function<EpochStats, Double> statistic) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (GridPoint point : comparison.grid().points()) {
      List<List<Double>> runs = new ArrayList<>();
      for (RunOutcome outcome : successful(comparison, point)) {
        List<Double> values = new ArrayList<>();
        outcome.epochs().forEach(stats -> values.add(statistic.apply(stats)));
        runs.add(values);
      }
      data.addSeries(series(point.label(), runs, false));
    }
    return data;
  }

  private static List<RunOutcome> successful(Comparison comparison, GridPoint point) {
    return Comparison.successful(comparison.outcomesOf(point));
  }

  // x runs from 1. The line is the mean over seeds, as in the table. A log axis cannot show
  // zero: a zero mean leaves a gap, and a band reaching zero is cut at the line.
  private static YIntervalSeries series(String label, List<List<Double>> runs, boolean logScale) {
    YIntervalSeries series = new YIntervalSeries(label);
    int length = runs.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < length; i++) {
      double sum = 0;
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      int count = 0;
      for (List<Double> run : runs) {
        if (i < run.size() && Double.isFinite(run.get(i))) {
          double value = run.get(i);
          sum += value;
          low = Math.min(low, value);
          high = Math.max(high, value);
          count++;
        }
      }
      double mean = count == 0 ? Double.NaN : sum / count;
      if (count > 0 && (!logScale || mean > 0)) {
        series.add(i + 1, mean, logScale && low <= 0 ? mean : low, high);
      }
    }
    return series;
  }

  /** The x axis: layers or epochs, labelled with whole numbers, the same in every locale. */
  static NumberAxis wholeNumberAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  /** The y axis, log-scaled or linear, with a decimal point in every locale. */
  static ValueAxis valueAxis(String label, boolean logScale) {
    if (logScale) {
      LogAxis log = new LogAxis(label);
      log.setBase(10);
      log.setSmallestValue(1e-300);
      log.setNumberFormatOverride(
          new DecimalFormat("0.#E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
      return log;
    }
    NumberAxis linear = new NumberAxis(label);
    linear.setStandardTickUnits(decimalTickUnits());
    linear.setAutoRangeIncludesZero(false);
    return linear;
  }

  // JFreeChart's own tick units format with the default locale (0,5 in Germany), and its
  // locale-taking variant rounds to three decimals; these are steps of 1, 2 and 5 x 10^k.
  private static TickUnitSource decimalTickUnits() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    TickUnits units = new TickUnits();
    for (int exponent = -12; exponent <= 12; exponent++) {
      String pattern = exponent < -4 || exponent > 6 ? "0.#E0"
          : exponent < 0 ? "0." + "0".repeat(-exponent) : "#,##0";
      for (int step : new int[] {1, 2, 5}) {
        units.add(new NumberTickUnit(step * Math.pow(10, exponent),
            new DecimalFormat(pattern, symbols)));
      }
    }
    return units;
  }

  private static Chart render(String fileName, String title, String xLabel, String yLabel,
      boolean logScale, YIntervalSeriesCollection data) {
    NumberAxis x = wholeNumberAxis(xLabel);
    ValueAxis y = valueAxis(yLabel, logScale);
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
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render " + fileName, e);
    }
    return new Chart(fileName, title, png.toByteArray());
  }
}
