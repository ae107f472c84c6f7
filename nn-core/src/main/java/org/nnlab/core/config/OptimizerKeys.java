package org.nnlab.core.config;

import java.util.List;
import java.util.Set;

/**
 * The keys of the {@code optimizer} mapping that the engine reads itself: the plugin's name and
 * the learning-rate schedule. Every other key is an option of the optimizer plugin.
 */
public final class OptimizerKeys {
  /** The optimizer when the configuration names none. */
  public static final String DEFAULT_TYPE = "sgd";

  /** {@code optimizer.type}. */
  public static final ConfigKey<String> TYPE = ConfigKey.of(PluginRef.TYPE,
      new ValueForm.PluginName(ValueForm.PluginSlot.OPTIMIZER),
      "the optimizer; the mapping's other keys are its options (and schedule)", Values::name)
      .withDefault(DEFAULT_TYPE);

  /** {@code optimizer.schedule}. */
  public static final ConfigKey<ScheduleConfig> SCHEDULE = ConfigKey.of("schedule",
      new ValueForm.AnyOf(ScheduleKeys.SECTIONS.stream()
          .<ValueForm>map(ValueForm.Nested::new).toList()),
      "how the learning rate changes from epoch to epoch; default: it stays",
      ScheduleSectionReader::read);

  /** The mapping form of {@code optimizer}: the engine's keys, and the plugin's options. */
  public static final ConfigSection SECTION = ConfigSection.of("optimizer",
      "the optimizer: its type and schedule; every other key is an option of the type",
      TYPE, SCHEDULE).withOptionsOf(ValueForm.PluginSlot.OPTIMIZER);

  /** The keys of the mapping that are not the plugin's options. */
  static final Set<String> ENGINE_KEYS = Set.copyOf(SECTION.keyNames());

  /** {@code optimizer}, as a bare name or as the mapping. */
  static final ValueForm FORM = new ValueForm.AnyOf(List.of(
      new ValueForm.PluginName(ValueForm.PluginSlot.OPTIMIZER),
      new ValueForm.Nested(SECTION)));

  private OptimizerKeys() {}

  /** Reads {@code optimizer}: a bare name, or a mapping with {@code type}, schedule and options. */
  static PluginRef read(YamlNode node, String path) {
    PluginRef plugin = ConfigReader.plugin(node, path, DEFAULT_TYPE);
    if (node instanceof YamlMap map) {
      return new PluginRef(plugin.name(), map, ENGINE_KEYS, path, plugin.location());
    }
    return plugin;
  }
}
