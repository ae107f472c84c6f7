package org.nnlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.nnlab.core.stats.EpochStats;

/**
 * Prints training progress as a table: epoch, loss, accuracy when it applies, and each layer's
 * weight-gradient norm.
 */
final class EpochTable {
  private static final int NUMBER_WIDTH = 10;

  private final PrintWriter out;
  private final int layers;
  private final boolean accuracy;

  EpochTable(PrintWriter out, int layers, boolean accuracy) {
    this.out = out;
    this.layers = layers;
    this.accuracy = accuracy;
  }

  void printHeader() {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6s %12s", "epoch", "loss"));
    if (accuracy) {
      line.append(String.format(Locale.ROOT, " %9s", "accuracy"));
    }
    line.append("   |dL/dW| per layer:");
    out.println(line);
    StringBuilder columns = new StringBuilder(" ".repeat(19 + (accuracy ? 10 : 0)));
    for (int l = 1; l <= layers; l++) {
      columns.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s", "L" + l));
    }
    out.println(columns);
    out.flush();
  }

  void printRow(EpochStats stats) {
    StringBuilder line = new StringBuilder(
        String.format(Locale.ROOT, "%6d %12s", stats.epoch(), loss(stats.loss())));
    if (accuracy) {
      line.append(String.format(Locale.ROOT, " %8.1f%%", 100 * stats.accuracy()));
    }
    for (double norm : stats.gradNorms()) {
      line.append(String.format(Locale.ROOT, " %" + NUMBER_WIDTH + "s", NumberText.scientific(norm)));
    }
    out.println(line);
    out.flush();
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
