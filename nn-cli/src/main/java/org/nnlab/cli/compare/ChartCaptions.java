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

  /** The loss chart's caption, which explains the chance level when it is marked. */
  static String loss(Optional<ChanceLevel> chance) {
    String caption = "The training loss of each epoch: the mean of its batches' losses, each "
        + "measured before that batch's update. Lower is better; a line that levels off has "
        + "stopped improving.";
    return chance.map(level -> caption + String.format(Locale.ROOT, " The dashed line is chance "
        + "level, ln %d = %.4f: the loss of giving each of the %d classes the same probability. "
        + "A line that stays on it has learned nothing.", level.classes(), level.loss(),
        level.classes())).orElse(caption);
  }
}
