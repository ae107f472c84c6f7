package org.nnlab.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Parameter;
import org.nnlab.core.config.ConfigReader;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.train.Experiment;
import org.nnlab.core.train.TestExperiments;
import org.nnlab.core.train.TrainingResult;

class SavedModelTest {
  private static final String CONFIG = """
      name: saved
      seed: 12
      model: {inputs: 2, hidden: [6, 5], activation: tanh, outputs: 2, init: he_normal}
      loss: cross_entropy
      optimizer: {type: sgd, learning_rate: 0.1, momentum: 0.5}
      training: {epochs: 3, batch_size: 16}
      data: {synthetic: {name: circles, samples: 80, noise: 0.05}}
      """;

  private static Experiment reload(Path file) {
    return Experiment.prepare(new ConfigReader().read(file), TestExperiments.REGISTRY,
        Kernels.defaults());
  }

  @Test
  void savedModelLoadsWithBitIdenticalParameters(@TempDir Path folder) throws Exception {
    Experiment trained = TestExperiments.fromYaml(CONFIG);
    TestExperiments.train(trained);
    Path file = folder.resolve("out/model.yaml");
    AtomicFiles.write(file, YamlWriter.write(ResolvedConfig.trained(trained, Optional.empty(), file)));

    Experiment loaded = reload(file);
    List<Parameter> expected = trained.network().parameters();
    List<Parameter> actual = loaded.network().parameters();
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i).values(), actual.get(i).values(), 0.0,
          expected.get(i).toString());
    }
  }

  @Test
  void savedModelKeepsEverySettingAndTrainsOnFromWhereItStopped(@TempDir Path folder)
      throws Exception {
    Experiment trained = TestExperiments.fromYaml(CONFIG);
    TrainingResult first = TestExperiments.train(trained);
    Path file = folder.resolve("model.yaml");
    AtomicFiles.write(file, YamlWriter.write(ResolvedConfig.trained(trained, Optional.empty(), file)));

    Experiment loaded = reload(file);
    assertEquals("saved", loaded.config().name());
    assertEquals(12, loaded.config().seed());
    assertEquals(3, loaded.config().training().epochs());
    assertEquals(0.5, loaded.resolvedOptimizer().get("momentum"));
    assertEquals("he_normal", loaded.network().layers().get(0).description().init());
    TrainingResult more = TestExperiments.train(loaded);
    assertEquals(3, more.epochs().size());
    double lastLoss = first.epochs().get(2).loss();
    double continued = more.epochs().get(0).loss();
    assertEquals(true, continued < first.epochs().get(0).loss(),
        "continued training starts at loss " + continued + ", first run ended near " + lastLoss);
  }

  @Test
  void csvPathIsRewrittenRelativeToTheSavedFile(@TempDir Path folder) throws Exception {
    Path data = folder.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("points.csv"), "x1,x2,y\n0,0,0\n1,1,1\n0,1,1\n1,0,1\n");
    Path config = data.resolve("model.yaml");
    Files.writeString(config, """
        model: {inputs: 2, layers: [{units: 1, activation: sigmoid}]}
        loss: mse
        data: {csv: {path: points.csv, target: y}}
        """);
    Experiment experiment = reload(config);
    Path saved = folder.resolve("models/trained.yaml");
    AtomicFiles.write(saved, YamlWriter.write(ResolvedConfig.trained(experiment, Optional.empty(), saved)));
    assertEquals(4, reload(saved).data().size());
  }
}
