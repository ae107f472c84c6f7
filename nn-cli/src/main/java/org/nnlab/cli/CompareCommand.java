package org.nnlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nnlab.cli.compare.Charts;
import org.nnlab.cli.compare.HtmlReport;
import org.nnlab.cli.compare.ProgressBar;
import org.nnlab.cli.compare.SummaryTable;
import org.nnlab.core.compare.Comparison;
import org.nnlab.core.compare.ComparisonJson;
import org.nnlab.core.compare.ComparisonRunner;
import org.nnlab.core.compare.Grid;
import org.nnlab.core.compare.GridParser;
import org.nnlab.core.compare.PlannedRun;
import org.nnlab.core.compare.RunOutcome;
import org.nnlab.core.compare.RunsCsv;
import org.nnlab.core.config.ConfigChange;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ControlCharacters;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.report.FolderLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nn compare}: runs an experiment grid, several seeds per point, in parallel, and shows
 * the gradients side by side: a table in the terminal, and CSV, JSON, charts and an HTML report
 * in the output folder.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Run CONFIG for every combination of the --vary values (or the config's compare.vary) "
          + "and named compare.points, "
          + "with several seeds each, and compare their gradient flow.",
      "Writes runs.csv, summary.json, gradient-flow.png, first-layer-gradient.png, loss.png, "
          + "accuracy.png (classification only) and report.html to the output folder.",
      "Exit codes: 0 all runs succeeded, 1 some run failed or diverged, 2 bad usage or input, "
          + "130 interrupted (the finished runs are still written)."
    })
final class CompareCommand implements Callable<Integer> {
  /**
   * The files written to the output folder, in the order listed to the user; {@code
   * accuracy.png} only for classification.
   */
  static final List<String> FILES = List.of("runs.csv", "summary.json", "report.html",
      "gradient-flow.png", "first-layer-gradient.png", "loss.png", "accuracy.png");

  @Spec CommandSpec spec;

  @ParentCommand NnCommand nn;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The experiment's YAML file.")
  Path config;

  @Option(names = "--vary", paramLabel = "KEY=VALUES", description = "Vary a setting by its "
      + "dotted key path: comma-separated values (model.activation=sigmoid,tanh,relu) or a YAML "
      + "flow list ('model.hidden=[[32,32],[64,64]]'). Repeatable: several make the cross "
      + "product. Replaces the config's compare.vary.")
  List<String> varies = new ArrayList<>();

  @Option(names = "--seeds", paramLabel = "N", description = "Run every grid point with N "
      + "seeds: seed, seed+1, ... (default: compare.seeds, else 1).")
  Integer seeds;

  @Option(names = "--jobs", paramLabel = "N", description = "Runs trained at once (default: "
      + "the number of cores, ${DEFAULT-VALUE}). Results do not depend on it.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: "
      + "runs/<name>-<timestamp>).")
  Path out;

  @Option(names = "--precision", paramLabel = "P", description = "Compute in float64 (exact, "
      + "the default) or float32 (overrides engine.precision).")
  String precision;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one value of the "
      + "base config for every run. Repeatable.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--epochs", paramLabel = "N", description = "Train N epochs per run (overrides "
      + "training.epochs).")
  String epochs;

  @Option(names = {"-q", "--quiet"}, description = "Print only the table and errors.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (jobs < 1 || jobs > 256) {
      throw new ConfigException(Location.ofFile("--jobs"), "",
          "expected an integer from 1 to 256, found " + jobs);
    }
    List<Path> pluginFolders = nn.pluginFolders();
    Session session = Session.withPlugins(pluginFolders);
    if (!quiet) {
      session.warnAboutPlugins(stderr);
    }
    List<ConfigChange> overrides = Session.changes(settings, epochs, precision);
    YamlMap tree = session.tree(config, overrides);
    ExperimentConfig base = session.validate(tree, config);
    Grid grid = new GridParser().grid(varies, seeds, tree);
    ComparisonRunner runner = new ComparisonRunner(session.registry());
    List<PlannedRun> runs = runner.plan(tree, config, grid);
    Path folder = out != null ? out : defaultFolder(base.name());
    List<ExperimentConfig> configs = new ArrayList<>(List.of(base));
    runs.forEach(run -> configs.add(run.config()));
    FolderLock lock = OutputFiles.claimFolder(folder, "--out",
        RunFiles.inputs(configs, pluginFolders), FILES);
    if (!quiet) {
      stdout.printf(Locale.ROOT, "%s: %d runs (%d grid points x %d seeds) on %d threads -> %s%n",
          ControlCharacters.escape(base.name()), runs.size(), grid.points().size(),
          grid.seeds(), Math.min(jobs, runs.size()), folder);
      stdout.flush();
    }

    Charts.warmUp();
    try (Interruption interruption = Interruption.install("nn-compare-stop")) {
      try {
        long totalEpochs = runs.stream().mapToLong(r -> r.config().training().epochs()).sum();
        List<RunOutcome> outcomes;
        try (ProgressBar progress = new ProgressBar(stderr, runs.size(), totalEpochs,
            !quiet && ProgressBar.stderrIsTerminal())) {
          outcomes = runner.run(runs, jobs, progress, interruption::requested);
        }
        Comparison comparison = Comparison.of(base.name(), config, grid, outcomes);
        List<String> written = write(folder, comparison);
        stdout.println();
        stdout.print(SummaryTable.text(comparison));
        if (!quiet) {
          stdout.println();
          stdout.println("written to " + folder + ": " + String.join(", ", written));
        }
        stdout.flush();
        if (interruption.requested()) {
          stderr.println("error: interrupted; the runs that finished are written to " + folder);
          stderr.flush();
        }
        return comparison.allSucceeded() ? ExitCodes.OK : ExitCodes.TRAINING_FAILED;
      } finally {
        // Released before the Ctrl-C hook lets the JVM end, so that no lock file stays.
        OutputFiles.release(lock);
      }
    }
  }

  // Returns the names written, in the order of FILES.
  private List<String> write(Path folder, Comparison comparison) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("runs.csv", RunsCsv.render(comparison).getBytes(StandardCharsets.UTF_8));
    files.put("summary.json",
        ComparisonJson.render(comparison).getBytes(StandardCharsets.UTF_8));
    List<Charts.Chart> charts = Charts.draw(comparison);
    for (Charts.Chart chart : charts) {
      files.put(chart.fileName(), chart.png());
    }
    String configText;
    try {
      configText = Files.readString(config);
    } catch (IOException e) {
      configText = "(" + config + " could not be read again: " + OutputFiles.reason(e) + ")";
    }
    files.put("report.html", HtmlReport.render(comparison, configText, charts)
        .getBytes(StandardCharsets.UTF_8));
    OutputFiles.writeFolder(folder, files, "--out");
    return FILES.stream().filter(files::containsKey).toList();
  }

  private static Path defaultFolder(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path folder = Path.of("runs", safe + "-" + stamp);
    for (int i = 2; Files.exists(folder); i++) {
      folder = Path.of("runs", safe + "-" + stamp + "-" + i);
    }
    return folder;
  }
}
