package org.nnlab.core.checkpoint;

import java.util.List;

/** The keys of the {@code state} section, defined once for its reader and its writer. */
final class StateKeys {
  static final String EPOCHS_COMPLETED = "epochs_completed";
  static final String STEPS_COMPLETED = "steps_completed";
  static final String INPUT_NAMES = "input_names";
  static final String TARGET_NAMES = "target_names";
  static final String CLASSES = "classes";
  static final String STANDARDIZATION = "standardization";
  static final String MEAN = "mean";
  static final String SCALE = "scale";
  static final String OPTIMIZER = "optimizer";
  static final String RANDOM = "random";
  static final String EARLY_STOPPING = "early_stopping";
  static final String BEST = "best";
  static final String BEST_EPOCH = "best_epoch";
  static final String WAIT = "wait";
  static final String BEST_PARAMETERS = "best_parameters";
  static final String HISTORY = "history";
  static final String SCHEDULE = "schedule";
  static final String TYPE = "type";
  static final String LEARNING_RATE = "learning_rate";

  static final List<String> ALL = List.of(EPOCHS_COMPLETED, STEPS_COMPLETED, INPUT_NAMES,
      TARGET_NAMES, CLASSES, STANDARDIZATION, OPTIMIZER, RANDOM, EARLY_STOPPING, SCHEDULE, HISTORY);

  private StateKeys() {}
}
