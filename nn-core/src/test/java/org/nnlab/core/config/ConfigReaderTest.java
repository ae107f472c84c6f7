package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.init.BiasInit;
import org.nnlab.core.init.InitScheme;

class ConfigReaderTest {
  private static final Path FILE = Path.of("experiments", "xor-net.yaml");
  private static final String MINIMAL = """
      model: {inputs: 2, hidden: [8, 4], outputs: 3}
      loss: cross_entropy
      data: {synthetic: {name: spiral}}
      """;

  private static ExperimentConfig read(String yaml) {
    return new ConfigReader().validate(new YamlReader().parse(yaml, FILE.toString()), FILE);
  }

  private static ConfigException refused(String yaml) {
    return assertThrows(ConfigException.class, () -> read(yaml));
  }

  private static long units(LayerConfig layer) {
    return (Long) ((YamlScalar) layer.type().options().get("units").orElseThrow()).value();
  }

  @Test
  void defaultsAreAppliedForEverythingLeftOut() {
    ExperimentConfig config = read(MINIMAL);
    List<LayerConfig> layers = config.model().layers();
    assertAll(
        () -> assertEquals(1, config.training().epochs()),
        () -> assertEquals(32, config.training().batchSize()),
        () -> assertEquals(true, config.training().shuffle()),
        () -> assertEquals(0L, config.seed()),
        () -> assertEquals("sgd", config.optimizer().name()),
        () -> assertEquals(InitScheme.XAVIER_UNIFORM, layers.get(0).init()),
        () -> assertEquals("relu", layers.get(0).activation().name()),
        () -> assertEquals("linear", layers.get(2).activation().name()));
  }

  @Test
  void nameDefaultsToTheFileNameWithoutExtension() {
    assertEquals("xor-net", read(MINIMAL).name());
  }

  @Test
  void mlpShorthandExpandsToOneDenseLayerPerWidth() {
    List<LayerConfig> layers = read(MINIMAL).model().layers();
    assertAll(
        () -> assertEquals(3, layers.size()),
        () -> assertEquals(List.of("dense", "dense", "dense"),
            layers.stream().map(l -> l.type().name()).toList()),
        () -> assertEquals(List.of(8L, 4L, 3L), layers.stream().map(ConfigReaderTest::units)
            .toList()),
        () -> assertEquals(List.of("model.hidden[0]", "model.hidden[1]", "model.outputs"),
            layers.stream().map(LayerConfig::path).toList()));
  }

  @Test
  void shorthandUnitsAreReportedWhereTheWidthWasWritten() {
    LayerConfig first = read(MINIMAL).model().layers().get(0);
    assertEquals(new Location(FILE.toString(), 1, 29), first.type().location());
    assertEquals("model.hidden[0]", first.type().optionPaths().get("units"));
  }

  @Test
  void singleHiddenWidthCountsAsOneLayer() {
    ExperimentConfig config = read(MINIMAL.replace("hidden: [8, 4]", "hidden: 8"));
    assertEquals(2, config.model().layers().size());
  }

  @Test
  void shorthandActivationsApplyToHiddenAndOutputLayers() {
    List<LayerConfig> layers = read(MINIMAL.replace("outputs: 3",
        "outputs: 3, activation: tanh, output_activation: sigmoid")).model().layers();
    assertEquals(List.of("tanh", "tanh", "sigmoid"),
        layers.stream().map(l -> l.activation().name()).toList());
  }

  @Test
  void normalizationGoesBeforeEachHiddenActivationAndDropoutAfterIt() {
    List<LayerConfig> layers = read(MINIMAL.replace("outputs: 3",
        "outputs: 3, activation: tanh, normalization: batch_norm, dropout: 0.25")).model()
        .layers();
    assertAll(
        () -> assertEquals(List.of("dense", "batch_norm", "dropout", "dense", "batch_norm",
            "dropout", "dense"), layers.stream().map(l -> l.type().name()).toList()),
        () -> assertEquals(List.of("linear", "tanh", "linear", "linear", "tanh", "linear",
            "linear"), layers.stream().map(l -> l.activation().name()).toList()),
        () -> assertEquals(List.of("model.hidden[0]", "model.normalization", "model.dropout",
            "model.hidden[1]", "model.normalization", "model.dropout", "model.outputs"),
            layers.stream().map(LayerConfig::path).toList()),
        () -> assertEquals(0.25, ((YamlScalar) layers.get(2).type().options().get("rate")
            .orElseThrow()).value()),
        () -> assertEquals("model.dropout", layers.get(2).type().optionPaths().get("rate")));
  }

  @Test
  void noNormalizationAndNoDropoutLeaveTheShorthandAsItWas() {
    List<LayerConfig> layers = read(MINIMAL.replace("outputs: 3",
        "outputs: 3, normalization: none, dropout: 0")).model().layers();
    assertEquals(List.of("dense", "dense", "dense"),
        layers.stream().map(l -> l.type().name()).toList());
    assertEquals("relu", layers.get(0).activation().name());
  }

  @Test
  void anUnknownNormalizationIsRefusedWithTheKnownOnes() {
    ConfigException e = refused(MINIMAL.replace("outputs: 3", "outputs: 3, normalization: batch"));
    assertEquals("model.normalization", e.keyPath());
    assertTrue(e.getMessage().contains("batch_norm, layer_norm, none"), e.getMessage());
  }

  @Test
  void aDropoutRateOfOneIsRefused() {
    ConfigException e = refused(MINIMAL.replace("outputs: 3", "outputs: 3, dropout: 1"));
    assertEquals(FILE + ":1:57: model.dropout: expected a rate in [0, 1), such as 0.2, found 1",
        e.getMessage());
  }

  @Test
  void explicitLayersKeepTheirOwnTypeActivationAndInit() {
    List<LayerConfig> layers = read("""
        model:
          inputs: 2
          init: he_normal
          layers:
            - {units: 4, activation: tanh, init: standard}
            - {type: dense, units: 1}
        loss: mse
        data: {synthetic: {name: xor}}
        """).model().layers();
    assertAll(
        () -> assertEquals("tanh", layers.get(0).activation().name()),
        () -> assertEquals(InitScheme.STANDARD, layers.get(0).init()),
        () -> assertEquals("linear", layers.get(1).activation().name()),
        () -> assertEquals(InitScheme.HE_NORMAL, layers.get(1).init()),
        () -> assertEquals("model.layers[1].type", layers.get(1).type().namePath()));
  }

  @Test
  void biasesStartAtZerosUnlessTheModelOrALayerNamesABiasInit() {
    assertEquals(List.of(BiasInit.ZEROS, BiasInit.ZEROS, BiasInit.ZEROS),
        read(MINIMAL).model().layers().stream().map(LayerConfig::biasInit).toList());
    assertEquals(List.of(BiasInit.STANDARD, BiasInit.STANDARD, BiasInit.STANDARD),
        read(MINIMAL.replace("outputs: 3", "outputs: 3, bias_init: standard"))
            .model().layers().stream().map(LayerConfig::biasInit).toList());
    List<LayerConfig> layers = read("""
        model:
          inputs: 2
          bias_init: standard
          layers:
            - {units: 4, bias_init: zeros}
            - {units: 1}
        loss: mse
        data: {synthetic: {name: xor}}
        """).model().layers();
    assertEquals(List.of(BiasInit.ZEROS, BiasInit.STANDARD),
        layers.stream().map(LayerConfig::biasInit).toList());
  }

  @Test
  void aTypoOfABiasInitIsRefusedWhereItIsWrittenWithTheClosestName() {
    ConfigException e = refused(MINIMAL.replace("outputs: 3", "outputs: 3, bias_init: standrd"));
    assertEquals(FILE + ":1:59: model.bias_init: unknown bias init 'standrd'; did you mean "
        + "'standard'? known bias inits: standard, zeros", e.getMessage());
  }

  @Test
  void aWeightSchemeAsBiasInitIsRefusedWithAPointerToInit() {
    ConfigException typo = refused("""
        model:
          inputs: 2
          layers:
            - {units: 1, bias_init: xavier_normall}
        loss: mse
        data: {synthetic: {name: xor}}
        """);
    assertEquals(FILE + ":4:29: model.layers[0].bias_init: unknown bias init 'xavier_normall'; "
        + "'xavier_normal' is a weight init scheme (did you mean init: xavier_normal?); known "
        + "bias inits: standard, zeros", typo.getMessage());
    ConfigException orthogonal = refused(MINIMAL.replace("outputs: 3",
        "outputs: 3, bias_init: orthogonal"));
    assertEquals("unknown bias init 'orthogonal'; 'orthogonal' is a weight init scheme (did you "
        + "mean init: orthogonal?); known bias inits: standard, zeros", orthogonal.problem());
  }

  @Test
  void aBiasInitFarFromEveryNameListsTheKnownOnes() {
    assertEquals("unknown bias init 'ones'; known bias inits: standard, zeros",
        refused(MINIMAL.replace("outputs: 3", "outputs: 3, bias_init: ones")).problem());
  }

  @Test
  void optimizerMappingWithoutTypeIsTheDefaultOptimizer() {
    ExperimentConfig config = read(MINIMAL + "optimizer: {learning_rate: 0.1}\n");
    assertEquals("sgd", config.optimizer().name());
  }

  @Test
  void pluginInTheMappingFormIsNamedAtItsTypeKey() {
    PluginRef optimizer = read(MINIMAL + "optimizer: {type: sgd}\n").optimizer();
    assertAll(
        () -> assertEquals("optimizer", optimizer.path()),
        () -> assertEquals("optimizer.type", optimizer.namePath()));
  }

  @Test
  void csvPathIsResolvedAgainstTheConfigurationsFolder() {
    DataConfig.Csv csv = (DataConfig.Csv) read(MINIMAL.replace("{synthetic: {name: spiral}}",
        "{csv: {path: data/points.csv, target: label}}")).data();
    assertAll(
        () -> assertEquals(FILE.toAbsolutePath().getParent().resolve("data/points.csv"),
            csv.file()),
        () -> assertEquals(List.of("label"), csv.targets()));
  }

  @Test
  void inlineDataRemembersWhereEachRowWasWritten() {
    DataConfig.Inline inline = (DataConfig.Inline) read(MINIMAL.replace(
        "{synthetic: {name: spiral}}", "\n  inline:\n    inputs: [[0, 1], [2, 3]]\n"
            + "    targets:\n      - [1]\n      - [0]")).data();
    assertAll(
        () -> assertEquals(new Location(FILE.toString(), 5, 14), inline.inputRows().get(0)),
        () -> assertEquals(new Location(FILE.toString(), 8, 9), inline.targetRows().get(1)));
  }

  @Test
  void shorthandKeyNextToLayersIsRefused() {
    ConfigException e = refused("""
        model:
          inputs: 2
          layers: [{units: 1}]
          outputs: 1
        loss: mse
        data: {synthetic: {name: xor}}
        """);
    assertEquals("model.outputs", e.keyPath());
  }

  @Test
  void modelWithoutLayersOrShorthandIsRefused() {
    ConfigException e = refused(MINIMAL.replace("hidden: [8, 4], outputs: 3", "init: standard"));
    assertEquals(FILE + ":1:8: model: missing key 'layers': expected a list of layers, or the "
        + "shorthand hidden: [...] with outputs: N", e.getMessage());
  }

  @Test
  void missingLossIsRefusedNamingTheKey() {
    ConfigException e = refused(MINIMAL.replace("loss: cross_entropy\n", ""));
    assertEquals(FILE + ":1:1: missing key 'loss': expected a loss name, such as mse or "
        + "cross_entropy", e.getMessage());
  }

  @Test
  void dataWithTwoSourcesIsRefused() {
    ConfigException e = refused(MINIMAL.replace("{synthetic: {name: spiral}}",
        "{synthetic: {name: spiral}, csv: {path: a.csv, target: y}}"));
    assertEquals("data: expected exactly one of inline, csv or synthetic, found synthetic and "
        + "csv", e.keyPath() + ": " + e.problem());
  }

  @Test
  void newerFormatVersionIsRefused() {
    ConfigException e = refused("version: 3\n" + MINIMAL);
    assertEquals(FILE + ":1:10: version: format version 3 is newer than this nnlab reads (up to "
        + "2); upgrade nnlab", e.getMessage());
  }

  @Test
  void seedTakesAnyLongAndSaysSoWhenNotAnInteger() {
    ConfigException e = refused("seed: abc\n" + MINIMAL);
    assertEquals(FILE + ":1:7: seed: expected an integer, found 'abc'", e.getMessage());
  }

  @Test
  void emptyListOfLayersIsDescribedAsEmpty() {
    ConfigException e = refused(MINIMAL.replace("hidden: [8, 4], outputs: 3", "layers: []"));
    assertEquals("model.layers: expected at least one layer, found an empty list",
        e.keyPath() + ": " + e.problem());
  }

  @Test
  void seedWrittenAsAFloatIsTheIntegerWrittenNotItsDouble() {
    // As a double, 9.2233720368547758e18 is 2^63, which a long would clamp to 2^63 - 1.
    assertEquals(9_223_372_036_854_775_800L,
        read("seed: 9.2233720368547758e18\n" + MINIMAL).seed());
  }

  @Test
  void seedWrittenAsAFloatBeyondALongIsRefused() {
    ConfigException e = refused("seed: 9.22337203685477581e18\n" + MINIMAL);
    assertEquals(FILE + ":1:7: seed: expected an integer, found 9.22337203685477581e18",
        e.getMessage());
  }

  @Test
  void floatThatIsAlmostAWholeNumberIsNotAnInteger() {
    ConfigException e = refused("training: {epochs: 1.0000000000000000001}\n" + MINIMAL);
    assertEquals(FILE + ":1:20: training.epochs: expected an integer from 1 to 10000000, found "
        + "1.0000000000000000001", e.getMessage());
  }

  @Test
  void tinyExponentIsRefusedWithoutExpandingIt() {
    ConfigException e = refused("training: {epochs: 1e-999999999}\n" + MINIMAL);
    assertEquals(FILE + ":1:20: training.epochs: expected an integer from 1 to 10000000, found "
        + "1e-999999999", e.getMessage());
  }

  @Test
  void integerWithALeadingZeroIsDecimal() {
    assertEquals(10, read("training: {epochs: 010}\n" + MINIMAL).training().epochs());
  }
}
