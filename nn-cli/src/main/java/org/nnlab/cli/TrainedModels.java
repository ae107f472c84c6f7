package org.nnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.eval.TrainedModel;

/**
 * What {@code nn evaluate} and {@code nn predict} share: the model and its data file read, the
 * batch size checked, and the output file checked against every input before anything runs.
 */
final class TrainedModels {
  static final String BATCH_SIZE = "--batch-size";

  private TrainedModels() {}

  /**
   * Reads the model, checks the output, and builds the model.
   *
   * @param session the plugins and kernels
   * @param file the model's YAML file
   * @param data the CSV file it runs on
   * @param dataRole what the CSV file is, for messages, such as {@code the data to evaluate}
   * @param batchSize {@code --batch-size}, or null for the model's training batch size
   * @param outputs each output's option and file
   * @param pluginFolders the folders plugins were loaded from
   * @return the model
   */
  static TrainedModel load(Session session, Path file, Path data, String dataRole,
      Integer batchSize, Map<String, Path> outputs, List<Path> pluginFolders) {
    if (batchSize != null && (batchSize < 1 || batchSize > TrainingConfig.MAX_BATCH_SIZE)) {
      throw new ConfigException(Location.ofFile(BATCH_SIZE), "", "expected a number of rows "
          + "from 1 to " + TrainingConfig.MAX_BATCH_SIZE + ", found " + batchSize);
    }
    ExperimentConfig config = session.config(file, List.of());
    List<RunFiles.Input> inputs = new ArrayList<>(RunFiles.inputs(List.of(config),
        pluginFolders));
    inputs.add(new RunFiles.Input(data, dataRole));
    outputs.forEach((option, output) -> OutputFiles.checkFile(output, option));
    RunFiles.checkOutputs(outputs, inputs);
    int rows = batchSize != null ? batchSize : config.training().batchSize();
    return TrainedModel.load(config, session.registry(), session.kernels(), rows);
  }
}
