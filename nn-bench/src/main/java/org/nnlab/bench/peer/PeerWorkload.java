package org.nnlab.bench.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One workload of the peer harness, as {@code common/gen_data.py} writes it into {@code
 * manifest.txt}: one line of {@code key=value} pairs per workload.
 *
 * @param name the workload's name, such as {@code W3-mnist-mlp}
 * @param layers the unit counts from the inputs to the outputs
 * @param act the hidden layers' activation
 * @param out the output activation: {@code identity}, {@code sigmoid}, or {@code softmax}
 *     (with {@code ce}, fused into the loss)
 * @param loss {@code mse} or {@code ce}
 * @param batch the batch size
 * @param n the samples (optimizer steps for batch 1) of one timed run
 * @param rows the rows stored in the data files; a run cycles through them in file order
 * @param lr the SGD learning rate
 * @param evalN the samples the loss is measured on before and after training
 * @param xFile the inputs, {@code rows x in} float32 little-endian
 * @param yFile the targets: {@code rows x out} float32 (mse) or {@code rows} int32 labels (ce)
 * @param paramsFile for each layer W {@code (out, in)} row-major then b, float32
 */
public record PeerWorkload(String name, int[] layers, String act, String out, String loss,
    int batch, int n, int rows, double lr, int evalN, String xFile, String yFile,
    String paramsFile) {

  /** Whether the loss is softmax cross-entropy over class labels. */
  public boolean isCrossEntropy() {
    return loss.equals("ce");
  }

  /** The input width. */
  public int inputs() {
    return layers[0];
  }

  /** The output width. */
  public int outputs() {
    return layers[layers.length - 1];
  }

  /** The weights, biases excluded. */
  public long weights() {
    long w = 0;
    for (int i = 0; i + 1 < layers.length; i++) {
      w += (long) layers[i] * layers[i + 1];
    }
    return w;
  }

  /** The harness's FLOP estimate per sample: 6 x weights. */
  public double flopsPerSample() {
    return 6.0 * weights();
  }

  /** Reads {@code manifest.txt} from the data folder, keeping the file's order. */
  public static Map<String, PeerWorkload> readManifest(Path dataDir) throws IOException {
    return parse(Files.readAllLines(dataDir.resolve("manifest.txt")));
  }

  /** Parses the lines of a manifest; blank lines are skipped. */
  public static Map<String, PeerWorkload> parse(List<String> lines) {
    Map<String, PeerWorkload> workloads = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> kv = new HashMap<>();
      for (String pair : line.trim().split("\\s+")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("manifest: not key=value: '" + pair + "' in: " + line);
        }
        kv.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      PeerWorkload w = new PeerWorkload(get(kv, "name"),
          Arrays.stream(get(kv, "layers").split(",")).mapToInt(Integer::parseInt).toArray(),
          get(kv, "act"), get(kv, "out"), get(kv, "loss"),
          Integer.parseInt(get(kv, "batch")), Integer.parseInt(get(kv, "n")),
          Integer.parseInt(get(kv, "rows")), Double.parseDouble(get(kv, "lr")),
          Integer.parseInt(get(kv, "eval_n")), get(kv, "x"), get(kv, "y"), get(kv, "params"));
      if (w.layers().length < 2) {
        throw new IllegalArgumentException("manifest: " + w.name() + " needs at least 2 layer sizes");
      }
      workloads.put(w.name(), w);
    }
    return workloads;
  }

  private static String get(Map<String, String> kv, String key) {
    String v = kv.get(key);
    if (v == null) {
      throw new IllegalArgumentException("manifest: missing '" + key + "' in " + kv);
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerWorkload w && w.name.equals(name) && Arrays.equals(w.layers, layers)
        && w.act.equals(act) && w.out.equals(out) && w.loss.equals(loss) && w.batch == batch
        && w.n == n && w.rows == rows && w.lr == lr && w.evalN == evalN && w.xFile.equals(xFile)
        && w.yFile.equals(yFile) && w.paramsFile.equals(paramsFile);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(layers);
  }

  @Override
  public String toString() {
    return name + " " + Arrays.toString(layers) + " " + act + "/" + out + " " + loss;
  }
}
