package org.nnlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.model.Network;
import org.nnlab.core.stats.EpochStats;

/**
 * Prints training progress as a table: epoch, loss, the training accuracy when it applies (counted
 * during the epoch, before each batch's update), the validation loss and accuracy when there is
 * validation data (at the epoch's end), the epoch's learning rate when a schedule changes it, and
 * the weight-gradient norm of each layer with weights when the statistics are on. The columns are
 * labelled with the layers' positions, {@code L1} for the first layer, so that a network with
 * normalisation or dropout layers (which have no weights, and get no column) shows {@code L1 L3
 * L5}: the numbers the verdict and the report use.
 */
final class EpochTable {
  private static final int NUMBER_WIDTH = 10;

  private final PrintWriter out;
  private final List<Integer> layers;
  private final boolean accuracy;
  private final boolean validation;
  private final boolean learningRate;

  /**
   * Creates the table.
   *
   * @param layers the 0-based positions of the layers whose gradient norms get a column
   * @param learningRate whether each epoch's learning rate gets a column
   */
  EpochTable(PrintWriter out, List<Integer> layers, boolean accuracy, boolean validation,
      boolean learningRate) {
    this.out = out;
    this.layers = List.copyOf(layers);
    this.accuracy = accuracy;
    this.validation = validation;
    this.learningRate = learningRate;
  }

  void printHeader() {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6s %12s", "epoch", "loss"));
    if (accuracy) {
      line.append(String.format(Locale.ROOT, " %9s", "train acc"));
    }
    if (validation) {
      line.append(String.format(Locale.ROOT, " %12s", "val loss"));
      if (accuracy) {
        line.append(String.format(Locale.ROOT, " %9s", "val acc"));
      }
    }
    if (learningRate) {
      line.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s", "lr"));
    }
    int width = line.length();
    if (!layers.isEmpty()) {
      line.append("   |dL/dW| per layer:");
    }
    out.println(line);
    if (!layers.isEmpty()) {
      StringBuilder columns = new StringBuilder(" ".repeat(width));
      for (int l : layers) {
        columns.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s", "L" + (l + 1)));
      }
      out.println(columns);
    }
    out.flush();
  }

  void printRow(EpochStats stats) {
    StringBuilder line = new StringBuilder(
        String.format(Locale.ROOT, "%6d %12s", stats.epoch(), loss(stats.loss())));
    if (accuracy) {
      line.append(' ').append(percent(stats.accuracy()));
    }
    if (validation) {
      line.append(String.format(Locale.ROOT, " %12s", loss(stats.valLoss())));
      if (accuracy) {
        line.append(' ').append(percent(stats.valAccuracy()));
      }
    }
    if (learningRate) {
      line.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s",
          NumberText.scientific(stats.learningRate())));
    }
    if (!stats.gradNorms().isEmpty()) {
      for (int l : layers) {
        line.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s",
            NumberText.scientific(stats.gradNorms().get(l))));
      }
    }
    out.println(line);
    out.flush();
  }

  /** The 0-based positions of the layers that have weights, which the table shows. */
  static List<Integer> weightedLayers(Network network) {
    List<Integer> weighted = new ArrayList<>();
    for (int l = 0; l < network.layers().size(); l++) {
      if (network.layers().get(l).parameters().stream()
          .anyMatch(p -> p.role() == ParameterRole.WEIGHTS)) {
        weighted.add(l);
      }
    }
    return weighted;
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%8.1f%%", 100 * share)
        : String.format(Locale.ROOT, "%9s", "-");
  }

  static String loss(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return Math.abs(value) >= 1e-3 && Math.abs(value) < 1e5
        ? String.format(Locale.ROOT, "%.6f", value)
        : String.format(Locale.ROOT, "%.4e", value);
  }
}
