package org.nnlab.cli.compare;

import java.util.Locale;
import java.util.Optional;

/** What to read in each chart: the captions of the report's figures and the charts' subtitle. */
final class ChartCaptions {
  static final String GRADIENT_FLOW = "Read it from the right, the way the gradient travels "
      + "back from the last layer to layer 1. A line that falls towards layer 1 is a vanishing "
      + "gradient: each step down the log axis is ten times less gradient, so the first layers "
      + "barely learn. A line that rises towards layer 1 is an exploding gradient; a level line "
      + "reaches every layer alike.";

  static final String FIRST_LAYER = "Whether layer 1 keeps getting a gradient as training goes "
      + "on. A line far below the others, or falling, means the first layer barely learns; a "
      + "line that holds or rises means it keeps learning.";

  private ChartCaptions() {}

  /** What the band around each line is, for a grid of {@code seeds} seeds per point. */
  static String band(int seeds) {
    return seeds > 1
        ? "Each line is the mean over a grid point's seeds; the shaded band around it spans the "
            + "lowest to the highest seed."
        : "Each line is one run: with one seed per grid point there is no band of seeds.";
  }

  /** The subtitle of a chart with validation lines. */
  static final String LINE_STYLES = "Solid lines: training data. Dashed lines, in the same "
      + "colour: validation data, measured after each epoch.";

  /**
   * The loss chart's caption, which explains the validation lines when there are, and the chance
   * level when it is marked.
   */
  static String loss(Optional<ChanceLevel> chance, boolean validation) {
    String caption = validation
        ? "The loss of each epoch on the training data (solid line: the mean of its batches' "
            + "losses, each measured before that batch's update) and on the validation data, "
            + "which training never sees (dashed line in the same colour: measured after the "
            + "epoch with its final parameters, in evaluation mode). Lower is better. While "
            + "both fall, the network is learning the task; a dashed line that levels off or "
            + "turns up while the solid line keeps falling is overfitting: the network is "
            + "learning its training samples rather than the task, and the epoch where the "
            + "dashed line is lowest is the one to keep."
        : "The training loss of each epoch: the mean of its batches' losses, each "
            + "measured before that batch's update. Lower is better; a line that levels off has "
            + "stopped improving.";
    String marker = validation ? " The grey dotted line labelled chance level is ln %d = %.4f"
        : " The dashed line is chance level, ln %d = %.4f";
    return chance.map(level -> caption + String.format(Locale.ROOT, marker + ": the loss of "
        + "giving each of the %d classes the same probability. A line that stays on it has "
        + "learned nothing.", level.classes(), level.loss(), level.classes())).orElse(caption);
  }

  /** The accuracy chart's caption, which explains the validation lines when there are. */
  static String accuracy(boolean validation) {
    return validation
        ? "The share of samples classified correctly in each epoch: of the training data "
            + "(solid line, each batch counted before its update) and of the validation data "
            + "(dashed line in the same colour, after the epoch). Higher is better. The dashed "
            + "line is the honest estimate of how the network does on data it has not seen; a "
            + "gap that widens between a solid line near 100% and its dashed line is "
            + "overfitting."
        : "The share of training samples classified correctly in each epoch, each batch "
            + "counted before its update. Higher is better; a line that levels off has stopped "
            + "improving. It says how well the network fits the data it learns from, not how it "
            + "does on new data: add a validation section to measure that.";
  }
}
