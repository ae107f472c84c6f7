package org.nnlab.core.config;

import java.util.List;

/**
 * The keys of {@code optimizer.schedule}: one mapping per schedule type, each naming its type
 * and holding its own keys only.
 */
public final class ScheduleKeys {
  /** {@code optimizer.schedule.type}, read before the type's keys are known. */
  public static final ConfigKey<String> TYPE = ConfigKey.choice("type", "schedule",
      ScheduleConfig.TYPES, null, "the schedule");

  /** {@code step_size} of {@code step}. */
  public static final ConfigKey<Integer> STEP_SIZE = ConfigKey.integer("step_size", 1,
      TrainingConfig.MAX_EPOCHS, null, "epochs between two decays")
      .required("step_size, the epochs between two decays");

  /** {@code gamma} of {@code step}. */
  public static final ConfigKey<Double> STEP_GAMMA = ConfigKey.number("gamma",
      positive(), "a positive number", ScheduleConfig.Step.DEFAULT_GAMMA,
      "the factor the rate is multiplied by every step_size epochs");

  /** {@code gamma} of {@code exponential}. */
  public static final ConfigKey<Double> EXPONENTIAL_GAMMA = ConfigKey.number("gamma",
      positive(), "a positive number", null,
      "the factor the rate is multiplied by after every epoch")
      .required("gamma, the factor applied after every epoch");

  /** {@code min_lr} of {@code cosine}. */
  public static final ConfigKey<Double> MIN_LR = ConfigKey.number("min_lr",
      ValueForm.Real.atLeast(0), "a number of at least 0", ScheduleConfig.Cosine.DEFAULT_MIN_LR,
      "the rate the cosine falls to at the end of the run");

  /** {@code warmup_epochs} of {@code cosine}. */
  public static final ConfigKey<Integer> WARMUP_EPOCHS = ConfigKey.integer("warmup_epochs", 0,
      TrainingConfig.MAX_EPOCHS, ScheduleConfig.Cosine.DEFAULT_WARMUP_EPOCHS,
      "epochs of linear warm-up before the cosine; fewer than training.epochs");

  /** {@code monitor} of {@code reduce_on_plateau}. */
  public static final ConfigKey<String> MONITOR = ConfigKey.choice("monitor", "monitor",
      EarlyStoppingConfig.MONITORS, ScheduleConfig.ReduceOnPlateau.DEFAULT_MONITOR,
      "the value watched for improvement");

  /** {@code factor} of {@code reduce_on_plateau}. */
  public static final ConfigKey<Double> FACTOR = ConfigKey.number("factor",
      ValueForm.Real.between(0, 1), "a number between 0 and 1 (exclusive)",
      ScheduleConfig.ReduceOnPlateau.DEFAULT_FACTOR,
      "the factor the rate is multiplied by on a plateau");

  /** {@code patience} of {@code reduce_on_plateau}. */
  public static final ConfigKey<Integer> PATIENCE = ConfigKey.integer("patience", 0,
      TrainingConfig.MAX_EPOCHS, ScheduleConfig.ReduceOnPlateau.DEFAULT_PATIENCE,
      "epochs without improvement tolerated before the rate is reduced");

  /** The {@code step} mapping. */
  public static final ConfigSection STEP = ConfigSection.of("schedule_step",
      "multiply the learning rate by gamma every step_size epochs (StepLR)",
      type(ScheduleConfig.Step.TYPE), STEP_SIZE, STEP_GAMMA);

  /** The {@code exponential} mapping. */
  public static final ConfigSection EXPONENTIAL = ConfigSection.of("schedule_exponential",
      "multiply the learning rate by gamma after every epoch (ExponentialLR)",
      type(ScheduleConfig.Exponential.TYPE), EXPONENTIAL_GAMMA);

  /** The {@code cosine} mapping. */
  public static final ConfigSection COSINE = ConfigSection.of("schedule_cosine",
      "a linear warm-up, then half a cosine down to min_lr (CosineAnnealingLR)",
      type(ScheduleConfig.Cosine.TYPE), MIN_LR, WARMUP_EPOCHS);

  /** The {@code reduce_on_plateau} mapping. */
  public static final ConfigSection REDUCE_ON_PLATEAU = ConfigSection.of(
      "schedule_reduce_on_plateau",
      "multiply the learning rate by factor when the monitor stops improving "
          + "(ReduceLROnPlateau)",
      type(ScheduleConfig.ReduceOnPlateau.TYPE), MONITOR, FACTOR, PATIENCE);

  /** The mapping of each type, in the order of {@link ScheduleConfig#TYPES}. */
  public static final List<ConfigSection> SECTIONS =
      List.of(STEP, EXPONENTIAL, COSINE, REDUCE_ON_PLATEAU);

  private ScheduleKeys() {}

  /** The mapping of a schedule type. */
  static ConfigSection section(String type) {
    return SECTIONS.get(ScheduleConfig.TYPES.indexOf(type));
  }

  private static ValueForm.Real positive() {
    return new ValueForm.Real(0, true, Double.POSITIVE_INFINITY, false);
  }

  // Each mapping's type key accepts its own name only: the schema tells the types apart by it.
  private static ConfigKey<String> type(String name) {
    return ConfigKey.of("type", new ValueForm.Exactly(name), "the schedule", Values::name)
        .required("the schedule's type");
  }
}
