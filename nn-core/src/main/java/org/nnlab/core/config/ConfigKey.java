package org.nnlab.core.config;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.Optional;

/**
 * One key of the configuration format, declared once: its name, the form of its value, its
 * default, a line saying what it means, and how a written value is read. The section readers
 * read through it, {@code nn schema} exports it, and the writer of resolved configurations takes
 * its name from it.
 *
 * @param <T> the Java value the key is read into
 */
public final class ConfigKey<T> {
  /**
   * Reads the node written for a key.
   *
   * @param <T> the value read
   */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads the value.
     *
     * @param node the node written
     * @param path its key path, for messages
     * @return the value
     * @throws ConfigException when the value does not fit
     */
    T read(YamlNode node, String path);
  }

  private final String name;
  private final ValueForm form;
  private final String description;
  private final T defaultValue;
  private final Object writtenDefault;
  private final String missing;
  private final boolean required;
  private final Reader<T> reader;

  private ConfigKey(String name, ValueForm form, String description, T defaultValue,
      Object writtenDefault, String missing, boolean required, Reader<T> reader) {
    this.name = name;
    this.form = form;
    this.description = description;
    this.defaultValue = defaultValue;
    this.writtenDefault = writtenDefault;
    this.missing = missing;
    this.required = required;
    this.reader = reader;
  }

  /** A key read by {@code reader}, without a default. */
  public static <T> ConfigKey<T> of(String name, ValueForm form, String description,
      Reader<T> reader) {
    return new ConfigKey<>(name, form, description, null, null, null, false, reader);
  }

  /** A key whose node its section's reader reads itself, such as a nested mapping. */
  public static ConfigKey<YamlNode> node(String name, ValueForm form, String description) {
    return of(name, form, description, (node, path) -> node);
  }

  /**
   * A key naming a plugin of a kind, bare or as a mapping with {@code type}; its default, if
   * any, is the name of the plugin used when the key is absent.
   */
  public static ConfigKey<PluginRef> plugin(String name, ValueForm.Plugin form,
      String defaultName, String description) {
    String typeDefault = form.typeRequired() ? null : defaultName;
    return ConfigKey.<PluginRef>of(name, form, description,
        (node, path) -> ConfigReader.plugin(node, path, typeDefault))
        .documentedDefault(defaultName);
  }

  /** An integer key within {@code [min, max]}, with a default or {@code null}. */
  public static ConfigKey<Integer> integer(String name, int min, int max, Integer defaultValue,
      String description) {
    return of(name, new ValueForm.Whole(min, max), description,
        (node, path) -> (int) Values.integer(node, path, min, max)).withDefault(defaultValue);
  }

  /** A 64-bit integer key within {@code [min, max]}, with a default or {@code null}. */
  public static ConfigKey<Long> longInteger(String name, long min, long max, Long defaultValue,
      String description) {
    return of(name, new ValueForm.Whole(min, max), description,
        (node, path) -> Values.integer(node, path, min, max)).withDefault(defaultValue);
  }

  /**
   * A number key within {@code range}; a finite number outside it is refused with "expected
   * {@code expected}".
   */
  public static ConfigKey<Double> number(String name, ValueForm.Real range, String expected,
      Double defaultValue, String description) {
    return of(name, range, description, (node, path) -> {
      double value = Values.number(node, path);
      if (!range.contains(value)) {
        throw Values.expected(node, path, expected);
      }
      return value;
    }).withDefault(defaultValue);
  }

  /** A {@code true}/{@code false} key. */
  public static ConfigKey<Boolean> flag(String name, Boolean defaultValue, String description) {
    return of(name, new ValueForm.Flag(), description, Values::bool).withDefault(defaultValue);
  }

  /** A key whose scalar value is taken as text. */
  public static ConfigKey<String> text(String name, String description) {
    return of(name, new ValueForm.Text(), description, Values::text);
  }

  /**
   * A key naming one of {@code names}; another name is refused as an unknown {@code noun}, with
   * the known names and the closest.
   */
  public static ConfigKey<String> choice(String name, String noun, List<String> names,
      String defaultValue, String description) {
    return of(name, new ValueForm.Choice(names), description, (node, path) -> {
      String written = Values.name(node, path);
      if (!names.contains(written)) {
        throw new ConfigException(node.location(), path, Names.unknown(noun, written, names));
      }
      return written;
    }).withDefault(defaultValue);
  }

  /** This key with a default, written as the value itself; {@code null} for none. */
  public ConfigKey<T> withDefault(T value) {
    return new ConfigKey<>(name, form, description, value, value, missing, required, reader);
  }

  /**
   * This key with a default as a configuration writes it, for keys whose Java value is built
   * from more than the key (a plugin's name): documented, and applied by the section's reader.
   */
  public ConfigKey<T> documentedDefault(Object written) {
    return new ConfigKey<>(name, form, description, defaultValue, written, missing, required,
        reader);
  }

  /** This key, required: a section without it is refused with "expected {@code expected}". */
  public ConfigKey<T> required(String expected) {
    return new ConfigKey<>(name, form, description, defaultValue, writtenDefault, expected, true,
        reader);
  }

  /**
   * This key, required only where its section's rules say (model.outputs, in the shorthand):
   * when it is, a section without it is refused with "expected {@code expected}".
   */
  public ConfigKey<T> requiredWhere(String expected) {
    return new ConfigKey<>(name, form, description, defaultValue, writtenDefault, expected, false,
        reader);
  }

  /** The key as written in YAML. */
  public String name() {
    return name;
  }

  /** The form of its value. */
  public ValueForm form() {
    return form;
  }

  /** One line saying what it means. */
  public String description() {
    return description;
  }

  /** The default as a configuration would write it, if the key has one. */
  public Optional<Object> writtenDefault() {
    return Optional.ofNullable(writtenDefault);
  }

  /** Whether a section must always have this key. */
  public boolean isRequired() {
    return required;
  }

  /** Reads a written value. */
  public T read(YamlNode node, String path) {
    return reader.read(node, path);
  }

  /** Reads the key from a section, if written there. */
  public Optional<T> read(Section section) {
    return section.get(name).map(node -> reader.read(node, section.path(name)));
  }

  /** Reads the key from a section, or gives its default. */
  public T readOrDefault(Section section) {
    Preconditions.checkState(defaultValue != null, "key %s has no default", name);
    return read(section).orElse(defaultValue);
  }

  /** The node of a required key in a section. */
  public YamlNode requireNode(Section section) {
    Preconditions.checkState(missing != null, "key %s is not required", name);
    return section.require(name, missing);
  }

  /** Reads a required key from a section. */
  public T require(Section section) {
    return reader.read(requireNode(section), section.path(name));
  }

  @Override
  public String toString() {
    return name;
  }
}
