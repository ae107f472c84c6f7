package org.nnlab.core.config;

import java.util.List;
import org.nnlab.core.init.BiasInit;
import org.nnlab.core.init.InitScheme;

/** The keys of {@code model} and of each entry of {@code model.layers}. */
public final class ModelKeys {
  /** The width of a layer: units per dense layer, in either form of the model. */
  public static final ValueForm.Whole WIDTH = new ValueForm.Whole(1, Limits.MAX_UNITS);

  /** An activation: a bare name, or a mapping with {@code type} and options. */
  public static final ValueForm.Plugin ACTIVATION_FORM =
      new ValueForm.Plugin(ValueForm.PluginSlot.ACTIVATION, true);

  /** {@code model.layers[i].type}. */
  public static final ConfigKey<String> TYPE = ConfigKey.of(PluginRef.TYPE,
      new ValueForm.PluginName(ValueForm.PluginSlot.LAYER),
      "the layer type; the entry's other keys are its options", Values::name)
      .withDefault("dense");

  /** {@code model.layers[i].activation}. */
  public static final ConfigKey<PluginRef> LAYER_ACTIVATION = ConfigKey.plugin("activation",
      ACTIVATION_FORM, "linear", "the activation applied to the layer's output");

  /** {@code model.layers[i].init}, and {@code model.init}. */
  public static final ConfigKey<String> LAYER_INIT = ConfigKey.choice("init", "init scheme",
      InitScheme.configNames(), null,
      "how weights not given explicitly are drawn; default model.init");

  /** {@code model.layers[i].bias_init}, and {@code model.bias_init}. */
  public static final ConfigKey<String> LAYER_BIAS_INIT = BiasInitKey.of(null,
      "how biases not given explicitly start; default model.bias_init");

  /** The most layers one residual block may span. */
  public static final int MAX_RESIDUAL_SPAN = 1000;

  /** {@code model.layers[i].residual}: read by the model reader, since it depends on i. */
  public static final ConfigKey<YamlNode> LAYER_RESIDUAL = ConfigKey.node("residual",
      new ValueForm.AnyOf(List.of(new ValueForm.Flag(),
          new ValueForm.Whole(1, MAX_RESIDUAL_SPAN))),
      "add the input of the block that ends here to this layer's activated output: true for "
          + "this layer alone, N for this layer and the N - 1 before it")
      .documentedDefault(false);

  /** An entry of {@code model.layers}: the engine's keys, and the layer type's options. */
  public static final ConfigSection LAYER_SECTION = ConfigSection.of("layer",
      "one layer: its type, activation, init, bias_init and residual; every other key is an "
          + "option of the type", TYPE, LAYER_ACTIVATION, LAYER_INIT, LAYER_BIAS_INIT,
      LAYER_RESIDUAL)
      .withOptionsOf(ValueForm.PluginSlot.LAYER);

  /** {@code model.inputs}. */
  public static final ConfigKey<Integer> INPUTS = ConfigKey.integer("inputs", 1,
      ConfigReader.MAX_INPUTS, null, "input features; must equal the data's input columns")
      .required("the number of input features");

  /** {@code model.init}. */
  public static final ConfigKey<String> INIT = ConfigKey.choice("init", "init scheme",
      InitScheme.configNames(), InitScheme.DEFAULT.configName(),
      "weight init of every layer that names none");

  /** {@code model.bias_init}. */
  public static final ConfigKey<String> BIAS_INIT = BiasInitKey.of(BiasInit.DEFAULT.configName(),
      "bias init of every layer that names none: zeros, or standard (PyTorch's nn.Linear bias)");

  /** {@code model.layers}. */
  public static final ConfigKey<YamlNode> LAYERS = ConfigKey.node("layers",
      new ValueForm.ListOf(new ValueForm.Nested(LAYER_SECTION), 1),
      "the layers, first to last (or the shorthand: hidden, outputs)");

  /** {@code model.hidden}. */
  public static final ConfigKey<YamlNode> HIDDEN = ConfigKey.node("hidden",
      new ValueForm.AnyOf(List.of(WIDTH, new ValueForm.ListOf(WIDTH, 0))),
      "shorthand: the widths of the hidden layers").documentedDefault(List.of());

  /** {@code model.activation}. */
  public static final ConfigKey<PluginRef> ACTIVATION = ConfigKey.plugin("activation",
      ACTIVATION_FORM, "relu", "shorthand: the activation of every hidden layer");

  /** {@code model.outputs}. */
  public static final ConfigKey<YamlNode> OUTPUTS = ConfigKey.node("outputs", WIDTH,
      "shorthand: the units of the output layer").requiredWhere("the number of output units");

  /** {@code model.output_activation}. */
  public static final ConfigKey<PluginRef> OUTPUT_ACTIVATION = ConfigKey.plugin(
      "output_activation", ACTIVATION_FORM, "linear",
      "shorthand: the activation of the output layer");

  /** {@code model.normalization}: no normalisation. */
  public static final String NO_NORMALIZATION = "none";

  /**
   * {@code model.normalization}: the layer type inserted after every hidden dense layer, found
   * in the registry by this name like {@code dense}.
   */
  public static final ConfigKey<String> NORMALIZATION = ConfigKey.choice("normalization",
      "normalization", List.of("batch_norm", "layer_norm", NO_NORMALIZATION), NO_NORMALIZATION,
      "shorthand: a normalisation layer after every hidden dense layer, before its activation");

  /** {@code model.dropout}. */
  public static final ConfigKey<Double> DROPOUT = ConfigKey.number("dropout",
      new ValueForm.Real(0, false, 1, true), "a rate in [0, 1), such as 0.2", 0.0,
      "shorthand: a dropout layer of this rate after every hidden activation; 0 for none");

  /** The layer type {@code model.dropout} inserts, found in the registry by this name. */
  public static final String DROPOUT_TYPE = "dropout";

  /** The option of {@link #DROPOUT_TYPE} that {@code model.dropout} sets. */
  public static final String DROPOUT_RATE = "rate";

  /** {@code model.residual}. */
  public static final ConfigKey<Boolean> RESIDUAL = ConfigKey.flag("residual", false,
      "shorthand: add the input of every hidden block (dense, normalisation, activation, "
          + "dropout) to its output where the widths match");

  /** The keys of the hidden/outputs shorthand, which {@code layers} excludes. */
  public static final List<String> SHORTHAND = List.of(HIDDEN.name(), ACTIVATION.name(),
      OUTPUTS.name(), OUTPUT_ACTIVATION.name(), NORMALIZATION.name(), DROPOUT.name(),
      RESIDUAL.name());

  /** The {@code model} mapping. */
  public static final ConfigSection SECTION = ConfigSection.of("model",
      "the network: inputs, and layers or the hidden/outputs shorthand",
      INPUTS, LAYERS, HIDDEN, ACTIVATION, OUTPUTS, OUTPUT_ACTIVATION, NORMALIZATION, DROPOUT,
      RESIDUAL, INIT, BIAS_INIT)
      .exactlyOneOf(LAYERS.name(), OUTPUTS.name())
      .excluding(LAYERS.name(), SHORTHAND.toArray(String[]::new));

  private ModelKeys() {}
}
