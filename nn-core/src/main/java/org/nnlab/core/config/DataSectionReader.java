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
  private DataSectionReader() {}

  /** Reads the source of {@code data} (or of a {@code validation} section, at {@code path}). */
  static DataConfig read(YamlNode node, String path, Path file) {
    ConfigSection format =
        path.equals("data") ? DataKeys.DATA_SECTION : DataKeys.VALIDATION_SECTION;
    Section data = format.section(node, path);
    data.rejectUnknownKeys();
    List<String> sources =
        data.map().keys().stream().filter(DataKeys.SOURCES::contains).toList();
    if (sources.size() != 1) {
      throw new ConfigException(data.map().location(), path,
          "expected exactly one of " + ConfigSection.alternatives(format.exactlyOne().get(0))
              + ", found " + (sources.isEmpty() ? "none" : String.join(" and ", sources)));
    }
    String source = sources.get(0);
    YamlNode value = data.get(source).orElseThrow();
    String sourcePath = KeyPaths.child(path, source);
    if (source.equals(DataKeys.INLINE.name())) {
      return inline(value, sourcePath);
    }
    return source.equals(DataKeys.CSV.name()) ? csv(value, sourcePath, file)
        : synthetic(value, sourcePath);
  }

  /** Reads {@code data.standardize}: false when absent. */
  static boolean standardize(YamlNode data) {
    String key = DataKeys.STANDARDIZE.name();
    return Values.map(data, "data").get(key)
        .map(n -> DataKeys.STANDARDIZE.read(n, KeyPaths.child("data", key)))
        .orElse(false);
  }

  /** Reads the {@code validation} section: a fraction of the data, or a source of its own. */
  static ValidationConfig validation(YamlNode node, Path file) {
    YamlMap map = Values.map(node, "validation");
    String fractionKey = DataKeys.FRACTION.name();
    if (map.has(fractionKey)) {
      Section section = new Section(node, "validation", List.of(fractionKey));
      section.rejectUnknownKeys();
      YamlNode fraction = map.get(fractionKey).orElseThrow();
      return new ValidationConfig.Fraction(DataKeys.FRACTION.read(section).orElseThrow(),
          fraction.location());
    }
    return new ValidationConfig.Source(read(node, "validation", file));
  }

  private static DataConfig inline(YamlNode node, String path) {
    Section inline = DataKeys.INLINE_SECTION.section(node, path);
    inline.rejectUnknownKeys();
    YamlNode inputsNode = DataKeys.INPUTS.requireNode(inline);
    double[][] inputs = Values.rows(inputsNode, inline.path(DataKeys.INPUTS.name()), true);
    YamlNode targetsNode = DataKeys.TARGETS.requireNode(inline);
    String targetsPath = inline.path(DataKeys.TARGETS.name());
    double[][] targets = Values.rows(targetsNode, targetsPath, true);
    if (targets.length != inputs.length) {
      throw new ConfigException(targetsNode.location(), targetsPath,
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
    Section csv = DataKeys.CSV_SECTION.section(node, path);
    csv.rejectUnknownKeys();
    String written = DataKeys.PATH.require(csv);
    YamlNode targetNode = DataKeys.TARGET.requireNode(csv);
    String targetPath = csv.path(DataKeys.TARGET.name());
    List<String> targets = new ArrayList<>();
    if (targetNode instanceof YamlList list) {
      for (int i = 0; i < list.size(); i++) {
        targets.add(Values.text(list.get(i), KeyPaths.index(targetPath, i)));
      }
      if (targets.isEmpty()) {
        throw Values.expected(targetNode, targetPath, "at least one column name");
      }
    } else {
      targets.add(Values.text(targetNode, targetPath));
    }
    Path folder = file.toAbsolutePath().getParent();
    Path resolved = folder == null ? Path.of(written) : folder.resolve(written).normalize();
    return new DataConfig.Csv(resolved, written, targets, path, node.location());
  }

  private static DataConfig synthetic(YamlNode node, String path) {
    Section synthetic = DataKeys.SYNTHETIC_SECTION.section(node, path);
    synthetic.rejectUnknownKeys();
    String name = DataKeys.DATASET.require(synthetic);
    int samples = DataKeys.SAMPLES.readOrDefault(synthetic);
    double noise = DataKeys.NOISE.readOrDefault(synthetic);
    ValueForm.Whole range = (ValueForm.Whole) DataKeys.CLASSES.form();
    String classesPath = synthetic.path(DataKeys.CLASSES.name());
    int defaultClasses = name.equals("spiral") ? 3 : 2;
    int classes = synthetic.get(DataKeys.CLASSES.name()).map(n -> {
      int value = Values.positiveInt(n, classesPath, (int) range.max());
      if (!name.equals("spiral") && value != 2) {
        throw Values.expected(n, classesPath, "2 (" + name + " has two classes)");
      }
      if (value < range.min()) {
        throw Values.expected(n, classesPath, "at least " + range.min());
      }
      return value;
    }).orElse(defaultClasses);
    return new DataConfig.Synthetic(name, samples, noise, classes, path, node.location());
  }
}
