package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingStep;

/** The lines above an explanation: the network, what is explained, and how names read. */
final class Headline {
  private final Experiment experiment;
  private final TrainingStep step;

  Headline(Experiment experiment, TrainingStep step) {
    this.experiment = experiment;
    this.step = step;
  }

  String title() {
    StringBuilder shape = new StringBuilder().append(experiment.network().inputs());
    List<NetworkLayer> layers = experiment.network().layers();
    for (int l = 0; l < layers.size(); ) {
      String layer = layers.get(l).description().units() + " "
          + layers.get(l).description().activation();
      int repeats = 1;
      while (l + repeats < layers.size() && layer.equals(layers.get(l + repeats).description()
          .units() + " " + layers.get(l + repeats).description().activation())) {
        repeats++;
      }
      // Runs of three or more alike, as deep networks have, read better counted.
      int shown = repeats >= 3 ? repeats : 1;
      shape.append(" -> ").append(shown == 1 ? "" : shown + " x ").append(layer);
      l += shown;
    }
    return String.format(Locale.ROOT, "%s: %s (%,d parameters), loss %s, optimizer %s",
        ControlCharacters.escape(experiment.config().name()), shape,
        experiment.network().parameterCount(), experiment.config().loss().name(),
        experiment.config().optimizer().name());
  }

  /** What explaining one sample means here. */
  String sample(int row, boolean first) {
    int batchRows = step.firstBatch().length;
    String which = "sample " + (row + 1) + " of " + size();
    String training = stepName();
    if (first && batchRows == 1) {
      return which + ", the first that epoch " + step.epoch() + " takes; with batches of one "
          + "sample this is " + training + " itself";
    }
    return which + (first ? ", the first that epoch " + step.epoch() + " takes" : "")
        + ", alone as a batch of one; " + training + " takes the " + batchRows + " samples of "
        + "its first batch (see --batch)";
  }

  /** What explaining the first batch means here. */
  String batch() {
    int[] rows = step.firstBatch();
    List<String> numbers = new ArrayList<>();
    for (int r = 0; r < Math.min(rows.length, 8); r++) {
      numbers.add(Integer.toString(rows[r] + 1));
    }
    String listed = String.join(", ", numbers) + (rows.length > 8 ? ", ..." : "");
    return "the first batch of epoch " + step.epoch() + ": " + rows.length + " of the " + size()
        + " samples (" + listed + ", in training's order), " + stepName();
  }

  String stepName() {
    return "training's step " + step.number()
        + (experiment.saved().progress().isPresent() ? " (the saved model's next)" : "");
  }

  List<String> notes(boolean names, boolean notesNetwork) {
    List<String> lines = new ArrayList<>();
    if (experiment.standardization().isPresent()) {
      lines.add("inputs standardized, as training sees them");
    }
    if (names) {
      lines.add("names, counted from 1: x[j] input j, t[j] target j; Lk.z[i] and Lk.h[i] unit i "
          + "of layer k before and after its activation f; Lk.w[i][j] the weight from input j "
          + "(or unit j of layer k-1) to unit i, Lk.b[i] its bias; Lk.δ[i] = dL/dLk.z[i]"
          + (notesNetwork ? "; in brackets the seed notes' names (w1..w8, h1, h2, o1, o2)" : ""));
    }
    lines.add("every value is read from the network's buffers after training's own forward "
        + "pass, loss, backward pass and optimizer step; 6 significant digits");
    return lines;
  }

  private String size() {
    return String.format(Locale.ROOT, "%,d", experiment.data().size());
  }
}
