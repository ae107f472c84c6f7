package org.nnlab.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Validates the {@code data} section of a configuration: exactly one of {@code inline},
 * {@code csv} or {@code synthetic}, each with its keys and defaults.
 */
final class DataSectionReader {
  private DataSectionReader() {}

  static DataConfig read(YamlNode node, Path file) {
    Section data = new Section(node, "data", List.of("inline", "csv", "synthetic"));
    data.rejectUnknownKeys();
    if (data.map().keys().size() != 1) {
      throw new ConfigException(data.map().location(), "data",
          "expected exactly one of inline, csv or synthetic, found "
              + (data.map().keys().isEmpty() ? "none" : String.join(" and ", data.map().keys())));
    }
    if (data.map().has("inline")) {
      return inline(data.get("inline").orElseThrow());
    }
    if (data.map().has("csv")) {
      return csv(data.get("csv").orElseThrow(), file);
    }
    return synthetic(data.get("synthetic").orElseThrow());
  }

  private static DataConfig inline(YamlNode node) {
    Section inline = new Section(node, "data.inline", List.of("inputs", "targets"));
    inline.rejectUnknownKeys();
    YamlNode inputsNode = inline.require("inputs", "a list of rows of numbers");
    double[][] inputs = Values.rows(inputsNode, inline.path("inputs"), true);
    YamlNode targetsNode = inline.require("targets", "a list of rows of numbers");
    double[][] targets = Values.rows(targetsNode, inline.path("targets"), true);
    if (targets.length != inputs.length) {
      throw new ConfigException(targetsNode.location(), inline.path("targets"),
          "expected " + inputs.length + " rows (one per input row), found " + targets.length);
    }
    return new DataConfig.Inline(inputs, targets, "data.inline", node.location(),
        rowLocations(inputsNode), rowLocations(targetsNode));
  }

  private static List<Location> rowLocations(YamlNode rows) {
    if (rows instanceof YamlArray array) {
      return Collections.nCopies(array.isMatrix() ? array.rows() : array.cols(), array.location());
    }
    return ((YamlList) rows).items().stream().map(YamlNode::location).toList();
  }

  private static DataConfig csv(YamlNode node, Path file) {
    Section csv = new Section(node, "data.csv", List.of("path", "target"));
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
    return new DataConfig.Csv(resolved, written, targets, "data.csv", node.location());
  }

  private static DataConfig synthetic(YamlNode node) {
    Section synthetic =
        new Section(node, "data.synthetic", List.of("name", "samples", "noise", "classes"));
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
    return new DataConfig.Synthetic(name, samples, noise, classes, "data.synthetic",
        node.location());
  }
}
