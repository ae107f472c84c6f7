package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  public static final List<String> ROOT_KEYS =
      List.of("version", "name", "seed", "model", "loss", "optimizer", "training", "data",
          "validation", "compare", "state");

  /** The largest input width accepted. */
  public static final int MAX_INPUTS = 1_000_000;

  static final List<String> MODEL_KEYS =
      List.of("inputs", "layers", "hidden", "activation", "outputs", "output_activation", "init");
  static final Set<String> LAYER_ENGINE_KEYS = Set.of("type", "activation", "init");
  static final String DEFAULT_LAYER_TYPE = "dense";
  static final String DEFAULT_ACTIVATION = "linear";
  static final String DEFAULT_HIDDEN_ACTIVATION = "relu";
  static final String DEFAULT_OPTIMIZER = "sgd";

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
    Section top = new Section(root, "", ROOT_KEYS);
    top.rejectUnknownKeys();
    top.get("version").ifPresent(node -> {
      long version = Values.integer(node, "version", 1, Long.MAX_VALUE);
      if (version > ExperimentConfig.FORMAT_VERSION) {
        throw new ConfigException(node.location(), "version",
            "format version " + version + " is newer than this nnlab reads (up to "
                + ExperimentConfig.FORMAT_VERSION + "); upgrade nnlab");
      }
    });
    String name = top.get("name").map(n -> Values.text(n, "name")).orElse(defaultName(file));
    long seed =
        top.get("seed")
            .map(n -> Values.integer(n, "seed", Long.MIN_VALUE, Long.MAX_VALUE))
            .orElse(ExperimentConfig.DEFAULT_SEED);
    ModelConfig model = model(top.require("model", "the network: inputs and layers"));
    PluginRef loss =
        plugin(top.require("loss", "a loss name, such as mse or cross_entropy"), "loss", null);
    PluginRef optimizer =
        top.get("optimizer")
            .map(n -> plugin(n, "optimizer", DEFAULT_OPTIMIZER))
            .orElse(defaultPlugin(DEFAULT_OPTIMIZER, top.map(), "optimizer"));
    TrainingConfig training =
        top.get("training").map(TrainingSectionReader::read).orElse(TrainingConfig.defaults());
    YamlNode dataNode = top.require("data", "inline, csv or synthetic data");
    DataConfig data = DataSectionReader.read(dataNode, "data", file);
    boolean standardize = DataSectionReader.standardize(dataNode);
    Optional<ValidationConfig> validation =
        top.get("validation").map(n -> DataSectionReader.validation(n, file));
    training.earlyStopping().filter(EarlyStoppingConfig::needsValidation)
        .filter(e -> validation.isEmpty())
        .ifPresent(e -> {
          throw new ConfigException(top.map().keyLocation("training"),
              "training.early_stopping.monitor", "monitors '" + e.monitor() + "', which is "
                  + "measured on validation data, but the configuration has no validation "
                  + "section; add validation: {fraction: 0.2}, or monitor loss");
        });
    Optional<YamlMap> state = top.get("state").map(n -> Values.map(n, "state"));
    return new ExperimentConfig(file, name, seed, model, loss, optimizer, training, data,
        standardize, validation, state, top.map());
  }

  private static String defaultName(Path file) {
    String fileName = file.getFileName() == null ? "model" : file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private ModelConfig model(YamlNode node) {
    Section model = new Section(node, "model", MODEL_KEYS);
    model.rejectUnknownKeys();
    int inputs =
        Values.positiveInt(
            model.require("inputs", "the number of input features"),
            model.path("inputs"),
            MAX_INPUTS);
    InitScheme init = model.get("init").map(n -> init(n, model.path("init")))
        .orElse(InitScheme.DEFAULT);
    Optional<YamlNode> layers = model.get("layers");
    Optional<YamlNode> hidden = model.get("hidden");
    if (layers.isPresent()) {
      for (String shorthand : List.of("hidden", "activation", "outputs", "output_activation")) {
        if (model.map().has(shorthand)) {
          throw new ConfigException(model.map().keyLocation(shorthand), model.path(shorthand),
              "belongs to the hidden/outputs shorthand; with model.layers, set each layer "
                  + "explicitly (or drop model.layers and use the shorthand)");
        }
      }
      return new ModelConfig(inputs, explicitLayers(layers.get(), init));
    }
    if (hidden.isEmpty() && !model.map().has("outputs")) {
      throw new ConfigException(model.map().location(), "model",
          "missing key 'layers': expected a list of layers, or the shorthand hidden: [...] "
              + "with outputs: N");
    }
    return new ModelConfig(inputs, shorthandLayers(model, init));
  }

  private List<LayerConfig> explicitLayers(YamlNode node, InitScheme modelInit) {
    YamlList list = Values.list(node, "model.layers");
    if (list.size() == 0) {
      throw Values.expected(node, "model.layers", "at least one layer");
    }
    List<LayerConfig> layers = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = KeyPaths.index("model.layers", i);
      YamlMap entry = Values.map(list.get(i), path);
      PluginRef type =
          entry.get("type")
              .map(n -> new PluginRef(Values.name(n, KeyPaths.child(path, "type")), entry,
                  LAYER_ENGINE_KEYS, path, n.location()))
              .orElse(new PluginRef(DEFAULT_LAYER_TYPE, entry, LAYER_ENGINE_KEYS, path,
                  entry.location()));
      PluginRef activation =
          entry.get("activation")
              .map(n -> plugin(n, KeyPaths.child(path, "activation"), null))
              .orElse(defaultPlugin(DEFAULT_ACTIVATION, entry, KeyPaths.child(path, "activation")));
      InitScheme init =
          entry.get("init").map(n -> init(n, KeyPaths.child(path, "init"))).orElse(modelInit);
      layers.add(new LayerConfig(path, type, activation, init));
    }
    return layers;
  }

  private List<LayerConfig> shorthandLayers(Section model, InitScheme init) {
    List<Integer> widths = new ArrayList<>();
    List<Location> widthLocations = new ArrayList<>();
    model.get("hidden").ifPresent(node -> {
      YamlList list = node instanceof YamlScalar ? new YamlList(List.of(node), node.location())
          : Values.list(node, model.path("hidden"));
      for (int i = 0; i < list.size(); i++) {
        widths.add(Values.positiveInt(list.get(i), KeyPaths.index(model.path("hidden"), i),
            Limits.MAX_UNITS));
        widthLocations.add(list.get(i).location());
      }
    });
    YamlNode outputsNode = model.require("outputs", "the number of output units");
    widths.add(Values.positiveInt(outputsNode, model.path("outputs"), Limits.MAX_UNITS));
    widthLocations.add(outputsNode.location());
    PluginRef hiddenActivation =
        model.get("activation")
            .map(n -> plugin(n, model.path("activation"), null))
            .orElse(defaultPlugin(DEFAULT_HIDDEN_ACTIVATION, model.map(), model.path("activation")));
    PluginRef outputActivation =
        model.get("output_activation")
            .map(n -> plugin(n, model.path("output_activation"), null))
            .orElse(defaultPlugin(DEFAULT_ACTIVATION, model.map(), model.path("output_activation")));
    List<LayerConfig> layers = new ArrayList<>();
    for (int i = 0; i < widths.size(); i++) {
      boolean output = i == widths.size() - 1;
      String path = output ? model.path("outputs") : KeyPaths.index(model.path("hidden"), i);
      YamlMap options = new YamlMap(widthLocations.get(i));
      options.put("units", widthLocations.get(i),
          new YamlScalar((long) widths.get(i), widths.get(i).toString(), widthLocations.get(i)));
      PluginRef type = new PluginRef(DEFAULT_LAYER_TYPE, options, LAYER_ENGINE_KEYS, path,
          widthLocations.get(i), Map.of("units", path));
      layers.add(new LayerConfig(path, type, output ? outputActivation : hiddenActivation, init));
    }
    return layers;
  }

  private static InitScheme init(YamlNode node, String path) {
    String name = Values.name(node, path);
    return InitScheme.byName(name)
        .orElseThrow(() -> new ConfigException(node.location(), path,
            Names.unknown("init scheme", name, InitScheme.configNames())));
  }

  /** Reads a plugin written as a bare name or as a mapping with a {@code type} key. */
  static PluginRef plugin(YamlNode node, String path, String defaultType) {
    if (node instanceof YamlScalar scalar && scalar.value() instanceof String name) {
      return new PluginRef(name, new YamlMap(node.location()), Set.of(), path, node.location());
    }
    if (node instanceof YamlMap map) {
      Optional<YamlNode> type = map.get("type");
      if (type.isEmpty() && defaultType == null) {
        throw new ConfigException(map.location(), path,
            "missing key 'type': expected the name of the plugin, as in {type: name, ...}");
      }
      String name = type.map(n -> Values.name(n, KeyPaths.child(path, "type"))).orElse(defaultType);
      Location where = type.map(YamlNode::location).orElse(map.location());
      return new PluginRef(name, map, Set.of("type"), path, where);
    }
    throw Values.expected(node, path, "a name, or a mapping {type: name, option: value}");
  }

  private static PluginRef defaultPlugin(String name, YamlMap parent, String path) {
    return new PluginRef(name, new YamlMap(parent.location()), Set.of(), path, parent.location());
  }
}
