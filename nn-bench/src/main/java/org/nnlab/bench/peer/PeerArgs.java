package org.nnlab.bench.peer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer harness's command line, as {@code common/java/benchcommon/Bench.java} reads it, plus
 * {@code --statistics}: {@code --threads N --workloads a,b|all --dtypes float32,float64 --reps N
 * --reps-big N --warmup N --max-samples NAME=N,... --statistics off,every_batch}.
 */
public final class PeerArgs {
  int threads = 2;
  int reps = 3;
  int repsBig = 3;
  int warmup = 1;
  final Map<String, Integer> maxSamples = new HashMap<>();
  String workloads = "all";
  String dtypes = "float32,float64";
  String statistics = "off,every_batch";

  /** Parses the arguments; an unknown one is an {@link IllegalArgumentException}. */
  public static PeerArgs parse(String[] a) {
    PeerArgs r = new PeerArgs();
    for (int i = 0; i < a.length; i++) {
      String k = a[i];
      if (i + 1 >= a.length) {
        throw new IllegalArgumentException(k + " needs a value");
      }
      String v = a[++i];
      switch (k) {
        case "--threads" -> r.threads = atLeast(k, v, 1);
        case "--workloads" -> r.workloads = v;
        case "--dtypes" -> r.dtypes = v;
        case "--reps" -> r.reps = atLeast(k, v, 1);
        case "--reps-big" -> r.repsBig = atLeast(k, v, 1);
        case "--warmup" -> r.warmup = atLeast(k, v, 0);
        case "--statistics" -> r.statistics = v;
        case "--max-samples" -> {
          for (String p : v.split(",")) {
            if (!p.isEmpty()) {
              String[] q = p.split("=", -1);
              if (q.length != 2 || q[0].isEmpty()) {
                throw new IllegalArgumentException(k + ": expected NAME=N, found " + p);
              }
              r.maxSamples.put(q[0], atLeast(k + " " + q[0], q[1], 1));
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown argument " + k);
      }
    }
    for (String s : r.statisticsList()) {
      if (!s.equals("off") && !s.equals("every_batch")) {
        throw new IllegalArgumentException("--statistics: off or every_batch, not " + s);
      }
    }
    return r;
  }

  private static int atLeast(String option, String value, int min) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": expected an integer, found " + value);
    }
    if (number < min) {
      throw new IllegalArgumentException(option + ": expected at least " + min + ", found "
          + number);
    }
    return number;
  }

  /** The harness's "big" workloads (W3, W4), which take {@code --reps-big}. */
  boolean isBig(String name) {
    return name.startsWith("W3") || name.startsWith("W4");
  }

  int repsFor(String name) {
    return isBig(name) ? repsBig : reps;
  }

  /** Samples (for batch 1: steps) of one timed run. */
  int samplesFor(PeerWorkload w) {
    return Math.min(w.n(), maxSamples.getOrDefault(w.name(), w.n()));
  }

  /** Samples of one warm-up run: 10 % of W1, 25 % of W3/W4 in whole batches, all of others. */
  int warmSamples(PeerWorkload w) {
    int n = samplesFor(w);
    if (w.name().startsWith("W1")) {
      return Math.max(1, n / 10);
    }
    if (isBig(w.name())) {
      return Math.max(w.batch(), (n / 4) / w.batch() * w.batch());
    }
    return n;
  }

  String note(PeerWorkload w) {
    int n = samplesFor(w);
    return n < w.n() ? "partial: " + n + " of " + w.n()
        + (w.name().startsWith("W1") ? " steps" : " samples") : "";
  }

  List<PeerWorkload> selected(Map<String, PeerWorkload> manifest) {
    List<PeerWorkload> out = new ArrayList<>();
    if (workloads.equals("all")) {
      out.addAll(manifest.values());
    } else {
      for (String s : workloads.split(",")) {
        PeerWorkload w = manifest.get(s);
        if (w == null) {
          throw new IllegalArgumentException("unknown workload " + s + "; the manifest has "
              + manifest.keySet());
        }
        out.add(w);
      }
    }
    return out;
  }

  List<String> dtypeList() {
    return List.of(dtypes.split(","));
  }

  List<String> statisticsList() {
    return List.of(statistics.split(","));
  }
}
