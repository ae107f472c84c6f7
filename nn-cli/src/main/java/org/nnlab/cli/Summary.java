package org.nnlab.cli;

import java.util.Locale;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.ModelKeys;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.report.ShortestDouble;
import org.nnlab.core.train.Experiment;

/** The lines printed before training: what is trained, on what, and how. */
final class Summary {
  private Summary() {}

  static String of(Experiment experiment) {
    ExperimentConfig config = experiment.config();
    StringBuilder shape = new StringBuilder().append(experiment.network().inputs());
    String dense = (String) ModelKeys.TYPE.writtenDefault().orElseThrow();
    for (NetworkLayer layer : experiment.network().layers()) {
      // "32 relu" for a dense layer; "batch_norm 32 relu" for any other type.
      shape.append(" -> ");
      if (!layer.description().type().equals(dense)) {
        shape.append(layer.description().type()).append(' ');
      }
      shape.append(layer.description().units()).append(' ')
          .append(layer.description().activation());
    }
    int layers = experiment.network().layers().size();
    int epochs = config.training().epochs();
    return String.format(Locale.ROOT,
        "%s: %s (%s, %,d parameters)%n"
            + "data: %s | loss %s | optimizer %s | batch %d | %s | seed %d%n"
            + "engine: %s | %s",
        ControlCharacters.escape(Excerpt.of(config.name())), shape, count(layers, "layer"),
        experiment.network().parameterCount(),
        ControlCharacters.escape(experiment.data().description()), config.loss().name(),
        optimizer(config),
        Math.min(config.training().batchSize(), experiment.data().size()),
        count(epochs, "epoch"), config.seed(), config.engine().precision().configName(),
        experiment.kernels().description());
  }

  // The optimizer, with what changes its steps: a schedule, clipping.
  private static String optimizer(ExperimentConfig config) {
    StringBuilder text = new StringBuilder(config.optimizer().name());
    config.schedule().ifPresent(s -> text.append(", ").append(s.type()).append(" schedule"));
    config.training().clipGradNorm().ifPresent(v -> text.append(", clip norm ")
        .append(ShortestDouble.of(v)));
    config.training().clipGradValue().ifPresent(v -> text.append(", clip value ")
        .append(ShortestDouble.of(v)));
    return text.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
