package org.nnlab.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nnlab.api.internal.Excerpt;

/**
 * Changes one value of a configuration tree by its dotted key path, before validation: the
 * {@code --set KEY=VALUE} of the command line, and the grid points of an experiment.
 *
 * <p>A path is keys separated by dots, each optionally followed by list indices:
 * {@code training.epochs}, {@code model.layers[0].activation}. Missing mappings along the way are
 * created, so {@code training.epochs} works when the file has no {@code training} section; a
 * misspelt key is then reported by validation with the known keys. A plugin named by a bare
 * name becomes a mapping when one of its options is set: with {@code optimizer: sgd},
 * {@code optimizer.learning_rate=0.1} gives {@code optimizer: {type: sgd, learning_rate: 0.1}}.
 * The value is YAML: a scalar, or a flow list such as {@code [32, 32]}. Messages locate it by
 * how the user gave it, such as {@code --set training.epochs=abc}, since line and column of a
 * command-line value mean nothing.
 */
public final class ConfigOverrides {
  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d{1,9}])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");

  private final YamlReader yaml = new YamlReader();

  /**
   * Parses {@code KEY=VALUE} and applies it.
   *
   * @param root the configuration tree, changed in place
   * @param assignment {@code KEY=VALUE} as typed
   * @param source how the user gave it, for messages, such as {@code --set}
   * @throws ConfigException when the assignment or path is malformed or does not fit the tree
   */
  public void apply(YamlNode root, String assignment, String source) {
    int equals = assignment.indexOf('=');
    if (equals <= 0) {
      throw new ConfigException(Location.ofFile(source), "",
          "expected KEY=VALUE, such as training.epochs=20, found " + Excerpt.quoted(assignment));
    }
    String path = assignment.substring(0, equals).trim();
    set(root, path, parseValue(assignment.substring(equals + 1), source, path), source);
  }

  /**
   * Parses a value written on the command line as YAML. Every node of the result is located at
   * {@code source} itself, since a line and column within a command-line argument mean little.
   */
  public YamlNode parseValue(String text, String source) {
    return parseValue(text, source, "");
  }

  private YamlNode parseValue(String text, String source, String path) {
    Location where = Location.ofFile(source);
    if (text.isBlank()) {
      return new YamlScalar(null, "", where);
    }
    try {
      return relocate(yaml.parse(text, source), where);
    } catch (ConfigException e) {
      throw new ConfigException(where, path, e.problem());
    }
  }

  private static YamlNode relocate(YamlNode node, Location where) {
    if (node instanceof YamlScalar scalar) {
      return new YamlScalar(scalar.value(), scalar.text(), where);
    }
    if (node instanceof YamlList list) {
      List<YamlNode> items = new ArrayList<>();
      list.items().forEach(item -> items.add(relocate(item, where)));
      return new YamlList(items, where);
    }
    YamlMap map = (YamlMap) node;
    YamlMap moved = new YamlMap(where);
    map.entries().forEach((key, value) -> moved.put(key, where, relocate(value, where)));
    return moved;
  }

  /**
   * Sets the value at a dotted path.
   *
   * @param root the tree, changed in place
   * @param path the dotted path
   * @param value the new value
   * @param source how the user gave it, for messages
   */
  public void set(YamlNode root, String path, YamlNode value, String source) {
    set(root, path, value, Location.ofFile(source));
  }

  /**
   * Sets the value at a dotted path. Whatever the change creates in the tree is located where the
   * change was written, so that validation blames it rather than the file.
   *
   * @param root the tree, changed in place
   * @param path the dotted path
   * @param value the new value
   * @param where where the change was written: an option, or a key of the configuration
   */
  public void set(YamlNode root, String path, YamlNode value, Location where) {
    List<Object> steps = steps(path, where);
    YamlNode current = root;
    String walked = "";
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (step instanceof String key) {
        if (!(current instanceof YamlMap map)) {
          throw new ConfigException(where, walked,
              "cannot set key " + Excerpt.quoted(key) + ": "
                  + (walked.isEmpty() ? "the root" : walked)
                  + " is " + current.describe() + ", not a mapping");
        }
        walked = KeyPaths.child(walked, key);
        if (last) {
          map.put(key, where, value);
          return;
        }
        YamlNode next = map.get(key).orElse(null);
        boolean indexNext = steps.get(i + 1) instanceof Integer;
        if (next == null || (next instanceof YamlScalar scalar && scalar.isNull())) {
          if (indexNext) {
            throw new ConfigException(where, walked,
                "cannot set item " + steps.get(i + 1) + ": the configuration has no " + walked);
          }
          next = new YamlMap(where);
          map.put(key, next.location(), next);
        } else if (!indexNext && next instanceof YamlScalar scalar
            && scalar.value() instanceof String) {
          YamlMap plugin = new YamlMap(where);
          plugin.put("type", next.location(), next);
          map.put(key, map.keyLocation(key), plugin);
          next = plugin;
        }
        current = next;
      } else {
        int index = (Integer) step;
        if (!(current instanceof YamlList list)) {
          throw new ConfigException(where, walked,
              "cannot index [" + index + "]: " + walked + " is " + current.describe()
                  + ", not a list");
        }
        if (index >= list.size()) {
          throw new ConfigException(where, walked,
              "index " + index + " is out of range: the list has " + list.size()
                  + (list.size() == 1 ? " item" : " items"));
        }
        walked = KeyPaths.index(walked, index);
        if (last) {
          list.set(index, value);
          return;
        }
        current = list.get(index);
      }
    }
  }

  private static List<Object> steps(String path, Location where) {
    List<Object> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher segment = SEGMENT.matcher(part);
      if (!segment.matches()) {
        throw new ConfigException(where, "",
            "malformed key path " + Excerpt.quoted(path) + ": expected keys separated by dots, "
                + "with optional list indices, such as model.layers[0].activation");
      }
      steps.add(segment.group(1));
      Matcher index = INDEX.matcher(segment.group(2));
      while (index.find()) {
        steps.add(Integer.parseInt(index.group(1)));
      }
    }
    return steps;
  }
}
