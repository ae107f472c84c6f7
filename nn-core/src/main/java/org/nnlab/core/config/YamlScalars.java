package org.nnlab.core.config;

import java.math.BigInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML scalars into values with YAML 1.1's rules, as snakeyaml itself does: plain
 * {@code 12}, {@code 0x1F} and {@code 1_000} are integers, {@code 1.5}, {@code 1e3}, {@code .inf}
 * and {@code .nan} are numbers, {@code true}, {@code yes} and {@code off} are booleans, {@code ~},
 * {@code null} and nothing are null, and anything quoted is text. Explicit tags other than the
 * standard scalar, list and mapping ones are refused, so no YAML names a Java class.
 */
final class YamlScalars {
  private static final Resolver RESOLVER = new Resolver();
  private static final SafeConstructor CONSTRUCTOR = new SafeConstructor(new LoaderOptions());

  private YamlScalars() {}

  static YamlScalar of(ScalarEvent event, Location where, String path) {
    String text = event.getValue();
    Tag tag = tag(event, where, path);
    Object value;
    try {
      if (tag.equals(Tag.INT)) {
        value = integer(CONSTRUCTOR.new ConstructYamlInt().construct(node(tag, event)));
      } else if (tag.equals(Tag.FLOAT)) {
        value = ((Number) CONSTRUCTOR.new ConstructYamlFloat().construct(node(tag, event)))
            .doubleValue();
      } else if (tag.equals(Tag.BOOL)) {
        value = CONSTRUCTOR.new ConstructYamlBool().construct(node(tag, event));
      } else if (tag.equals(Tag.NULL)) {
        value = null;
      } else {
        value = text;
      }
    } catch (YAMLException | NumberFormatException e) {
      throw new ConfigException(where, path,
          "'" + text + "' is not a valid " + shortName(tag) + " value");
    }
    return new YamlScalar(value, text, where);
  }

  static void checkCollectionTag(CollectionStartEvent event, Location where, String path) {
    String tag = event.getTag();
    if (tag != null && !tag.equals("!") && !tag.equals(Tag.MAP.getValue())
        && !tag.equals(Tag.SEQ.getValue())) {
      throw unsupported(tag, where, path);
    }
  }

  private static Tag tag(ScalarEvent event, Location where, String path) {
    String written = event.getTag();
    if (written == null || written.equals("!")) {
      boolean implicit = written == null && event.getImplicit().canOmitTagInPlainScalar();
      return RESOLVER.resolve(NodeId.scalar, event.getValue(), implicit);
    }
    Tag tag = new Tag(written);
    if (tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)
        || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL)) {
      return tag;
    }
    throw unsupported(written, where, path);
  }

  private static ConfigException unsupported(String tag, Location where, String path) {
    return new ConfigException(where, path, "unsupported YAML tag " + shortName(new Tag(tag))
        + "; write plain values (the standard tags !!str, !!int, !!float, !!bool, !!null, "
        + "!!seq and !!map are accepted)");
  }

  private static ScalarNode node(Tag tag, ScalarEvent event) {
    return new ScalarNode(
        tag, event.getValue(), event.getStartMark(), event.getEndMark(), event.getScalarStyle());
  }

  private static Object integer(Object number) {
    return number instanceof BigInteger big && big.bitLength() >= Long.SIZE ? big
        : (Object) ((Number) number).longValue();
  }

  private static String shortName(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }
}
