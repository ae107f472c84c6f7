package org.nnlab.cli.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.RunOutcome;

/**
 * The loss of a guess that gives every class the same probability: ln C for softmax
 * cross-entropy on C classes, and ln 2 for binary cross-entropy on one sigmoid output (p = ½).
 * It applies only when every run trained the same one of these losses on the same number of
 * classes; other losses have no such level.
 *
 * @param classes C, at least 2
 */
record ChanceLevel(int classes) {
  /** The built-in softmax cross-entropy's registered name. */
  static final String CROSS_ENTROPY = "cross_entropy";
  /** The built-in binary cross-entropy's registered name. */
  static final String BINARY_CROSS_ENTROPY = "binary_cross_entropy";

  /** The chance level of a comparison's successful runs, when it applies. */
  static Optional<ChanceLevel> of(Comparison comparison) {
    List<RunOutcome> runs = Comparison.successful(comparison.outcomes());
    OptionalInt classes = runs.isEmpty() ? OptionalInt.empty() : classes(runs.get(0));
    for (RunOutcome run : runs) {
      if (!run.epochs().get(0).hasAccuracy() || !classes(run).equals(classes)) {
        return Optional.empty();
      }
    }
    return classes.isPresent() && classes.getAsInt() >= 2
        ? Optional.of(new ChanceLevel(classes.getAsInt())) : Optional.empty();
  }

  /** ln C. */
  double loss() {
    return Math.log(classes);
  }

  /** How the chart labels it, such as {@code chance level: ln 3 = 1.0986}. */
  String label() {
    return String.format(Locale.ROOT, "chance level: ln %d = %.4f", classes, loss());
  }

  // The classes a uniform guess spreads over: the outputs of cross_entropy, two for one output
  // of binary_cross_entropy; empty for any other loss.
  private static OptionalInt classes(RunOutcome run) {
    String loss = run.run().config().loss().name();
    OptionalInt outputs = outputs(run);
    if (loss.equals(CROSS_ENTROPY)) {
      return outputs;
    }
    return loss.equals(BINARY_CROSS_ENTROPY) && outputs.equals(OptionalInt.of(1))
        ? OptionalInt.of(2) : OptionalInt.empty();
  }

  // The last layer's width, from the run's report (the layers as nn train --report lists them).
  private static OptionalInt outputs(RunOutcome run) {
    if (run.report().get("layers") instanceof List<?> layers && !layers.isEmpty()
        && layers.get(layers.size() - 1) instanceof Map<?, ?> last
        && last.get("units") instanceof Integer units) {
      return OptionalInt.of(units);
    }
    return OptionalInt.empty();
  }
}
