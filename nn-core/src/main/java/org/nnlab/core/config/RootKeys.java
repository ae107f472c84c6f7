package org.nnlab.core.config;

/** The top-level keys of a configuration: the root of the format. */
public final class RootKeys {
  /** {@code version}. */
  public static final ConfigKey<Long> VERSION = ConfigKey.of("version",
      new ValueForm.Whole(1, ExperimentConfig.FORMAT_VERSION),
      "the format version; --save and the report write the newest",
      RootKeys::version);

  /** {@code name}. */
  public static final ConfigKey<String> NAME = ConfigKey.text("name",
      "the experiment's name, shown in the output; default: the file name without extension");

  /** {@code seed}. */
  public static final ConfigKey<Long> SEED = ConfigKey.longInteger("seed", Long.MIN_VALUE,
      Long.MAX_VALUE, ExperimentConfig.DEFAULT_SEED, "the seed every random draw derives from");

  /** {@code model}. */
  public static final ConfigKey<YamlNode> MODEL = ConfigKey.node("model",
      new ValueForm.Nested(ModelKeys.SECTION), "the network")
      .required("the network: inputs and layers");

  /** {@code loss}. */
  public static final ConfigKey<PluginRef> LOSS = ConfigKey.plugin("loss",
      new ValueForm.Plugin(ValueForm.PluginSlot.LOSS, true), null,
      "the loss function").required("a loss name, such as mse or cross_entropy");

  /** {@code optimizer}. */
  public static final ConfigKey<PluginRef> OPTIMIZER = ConfigKey.<PluginRef>of("optimizer",
      OptimizerKeys.FORM, "how parameters are updated, and the learning-rate schedule",
      OptimizerKeys::read).documentedDefault(OptimizerKeys.DEFAULT_TYPE);

  /** {@code training}. */
  public static final ConfigKey<TrainingConfig> TRAINING = ConfigKey.of("training",
      new ValueForm.Nested(TrainingKeys.SECTION), "epochs, batches, statistics, early stopping",
      (node, path) -> TrainingSectionReader.read(node));

  /** {@code data}. */
  public static final ConfigKey<EngineConfig> ENGINE = ConfigKey.of("engine",
      new ValueForm.Nested(EngineKeys.SECTION), "precision and kernels", EngineKeys::read);

  public static final ConfigKey<YamlNode> DATA = ConfigKey.node("data",
      new ValueForm.Nested(DataKeys.DATA_SECTION), "the training data")
      .required("inline, csv or synthetic data");

  /** {@code validation}. */
  public static final ConfigKey<YamlNode> VALIDATION = ConfigKey.node("validation",
      new ValueForm.Nested(DataKeys.VALIDATION_SECTION),
      "the data measured after each epoch, if any");

  /** {@code compare}, read by {@code nn compare}; training ignores it. */
  public static final ConfigKey<YamlNode> COMPARE = ConfigKey.node("compare",
      new ValueForm.Mapping(), "the experiment grid of nn compare: points, vary, seeds");

  /** {@code state}, written by {@code --save}. */
  public static final ConfigKey<YamlMap> STATE = ConfigKey.of("state",
      new ValueForm.Mapping(),
      "what a saved run learned and where it stopped; written by --save", Values::map);

  /** The top level. */
  public static final ConfigSection SECTION = ConfigSection.of("experiment",
      "an nnlab experiment", VERSION, NAME, SEED, MODEL, LOSS, OPTIMIZER, TRAINING, ENGINE, DATA,
      VALIDATION, COMPARE, STATE);

  private RootKeys() {}

  private static long version(YamlNode node, String path) {
    long version = Values.integer(node, path, 1, Long.MAX_VALUE);
    if (version > ExperimentConfig.FORMAT_VERSION) {
      throw new ConfigException(node.location(), path,
          "format version " + version + " is newer than this nnlab reads (up to "
              + ExperimentConfig.FORMAT_VERSION + "); upgrade nnlab");
    }
    return version;
  }
}
