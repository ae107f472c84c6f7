package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nnlab.core.init.BiasInit;
import org.nnlab.core.init.InitScheme;

/**
 * Validates a YAML tree into an {@link ExperimentConfig}: every key known, every value of the
 * right form, every default applied here and only here. Plugin names and plugin options are
 * checked later, against the registry, by the model builder.
 *
 * <p>The format is documented key by key in {@code docs/config.md}.
 */
public final class ConfigReader {
  /**
   * The keys allowed at the top level. {@code compare} describes an experiment grid for
   * {@code nn compare} and is read there; training ignores it.
   */
  public static final List<String> ROOT_KEYS = RootKeys.SECTION.keyNames();

  /** The largest input width accepted. */
  public static final int MAX_INPUTS = 1_000_000;

  static final Set<String> LAYER_ENGINE_KEYS = Set.copyOf(ModelKeys.LAYER_SECTION.keyNames());

  private final YamlReader yaml = new YamlReader();

  /**
   * Reads and validates a configuration file.
   *
   * @param file the YAML file
   * @return the validated configuration
   * @throws ConfigException for the first problem found
   */
  public ExperimentConfig read(Path file) {
    return validate(yaml.read(file), file);
  }

  /** Parses a configuration file into its YAML tree without validating it, for overrides. */
  public YamlNode parse(Path file) {
    return yaml.read(file);
  }

  /**
   * Validates a YAML tree.
   *
   * @param root the tree, possibly edited by overrides
   * @param file the file it came from; relative data paths are resolved against its folder
   * @return the validated configuration
   * @throws ConfigException for the first problem found
   */
  public ExperimentConfig validate(YamlNode root, Path file) {
    Section top = RootKeys.SECTION.section(root, "");
    top.rejectUnknownKeys();
    RootKeys.VERSION.read(top);
    String name = RootKeys.NAME.read(top).orElse(defaultName(file));
    long seed = RootKeys.SEED.readOrDefault(top);
    ModelConfig model = model(RootKeys.MODEL.requireNode(top));
    PluginRef loss = RootKeys.LOSS.require(top);
    PluginRef optimizer = plugin(top, RootKeys.OPTIMIZER);
    TrainingConfig training = RootKeys.TRAINING.read(top).orElse(TrainingConfig.defaults());
    EngineConfig engine = RootKeys.ENGINE.read(top).orElse(EngineConfig.defaults());
    YamlNode dataNode = RootKeys.DATA.requireNode(top);
    DataConfig data = DataSectionReader.read(dataNode, "data", file);
    boolean standardize = DataSectionReader.standardize(dataNode);
    Optional<ValidationConfig> validation =
        top.get(RootKeys.VALIDATION.name()).map(n -> DataSectionReader.validation(n, file));
    training.earlyStopping().filter(e -> validation.isEmpty())
        .ifPresent(e -> requireValidation(e.monitor(), top.map().keyLocation("training"),
            "training.early_stopping.monitor"));
    Optional<ScheduleConfig> schedule = schedule(top, training, validation);
    Optional<YamlMap> state = RootKeys.STATE.read(top);
    return new ExperimentConfig(file, name, seed, model, loss, optimizer, schedule, training,
        engine, data, standardize, validation, state, top.map());
  }

  /**
   * Refuses a monitor measured on validation data in a configuration without a validation
   * section: early stopping's and the plateau schedule's rule.
   *
   * @param monitor the monitored value, such as {@code val_loss}
   * @param where where to point the message
   * @param path the monitor's key path
   * @throws ConfigException when the monitor needs validation data
   */
  static void requireValidation(String monitor, Location where, String path) {
    if (monitor.startsWith("val_")) {
      throw new ConfigException(where, path, "monitors '" + monitor + "', which is measured on "
          + "validation data, but the configuration has no validation section; add "
          + "validation: {fraction: 0.2}, or monitor loss");
    }
  }

  private static Optional<ScheduleConfig> schedule(Section top, TrainingConfig training,
      Optional<ValidationConfig> validation) {
    Optional<YamlMap> optimizer = top.get(RootKeys.OPTIMIZER.name())
        .filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
    if (optimizer.isEmpty()) {
      return Optional.empty();
    }
    Section section = OptimizerKeys.SECTION.section(optimizer.get(), RootKeys.OPTIMIZER.name());
    Optional<ScheduleConfig> schedule = OptimizerKeys.SCHEDULE.read(section);
    String path = section.path(OptimizerKeys.SCHEDULE.name());
    schedule.ifPresent(s -> {
      YamlMap map = (YamlMap) section.get(OptimizerKeys.SCHEDULE.name()).orElseThrow();
      if (s instanceof ScheduleConfig.ReduceOnPlateau plateau && validation.isEmpty()) {
        String key = ScheduleKeys.MONITOR.name();
        requireValidation(plateau.monitor(), map.has(key) ? map.keyLocation(key)
            : section.map().keyLocation(OptimizerKeys.SCHEDULE.name()),
            KeyPaths.child(path, key));
      }
      if (s instanceof ScheduleConfig.Cosine cosine
          && cosine.warmupEpochs() >= training.epochs()) {
        String key = ScheduleKeys.WARMUP_EPOCHS.name();
        throw new ConfigException(map.keyLocation(key), KeyPaths.child(path, key),
            "warms up for " + cosine.warmupEpochs() + " epochs, but training has "
                + training.epochs() + "; warm up for fewer epochs than training.epochs");
      }
    });
    return schedule;
  }

  private static String defaultName(Path file) {
    String fileName = file.getFileName() == null ? "model" : file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private ModelConfig model(YamlNode node) {
    Section model = ModelKeys.SECTION.section(node, "model");
    model.rejectUnknownKeys();
    int inputs = ModelKeys.INPUTS.require(model);
    InitScheme init = initScheme(ModelKeys.INIT.readOrDefault(model));
    BiasInit biasInit = biasInit(ModelKeys.BIAS_INIT.readOrDefault(model));
    Optional<YamlNode> layers = model.get(ModelKeys.LAYERS.name());
    Optional<YamlNode> hidden = model.get(ModelKeys.HIDDEN.name());
    if (layers.isPresent()) {
      for (String shorthand : ModelKeys.SECTION.excludes().get(ModelKeys.LAYERS.name())) {
        if (model.map().has(shorthand)) {
          throw new ConfigException(model.map().keyLocation(shorthand), model.path(shorthand),
              "belongs to the hidden/outputs shorthand; with model.layers, set each layer "
                  + "explicitly (or drop model.layers and use the shorthand)");
        }
      }
      return new ModelConfig(inputs, explicitLayers(layers.get(), init, biasInit));
    }
    if (hidden.isEmpty() && !model.map().has(ModelKeys.OUTPUTS.name())) {
      throw new ConfigException(model.map().location(), "model",
          "missing key 'layers': expected a list of layers, or the shorthand hidden: [...] "
              + "with outputs: N");
    }
    return new ModelConfig(inputs, shorthandLayers(model, init, biasInit));
  }

  private List<LayerConfig> explicitLayers(YamlNode node, InitScheme modelInit,
      BiasInit modelBiasInit) {
    YamlList list = Values.list(node, "model.layers");
    if (list.size() == 0) {
      throw Values.expected(node, "model.layers", "at least one layer");
    }
    List<LayerConfig> layers = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = KeyPaths.index("model.layers", i);
      YamlMap entry = Values.map(list.get(i), path);
      String typeName = ModelKeys.TYPE.name();
      PluginRef type =
          entry.get(typeName)
              .map(n -> new PluginRef(ModelKeys.TYPE.read(n, KeyPaths.child(path, typeName)),
                  entry, LAYER_ENGINE_KEYS, path, n.location()))
              .orElse(new PluginRef(layerTypeDefault(), entry, LAYER_ENGINE_KEYS, path,
                  entry.location()));
      PluginRef activation = plugin(entry, path, ModelKeys.LAYER_ACTIVATION);
      String initName = ModelKeys.LAYER_INIT.name();
      InitScheme init = entry.get(initName)
          .map(n -> initScheme(ModelKeys.LAYER_INIT.read(n, KeyPaths.child(path, initName))))
          .orElse(modelInit);
      String biasInitName = ModelKeys.LAYER_BIAS_INIT.name();
      BiasInit biasInit = entry.get(biasInitName)
          .map(n -> biasInit(ModelKeys.LAYER_BIAS_INIT.read(n,
              KeyPaths.child(path, biasInitName))))
          .orElse(modelBiasInit);
      layers.add(new LayerConfig(path, type, activation, init, biasInit,
          residual(entry, path, i)));
    }
    return layers;
  }

  // residual: true is a block of this layer alone; N of this layer and the N - 1 before it.
  private static Optional<LayerConfig.Residual> residual(YamlMap entry, String entryPath,
      int index) {
    String key = ModelKeys.LAYER_RESIDUAL.name();
    Optional<YamlNode> node = entry.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String path = KeyPaths.child(entryPath, key);
    YamlNode value = node.get();
    int span;
    if (value instanceof YamlScalar scalar && scalar.value() instanceof Boolean flag) {
      span = flag ? 1 : 0;
    } else if (value instanceof YamlScalar scalar && scalar.value() instanceof Number) {
      span = (int) Values.integer(value, path, 1, ModelKeys.MAX_RESIDUAL_SPAN);
      if (span > index + 1) {
        throw Values.expected(value, path, "at most " + (index + 1) + " (a block of this layer "
            + "and the ones before it)");
      }
    } else {
      throw Values.expected(value, path, "true, false, or the number of layers in the block "
          + "that ends here");
    }
    return span == 0 ? Optional.empty()
        : Optional.of(new LayerConfig.Residual(span, value.location(), path));
  }

  private List<LayerConfig> shorthandLayers(Section model, InitScheme init, BiasInit biasInit) {
    List<Integer> widths = new ArrayList<>();
    List<Location> widthLocations = new ArrayList<>();
    String hiddenPath = model.path(ModelKeys.HIDDEN.name());
    model.get(ModelKeys.HIDDEN.name()).ifPresent(node -> {
      YamlList list = node instanceof YamlScalar ? new YamlList(List.of(node), node.location())
          : Values.list(node, hiddenPath);
      for (int i = 0; i < list.size(); i++) {
        widths.add(width(list.get(i), KeyPaths.index(hiddenPath, i)));
        widthLocations.add(list.get(i).location());
      }
    });
    YamlNode outputsNode = ModelKeys.OUTPUTS.requireNode(model);
    String outputsPath = model.path(ModelKeys.OUTPUTS.name());
    widths.add(width(outputsNode, outputsPath));
    widthLocations.add(outputsNode.location());
    PluginRef hiddenActivation = plugin(model, ModelKeys.ACTIVATION);
    PluginRef outputActivation = plugin(model, ModelKeys.OUTPUT_ACTIVATION);
    String normalization = ModelKeys.NORMALIZATION.readOrDefault(model);
    boolean normalized = !normalization.equals(ModelKeys.NO_NORMALIZATION);
    double dropout = ModelKeys.DROPOUT.readOrDefault(model);
    boolean residual = ModelKeys.RESIDUAL.readOrDefault(model);
    int blockInput = ModelKeys.INPUTS.require(model);
    List<LayerConfig> layers = new ArrayList<>();
    for (int i = 0; i < widths.size(); i++) {
      boolean output = i == widths.size() - 1;
      String path = output ? outputsPath : KeyPaths.index(hiddenPath, i);
      YamlMap options = new YamlMap(widthLocations.get(i));
      options.put("units", widthLocations.get(i),
          new YamlScalar((long) widths.get(i), widths.get(i).toString(), widthLocations.get(i)));
      PluginRef type = new PluginRef(layerTypeDefault(), options, LAYER_ENGINE_KEYS, path,
          widthLocations.get(i), Map.of("units", path));
      if (output) {
        layers.add(new LayerConfig(path, type, outputActivation, init, biasInit));
        continue;
      }
      // Normalisation comes before the hidden activation, which moves to the norm layer.
      layers.add(new LayerConfig(path, type, normalized ? linear(model) : hiddenActivation,
          init, biasInit));
      if (normalized) {
        layers.add(new LayerConfig(model.path(ModelKeys.NORMALIZATION.name()),
            insertedLayer(model, ModelKeys.NORMALIZATION.name(), normalization, Map.of()),
            hiddenActivation, init, biasInit));
      }
      if (dropout > 0) {
        YamlNode rate = model.get(ModelKeys.DROPOUT.name()).orElseThrow();
        layers.add(new LayerConfig(model.path(ModelKeys.DROPOUT.name()),
            insertedLayer(model, ModelKeys.DROPOUT.name(), ModelKeys.DROPOUT_TYPE,
                Map.of(ModelKeys.DROPOUT_RATE, rate)), linear(model), init, biasInit));
      }
      // The block is the hidden dense layer and the layers inserted after it.
      if (residual && widths.get(i) == blockInput) {
        int span = 1 + (normalized ? 1 : 0) + (dropout > 0 ? 1 : 0);
        LayerConfig last = layers.remove(layers.size() - 1);
        String key = ModelKeys.RESIDUAL.name();
        layers.add(new LayerConfig(last.path(), last.type(), last.activation(), last.init(),
            last.biasInit(), Optional.of(new LayerConfig.Residual(span,
                model.map().keyLocation(key), model.path(key)))));
      }
      blockInput = widths.get(i);
    }
    return layers;
  }

  /**
   * A layer the shorthand inserts because of {@code model.<key>}: its type named by {@code
   * typeName}, found in the registry like {@code dense}, with the given options, every name and
   * problem located at that key.
   */
  private static PluginRef insertedLayer(Section model, String key, String typeName,
      Map<String, YamlNode> given) {
    Location where = model.map().keyLocation(key);
    String path = model.path(key);
    YamlMap options = new YamlMap(where);
    Map<String, String> optionPaths = new LinkedHashMap<>();
    given.forEach((option, value) -> {
      options.put(option, where, value);
      optionPaths.put(option, path);
    });
    return new PluginRef(typeName, options, LAYER_ENGINE_KEYS, path, where, optionPaths);
  }

  /** The linear activation, for a dense layer whose activation moves to its norm layer. */
  private static PluginRef linear(Section model) {
    String name = (String) ModelKeys.LAYER_ACTIVATION.writtenDefault().orElseThrow();
    return new PluginRef(name, new YamlMap(model.map().location()), Set.of(),
        model.path(ModelKeys.ACTIVATION.name()), model.map().location());
  }

  private static int width(YamlNode node, String path) {
    return (int) Values.integer(node, path, ModelKeys.WIDTH.min(), ModelKeys.WIDTH.max());
  }

  private static String layerTypeDefault() {
    return (String) ModelKeys.TYPE.writtenDefault().orElseThrow();
  }

  private static InitScheme initScheme(String name) {
    return InitScheme.byName(name).orElseThrow();
  }

  private static BiasInit biasInit(String name) {
    return BiasInit.byName(name).orElseThrow();
  }

  /** Reads a plugin key of a section, or the plugin it names by default. */
  private static PluginRef plugin(Section section, ConfigKey<PluginRef> key) {
    String path = section.path(key.name());
    return key.read(section).orElseGet(() -> defaultPlugin(key, section.map(), path));
  }

  /** Reads a plugin key of a layer entry, or the plugin it names by default. */
  private static PluginRef plugin(YamlMap entry, String entryPath, ConfigKey<PluginRef> key) {
    String path = KeyPaths.child(entryPath, key.name());
    return entry.get(key.name()).map(n -> key.read(n, path))
        .orElseGet(() -> defaultPlugin(key, entry, path));
  }

  private static PluginRef defaultPlugin(ConfigKey<PluginRef> key, YamlMap parent, String path) {
    String name = (String) key.writtenDefault().orElseThrow();
    return new PluginRef(name, new YamlMap(parent.location()), Set.of(), path, parent.location());
  }

  /** Reads a plugin written as a bare name or as a mapping with a {@code type} key. */
  static PluginRef plugin(YamlNode node, String path, String defaultType) {
    if (node instanceof YamlScalar scalar && scalar.value() instanceof String name) {
      return new PluginRef(name, new YamlMap(node.location()), Set.of(), path, node.location());
    }
    if (node instanceof YamlMap map) {
      Optional<YamlNode> type = map.get(PluginRef.TYPE);
      if (type.isEmpty() && defaultType == null) {
        throw new ConfigException(map.location(), path,
            "missing key 'type': expected the name of the plugin, as in {type: name, ...}");
      }
      String name =
          type.map(n -> Values.name(n, KeyPaths.child(path, PluginRef.TYPE))).orElse(defaultType);
      Location where = type.map(YamlNode::location).orElse(map.location());
      return new PluginRef(name, map, Set.of(PluginRef.TYPE), path, where);
    }
    throw Values.expected(node, path, "a name, or a mapping {type: name, option: value}");
  }
}
