package org.nnlab.core.compare;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.ConfigOverrides;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.config.Location;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlScalar;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.PluginCallException;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.report.ResolvedConfig;
import org.nnlab.core.report.TrainingReport;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.train.TrainingControl;
import org.nnlab.core.train.TrainingListener;
import org.nnlab.core.train.TrainingLoop;
import org.nnlab.core.train.TrainingResult;

/**
 * Plans and runs the runs of a comparison.
 *
 * <p>Planning validates every grid point completely (configuration, plugin names and options,
 * data against the model) before anything trains, so a typo in a grid value is a usage error,
 * not a failed run. Running trains the runs on {@code jobs} threads. Each run owns its network,
 * data and random streams, and the kernels give identical results on any number of threads, so
 * every run's numbers are the same whatever {@code jobs} is.
 */
public final class ComparisonRunner {
  private final Registry registry;
  private final ConfigReader reader = new ConfigReader();
  private final ConfigOverrides overrides = new ConfigOverrides();

  /**
   * Creates a runner.
   *
   * @param registry where plugins are found
   */
  public ComparisonRunner(Registry registry) {
    this.registry = registry;
  }

  /**
   * Plans every run: grid point by grid point, seed by seed.
   *
   * @param base the configuration tree, left unchanged
   * @param file the configuration file, for relative data paths
   * @param grid the grid
   * @return the runs, validated
   * @throws ConfigException for the first grid point whose configuration is invalid
   */
  public List<PlannedRun> plan(YamlMap base, Path file, Grid grid) {
    long firstSeed = reader.validate(base.copy(), file).seed();
    List<PlannedRun> runs = new ArrayList<>();
    for (GridPoint point : grid.points()) {
      for (int s = 0; s < grid.seeds(); s++) {
        long seed = firstSeed + s;
        ExperimentConfig config = configure(base, file, grid, point, seed);
        if (s == 0) {
          Experiment.prepare(config, registry, Kernels.singleThreaded());
        }
        runs.add(new PlannedRun(runs.size(), point, seed, config));
      }
    }
    return runs;
  }

  // A point's values are in axis order; a named point's overrides are located in the file.
  private ExperimentConfig configure(
      YamlMap base, Path file, Grid grid, GridPoint point, long seed) {
    YamlMap tree = base.copy();
    for (int i = 0; i < point.paths().size(); i++) {
      if (grid.axes().get(i).named()) {
        YamlMap settings = (YamlMap) point.values().get(i);
        settings.entries().forEach((path, value) ->
            overrides.set(tree, path, value.copy(), settings.keyLocation(path)));
      } else {
        overrides.set(tree, point.paths().get(i), point.values().get(i).copy(),
            grid.axes().get(i).origin());
      }
    }
    tree.put("seed", Location.ofFile("--seeds"),
        new YamlScalar(seed, Long.toString(seed), Location.ofFile("--seeds")));
    return reader.validate(tree, file);
  }

  /**
   * Trains every run.
   *
   * @param runs the planned runs
   * @param jobs how many runs train at once, at least 1
   * @param listener hears about progress, from worker threads
   * @param stop asked before every batch whether to stop (Ctrl-C)
   * @return one outcome per run, in run order
   * @throws IllegalArgumentException if {@code jobs} is less than 1
   */
  public List<RunOutcome> run(
      List<PlannedRun> runs, int jobs, ComparisonListener listener, BooleanSupplier stop) {
    checkArgument(jobs >= 1, "jobs must be at least 1, found %s", jobs);
    // With several runs in parallel the cores are busy already; one thread per run avoids
    // oversubscription and gives the same numbers.
    MatrixKernels kernels =
        Math.min(jobs, runs.size()) > 1 ? Kernels.singleThreaded() : Kernels.defaults();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
      Thread thread = new Thread(runnable, "nn-compare");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<RunOutcome>> futures = new ArrayList<>();
      for (PlannedRun run : runs) {
        futures.add(pool.submit(() -> runOne(run, kernels, listener, stop)));
      }
      List<RunOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        outcomes.add(await(futures.get(i), runs.get(i)));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static RunOutcome await(Future<RunOutcome> future, PlannedRun run) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(run, RunOutcome.Status.INTERRUPTED, "interrupted");
    } catch (ExecutionException e) {
      return failed(run, RunOutcome.Status.FAILED, String.valueOf(e.getCause()));
    }
  }

  private RunOutcome runOne(
      PlannedRun run, MatrixKernels kernels, ComparisonListener listener, BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      return failed(run, RunOutcome.Status.INTERRUPTED, "stopped before it started");
    }
    listener.runStarted(run);
    RunOutcome outcome;
    try {
      Experiment experiment = Experiment.prepare(run.config(), registry, kernels);
      TrainingResult result = new TrainingLoop(experiment, experiment.kernels())
          .listen(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochStats stats, TrainingControl control) {
              listener.epochFinished(run, stats.epoch());
            }
          })
          .run(stop);
      outcome = new RunOutcome(run, status(result), error(result), result.epochs(),
          ResolvedConfig.initial(experiment), TrainingReport.tree(experiment, result));
    } catch (ConfigException | PluginCallException e) {
      outcome = failed(run, RunOutcome.Status.FAILED, e.getMessage());
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError e) {
      outcome = failed(run, RunOutcome.Status.FAILED, e.toString());
    }
    listener.runFinished(outcome);
    return outcome;
  }

  private static RunOutcome.Status status(TrainingResult result) {
    if (result.divergence().isPresent()) {
      return RunOutcome.Status.DIVERGED;
    }
    if (result.pluginFailure().isPresent()) {
      return RunOutcome.Status.FAILED;
    }
    return result.interrupted() ? RunOutcome.Status.INTERRUPTED : RunOutcome.Status.OK;
  }

  private static String error(TrainingResult result) {
    if (result.failure().isPresent()) {
      return result.failure().get();
    }
    return result.interrupted() ? "stopped after " + result.epochs().size() + " epochs" : "";
  }

  private static RunOutcome failed(PlannedRun run, RunOutcome.Status status, String error) {
    return new RunOutcome(run, status, error, List.of(), Map.of(), Map.of());
  }
}
