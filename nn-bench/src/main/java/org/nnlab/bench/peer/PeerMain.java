package org.nnlab.bench.peer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnlab.api.Matrix;
import org.nnlab.core.config.ExperimentBuilder;
import org.nnlab.core.config.ExperimentConfig;
import org.nnlab.core.data.Dataset;
import org.nnlab.core.registry.Registry;
import org.nnlab.core.registry.RegistryLoader;
import org.nnlab.core.train.Engine;
import org.nnlab.core.train.Evaluator;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TrainingResult;

/**
 * nnlab as a peer of the benchmark harness in {@code bench/} ({@code run_peers.sh}, peer {@code
 * nnlab}): reads {@code manifest.txt} and the data files from {@code BENCH_DATA}, builds each
 * workload as an experiment configuration (explicit dense layers carrying the harness's initial
 * weights and biases, plain SGD, no shuffling), trains one epoch per run through the {@link
 * org.nnlab.core.train.TrainingLoop} that {@code nn train} runs, and prints the harness's {@code
 * RESULT} lines: peer {@code nnlab} for {@code training.statistics: off}, {@code nnlab-stats} for
 * {@code every_batch}.
 *
 * <p>Each dtype the harness asks for runs with that {@code engine.precision}: float64 or float32.
 *
 * <p>The data reach the experiment in memory: the configuration holds the first batch inline
 * (validated and encoded by nnlab like any inline data, and sizing the network's batch buffers),
 * and the prepared experiment is then given the whole run's samples ({@link
 * Experiment#withTrainingData}), encoded the same way. Writing 60,000 x 784 numbers inline or as CSV would cost far more than the run.
 */
public final class PeerMain {
  private PeerMain() {}

  /** Runs the harness protocol; exits 1 when a workload failed. */
  public static void main(String[] argv) throws Exception {
    PeerArgs args;
    try {
      args = PeerArgs.parse(argv);
    } catch (IllegalArgumentException e) {
      System.err.println("nn-bench/peer: " + e.getMessage());
      System.exit(2);
      return;
    }
    int failures;
    try {
      failures = run(args, dataDir(), System.out, System.err);
    } catch (IllegalArgumentException | IOException e) {
      // An unknown workload, or a manifest that is missing or cannot be read.
      System.err.println("nn-bench/peer: " + (e instanceof java.nio.file.NoSuchFileException
          ? e.getMessage() + " not found; set BENCH_DATA to the harness's data folder"
          : e.getMessage()));
      System.exit(2);
      return;
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /** {@code BENCH_DATA}, else {@code -Dbench.data}, else {@code data}. */
  static Path dataDir() {
    String d = System.getenv("BENCH_DATA");
    if (d != null && !d.isEmpty()) {
      return Path.of(d);
    }
    return Path.of(System.getProperty("bench.data", "data"));
  }

  /**
   * Runs every selected workload, dtype and statistics setting.
   *
   * @return the number of workloads that failed
   */
  static int run(PeerArgs args, Path dataDir, PrintStream out, PrintStream err)
      throws IOException {
    Map<String, PeerWorkload> manifest = PeerWorkload.readManifest(dataDir);
    Engine engine = Engine.threads(args.threads);
    Registry registry = RegistryLoader.loadBuiltIns();
    String version = "nnlab-" + System.getProperty("nnlab.commit", "dev");
    int failures = 0;
    for (PeerWorkload w : args.selected(manifest)) {
      try {
        Data data = null;
        // Each run's samples, built once per workload for every statistics setting.
        Map<Integer, Matrix[]> streams = new LinkedHashMap<>();
        for (String dtype : args.dtypeList()) {
          if (data == null) {
            data = Data.load(dataDir, w);
          }
          for (String statistics : args.statisticsList()) {
            runOne(w, data, streams, dtype, statistics, args, engine, registry, version, out,
                err);
          }
        }
      } catch (RuntimeException | IOException e) {
        failures++;
        err.println("  nnlab    " + w.name() + " FAILED: " + e);
        e.printStackTrace(err);
      }
    }
    return failures;
  }

  private static void runOne(PeerWorkload w, Data data, Map<Integer, Matrix[]> streams,
      String dtype, String statistics, PeerArgs args, Engine engine, Registry registry, String version,
      PrintStream out, PrintStream err) {
    int samples = args.samplesFor(w);
    int warmSamples = args.warmSamples(w);
    int bufferRows = Math.min(w.batch(), samples);
    ExperimentConfig config = config(w, data, dtype, statistics, bufferRows);
    double[] loss = new double[2];
    double[] rates = new double[args.repsFor(w.name())];
    for (int r = -args.warmup; r < rates.length; r++) {
      boolean warm = r < 0;
      int n = warm ? warmSamples : samples;
      Matrix[] stream = streams.computeIfAbsent(n, k -> data.stream(w, k));
      Experiment prepared = engine.prepare(config, registry);
      Experiment experiment = withData(prepared, stream[0], stream[1], n);
      loss[0] = evalLoss(experiment, data.eval, bufferRows);
      var loop = engine.loop(experiment);
      long t0 = System.nanoTime();
      TrainingResult result = loop.run();
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (!result.succeeded()) {
        throw new IllegalStateException(w.name() + ": training failed: "
            + result.failure().orElse("?"));
      }
      loss[1] = evalLoss(experiment, data.eval, bufferRows);
      if (!warm) {
        rates[r] = n / seconds;
      }
    }
    String peer = statistics.equals("off") ? "nnlab" : "nnlab-stats";
    out.println("RESULT," + resultRow(peer, w, dtype, args.threads, rates, loss[0], loss[1],
        version, args.note(w)));
    out.flush();
    double med = median(rates);
    err.printf(Locale.ROOT,
        "  %-8s %-16s %-8s t=%d %12.1f samples/s  [%.1f .. %.1f]  %7.2f GFLOP/s  loss %.5g -> %.5g%n",
        peer, w.name(), dtype, args.threads, med, min(rates), max(rates),
        w.flopsPerSample() * med / 1e9, loss[0], loss[1]);
  }

  /** The RESULT row's fields after {@code RESULT,}, formatted as benchcommon.Bench.emit does. */
  static String resultRow(String peer, PeerWorkload w, String dtype, int threads, double[] rates,
      double lossBefore, double lossAfter, String version, String note) {
    double med = median(rates);
    return String.join(",", peer, w.name(), dtype, Integer.toString(threads), f1(med),
        f1(min(rates)), f1(max(rates)), Integer.toString(rates.length),
        String.format(Locale.ROOT, "%.3f", w.flopsPerSample() * med / 1e9),
        String.format(Locale.ROOT, "%.6g", lossBefore),
        String.format(Locale.ROOT, "%.6g", lossAfter), version,
        note == null ? "" : note.replace(',', ';'));
  }

  /**
   * The workload as an nnlab configuration: explicit dense layers with the harness's initial
   * parameters, the loss, plain SGD, one epoch without shuffling, the precision {@code dtype}
   * ({@code float32} or {@code float64}), and the first {@code
   * inlineRows} samples of the run inline.
   */
  static ExperimentConfig config(PeerWorkload w, Data data, String dtype, String statistics,
      int inlineRows) {
    int layerCount = w.layers().length - 1;
    List<Map<String, Object>> layers = new ArrayList<>();
    for (int l = 0; l < layerCount; l++) {
      int in = w.layers()[l];
      int units = w.layers()[l + 1];
      Map<String, Object> layer = new LinkedHashMap<>();
      layer.put("type", "dense");
      layer.put("units", units);
      layer.put("activation", l < layerCount - 1 ? activation(w.act()) : outputActivation(w));
      double[][] weights = new double[units][in];
      for (int o = 0; o < units; o++) {
        for (int i = 0; i < in; i++) {
          weights[o][i] = data.weights[l][o * in + i];
        }
      }
      layer.put("weights", weights);
      layer.put("biases", toDoubles(data.biases[l]));
      layers.add(layer);
    }
    Matrix[] first = data.stream(w, inlineRows);
    return new ExperimentBuilder(w.name())
        .seed(1)
        .inputs(w.inputs())
        .set("model.layers", layers)
        .loss(w.isCrossEntropy() ? "cross_entropy" : w.loss())
        .optimizer("sgd", Map.of("learning_rate", w.lr()))
        .epochs(1)
        .batchSize(w.batch())
        .set("training.shuffle", false)
        .set("training.statistics", statistics)
        .set("engine.precision", dtype)
        .inlineData(first[0].toArray(), first[1].toArray())
        .build();
  }

  private static String activation(String harnessName) {
    return harnessName.equals("identity") ? "linear" : harnessName;
  }

  private static String outputActivation(PeerWorkload w) {
    if (w.out().equals("softmax")) {
      if (!w.isCrossEntropy()) {
        throw new IllegalArgumentException(w.name() + ": a softmax output is supported with loss "
            + "ce only (nnlab fuses softmax into cross_entropy)");
      }
      return "linear";
    }
    if (w.isCrossEntropy()) {
      throw new IllegalArgumentException(w.name() + ": loss ce needs out=softmax, not " + w.out());
    }
    return activation(w.out());
  }

  /** The prepared experiment with the run's samples, encoded like the inline ones. */
  static Experiment withData(Experiment e, Matrix inputs, Matrix targets, int samples) {
    return e.withTrainingData(inputs, targets, e.config().name() + ", " + samples + " samples");
  }

  /** The mean loss over the evaluation rows, in chunks the network's buffers hold. */
  static double evalLoss(Experiment e, Dataset data, int chunk) {
    Evaluator evaluator = new Evaluator(e.network(), e.loss(), false, e.outputTransform(), chunk);
    evaluator.addAll(data, chunk);
    return evaluator.loss();
  }

  private static double[] toDoubles(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A workload's files: float32 values as stored (float64 runs upcast them). */
  static final class Data {
    final float[] x;
    final float[] yValues;
    final int[] yLabels;
    final float[][] weights;
    final float[][] biases;
    final Dataset eval;

    private Data(PeerWorkload w, float[] x, float[] yValues, int[] yLabels, float[] params) {
      this.x = x;
      this.yValues = yValues;
      this.yLabels = yLabels;
      if ((long) w.rows() * w.inputs() != x.length) {
        throw new IllegalArgumentException(w.name() + ": " + w.xFile() + " holds " + x.length
            + " numbers, not rows x inputs = " + (long) w.rows() * w.inputs());
      }
      long targets = yValues != null ? yValues.length : yLabels.length;
      long expected = w.isCrossEntropy() ? w.rows() : (long) w.rows() * w.outputs();
      if (targets != expected) {
        throw new IllegalArgumentException(w.name() + ": " + w.yFile() + " holds " + targets
            + " numbers, not " + expected);
      }
      int layerCount = w.layers().length - 1;
      weights = new float[layerCount][];
      biases = new float[layerCount][];
      int off = 0;
      for (int l = 0; l < layerCount; l++) {
        int in = w.layers()[l];
        int out = w.layers()[l + 1];
        if (off + (long) in * out + out > params.length) {
          throw new IllegalArgumentException(w.name() + ": " + w.paramsFile() + " is too short");
        }
        weights[l] = Arrays.copyOfRange(params, off, off + in * out);
        off += in * out;
        biases[l] = Arrays.copyOfRange(params, off, off + out);
        off += out;
      }
      if (off != params.length) {
        throw new IllegalArgumentException(w.name() + ": " + w.paramsFile() + " holds "
            + params.length + " numbers, the layers " + off);
      }
      int evalRows = Math.min(w.evalN(), w.rows());
      Matrix[] rows = rowsOf(w, 0, evalRows);
      eval = new Dataset(rows[0], rows[1], List.of(), false,
          w.name() + ", " + evalRows + " evaluation rows", List.of(), List.of());
    }

    static Data load(Path dir, PeerWorkload w) throws IOException {
      ByteBuffer xb = read(dir.resolve(w.xFile()));
      float[] x = new float[xb.remaining() / 4];
      xb.asFloatBuffer().get(x);
      ByteBuffer y = read(dir.resolve(w.yFile()));
      float[] yValues = null;
      int[] yLabels = null;
      if (w.isCrossEntropy()) {
        yLabels = new int[y.remaining() / 4];
        y.asIntBuffer().get(yLabels);
      } else {
        yValues = new float[y.remaining() / 4];
        y.asFloatBuffer().get(yValues);
      }
      ByteBuffer p = read(dir.resolve(w.paramsFile()));
      float[] params = new float[p.remaining() / 4];
      p.asFloatBuffer().get(params);
      return new Data(w, x, yValues, yLabels, params);
    }

    private static ByteBuffer read(Path file) throws IOException {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        if (ch.size() > Integer.MAX_VALUE || ch.size() % 4 != 0) {
          throw new IOException(file + ": " + ch.size() + " bytes, not a float32/int32 array");
        }
        ByteBuffer bb = ByteBuffer.allocate((int) ch.size()).order(ByteOrder.LITTLE_ENDIAN);
        while (bb.hasRemaining() && ch.read(bb) >= 0) {
          // keep reading
        }
        bb.flip();
        return bb;
      }
    }

    /**
     * The first {@code samples} samples of a run: rows in file order, cycling when the run is
     * longer than the file (W1 repeats its one row), as inputs and encoded targets.
     */
    Matrix[] stream(PeerWorkload w, int samples) {
      return rowsOf(w, 0, samples);
    }

    private Matrix[] rowsOf(PeerWorkload w, int start, int samples) {
      int in = w.inputs();
      int out = w.outputs();
      Matrix inputs = new Matrix(samples, in);
      Matrix targets = new Matrix(samples, out);
      double[] xi = inputs.data();
      double[] ti = targets.data();
      for (int s = 0; s < samples; s++) {
        int row = (start + s) % w.rows();
        for (int i = 0; i < in; i++) {
          xi[s * in + i] = x[row * in + i];
        }
        if (yLabels != null) {
          int label = yLabels[row];
          if (label < 0 || label >= out) {
            throw new IllegalArgumentException(w.name() + ": label " + label + " in row " + row
                + " is not a class of " + out + " outputs");
          }
          ti[s * out + label] = 1.0;
        } else {
          for (int k = 0; k < out; k++) {
            ti[s * out + k] = yValues[row * out + k];
          }
        }
      }
      return new Matrix[] {inputs, targets};
    }
  }
}
