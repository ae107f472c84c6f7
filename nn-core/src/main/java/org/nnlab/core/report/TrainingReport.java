package org.nnlab.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.model.LayerDescription;
import org.nnlab.core.model.NetworkLayer;
import org.nnlab.core.stats.EpochStats;
import org.nnlab.core.stats.EpochStatsTree;
import org.nnlab.core.stats.GradientVerdict;
import org.nnlab.core.train.Divergence;
import org.nnlab.core.train.EarlyStop;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.PluginFailure;
import org.nnlab.core.train.TrainingResult;

/**
 * The JSON report of a training run, documented in {@code docs/report.md}: the resolved
 * configuration, the layers, one object per epoch, the gradient verdict of the last epoch, and
 * the divergence or plugin failure if training stopped early.
 * Values that do not apply are {@code null}.
 */
public final class TrainingReport {
  // How the run computed: the precision, and the kernels the header names.
  private static Map<String, Object> engine(Experiment experiment) {
    Map<String, Object> engine = new LinkedHashMap<>();
    engine.put("precision", experiment.config().engine().precision().configName());
    engine.put("backend", experiment.config().engine().backend());
    engine.put("kernels", experiment.kernels().kind());
    return engine;
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .registerModule(new SimpleModule().addSerializer(Double.class, new FiniteOrNull()));

  static {
    JSON.getFactory().setCharacterEscapes(new JsonEscapes());
  }

  private TrainingReport() {}

  /** Builds the report as a tree of maps and lists. */
  public static Map<String, Object> tree(Experiment experiment, TrainingResult result) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("config", ResolvedConfig.initial(experiment));
    report.put("engine", engine(experiment));
    report.put("layers", layers(experiment));
    List<Object> epochs = new ArrayList<>();
    for (EpochStats stats : result.epochs()) {
      epochs.add(epoch(stats));
    }
    report.put("epochs", epochs);
    report.put("verdict", result.lastEpoch().filter(e -> e.layers().measured())
        .map(TrainingReport::verdict).orElse(null));
    report.put("diverged", result.divergence().map(TrainingReport::divergence).orElse(null));
    report.put("plugin_failure",
        result.pluginFailure().map(TrainingReport::pluginFailure).orElse(null));
    if (result.stoppedEarly().isPresent()) {
      report.put("stopped_early", stoppedEarly(result.stoppedEarly().get()));
    }
    return report;
  }

  /** Renders the report as JSON text. */
  public static String json(Experiment experiment, TrainingResult result) {
    return toJson(tree(experiment, result));
  }

  /** Writes the report atomically. */
  public static void write(Path file, Experiment experiment, TrainingResult result)
      throws IOException {
    AtomicFiles.write(file, json(experiment, result));
  }

  /** Renders any tree of maps, lists and scalars as JSON, writing non-finite numbers as null. */
  public static String toJson(Object tree) {
    try {
      return JSON.writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render report", e);
    }
  }

  private static List<Object> layers(Experiment experiment) {
    List<Object> layers = new ArrayList<>();
    for (NetworkLayer layer : experiment.network().layers()) {
      LayerDescription d = layer.description();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("index", d.index());
      entry.put("type", d.type());
      entry.put("inputs", d.inputs());
      entry.put("units", d.units());
      entry.put("activation", d.activation());
      entry.put("parameters", d.parameterCount());
      layers.add(entry);
    }
    return layers;
  }

  /** One epoch's statistics with the documented keys. */
  public static Map<String, Object> epoch(EpochStats stats) {
    return EpochStatsTree.write(stats);
  }

  private static Map<String, Object> stoppedEarly(EarlyStop stop) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("epoch", stop.epoch());
    entry.put("best_epoch", stop.bestEpoch());
    entry.put("monitor", stop.monitor());
    entry.put("best", stop.best());
    entry.put("restored_best", stop.restoredBest());
    return entry;
  }

  private static Map<String, Object> verdict(EpochStats last) {
    GradientVerdict verdict = GradientVerdict.of(last);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("epoch", last.epoch());
    entry.put("ratio", verdict.ratio());
    entry.put("kind", verdict.kind().word());
    entry.put("sentence", verdict.sentence());
    return entry;
  }

  private static Map<String, Object> pluginFailure(PluginFailure failure) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("epoch", failure.epoch());
    entry.put("batch", failure.batch());
    entry.put("layer", failure.layer() == 0 ? null : failure.layer());
    entry.put("kind", failure.plugin().kind().noun());
    entry.put("name", failure.plugin().name());
    entry.put("class", failure.plugin().className());
    entry.put("source", failure.plugin().where());
    entry.put("message", failure.message());
    return entry;
  }

  private static Map<String, Object> divergence(Divergence divergence) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("epoch", divergence.epoch());
    entry.put("batch", divergence.batch());
    entry.put("layer", divergence.layer() == 0 ? null : divergence.layer());
    entry.put("message", divergence.message());
    return entry;
  }

  private static final class FiniteOrNull extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      if (value == null || !Double.isFinite(value)) {
        out.writeNull();
      } else {
        out.writeNumber(value);
      }
    }
  }
}
