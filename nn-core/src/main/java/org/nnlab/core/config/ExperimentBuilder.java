package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds an experiment in Java code, as a YAML file would describe it, and validates it by the
 * same rules as a file: a typo is the same {@link ConfigException}, located at {@code (built in
 * code)} and the key path.
 *
 * <pre>{@code
 * ExperimentConfig config = new ExperimentBuilder("spiral")
 *     .seed(1)
 *     .inputs(2).hidden(32, 32).activation("tanh").outputs(3)
 *     .loss("cross_entropy")
 *     .optimizer("sgd", Map.of("learning_rate", 0.05, "momentum", 0.9))
 *     .epochs(20).batchSize(32)
 *     .set("data.synthetic", Map.of("name", "spiral", "samples", 600))
 *     .build();
 * }</pre>
 *
 * <p>Every setting is a dotted key path with a value, as {@code --set} takes them; the typed
 * methods are shortcuts for the common ones. Values are numbers, booleans, strings, lists,
 * maps, {@code double[]} and {@code double[][]}.
 */
public final class ExperimentBuilder {
  /** Where a built experiment's values are said to come from, in messages. */
  public static final String SOURCE = "(built in code)";

  private final YamlMap root = new YamlMap(Location.ofFile(SOURCE));
  private final ConfigOverrides overrides = new ConfigOverrides();
  private Path folder = Path.of("");

  /**
   * Starts an experiment.
   *
   * @param name the experiment's name, as the configuration key {@code name}
   */
  public ExperimentBuilder(String name) {
    set("name", name);
  }

  /**
   * Sets one value by its dotted key path, as {@code --set} does.
   *
   * @param path such as {@code training.epochs} or {@code model.layers}
   * @param value the value
   * @return this builder
   */
  public ExperimentBuilder set(String path, Object value) {
    overrides.set(root, path, node(value, path), SOURCE + " " + path);
    return this;
  }

  /** Resolves relative data paths against {@code folder}; the working folder by default. */
  public ExperimentBuilder folder(Path folder) {
    this.folder = folder;
    return this;
  }

  /** The seed every random draw derives from. */
  public ExperimentBuilder seed(long seed) {
    return set("seed", seed);
  }

  /** The number of input features. */
  public ExperimentBuilder inputs(int inputs) {
    return set("model.inputs", inputs);
  }

  /** The widths of the hidden layers, in the shorthand form. */
  public ExperimentBuilder hidden(int... widths) {
    return set("model.hidden", Arrays.stream(widths).boxed().toList());
  }

  /** The activation of the hidden layers, in the shorthand form. */
  public ExperimentBuilder activation(String name) {
    return set("model.activation", name);
  }

  /** The number of outputs, in the shorthand form. */
  public ExperimentBuilder outputs(int outputs) {
    return set("model.outputs", outputs);
  }

  /** The weight initialisation scheme of every layer. */
  public ExperimentBuilder init(String scheme) {
    return set("model.init", scheme);
  }

  /** The bias initialisation scheme of every layer: {@code zeros} or {@code standard}. */
  public ExperimentBuilder biasInit(String scheme) {
    return set("model.bias_init", scheme);
  }

  /** The loss, by name. */
  public ExperimentBuilder loss(String name) {
    return set("loss", name);
  }

  /** The optimizer, by name, with its options. */
  public ExperimentBuilder optimizer(String name, Map<String, ?> options) {
    set("optimizer", Map.of("type", name));
    options.forEach((key, value) -> set("optimizer." + key, value));
    return this;
  }

  /** The number of epochs in all. */
  public ExperimentBuilder epochs(int epochs) {
    return set("training.epochs", epochs);
  }

  /** The samples per batch. */
  public ExperimentBuilder batchSize(int batchSize) {
    return set("training.batch_size", batchSize);
  }

  /** Inline data: one row of inputs and one of targets per sample. */
  public ExperimentBuilder inlineData(double[][] inputs, double[][] targets) {
    return set("data.inline", Map.of("inputs", inputs, "targets", targets));
  }

  /**
   * Validates what was built.
   *
   * @return the configuration
   * @throws ConfigException for the first problem found, as for a file
   */
  public ExperimentConfig build() {
    return ExperimentLoader.validate(root.copy(), folder.resolve(SOURCE));
  }

  private static YamlNode node(Object value, String path) {
    Location where = Location.ofFile(SOURCE + " " + path);
    if (value == null) {
      return new YamlScalar(null, "", where);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long number = ((Number) value).longValue();
      return new YamlScalar(number, Long.toString(number), where);
    }
    if (value instanceof Number number) {
      double decimal = number.doubleValue();
      return new YamlScalar(decimal, Double.toString(decimal), where);
    }
    if (value instanceof Boolean || value instanceof String) {
      return new YamlScalar(value, value.toString(), where);
    }
    if (value instanceof double[] numbers) {
      return node(Arrays.stream(numbers).boxed().toList(), path);
    }
    if (value instanceof double[][] rows) {
      return node(Arrays.asList(rows), path);
    }
    if (value instanceof List<?> list) {
      List<YamlNode> items = new ArrayList<>();
      for (Object item : list) {
        items.add(node(item, path));
      }
      return new YamlList(items, where);
    }
    if (value instanceof Map<?, ?> map) {
      YamlMap mapping = new YamlMap(where);
      map.forEach((key, item) -> mapping.put(String.valueOf(key), where, node(item, path)));
      return mapping;
    }
    throw new IllegalArgumentException(path + ": cannot build a configuration value from a "
        + value.getClass().getName());
  }
}
