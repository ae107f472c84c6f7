package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code adamw}: Adam with decoupled weight decay; options as {@code adam}, with {@code
 * weight_decay} 0.01 by default, PyTorch's defaults.
 */
@AutoService(OptimizerProvider.class)
public final class AdamWProvider implements OptimizerProvider {
  /** The weight decay when the configuration gives none, as in PyTorch. */
  public static final double DEFAULT_WEIGHT_DECAY = 0.01;

  @Override
  public String name() {
    return "adamw";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "AdamW: Adam with decoupled weight decay, w *= 1 - learning_rate * weight_decay";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return AdamSettings.ALL;
  }

  @Override
  public Optimizer create(PluginOptions options) {
    return AdamSettings.read(options, DEFAULT_WEIGHT_DECAY, true);
  }
}
