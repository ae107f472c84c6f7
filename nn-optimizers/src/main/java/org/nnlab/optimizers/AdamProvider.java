package org.nnlab.optimizers;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerProvider;
import org.nnlab.api.PluginOptions;

/**
 * Provides {@code adam}: options {@code learning_rate} (0.001), {@code beta1} (0.9), {@code
 * beta2} (0.999), {@code eps} (1e-8) and {@code weight_decay} (0, as an L2 term), PyTorch's
 * defaults.
 */
@AutoService(OptimizerProvider.class)
public final class AdamProvider implements OptimizerProvider {
  /** The learning rate when the configuration gives none, as in PyTorch. */
  public static final double DEFAULT_LEARNING_RATE = 0.001;

  @Override
  public String name() {
    return "adam";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "Adam: moment estimates with bias correction; weight_decay as an L2 term";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return AdamSettings.ALL;
  }

  @Override
  public Optimizer create(PluginOptions options) {
    return AdamSettings.read(options, 0.0, false);
  }
}
