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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code nn evaluate} and {@code nn predict} share: a trained model, the CSV file it runs
 * on and the batch size, read and checked, with the command's outputs checked against every
 * input before anything runs.
 */
final class ModelInput {
  @Parameters(index = "0", paramLabel = "MODEL", description = "A model saved by 'nn train "
      + "--save', or a configuration whose layers give their weights.")
  Path model;

  @Parameters(index = "1", paramLabel = "DATA", description = "The CSV file to run it on.")
  Path data;

  @Option(names = "--batch-size", paramLabel = "N", description = "Rows per forward pass "
      + "(default: the batch_size the model was trained with).")
  Integer batchSize;

  @Option(names = "--precision", paramLabel = "P", description = "Compute in float64 or "
      + "float32 (default: the engine.precision the model was trained with).")
  String precision;

  /**
   * Reads the model, checks the outputs, and builds the model.
   *
   * @param session the plugins and kernels
   * @param outputs each output's option and file
   * @param pluginFolders the folders plugins were loaded from
   * @return the model
   * @throws ConfigException for a bad batch size, model or output
   */
  TrainedModel load(Session session, Map<String, Path> outputs, List<Path> pluginFolders) {
    if (batchSize != null && (batchSize < 1 || batchSize > TrainingConfig.MAX_BATCH_SIZE)) {
      throw new ConfigException(Location.ofFile("--batch-size"), "", "expected a number of "
          + "rows from 1 to " + TrainingConfig.MAX_BATCH_SIZE + ", found " + batchSize);
    }
    ExperimentConfig config = session.config(model, Session.changes(List.of(), null, precision));
    List<RunFiles.Input> inputs = new ArrayList<>(RunFiles.inputs(List.of(config),
        pluginFolders));
    inputs.add(new RunFiles.Input(data, "the data file"));
    outputs.forEach((option, output) -> OutputFiles.checkFile(output, option));
    RunFiles.checkOutputs(outputs, inputs);
    int rows = batchSize != null ? batchSize : config.training().batchSize();
    return TrainedModel.load(config, session.registry(), session.kernels(), rows);
  }
}
