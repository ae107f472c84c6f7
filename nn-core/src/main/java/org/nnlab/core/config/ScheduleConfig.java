package org.nnlab.core.config;

import java.util.List;

/**
 * {@code optimizer.schedule}: how the learning rate changes from epoch to epoch, as PyTorch's
 * learning-rate schedulers change it when {@code scheduler.step()} is called after each epoch.
 * The optimizer's own {@code learning_rate} is where every schedule starts.
 */
public sealed interface ScheduleConfig {
  /** The schedule names, in the order documented. */
  List<String> TYPES = List.of(Step.TYPE, Exponential.TYPE, Cosine.TYPE, ReduceOnPlateau.TYPE);

  /** The name a configuration gives the schedule ({@code type}). */
  String type();

  /**
   * {@code step}: the rate is multiplied by {@code gamma} every {@code stepSize} epochs, as
   * {@code torch.optim.lr_scheduler.StepLR}.
   *
   * @param stepSize epochs between two decays, at least 1
   * @param gamma the factor, positive
   */
  record Step(int stepSize, double gamma) implements ScheduleConfig {
    /** The type name. */
    public static final String TYPE = "step";
    /** The factor when none is given, as PyTorch's. */
    public static final double DEFAULT_GAMMA = 0.1;

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * {@code exponential}: the rate is multiplied by {@code gamma} after every epoch, as {@code
   * torch.optim.lr_scheduler.ExponentialLR}.
   *
   * @param gamma the factor, positive
   */
  record Exponential(double gamma) implements ScheduleConfig {
    /** The type name. */
    public static final String TYPE = "exponential";

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * {@code cosine}: after an optional linear warm-up, the rate follows half a cosine from the
   * optimizer's rate down to {@code minLr} over the rest of the run, as {@code
   * torch.optim.lr_scheduler.CosineAnnealingLR} with {@code T_max} the epochs after the warm-up
   * (behind a {@code LinearLR} in a {@code SequentialLR} when there is a warm-up).
   *
   * @param minLr the rate the cosine ends at, at least 0
   * @param warmupEpochs epochs of linear warm-up, at least 0, fewer than the run's epochs
   */
  record Cosine(double minLr, int warmupEpochs) implements ScheduleConfig {
    /** The type name. */
    public static final String TYPE = "cosine";
    /** The final rate when none is given, as PyTorch's {@code eta_min}. */
    public static final double DEFAULT_MIN_LR = 0.0;
    /** The warm-up when none is given: none. */
    public static final int DEFAULT_WARMUP_EPOCHS = 0;

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * {@code reduce_on_plateau}: the rate is multiplied by {@code factor} when the monitored value
   * has not improved for more than {@code patience} epochs, as {@code
   * torch.optim.lr_scheduler.ReduceLROnPlateau} with its defaults otherwise (relative threshold
   * 1e-4, no cooldown, no minimum rate, mode {@code min} for losses and {@code max} for
   * accuracies).
   *
   * @param monitor {@code val_loss}, {@code val_accuracy}, {@code loss} or {@code accuracy}
   * @param factor the factor, between 0 and 1
   * @param patience epochs without improvement that are tolerated, at least 0
   */
  record ReduceOnPlateau(String monitor, double factor, int patience)
      implements ScheduleConfig {
    /** The type name. */
    public static final String TYPE = "reduce_on_plateau";
    /** The monitored value when none is given. */
    public static final String DEFAULT_MONITOR = "val_loss";
    /** The factor when none is given, as PyTorch's. */
    public static final double DEFAULT_FACTOR = 0.1;
    /** The patience when none is given, as PyTorch's. */
    public static final int DEFAULT_PATIENCE = 10;
    /** PyTorch's relative threshold: a value counts as better beyond best × (1 ∓ 1e-4). */
    public static final double THRESHOLD = 1e-4;
    /** PyTorch's {@code eps}: a reduction smaller than this is not made. */
    public static final double EPS = 1e-8;

    @Override
    public String type() {
      return TYPE;
    }

    /** Tells whether larger values are better: accuracies, not losses. */
    public boolean maximizes() {
      return monitor.endsWith("accuracy");
    }

    /** Tells whether the monitored value is measured on validation data. */
    public boolean needsValidation() {
      return monitor.startsWith("val_");
    }
  }
}
