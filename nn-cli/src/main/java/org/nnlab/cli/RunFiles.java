package org.nnlab.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.ValidationConfig;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.RootKeys;
import org.nnlab.core.config.YamlArray;
import org.nnlab.core.config.YamlList;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlNode;
import org.nnlab.core.report.AtomicFiles;

/**
 * The files a run reads, and the checks, before any training, that no output of the run is one
 * of them or another output. Two paths are the same file when they name it through different
 * folders, {@code ..}, symbolic or hard links.
 */
final class RunFiles {
  /**
   * A file the run reads.
   *
   * @param path the file as the user or the configuration named it
   * @param what what it is, for messages, such as {@code the configuration}
   * @param checkpoint whether it is a model saved by {@code --save}, which a later {@code --save}
   *     of the same run may replace, as a checkpoint is replaced by the next
   */
  record Input(Path path, String what, boolean checkpoint) {
    Input(Path path, String what) {
      this(path, what, false);
    }
  }

  /** The option whose file may replace a checkpoint the run resumes from. */
  static final String SAVE = "--save";

  private RunFiles() {}

  /** The inputs of runs of these configurations, with the jars of these plugin folders. */
  static List<Input> inputs(Collection<ExperimentConfig> configs, List<Path> pluginFolders) {
    List<Input> inputs = new ArrayList<>();
    for (ExperimentConfig config : configs) {
      add(inputs, new Input(config.file(), "the configuration",
          config.tree().has(RootKeys.STATE.name())));
      if (config.data() instanceof DataConfig.Csv csv) {
        add(inputs, new Input(csv.file(), "the training data (data.csv.path)"));
      }
      if (config.validation().orElse(null) instanceof ValidationConfig.Source source
          && source.data() instanceof DataConfig.Csv csv) {
        add(inputs, new Input(csv.file(), "the validation data (validation.csv.path)"));
      }
      sidecars(config.tree(), inputs);
    }
    for (Path folder : pluginFolders) {
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
        jars.forEach(jar -> add(inputs, new Input(jar, "a plugin jar")));
      } catch (IOException e) {
        // A folder that cannot be listed loaded no jar either.
      }
    }
    return inputs;
  }

  private static void sidecars(YamlNode node, List<Input> inputs) {
    if (node instanceof YamlArray array) {
      add(inputs, new Input(array.source(), "a sidecar file of the configuration"));
    } else if (node instanceof YamlMap map) {
      map.entries().values().forEach(value -> sidecars(value, inputs));
    } else if (node instanceof YamlList list) {
      list.items().forEach(item -> sidecars(item, inputs));
    }
  }

  private static void add(List<Input> inputs, Input input) {
    if (inputs.stream().noneMatch(known -> same(known.path(), input.path()))) {
      inputs.add(input);
    }
  }

  /**
   * Refuses an output file that is an input or another output; only {@code --save} may name the
   * checkpoint the run resumes from, which it then replaces atomically with the later one.
   *
   * @param outputs each output's option and file, in the order given
   * @param inputs the run's inputs
   */
  static void checkOutputs(Map<String, Path> outputs, List<Input> inputs) {
    List<Map.Entry<String, Path>> seen = new ArrayList<>();
    for (Map.Entry<String, Path> output : outputs.entrySet()) {
      Path file = output.getValue();
      for (Input input : inputs) {
        if (same(file, input.path()) && !(input.checkpoint() && output.getKey().equals(SAVE))) {
          throw refused(output.getKey(), file + " is " + input.what() + " of this run; "
              + "choose another file");
        }
      }
      for (Map.Entry<String, Path> earlier : seen) {
        if (same(file, earlier.getValue())) {
          throw refused(output.getKey(), file + " is also the " + earlier.getKey()
              + " file; give each output its own file");
        }
      }
      seen.add(output);
    }
  }

  /** Refuses an output folder that holds one of the inputs, since it is replaced as a whole. */
  static void checkFolder(String option, Path folder, List<Input> inputs) {
    for (Input input : inputs) {
      if (inside(input.path(), folder)) {
        throw refused(option, folder + " holds " + input.path() + ", " + input.what()
            + " of this run; choose another folder");
      }
    }
  }

  private static ConfigException refused(String option, String problem) {
    return new ConfigException(Location.ofFile(option), "", problem);
  }

  static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return AtomicFiles.destination(a).equals(AtomicFiles.destination(b));
    } catch (IOException | SecurityException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static boolean inside(Path file, Path folder) {
    try {
      return AtomicFiles.destination(file).startsWith(AtomicFiles.destination(folder));
    } catch (IOException | SecurityException e) {
      return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }
  }
}
