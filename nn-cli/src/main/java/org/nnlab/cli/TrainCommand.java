package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.report.YamlWriter;
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
      + "a configuration that 'nn train' accepts again.")
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
    Session session = Session.withPlugins(nn.pluginFolders());
    if (!quiet) {
      session.warnAboutPlugins(err);
    }
    Experiment experiment = session.experiment(config, overrides);
    if (report != null) {
      OutputFiles.checkFile(report, "--report");
    }
    if (save != null) {
      OutputFiles.checkFile(save, "--save");
    }
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
    writeOutputs(experiment, result, out);
    if (result.failure().isPresent()) {
      err.println("error: " + result.failure().get());
      err.flush();
      return ExitCodes.TRAINING_FAILED;
    }
    return ExitCodes.OK;
  }

  private void writeOutputs(Experiment experiment, TrainingResult result, PrintWriter out) {
    if (report != null) {
      OutputFiles.write(report, TrainingReport.json(experiment, result), "--report");
      if (!quiet) {
        out.println("report written to " + report);
      }
    }
    if (save != null) {
      OutputFiles.write(save, YamlWriter.write(ResolvedConfig.trained(experiment, save)),
          "--save");
      if (!quiet) {
        out.println("model saved to " + save + (result.divergence().isPresent()
            ? " (its values from before training diverged)" : result.pluginFailure().isPresent()
            ? " (its values from before the plugin failed)" : ""));
      }
    }
    out.flush();
  }
}
