package org.nnlab.core.config;

import java.util.List;
import java.util.Optional;

/** Validates the {@code training} section: epochs, batches, statistics and early stopping. */
final class TrainingSectionReader {
  static final List<String> KEYS =
      List.of("epochs", "batch_size", "shuffle", "statistics", "early_stopping");
  static final List<String> EARLY_STOPPING_KEYS =
      List.of("monitor", "patience", "min_delta", "restore_best");

  private TrainingSectionReader() {}

  static TrainingConfig read(YamlNode node) {
    Section training = new Section(node, "training", KEYS);
    training.rejectUnknownKeys();
    int epochs = training.get("epochs")
        .map(n -> Values.positiveInt(n, training.path("epochs"), TrainingConfig.MAX_EPOCHS))
        .orElse(TrainingConfig.DEFAULT_EPOCHS);
    int batchSize = training.get("batch_size")
        .map(n -> Values.positiveInt(n, training.path("batch_size"),
            TrainingConfig.MAX_BATCH_SIZE))
        .orElse(TrainingConfig.DEFAULT_BATCH_SIZE);
    boolean shuffle = training.get("shuffle")
        .map(n -> Values.bool(n, training.path("shuffle")))
        .orElse(TrainingConfig.DEFAULT_SHUFFLE);
    TrainingConfig.Statistics statistics = training.get("statistics")
        .map(n -> statistics(n, training.path("statistics")))
        .orElse(TrainingConfig.Statistics.DEFAULT);
    Optional<EarlyStoppingConfig> earlyStopping =
        training.get("early_stopping").map(TrainingSectionReader::earlyStopping);
    return new TrainingConfig(epochs, batchSize, shuffle, statistics, earlyStopping);
  }

  private static TrainingConfig.Statistics statistics(YamlNode node, String path) {
    // YAML 1.1 reads a plain off (or no, false) as the boolean false: that says off too.
    if (node instanceof YamlScalar scalar && Boolean.FALSE.equals(scalar.value())) {
      return TrainingConfig.Statistics.OFF;
    }
    String name = Values.name(node, path);
    return TrainingConfig.Statistics.byName(name).orElseThrow(() -> new ConfigException(
        node.location(), path, Names.unknown("statistics setting", name,
            TrainingConfig.Statistics.configNames())));
  }

  private static EarlyStoppingConfig earlyStopping(YamlNode node) {
    Section section = new Section(node, "training.early_stopping", EARLY_STOPPING_KEYS);
    section.rejectUnknownKeys();
    String monitor = section.get("monitor").map(n -> {
      String name = Values.name(n, section.path("monitor"));
      if (!EarlyStoppingConfig.MONITORS.contains(name)) {
        throw new ConfigException(n.location(), section.path("monitor"),
            Names.unknown("monitor", name, EarlyStoppingConfig.MONITORS));
      }
      return name;
    }).orElse(EarlyStoppingConfig.DEFAULT_MONITOR);
    int patience = section.get("patience")
        .map(n -> Values.positiveInt(n, section.path("patience"), TrainingConfig.MAX_EPOCHS))
        .orElse(EarlyStoppingConfig.DEFAULT_PATIENCE);
    double minDelta = section.get("min_delta").map(n -> {
      double value = Values.number(n, section.path("min_delta"));
      if (value < 0) {
        throw Values.expected(n, section.path("min_delta"), "a number of at least 0");
      }
      return value;
    }).orElse(EarlyStoppingConfig.DEFAULT_MIN_DELTA);
    boolean restoreBest = section.get("restore_best")
        .map(n -> Values.bool(n, section.path("restore_best")))
        .orElse(EarlyStoppingConfig.DEFAULT_RESTORE_BEST);
    return new EarlyStoppingConfig(monitor, patience, minDelta, restoreBest);
  }
}
