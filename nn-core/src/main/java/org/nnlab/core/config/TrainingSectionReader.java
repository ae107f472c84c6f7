package org.nnlab.core.config;

import static org.nnlab.core.config.TrainingKeys.BATCH_SIZE;
import static org.nnlab.core.config.TrainingKeys.CLIP_GRAD_NORM;
import static org.nnlab.core.config.TrainingKeys.CLIP_GRAD_VALUE;
import static org.nnlab.core.config.TrainingKeys.EARLY_STOPPING;
import static org.nnlab.core.config.TrainingKeys.EPOCHS;
import static org.nnlab.core.config.TrainingKeys.MIN_DELTA;
import static org.nnlab.core.config.TrainingKeys.MONITOR;
import static org.nnlab.core.config.TrainingKeys.PATIENCE;
import static org.nnlab.core.config.TrainingKeys.RESTORE_BEST;
import static org.nnlab.core.config.TrainingKeys.SHUFFLE;
import static org.nnlab.core.config.TrainingKeys.STATISTICS;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Validates the {@code training} section: epochs, batches, statistics and early stopping, as
 * {@link TrainingKeys} declares them.
 */
final class TrainingSectionReader {
  private TrainingSectionReader() {}

  static TrainingConfig read(YamlNode node) {
    Section training = TrainingKeys.SECTION.section(node, "training");
    training.rejectUnknownKeys();
    int epochs = EPOCHS.readOrDefault(training);
    int batchSize = BATCH_SIZE.readOrDefault(training);
    boolean shuffle = SHUFFLE.readOrDefault(training);
    TrainingConfig.Statistics statistics =
        TrainingConfig.Statistics.byName(STATISTICS.readOrDefault(training)).orElseThrow();
    OptionalDouble clipNorm = optional(CLIP_GRAD_NORM.read(training));
    OptionalDouble clipValue = optional(CLIP_GRAD_VALUE.read(training));
    if (clipNorm.isPresent() && clipValue.isPresent()) {
      throw new ConfigException(training.map().keyLocation(CLIP_GRAD_VALUE.name()),
          training.path(CLIP_GRAD_VALUE.name()), "cannot be used with "
              + CLIP_GRAD_NORM.name() + "; clip by the global norm or by value, not both");
    }
    Optional<EarlyStoppingConfig> earlyStopping = EARLY_STOPPING.read(training);
    return new TrainingConfig(epochs, batchSize, shuffle, statistics, clipNorm, clipValue,
        earlyStopping);
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  static EarlyStoppingConfig earlyStopping(YamlNode node, String path) {
    Section section = TrainingKeys.EARLY_STOPPING_SECTION.section(node, path);
    section.rejectUnknownKeys();
    String monitor = MONITOR.readOrDefault(section);
    int patience = PATIENCE.readOrDefault(section);
    double minDelta = MIN_DELTA.readOrDefault(section);
    boolean restoreBest = RESTORE_BEST.readOrDefault(section);
    return new EarlyStoppingConfig(monitor, patience, minDelta, restoreBest);
  }
}
