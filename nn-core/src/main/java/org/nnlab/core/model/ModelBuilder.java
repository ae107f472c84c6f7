package org.nnlab.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.nnlab.api.Activation;
import org.nnlab.api.ActivationProvider;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.PluginOptions;
import org.nnlab.api.Precision;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.LayerConfig;
import org.nnlab.core.config.MemorySize;
import org.nnlab.core.config.ModelConfig;
import org.nnlab.core.config.PluginRef;
import org.nnlab.core.config.YamlPluginOptions;
import org.nnlab.core.init.RandomStream;
import org.nnlab.core.init.Seeds;
import org.nnlab.core.internal.kernel.KernelContext;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.PluginBuild;
import org.nnlab.core.registry.PluginKind;
import org.nnlab.core.registry.ProviderInfo;
import org.nnlab.core.registry.Registry;

/**
 * Builds a {@link Network} from a model configuration, finding every layer type and activation
 * in the registry and drawing initial weights from the seed.
 */
public final class ModelBuilder {
  /** Share of the JVM's maximum heap a network's parameters and batch buffers may take. */
  static final double BUFFER_HEAP_SHARE = 0.5;

  private final Registry registry;
  private final MatrixKernels kernels;
  private final Precision precision;

  /**
   * Creates a builder.
   *
   * @param registry where layer types and activations are found
   * @param kernels the matrix kernels the engine uses
   * @param precision what the layers compute in
   */
  public ModelBuilder(Registry registry, MatrixKernels kernels, Precision precision) {
    this.registry = registry;
    this.kernels = kernels;
    this.precision = precision;
  }

  /**
   * Builds the network.
   *
   * @param model the model configuration
   * @param seed the run's seed
   * @param batchRows the largest batch the network will see, to size its buffers
   * @return the network with initialised parameters
   * @throws ConfigException for unknown names, bad options, or a model too large for memory
   */
  public Network build(ModelConfig model, long seed, int batchRows) {
    return build(model, seed, batchRows, false);
  }

  /**
   * Builds a trained network, to evaluate or predict with: every layer's parameters must be given
   * by the configuration (a model saved by training, or weights written by hand), none drawn from
   * the initialisation scheme.
   *
   * @param model the model configuration
   * @param seed the run's seed, for the layers' random streams
   * @param batchRows the largest batch the network will see, to size its buffers
   * @return the network with the given parameters
   * @throws ConfigException for unknown names, bad options, a model too large for memory, or a
   *     layer that asks the initialisation scheme for its weights
   */
  public Network buildTrained(ModelConfig model, long seed, int batchRows) {
    return build(model, seed, batchRows, true);
  }

  private Network build(ModelConfig model, long seed, int batchRows, boolean trained) {
    BufferBudget budget =
        new BufferBudget(batchRows, precision == Precision.FLOAT32 ? Float.BYTES : Double.BYTES);
    SplittableRandom initRandom = Seeds.stream(seed, Seeds.INIT);
    List<NetworkLayer> layers = new ArrayList<>();
    int inputs = model.inputs();
    for (int i = 0; i < model.layers().size(); i++) {
      LayerConfig config = model.layers().get(i);
      // The block's input is the output of the layer before its first: -1 for the model's input.
      int skipFrom = config.residual().map(r -> layers.size() - r.span())
          .orElse(NetworkLayer.NO_SKIP);
      Draws draws = new Draws(initRandom.split(), Seeds.biasStream(seed, i + 1),
          new RandomStream(Seeds.layerSeed(seed, i + 1)));
      NetworkLayer layer = layer(config, i + 1, inputs, draws, budget, trained, skipFrom);
      if (skipFrom != NetworkLayer.NO_SKIP) {
        checkResidualWidth(model, layers, config, layer, skipFrom);
      }
      layers.add(layer);
      inputs = layer.description().units();
    }
    return new Network(model.inputs(), layers, precision, budget.rows);
  }

  private static void checkResidualWidth(ModelConfig model, List<NetworkLayer> built,
      LayerConfig config, NetworkLayer layer, int skipFrom) {
    LayerConfig.Residual residual = config.residual().orElseThrow();
    int width = skipFrom < 0 ? model.inputs() : built.get(skipFrom).description().units();
    int units = layer.description().units();
    if (width != units) {
      String from = skipFrom < 0 ? "the model's input (" + width + " features)"
          : "the input of layer " + (skipFrom + 2) + " (" + width + " features)";
      throw new ConfigException(residual.location(), residual.path(), "adds " + from
          + " to the output of layer " + layer.description().index() + " (" + units
          + " units), but a skip connection needs equal widths; end the block at a layer of "
          + width + " units, or leave residual out here");
    }
  }

  private NetworkLayer layer(LayerConfig config, int index, int inputs, Draws draws,
      BufferBudget budget, boolean trained, int skipFrom) {
    PluginRef typeRef = config.type();
    ProviderInfo type = registry.lookup(PluginKind.LAYER, typeRef.name(), typeRef.location(),
        typeRef.namePath());
    PluginRef activationRef = config.activation();
    ProviderInfo activationInfo = registry.lookup(PluginKind.ACTIVATION, activationRef.name(),
        activationRef.location(), activationRef.namePath());
    ActivationProvider activationProvider = (ActivationProvider) activationInfo.provider();
    YamlPluginOptions activationOptions = activationRef.pluginOptions();
    Activation activation = PluginBuild.create(activationInfo, activationRef, activationOptions,
        () -> activationProvider.create(activationOptions));
    ActivationProfile profile = PluginBuild.call(activationInfo, activationRef,
        "apply() or derivative()", () -> ActivationProfile.of(activation));
    YamlPluginOptions options = typeRef.pluginOptions();
    LayerProvider provider = (LayerProvider) type.provider();
    Layer layer;
    Context context = new Context(inputs, options, config, draws, kernels, budget.rows,
        precision, new AtomicBoolean(), new AtomicBoolean());
    try {
      layer = PluginBuild.create(type, typeRef, options, () -> provider.create(context));
    } catch (OutOfMemoryError e) {
      // One refused allocation leaves the heap as it was, so the run can still report it.
      throw new ConfigException(typeRef.location(), config.path(), "layer " + index
          + " does not fit in the " + MemorySize.allowed(Runtime.getRuntime().maxMemory())
          + " of memory this JVM allows; lower the layer widths, or give Java more memory (-Xmx)");
    }
    if (trained && (context.drewWeights().get() || context.drewBiases().get())) {
      boolean weights = context.drewWeights().get();
      throw new ConfigException(typeRef.location(), config.path(), "layer " + index + " ("
          + typeRef.name() + ") has no trained " + (weights ? "weights" : "biases")
          + ": they would be drawn from " + (weights ? "init " + config.init().configName()
              : "bias_init " + config.biasInit().configName())
          + "; evaluate and predict need a model saved by 'nn train --save', or the layer's "
          + (weights ? "weights" : "biases") + " written in the configuration");
    }
    if (!PluginBuild.call(type, typeRef, "supports()", () -> layer.supports(precision))) {
      throw new ConfigException(typeRef.location(), config.path() + ".type", "layer type '"
          + typeRef.name() + "' computes in " + Precision.FLOAT64.configName() + " only, but "
          + "engine.precision is " + precision.configName() + "; set engine.precision: "
          + Precision.FLOAT64.configName() + " (or --precision " + Precision.FLOAT64.configName()
          + ")");
    }
    LayerShape shape = PluginBuild.call(type, typeRef, "inputSize(), outputSize(), "
        + "parameters() or buffers()", () -> LayerShape.of(layer));
    checkShape(typeRef, config, shape, inputs);
    shape.parameters().stream().filter(p -> p.precision() != precision).findFirst()
        .ifPresent(p -> {
          throw new ConfigException(typeRef.location(), config.path() + ".type", "layer type '"
              + typeRef.name() + "' says it computes in " + precision.configName()
              + " but created its parameter '" + p.name() + "' in " + p.precision().configName()
              + "; a layer creates its parameters in LayerContext.precision()");
        });
    budget.add(config, shape, skipFrom != NetworkLayer.NO_SKIP);
    LayerDescription description = new LayerDescription(index, typeRef.name(), inputs,
        shape.outputs(), activationRef.name(), activationOptions.resolved(),
        config.init().configName(), config.biasInit().configName(), shape.parameterCount(),
        options.resolved());
    return new NetworkLayer(layer, activation, description, profile, kernels, budget.rows,
        shape.parameters(), shape.buffers(), new LayerPlugins(type, activationInfo),
        draws.layer(), skipFrom, config.residual().map(LayerConfig.Residual::span).orElse(0),
        precision);
  }

  private static void checkShape(PluginRef typeRef, LayerConfig config, LayerShape shape,
      int inputs) {
    if (shape.inputs() != inputs) {
      throw new ConfigException(typeRef.location(), config.path(),
          "layer type '" + typeRef.name() + "' built a layer with " + shape.inputs()
              + " inputs, but " + inputs + " arrive here");
    }
    if (shape.outputs() < 1) {
      throw new ConfigException(typeRef.location(), config.path(),
          "layer type '" + typeRef.name() + "' built a layer with " + shape.outputs()
              + " outputs, expected at least 1");
    }
  }

  /**
   * The random streams of one layer, each derived from the seed and the layer's position alone.
   *
   * @param weights split, in layer order, from the seed's init stream
   * @param biases the layer's bias stream, drawn from only when its biases are
   * @param layer the stream the layer draws from while training
   */
  private record Draws(SplittableRandom weights, SplittableRandom biases, RandomStream layer) {}

  /** The context a layer provider builds from; it records whether weights or biases were drawn. */
  private record Context(
      int inputSize, PluginOptions options, LayerConfig config, Draws draws,
      MatrixKernels kernels, int maxBatchRows, Precision precision, AtomicBoolean drewWeights,
      AtomicBoolean drewBiases) implements LayerContext, KernelContext {
    @Override
    public void initializeWeights(double[] weights, int fanIn, int fanOut) {
      drewWeights.set(true);
      config.init().fill(weights, fanIn, fanOut, draws.weights());
    }

    @Override
    public void initializeBiases(double[] biases, int fanIn, int fanOut) {
      if (config.biasInit().draws()) {
        drewBiases.set(true);
      }
      config.biasInit().fill(biases, fanIn, draws.biases());
    }

    @Override
    public RandomGenerator random() {
      return draws.layer();
    }
  }

  /**
   * Adds up the memory of the layers built so far and refuses what the heap cannot hold: batch
   * buffers, and for each parameter its value, its gradient, the trainer's copy from before the
   * step, and up to two arrays of optimizer state.
   */
  private static final class BufferBudget {
    private static final int COPIES_PER_PARAMETER = 5;

    private final int rows;
    private final int bytesPerValue;
    private double bytes;

    BufferBudget(int rows, int bytesPerValue) {
      this.rows = rows;
      this.bytesPerValue = bytesPerValue;
    }

    // Each layer keeps five buffers of its width and one of its input width per batch row, and
    // a sixth of its width when it ends a residual block; its own buffers (running statistics)
    // are counted once.
    void add(LayerConfig config, LayerShape shape, boolean residual) {
      bytes += (double) bytesPerValue * rows
          * ((residual ? 6.0 : 5.0) * shape.outputs() + shape.inputs());
      bytes += (double) bytesPerValue * COPIES_PER_PARAMETER * shape.parameterCount();
      bytes += (double) Double.BYTES * shape.buffers().stream().mapToLong(Buffer::size).sum();
      double allowed = BUFFER_HEAP_SHARE * Runtime.getRuntime().maxMemory();
      if (bytes > allowed) {
        throw new ConfigException(config.type().location(), config.path(),
            "with batches of " + rows + " rows the network up to this layer needs "
                + MemorySize.needed(bytes) + " for its parameters and buffers, more than the "
                + MemorySize.allowed(allowed) + " this JVM allows; lower training.batch_size or "
                + "the layer widths, or give Java more memory (-Xmx)");
      }
    }
  }
}
