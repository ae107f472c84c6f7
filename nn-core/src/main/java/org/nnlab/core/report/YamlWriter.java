package org.nnlab.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of maps, lists and scalars as readable YAML: mappings and lists of mappings in
 * block style, lists of scalars in flow style ({@code [0.1, 0.2]}), one row per line for lists of
 * lists. Doubles are written in their shortest exact form, so reading the file back gives the
 * same bits.
 */
public final class YamlWriter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/.][A-Za-z0-9_./\\-]*");
  private static final List<String> RESERVED =
      List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private YamlWriter() {}

  /** Renders a tree whose root is a mapping. */
  public static String write(Map<String, ?> root) {
    StringBuilder out = new StringBuilder();
    mapping(root, 0, out);
    return out.toString();
  }

  private static void mapping(Map<String, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      out.append(" ".repeat(indent)).append(entry.getKey()).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  private static void value(Object value, int indent, StringBuilder out) {
    if (value instanceof double[] numbers) {
      out.append(' ').append(inline(numbers)).append('\n');
    } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) map;
      mapping(typed, indent + 2, out);
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
      out.append(entry.getKey()).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  private static boolean isFlat(List<?> list) {
    return list.stream().noneMatch(item -> item instanceof Map || item instanceof List
        || item instanceof double[]);
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
    if (value instanceof double[] numbers) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < numbers.length; i++) {
        out.append(i == 0 ? "" : ", ").append(number(numbers[i]));
      }
      return out.append(']').toString();
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return text(value.toString());
  }

  /** Formats a double so that YAML reads it back as the same double: {@code .nan}, {@code .inf}. */
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

  private static String text(String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase())) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
