package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.stats.GradientVerdict;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.Trainer;
import org.nnlab.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn train}: trains one model and shows every layer's gradient as it goes. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the model described by CONFIG and print, per epoch, the loss and each layer's "
          + "gradient norm, then a verdict on the gradient flow.",
      "Exit codes: 0 success, 1 training diverged, a plugin failed while training, or memory "
          + "ran out, 2 bad usage or input (a plugin that fails while being built included), 70 "
          + "internal error."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The model's YAML file.")
  Path config;

  @Option(names = "--epochs", paramLabel = "N", description = "Train N epochs (overrides "
      + "training.epochs).")
  String epochs;

  @Option(names = "--seed", paramLabel = "S", description = "Use seed S (overrides seed).")
  String seed;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one value by its "
      + "dotted key path, e.g. --set optimizer.learning_rate=0.1 or --set "
      + "'model.hidden=[64, 64]'. Repeatable.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write the JSON report "
      + "(resolved config, layers, per-epoch statistics).")
  Path report;

  @Option(names = "--save", paramLabel = "FILE.yaml", description = "Write the trained model as "
      + "a configuration that 'nn train' accepts again; large arrays go to a sidecar file next "
      + "to it.")
  Path save;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ConfigChange> overrides = Session.changes(settings, epochs);
    if (seed != null) {
      overrides.add(ConfigChange.option("--seed", "seed", seed));
    }
    List<Path> pluginFolders = nn.pluginFolders();
    Session session = Session.withPlugins(pluginFolders);
    if (!quiet) {
      session.warnAboutPlugins(err);
    }
    Experiment experiment = session.experiment(config, overrides);
    List<RunFiles.Input> inputs = RunFiles.inputs(List.of(experiment.config()), pluginFolders);
    checkOutputs(inputs);
    Trainer trainer = new Trainer(experiment, session.kernels());
    boolean accuracy = experiment.data().classification();
    EpochTable table = new EpochTable(out, experiment.network().layers().size(), accuracy);
    if (!quiet) {
      out.println(Summary.of(experiment));
      table.printHeader();
    }
    TrainingResult result = trainer.train(quiet ? stats -> {} : table::printRow);
    if (!quiet && !result.epochs().isEmpty()) {
      var last = result.epochs().get(result.epochs().size() - 1);
      out.println();
      out.println(String.format(Locale.ROOT, "epoch %d: %s", last.epoch(),
          GradientVerdict.of(last).sentence()));
      out.flush();
    }
    boolean written = writeOutputs(experiment, result, inputs, out, err);
    result.failure().ifPresent(failure -> err.println("error: " + failure));
    err.flush();
    if (!written) {
      return ExitCodes.BAD_INPUT;
    }
    return result.failure().isPresent() ? ExitCodes.TRAINING_FAILED : ExitCodes.OK;
  }

  private void checkOutputs(List<RunFiles.Input> inputs) {
    Map<String, Path> outputs = new LinkedHashMap<>();
    if (report != null) {
      outputs.put("--report", report);
    }
    if (save != null) {
      outputs.put("--save", save);
    }
    outputs.forEach((option, file) -> OutputFiles.checkFile(file, option));
    RunFiles.checkOutputs(outputs, inputs);
  }

  // Each output is tried even when another fails, so that one bad path loses no other output.
  private boolean writeOutputs(Experiment experiment, TrainingResult result,
      List<RunFiles.Input> inputs, PrintWriter out, PrintWriter err) {
    boolean written = true;
    if (report != null) {
      written &= tryWrite(err, () -> {
        OutputFiles.write(report, TrainingReport.json(experiment, result), "--report");
        if (!quiet) {
          out.println("report written to " + report);
        }
      });
    }
    if (save != null) {
      List<Path> keep = inputs.stream().map(RunFiles.Input::path).toList();
      written &= tryWrite(err, () -> {
        OutputFiles.save(save, ResolvedConfig.trained(experiment, save), keep, "--save");
        if (!quiet) {
          out.println("model saved to " + save + (result.divergence().isPresent()
              ? " (its values from before training diverged)" : result.pluginFailure().isPresent()
              ? " (its values from before the plugin failed)" : ""));
        }
      });
    }
    out.flush();
    return written;
  }

  private static boolean tryWrite(PrintWriter err, Runnable write) {
    try {
      write.run();
      return true;
    } catch (ConfigException e) {
      err.println("error: " + e.getMessage());
      return false;
    }
  }
}
