package org.nnlab.core.config;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.nnlab.api.internal.Excerpt;
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
 * Turns YAML scalars into values with YAML 1.1's rules, as snakeyaml itself does, except for
 * integers with a leading zero, which follow YAML 1.2: plain {@code 12}, {@code 010} (ten),
 * {@code 0o17} (octal), {@code 0x1F} and {@code 1_000} are integers, {@code 1.5}, {@code 1e3},
 * {@code .inf} and {@code .nan} are numbers, {@code true}, {@code yes} and {@code off} are
 * booleans, {@code ~}, {@code null} and nothing are null, and anything quoted is text. A plain
 * scalar longer than {@value #MAX_NUMBER_CHARS} characters is text, as snakeyaml's resolver
 * takes it. Explicit tags other than the standard scalar, list and mapping ones are refused, so
 * no YAML names a Java class; a value that its standard tag does not accept is refused too.
 */
final class YamlScalars {
  /** The longest number read; snakeyaml resolves no longer scalar as one. */
  static final int MAX_NUMBER_CHARS = 1024;

  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9][0-9_]*");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0o_*[0-7][0-7_]*");
  private static final Object INVALID = new Object();
  private static final Resolver RESOLVER = new Resolver();
  private static final SafeConstructor CONSTRUCTOR = new SafeConstructor(new LoaderOptions());

  private YamlScalars() {}

  static YamlScalar of(ScalarEvent event, Location where, String path) {
    String text = event.getValue();
    Tag tag = tag(event, where, path);
    Object value = value(tag, event);
    if (value == INVALID) {
      throw new ConfigException(where, path, Excerpt.quoted(text) + " is not a valid "
          + shortName(tag) + " value"
          + (text.length() > MAX_NUMBER_CHARS ? " (too long to be read as a number)" : ""));
    }
    return new YamlScalar(value, text, where);
  }

  private static Object value(Tag tag, ScalarEvent event) {
    String text = event.getValue();
    try {
      if (tag.equals(Tag.INT)) {
        return text.length() > MAX_NUMBER_CHARS ? INVALID : integer(event);
      } else if (tag.equals(Tag.FLOAT)) {
        return text.length() > MAX_NUMBER_CHARS ? INVALID
            : ((Number) CONSTRUCTOR.new ConstructYamlFloat().construct(node(tag, event)))
                .doubleValue();
      } else if (tag.equals(Tag.BOOL)) {
        Object value = CONSTRUCTOR.new ConstructYamlBool().construct(node(tag, event));
        return value == null ? INVALID : value;
      } else if (tag.equals(Tag.NULL)) {
        return RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.NULL) ? null : INVALID;
      }
      return text;
    } catch (YAMLException | NumberFormatException e) {
      return INVALID;
    }
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
      String text = event.getValue();
      if (implicit && text.length() <= MAX_NUMBER_CHARS
          && (DECIMAL.matcher(text).matches() || OCTAL.matcher(text).matches())) {
        return Tag.INT;
      }
      return RESOLVER.resolve(NodeId.scalar, text, implicit);
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

  // YAML 1.2 reads a leading zero as decimal and 0o as octal; YAML 1.1 read 010 as eight.
  // Hexadecimal, binary and sexagesimal integers are left to snakeyaml.
  private static Object integer(ScalarEvent event) {
    String text = event.getValue();
    String digits = text.replace("_", "");
    Number number;
    if (DECIMAL.matcher(text).matches()) {
      number = new BigInteger(digits);
    } else if (OCTAL.matcher(text).matches()) {
      int sign = digits.startsWith("-") || digits.startsWith("+") ? 1 : 0;
      number = new BigInteger(digits.substring(0, sign) + digits.substring(sign + 2), 8);
    } else {
      number = (Number) CONSTRUCTOR.new ConstructYamlInt().construct(node(Tag.INT, event));
    }
    return number instanceof BigInteger big && big.bitLength() >= Long.SIZE ? big
        : (Object) number.longValue();
  }

  private static String shortName(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }
}
