package org.nnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nnlab.cli.compare.ProgressBar;
import org.nnlab.core.checkpoint.Progress;
import org.nnlab.core.config.ConfigChange;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.TrainingConfig;
import org.nnlab.core.explain.GradientPath;
import org.nnlab.core.report.EpochLog;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.GradientVerdict;
import org.nnlab.core.train.EpochSnapshot;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingControl;
import org.nnlab.core.train.TrainingListener;
import org.nnlab.core.train.TrainingLoop;
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
      "Train the model described by CONFIG and print, per epoch, the loss, the training and "
          + "validation accuracy and each layer's gradient norm, then a verdict on the "
          + "gradient flow. A model saved with --save trains on from where it stopped: "
          + "training.epochs (or --epochs) is the total.",
      "Exit codes: 0 success, 1 training failed (diverged, a plugin failed, out of memory), "
          + "2 bad usage or input, 70 internal error, 130 interrupted (the last completed "
          + "epoch is saved)."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand NnCommand nn;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The model's YAML file, or a "
      + "model saved by --save.")
  Path config;

  @Option(names = "--epochs", paramLabel = "N", description = "Train to N epochs in all "
      + "(overrides training.epochs).")
  String epochs;

  @Option(names = "--seed", paramLabel = "S", description = "Use seed S (overrides seed).")
  String seed;

  @Option(names = "--precision", paramLabel = "P", description = "Compute in float64 (exact, "
      + "the default) or float32 (overrides engine.precision).")
  String precision;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one value by its "
      + "dotted key path, e.g. --set optimizer.learning_rate=0.1 or --set "
      + "'model.hidden=[64, 64]'. Repeatable.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write the JSON report "
      + "(resolved config, layers, per-epoch statistics).")
  Path report;

  @Option(names = "--save", paramLabel = "FILE.yaml", description = "Write the trained model as "
      + "a checkpoint that 'nn train' resumes exactly and 'nn evaluate' and 'nn predict' use.")
  Path save;

  @Option(names = "--checkpoint-every", paramLabel = "N", description = "Also rewrite the "
      + "--save file every N epochs while training.")
  Integer checkpointEvery;

  @Option(names = "--log", paramLabel = "FILE.csv", description = "Append one row per epoch to "
      + "FILE.csv as it finishes (loss, accuracy, validation, gradient norms).")
  Path log;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    List<ConfigChange> overrides = Session.changes(settings, epochs, precision);
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
    if (!quiet) {
      experiment.warnings().forEach(warning -> err.println("warning: " + warning));
      err.flush();
    }
    TrainingLoop loop = new TrainingLoop(experiment, experiment.kernels());
    int total = experiment.config().training().epochs();
    if (!quiet) {
      out.println(Summary.of(experiment));
    }
    if (loop.epochsCompleted() >= total) {
      if (!quiet) {
        out.println("already trained " + loop.epochsCompleted() + " of " + total + " epochs; "
            + "nothing to train (give --epochs N to train to N epochs)");
        out.flush();
      }
      return ExitCodes.OK;
    }
    try (Interruption interruption = Interruption.install("nn-train-stop");
        EpochLog epochLog = log == null ? null : EpochLog.open(log, statistics(experiment)
            ? experiment.network().layers().size() : 0)) {
      EpochSnapshot snapshot = new EpochSnapshot(loop);
      loop.listen(snapshot);
      int batches = (experiment.data().size() + batchRows(experiment) - 1)
          / batchRows(experiment);
      TrainProgress progress = new TrainProgress(loop.epochsCompleted() + 1, total, batches);
      try (StatusLine line = new StatusLine(err, progress::line,
          !quiet && ProgressBar.stderrIsTerminal())) {
        loop.listen(progress);
        if (epochLog != null) {
          loop.listen(epochLog);
        }
        addTable(loop, experiment, out, line);
        if (checkpointEvery != null) {
          loop.listen(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochStats stats, TrainingControl control) {
              if (stats.epoch() % checkpointEvery == 0) {
                OutputFiles.save(save, ResolvedConfig.trained(experiment,
                    Optional.of(loop.progress()), save), kept(inputs), "--save");
              }
            }
          });
        }
        TrainingResult result = loop.run(interruption::requested);
        line.close();
        return finish(experiment, loop, snapshot, result, epochLog, inputs, out, err);
      }
    }
  }

  // The product of mean derivatives bounds the gradient of a chain, not of one with skips.
  private static Optional<String> why(EpochStats last, Experiment experiment) {
    if (experiment.network().hasSkipConnections()) {
      return Optional.of("skip connections carry the gradient around the activations");
    }
    return GradientPath.of(last, experiment.network()).summary();
  }

  private int finish(Experiment experiment, TrainingLoop loop, EpochSnapshot snapshot,
      TrainingResult result, EpochLog epochLog, List<RunFiles.Input> inputs, PrintWriter out,
      PrintWriter err) {
    Progress progress = result.interrupted() ? snapshot.restore() : loop.progress();
    if (!quiet) {
      result.stoppedEarly().ifPresent(stop -> out.println(stop.message()));
      result.lastEpoch().filter(last -> last.layers().measured()).ifPresent(last -> {
        out.println();
        out.println(String.format(Locale.ROOT, "epoch %d: %s%s", last.epoch(),
            GradientVerdict.of(last).sentence(), why(last, experiment)
                .map(why -> " (" + why + ")").orElse("")));
      });
      out.flush();
    }
    boolean written = writeOutputs(experiment, result, progress, inputs, out, err);
    if (epochLog != null) {
      epochLog.failure().ifPresent(problem -> err.println("warning: --log: " + problem));
    }
    if (result.failure().isPresent()) {
      err.println("error: " + result.failure().get());
      err.flush();
      return ExitCodes.TRAINING_FAILED;
    }
    if (!written) {
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (result.interrupted()) {
      err.println("error: interrupted during epoch " + (progress.epochsCompleted() + 1)
          + (save != null ? "; " + save + " holds epoch " + progress.epochsCompleted()
              + ", from which 'nn train " + save + "' resumes" : ""));
      err.flush();
      return ExitCodes.INTERRUPTED;
    }
    return ExitCodes.OK;
  }

  private void addTable(TrainingLoop loop, Experiment experiment, PrintWriter out,
      StatusLine line) {
    if (quiet) {
      return;
    }
    EpochTable table = new EpochTable(out,
        statistics(experiment) ? EpochTable.weightedLayers(experiment.network()) : List.of(),
        experiment.data().classification(), experiment.validation().isPresent(),
        experiment.config().schedule().isPresent());
    table.printHeader();
    loop.listen(new TrainingListener() {
      @Override
      public void onEpochEnd(EpochStats stats, TrainingControl control) {
        line.printAbove(() -> table.printRow(stats));
      }
    });
  }

  private static int batchRows(Experiment experiment) {
    return Math.min(experiment.config().training().batchSize(), experiment.data().size());
  }

  private static boolean statistics(Experiment experiment) {
    return experiment.config().training().statistics() != TrainingConfig.Statistics.OFF;
  }

  private void checkOptions() {
    if (checkpointEvery != null) {
      if (checkpointEvery < 1) {
        throw new ConfigException(Location.ofFile("--checkpoint-every"), "",
            "expected a positive number of epochs, found " + checkpointEvery);
      }
      if (save == null) {
        throw new ConfigException(Location.ofFile("--checkpoint-every"), "",
            "rewrites the --save file, so it needs --save FILE.yaml");
      }
    }
  }

  private void checkOutputs(List<RunFiles.Input> inputs) {
    Map<String, Path> outputs = new LinkedHashMap<>();
    if (report != null) {
      outputs.put("--report", report);
    }
    if (save != null) {
      outputs.put("--save", save);
    }
    if (log != null) {
      outputs.put("--log", log);
    }
    outputs.forEach((option, file) -> OutputFiles.checkFile(file, option));
    RunFiles.checkOutputs(outputs, inputs);
  }

  private static List<Path> kept(List<RunFiles.Input> inputs) {
    return inputs.stream().map(RunFiles.Input::path).toList();
  }

  // Each output is tried even when another fails, so that one bad path loses no other output.
  private boolean writeOutputs(Experiment experiment, TrainingResult result, Progress progress,
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
    if (save != null && result.failure().isPresent() && replacesTheCheckpoint(inputs)) {
      // The file holds the last resumable state (the one resumed from, or a later
      // --checkpoint-every); a failed run's mid-epoch values must not take its place.
      if (!quiet) {
        out.println("model not saved: " + save + " keeps the last checkpoint written, from "
            + "which training can resume");
      }
    } else if (save != null) {
      // A failed run's parameters are from before the failing batch, in the middle of an epoch:
      // saved as a model to look at or start again from, not as a run to resume.
      Optional<Progress> resumable = result.failure().isPresent() ? Optional.empty()
          : Optional.of(progress);
      written &= tryWrite(err, () -> {
        OutputFiles.save(save, ResolvedConfig.trained(experiment, resumable, save),
            kept(inputs), "--save");
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

  private boolean replacesTheCheckpoint(List<RunFiles.Input> inputs) {
    return inputs.stream().anyMatch(input -> input.checkpoint() && RunFiles.same(save,
        input.path()));
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
