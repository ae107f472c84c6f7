package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Validates the {@code data} and {@code validation} sections of a configuration: exactly one
 * source ({@code inline}, {@code csv} or {@code synthetic}; for validation also {@code
 * fraction}), each with its keys and defaults, and {@code data.standardize}.
 */
final class DataSectionReader {
  static final List<String> SOURCES = List.of("inline", "csv", "synthetic");
  static final String STANDARDIZE = "standardize";
  static final String FRACTION = "fraction";

  private DataSectionReader() {}

  /** Reads the source of {@code data} (or of a {@code validation} section, at {@code path}). */
  static DataConfig read(YamlNode node, String path, Path file) {
    List<String> keys = new ArrayList<>(SOURCES);
    keys.add(path.equals("data") ? STANDARDIZE : FRACTION);
    Section data = new Section(node, path, keys);
    data.rejectUnknownKeys();
    List<String> sources = data.map().keys().stream().filter(SOURCES::contains).toList();
    if (sources.size() != 1) {
      throw new ConfigException(data.map().location(), path,
          "expected exactly one of " + (path.equals("data") ? "inline, csv or synthetic"
              : "fraction, inline, csv or synthetic") + ", found "
              + (sources.isEmpty() ? "none" : String.join(" and ", sources)));
    }
    String source = sources.get(0);
    YamlNode value = data.get(source).orElseThrow();
    String sourcePath = KeyPaths.child(path, source);
    return switch (source) {
      case "inline" -> inline(value, sourcePath);
      case "csv" -> csv(value, sourcePath, file);
      default -> synthetic(value, sourcePath);
    };
  }

  /** Reads {@code data.standardize}: false when absent. */
  static boolean standardize(YamlNode data) {
    return Values.map(data, "data").get(STANDARDIZE)
        .map(n -> Values.bool(n, "data." + STANDARDIZE)).orElse(false);
  }

  /** Reads the {@code validation} section: a fraction of the data, or a source of its own. */
  static ValidationConfig validation(YamlNode node, Path file) {
    YamlMap map = Values.map(node, "validation");
    if (map.has(FRACTION)) {
      new Section(node, "validation", List.of(FRACTION)).rejectUnknownKeys();
      YamlNode fraction = map.get(FRACTION).orElseThrow();
      double value = Values.number(fraction, "validation.fraction");
      if (!(value > 0 && value < 1)) {
        throw Values.expected(fraction, "validation.fraction",
            "a share of the data between 0 and 1, such as 0.2");
      }
      return new ValidationConfig.Fraction(value, fraction.location());
    }
    return new ValidationConfig.Source(read(node, "validation", file));
  }

  private static DataConfig inline(YamlNode node, String path) {
    Section inline = new Section(node, path, List.of("inputs", "targets"));
    inline.rejectUnknownKeys();
    YamlNode inputsNode = inline.require("inputs", "a list of rows of numbers");
    double[][] inputs = Values.rows(inputsNode, inline.path("inputs"), true);
    YamlNode targetsNode = inline.require("targets", "a list of rows of numbers");
    double[][] targets = Values.rows(targetsNode, inline.path("targets"), true);
    if (targets.length != inputs.length) {
      throw new ConfigException(targetsNode.location(), inline.path("targets"),
          "expected " + inputs.length + " rows (one per input row), found " + targets.length);
    }
    return new DataConfig.Inline(inputs, targets, path, node.location(),
        rowLocations(inputsNode), rowLocations(targetsNode));
  }

  private static List<Location> rowLocations(YamlNode rows) {
    if (rows instanceof YamlArray array) {
      return Collections.nCopies(array.isMatrix() ? array.rows() : array.cols(), array.location());
    }
    return ((YamlList) rows).items().stream().map(YamlNode::location).toList();
  }

  private static DataConfig csv(YamlNode node, String path, Path file) {
    Section csv = new Section(node, path, List.of("path", "target"));
    csv.rejectUnknownKeys();
    String written = Values.text(csv.require("path", "the CSV file's path"), csv.path("path"));
    YamlNode targetNode = csv.require("target", "the name of the target column, or a list");
    List<String> targets = new ArrayList<>();
    if (targetNode instanceof YamlList list) {
      for (int i = 0; i < list.size(); i++) {
        targets.add(Values.text(list.get(i), KeyPaths.index(csv.path("target"), i)));
      }
      if (targets.isEmpty()) {
        throw Values.expected(targetNode, csv.path("target"), "at least one column name");
      }
    } else {
      targets.add(Values.text(targetNode, csv.path("target")));
    }
    Path folder = file.toAbsolutePath().getParent();
    Path resolved = folder == null ? Path.of(written) : folder.resolve(written).normalize();
    return new DataConfig.Csv(resolved, written, targets, path, node.location());
  }

  private static DataConfig synthetic(YamlNode node, String path) {
    Section synthetic =
        new Section(node, path, List.of("name", "samples", "noise", "classes"));
    synthetic.rejectUnknownKeys();
    YamlNode nameNode = synthetic.require("name", "one of " + Limits.DATASETS);
    String name = Values.name(nameNode, synthetic.path("name"));
    if (!Limits.DATASETS.contains(name)) {
      throw new ConfigException(nameNode.location(), synthetic.path("name"),
          Names.unknown("dataset", name, Limits.DATASETS));
    }
    int samples = synthetic.get("samples")
        .map(n -> Values.positiveInt(n, synthetic.path("samples"), Limits.MAX_SAMPLES))
        .orElse(Limits.DEFAULT_SAMPLES);
    double noise = synthetic.get("noise").map(n -> {
      double value = Values.number(n, synthetic.path("noise"));
      if (value < 0) {
        throw Values.expected(n, synthetic.path("noise"), "a number of at least 0");
      }
      return value;
    }).orElse(Limits.DEFAULT_NOISE);
    int defaultClasses = name.equals("spiral") ? 3 : 2;
    int classes = synthetic.get("classes").map(n -> {
      int value = Values.positiveInt(n, synthetic.path("classes"), Limits.MAX_CLASSES);
      if (!name.equals("spiral") && value != 2) {
        throw Values.expected(n, synthetic.path("classes"), "2 (" + name + " has two classes)");
      }
      if (value < 2) {
        throw Values.expected(n, synthetic.path("classes"), "at least 2");
      }
      return value;
    }).orElse(defaultClasses);
    return new DataConfig.Synthetic(name, samples, noise, classes, path, node.location());
  }
}
