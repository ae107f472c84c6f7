package org.nnlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.nnlab.core.stats.EpochStats;

/**
 * Prints training progress as a table: epoch, loss, the training accuracy when it applies (counted
 * during the epoch, before each batch's update), the validation loss and accuracy when there is
 * validation data (at the epoch's end), the epoch's learning rate when a schedule changes it, and
 * each layer's weight-gradient norm when the statistics are on.
 */
final class EpochTable {
  private static final int NUMBER_WIDTH = 10;

  private final PrintWriter out;
  private final int layers;
  private final boolean accuracy;
  private final boolean validation;
  private final boolean learningRate;

  EpochTable(PrintWriter out, int layers, boolean accuracy, boolean validation,
      boolean learningRate) {
    this.out = out;
    this.layers = layers;
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
    if (layers > 0) {
      line.append("   |dL/dW| per layer:");
    }
    out.println(line);
    if (layers > 0) {
      StringBuilder columns = new StringBuilder(" ".repeat(width));
      for (int l = 1; l <= layers; l++) {
        columns.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s", "L" + l));
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
    for (double norm : stats.gradNorms()) {
      line.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s",
          NumberText.scientific(norm)));
    }
    out.println(line);
    out.flush();
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
