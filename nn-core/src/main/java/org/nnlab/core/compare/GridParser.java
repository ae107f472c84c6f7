package org.nnlab.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nnlab.api.internal.Excerpt;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ConfigOverrides;
import org.nnlab.core.config.KeyPaths;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.Section;
import org.nnlab.core.config.Values;
import org.nnlab.core.config.YamlList;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.config.YamlScalar;

/**
 * Reads an experiment grid from {@code --vary KEY=VALUES} arguments or from a configuration's
 * {@code compare: {points: {NAME: {KEY: V}}, vary: {KEY: [V1, V2]}, seeds: N}} section.
 *
 * <p>Named points, when given, are the grid's first axis: each is a set of overrides under a
 * name, crossed with the varied settings.
 *
 * <p>VALUES is either a YAML flow list ({@code [[32, 32], [64, 64]]}), whose items are the
 * values, or a comma-separated list of scalars ({@code sigmoid,tanh,relu}).
 */
public final class GridParser {
  /** The most seeds per grid point. */
  public static final int MAX_SEEDS = 1000;

  private static final String SOURCE = "--vary";

  private final ConfigOverrides overrides = new ConfigOverrides();

  /**
   * Builds the grid of a comparison. Command-line axes, when given, replace the configuration's;
   * a command-line seed count replaces the configuration's; the default is one seed.
   *
   * @param varies the {@code --vary} arguments, possibly empty
   * @param seeds the {@code --seeds} argument, or null
   * @param root the configuration tree
   * @return the grid
   * @throws ConfigException when an argument or the compare section is malformed
   */
  public Grid grid(List<String> varies, Integer seeds, YamlMap root) {
    Optional<Section> section = root.get("compare").map(node -> new Section(node, "compare",
        List.of("points", "vary", "seeds")));
    section.ifPresent(Section::rejectUnknownKeys);
    List<GridAxis> axes = new ArrayList<>();
    Optional<YamlNode> points = section.flatMap(s -> s.get("points"));
    points.ifPresent(node -> axes.add(pointsAxis(node)));
    if (!varies.isEmpty()) {
      for (String vary : varies) {
        axes.add(parseVary(vary));
      }
      rejectRepeatedPaths(axes);
    } else if (section.isPresent() && section.get().get("vary").isPresent()) {
      axes.addAll(configAxes(section.get().get("vary").get()));
    }
    points.ifPresent(node -> rejectPointsThatSetAVariedPath(axes));
    int seedCount;
    if (seeds != null) {
      if (seeds < 1 || seeds > MAX_SEEDS) {
        throw new ConfigException(Location.ofFile("--seeds"), "",
            "expected an integer from 1 to " + MAX_SEEDS + ", found " + seeds);
      }
      seedCount = seeds;
    } else {
      seedCount = section.flatMap(s -> s.get("seeds"))
          .map(node -> Values.positiveInt(node, "compare.seeds", MAX_SEEDS)).orElse(1);
    }
    Grid grid = new Grid(axes, seedCount);
    if (grid.runCount() > Grid.MAX_RUNS) {
      boolean written = varies.isEmpty() && seeds == null && section.isPresent();
      throw new ConfigException(
          written ? section.get().map().location()
              : Location.ofFile(varies.isEmpty() ? "--seeds" : SOURCE),
          written ? "compare" : "",
          "the grid has " + grid.runCount() + " runs, more than the " + Grid.MAX_RUNS
              + " allowed; vary fewer settings or use fewer seeds");
    }
    return grid;
  }

  /** Parses one {@code KEY=VALUES} argument. */
  public GridAxis parseVary(String argument) {
    int equals = argument.indexOf('=');
    String path = equals < 0 ? "" : argument.substring(0, equals).trim();
    String values = equals < 0 ? "" : argument.substring(equals + 1).trim();
    if (path.isEmpty() || values.isEmpty()) {
      throw new ConfigException(Location.ofFile(SOURCE), "",
          "expected KEY=VALUES, such as model.activation=sigmoid,tanh,relu, found "
              + Excerpt.quoted(argument));
    }
    String source = SOURCE + " " + path;
    List<YamlNode> nodes = new ArrayList<>();
    if (values.startsWith("[")) {
      YamlNode list = overrides.parseValue(values, source);
      if (!(list instanceof YamlList items) || items.size() == 0) {
        throw new ConfigException(Location.ofFile(source), "",
            "expected a non-empty YAML list of values, found " + Excerpt.of(values));
      }
      nodes.addAll(items.items());
    } else {
      for (String value : values.split(",", -1)) {
        if (value.isBlank()) {
          throw new ConfigException(Location.ofFile(source), "",
              "empty value in " + Excerpt.quoted(values) + "; expected comma-separated values");
        }
        nodes.add(overrides.parseValue(value.trim(), source));
      }
    }
    return axis(path, nodes, Location.ofFile(source));
  }

  private List<GridAxis> configAxes(YamlNode node) {
    YamlMap vary = Values.map(node, "compare.vary");
    List<GridAxis> axes = new ArrayList<>();
    for (String path : vary.keys()) {
      YamlNode values = vary.get(path).orElseThrow();
      String keyPath = KeyPaths.child("compare.vary", path);
      List<YamlNode> nodes = values instanceof YamlList list ? list.items() : List.of(values);
      if (nodes.isEmpty()) {
        throw Values.expected(values, keyPath, "a non-empty list of values");
      }
      if (path.equals("seed")) {
        throw new ConfigException(vary.keyLocation(path), keyPath, "the seed is not varied "
            + "with compare.vary; use compare.seeds: N to run every point with N seeds from "
            + "the configuration's seed on");
      }
      axes.add(axis(path, nodes, vary.keyLocation(path)));
    }
    return axes;
  }

  private static GridAxis pointsAxis(YamlNode node) {
    YamlMap points = Values.map(node, "compare.points");
    if (points.keys().isEmpty()) {
      throw Values.expected(node, "compare.points", "a mapping from a point's name to its "
          + "overrides, such as 'relu + he: {model.activation: relu, model.init: he_uniform}'");
    }
    List<String> names = new ArrayList<>();
    List<YamlMap> overrides = new ArrayList<>();
    for (String name : points.keys()) {
      String keyPath = KeyPaths.child("compare.points", name);
      if (name.isBlank()) {
        throw new ConfigException(points.keyLocation(name), keyPath,
            "expected a name for the point, found an empty one");
      }
      YamlNode value = points.get(name).orElseThrow();
      YamlMap settings = value instanceof YamlScalar scalar && scalar.isNull()
          ? new YamlMap(value.location())
          : Values.map(value, keyPath);
      if (settings.has("seed")) {
        throw new ConfigException(settings.keyLocation("seed"), KeyPaths.child(keyPath, "seed"),
            "a point cannot set the seed; use compare.seeds: N to run every point with N seeds "
                + "from the configuration's seed on");
      }
      names.add(name);
      overrides.add(settings);
    }
    return GridAxis.points(names, overrides, points.location());
  }

  // A point that sets a path an axis varies would be overridden by the axis, silently.
  private static void rejectPointsThatSetAVariedPath(List<GridAxis> axes) {
    GridAxis points = axes.get(0);
    for (GridAxis axis : axes.subList(1, axes.size())) {
      for (int p = 0; p < points.values().size(); p++) {
        YamlMap settings = (YamlMap) points.values().get(p);
        for (String path : settings.keys()) {
          if (overlaps(path, axis.path())) {
            throw new ConfigException(settings.keyLocation(path),
                KeyPaths.child(KeyPaths.child("compare.points", points.labels().get(p)), path),
                "the point sets " + Excerpt.quoted(path) + ", which the grid also varies ("
                    + Excerpt.quoted(axis.path()) + "); set it in the points or vary it, not both");
          }
        }
      }
    }
  }

  private static boolean overlaps(String a, String b) {
    String first = canonical(a);
    String second = canonical(b);
    return first.equals(second) || within(first, second) || within(second, first);
  }

  // An index may be written with leading zeros ([00]), which names the same item as [0].
  private static String canonical(String path) {
    return path.replaceAll("\\[0+(\\d)", "[$1");
  }

  private static boolean within(String inner, String outer) {
    return inner.startsWith(outer)
        && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }

  private static GridAxis axis(String path, List<YamlNode> nodes, Location origin) {
    List<String> labels = new ArrayList<>();
    for (YamlNode node : nodes) {
      labels.add(FlowText.of(node));
    }
    return new GridAxis(path, nodes, labels, origin);
  }

  private static void rejectRepeatedPaths(List<GridAxis> axes) {
    Set<String> seen = new LinkedHashSet<>();
    for (GridAxis axis : axes) {
      if (axis.path().equals("seed")) {
        throw new ConfigException(Location.ofFile(SOURCE), "seed",
            "the seed is not varied with --vary; use --seeds N to run every point with N seeds "
                + "from the configuration's seed on");
      }
      if (!seen.add(axis.path())) {
        throw new ConfigException(Location.ofFile(SOURCE), "",
            Excerpt.quoted(axis.path()) + " is varied twice; give all its values in one --vary");
      }
    }
  }

  /** Renders a YAML node on one line, as a user would write it in flow style. */
  static final class FlowText {
    private FlowText() {}

    static String of(YamlNode node) {
      if (node instanceof YamlScalar scalar) {
        return scalar.isNull() ? "null" : scalar.text();
      }
      if (node instanceof YamlList list) {
        List<String> items = new ArrayList<>();
        list.items().forEach(item -> items.add(of(item)));
        return "[" + String.join(", ", items) + "]";
      }
      if (!(node instanceof YamlMap map)) {
        return node.describe();
      }
      List<String> entries = new ArrayList<>();
      map.entries().forEach((key, value) -> entries.add(key + ": " + of(value)));
      return "{" + String.join(", ", entries) + "}";
    }
  }
}
