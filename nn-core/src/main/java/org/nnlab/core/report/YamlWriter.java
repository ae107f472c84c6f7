package org.nnlab.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.nnlab.core.config.SidecarFormat;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a tree of maps, lists, scalars and {@link NumberArray}s as readable YAML: mappings and
 * lists of mappings in block style, lists of scalars in flow style ({@code [0.1, 0.2]}), one row
 * per line for lists of lists. Doubles are written in their shortest exact form and non-finite
 * ones as {@code .nan}, {@code .inf} and {@code -.inf}, so reading the file back gives the same
 * bits. Text is written plain when YAML reads it back as the same text, and double-quoted
 * otherwise, with every character YAML would not keep as written escaped.
 */
public final class YamlWriter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/.][A-Za-z0-9_./\\-]*");
  private static final Resolver RESOLVER = new Resolver();

  private YamlWriter() {}

  /** Renders a tree whose root is a mapping. */
  public static String write(Map<String, ?> root) {
    StringBuilder out = new StringBuilder();
    mapping(root, 0, out);
    return out.toString();
  }

  private static void mapping(Map<String, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      out.append(" ".repeat(indent)).append(text(entry.getKey())).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  private static void value(Object value, int indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) map;
      mapping(typed, indent + 2, out);
    } else if (value instanceof NumberArray array && array.matrix() && array.rows() > 0) {
      out.append('\n');
      for (int row = 0; row < array.rows(); row++) {
        out.append(" ".repeat(indent + 2)).append("- ");
        flow(array, row * array.cols(), array.cols(), out);
        out.append('\n');
      }
    } else if (value instanceof List<?> list && !list.isEmpty() && !isFlat(list)) {
      out.append('\n');
      for (Object item : list) {
        out.append(" ".repeat(indent + 2)).append("- ");
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          @SuppressWarnings("unchecked")
          Map<String, ?> typed = (Map<String, ?>) map;
          listItemMapping(typed, indent + 4, out);
        } else {
          out.append(inline(item)).append('\n');
        }
      }
    } else {
      out.append(' ').append(inline(value)).append('\n');
    }
  }

  // The first key shares the "- " line; the others align under it.
  private static void listItemMapping(Map<String, ?> map, int indent, StringBuilder out) {
    boolean first = true;
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(" ".repeat(indent));
      }
      first = false;
      out.append(text(entry.getKey())).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  private static boolean isFlat(List<?> list) {
    return list.stream().noneMatch(item -> item instanceof Map || item instanceof List
        || item instanceof NumberArray array && array.matrix());
  }

  private static void flow(NumberArray array, int from, int count, StringBuilder out) {
    out.append('[');
    double[] values = array.values();
    for (int i = from; i < from + count; i++) {
      out.append(i == from ? "" : ", ").append(number(values[i]));
    }
    out.append(']');
  }

  private static String inline(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map && map.isEmpty()) {
      return "{}";
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(inline(list.get(i)));
      }
      return out.append(']').toString();
    }
    if (value instanceof NumberArray array) {
      StringBuilder out = new StringBuilder();
      flow(array, 0, array.values().length, out);
      return out.toString();
    }
    if (value instanceof SidecarRef ref) {
      return reference(ref);
    }
    if (value instanceof Double || value instanceof Float) {
      return number(((Number) value).doubleValue());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return text(value.toString());
  }

  private static String reference(SidecarRef ref) {
    NumberArray array = ref.array();
    String shape = array.matrix() ? array.rows() + ", " + array.cols()
        : String.valueOf(array.values().length);
    return SidecarFormat.TAG + " {" + SidecarFormat.FILE + ": " + text(ref.file()) + ", "
        + SidecarFormat.OFFSET + ": " + ref.offset() + ", " + SidecarFormat.SHAPE + ": ["
        + shape + "]}";
  }

  /** Formats a double so that YAML reads it back as the same double. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return ".nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? ".inf" : "-.inf";
    }
    String text = Double.toString(value);
    int e = text.indexOf('E');
    if (e > 0 && text.charAt(e + 1) != '-') {
      text = text.substring(0, e + 1) + "+" + text.substring(e + 1);
    }
    return text;
  }

  /** Writes text plain when YAML reads it back as this text, else double-quoted and escaped. */
  static String text(String text) {
    if (PLAIN.matcher(text).matches()
        && RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR)) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(ch).append(text.charAt(++i));
      } else {
        escape(ch, out);
      }
    }
    return out.append('"').toString();
  }

  // Escaped: quotes and backslashes, and whatever YAML would refuse, fold or drop if written
  // raw: C0 and C1 controls, DEL, NEL and the Unicode line breaks, the byte order mark,
  // U+FFFE and U+FFFF, and surrogates without their pair (which UTF-8 cannot hold).
  private static void escape(char ch, StringBuilder out) {
    switch (ch) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      default -> {
        boolean control = ch < 0x20 || (ch >= 0x7F && ch <= 0x9F);
        boolean special = ch == '\u2028' || ch == '\u2029' || ch == '\uFEFF' || ch >= '\uFFFE'
            || Character.isSurrogate(ch);
        if (control || special) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
        } else {
          out.append(ch);
        }
      }
    }
  }
}
