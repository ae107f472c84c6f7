package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConfigOverridesTest {
  private final ConfigOverrides overrides = new ConfigOverrides();

  private static YamlMap tree(String yaml) {
    return (YamlMap) new YamlReader().parse(yaml, "model.yaml");
  }

  private static YamlNode at(YamlNode node, Object... steps) {
    for (Object step : steps) {
      node = step instanceof String key ? ((YamlMap) node).get(key).orElseThrow()
          : ((YamlList) node).get((Integer) step);
    }
    return node;
  }

  private static Object value(YamlNode node, Object... steps) {
    return ((YamlScalar) at(node, steps)).value();
  }

  private ConfigException refused(YamlNode root, String assignment) {
    return assertThrows(ConfigException.class,
        () -> overrides.apply(root, assignment, "--set " + assignment));
  }

  @Test
  void dottedPathReplacesANestedValue() {
    YamlMap root = tree("training: {epochs: 5, batch_size: 8}\n");
    overrides.apply(root, "training.epochs=20", "--set");
    assertAll(
        () -> assertEquals(20L, value(root, "training", "epochs")),
        () -> assertEquals(8L, value(root, "training", "batch_size")));
  }

  @Test
  void listIndexReplacesAnItemsKey() {
    YamlMap root = tree("model:\n  layers:\n    - {units: 4}\n    - {units: 2}\n");
    overrides.apply(root, "model.layers[1].units=3", "--set");
    assertAll(
        () -> assertEquals(4L, value(root, "model", "layers", 0, "units")),
        () -> assertEquals(3L, value(root, "model", "layers", 1, "units")));
  }

  @Test
  void listIndexReplacesAWholeItem() {
    YamlMap root = tree("model: {hidden: [4, 4]}\n");
    overrides.apply(root, "model.hidden[0]=16", "--set");
    assertEquals(16L, value(root, "model", "hidden", 0));
  }

  @Test
  void missingMappingsAreCreated() {
    YamlMap root = tree("name: x\n");
    overrides.apply(root, "training.epochs=3", "--set");
    assertEquals(3L, value(root, "training", "epochs"));
  }

  @Test
  void emptySectionBecomesAMapping() {
    YamlMap root = tree("training:\n");
    overrides.apply(root, "training.shuffle=false", "--set");
    assertEquals(false, value(root, "training", "shuffle"));
  }

  @Test
  void valueIsReadAsYaml() {
    YamlMap root = tree("name: x\n");
    overrides.apply(root, "model.hidden=[32, 16]", "--set");
    overrides.apply(root, "name='12'", "--set");
    assertAll(
        () -> assertEquals(16L, value(root, "model", "hidden", 1)),
        () -> assertEquals("12", value(root, "name")));
  }

  @Test
  void emptyValueIsNull() {
    YamlMap root = tree("seed: 3\n");
    overrides.apply(root, "seed=", "--set");
    assertEquals(null, value(root, "seed"));
  }

  @Test
  void valueIsLocatedByTheOptionAsTyped() {
    YamlMap root = tree("seed: 3\n");
    overrides.apply(root, "seed=[1]", "--set seed=[1]");
    assertAll(
        () -> assertEquals(Location.ofFile("--set seed=[1]"), at(root, "seed").location()),
        () -> assertEquals(Location.ofFile("--set seed=[1]"), at(root, "seed", 0).location()),
        () -> assertEquals(Location.ofFile("--set seed=[1]"), root.keyLocation("seed")));
  }

  @Test
  void optionOfAPluginNamedByABareNameMakesItAMapping() {
    YamlMap root = tree("optimizer: sgd\n");
    overrides.apply(root, "optimizer.momentum=0.9", "--set");
    assertAll(
        () -> assertEquals("sgd", value(root, "optimizer", "type")),
        () -> assertEquals(0.9, value(root, "optimizer", "momentum")));
  }

  @Test
  void indexOutOfRangeIsRefused() {
    ConfigException e = refused(tree("model: {hidden: [4]}\n"), "model.hidden[3]=8");
    assertEquals("--set model.hidden[3]=8: model.hidden: index 3 is out of range: the list has "
        + "1 item", e.getMessage());
  }

  @Test
  void indexIntoAMissingListIsRefused() {
    ConfigException e = refused(tree("model: {inputs: 2}\n"), "model.layerz[0].units=3");
    assertEquals("--set model.layerz[0].units=3: model.layerz: cannot set item 0: the "
        + "configuration has no model.layerz", e.getMessage());
  }

  @Test
  void indexIntoAMappingIsRefused() {
    ConfigException e = refused(tree("model: {inputs: 2}\n"), "model[0]=1");
    assertEquals("--set model[0]=1: model: cannot index [0]: model is a mapping, not a list",
        e.getMessage());
  }

  @Test
  void keyUnderANumberIsRefused() {
    ConfigException e = refused(tree("training: {epochs: 3}\n"), "training.epochs.x=1");
    assertEquals("--set training.epochs.x=1: training.epochs: cannot set key 'x': "
        + "training.epochs is 3, not a mapping", e.getMessage());
  }

  @Test
  void assignmentWithoutEqualsSignIsRefused() {
    ConfigException e = refused(tree("seed: 1\n"), "foo");
    assertEquals("--set foo: expected KEY=VALUE, such as training.epochs=20, found 'foo'",
        e.getMessage());
  }

  @Test
  void malformedPathIsRefused() {
    ConfigException e = refused(tree("seed: 1\n"), "training..epochs=3");
    assertEquals("--set training..epochs=3: malformed key path 'training..epochs': expected keys "
        + "separated by dots, with optional list indices, such as model.layers[0].activation",
        e.getMessage());
  }

  @Test
  void syntaxErrorInTheValueNamesTheKeyPath() {
    ConfigException e = refused(tree("seed: 1\n"), "model.hidden=[8");
    assertAll(
        () -> assertEquals(Location.ofFile("--set model.hidden=[8"), e.location()),
        () -> assertEquals("model.hidden", e.keyPath()),
        () -> assertEquals("YAML syntax error: expected ',' or ']', but got <stream end> (while "
            + "parsing a flow sequence); a bracket is not closed", e.problem()));
  }

  @Test
  void mappingMadeOfABareNameIsLocatedAtTheOverride() {
    YamlMap root = tree("loss: mse\n");
    overrides.apply(root, "loss.type.x=1", "--set loss.type.x=1");
    assertAll(
        () -> assertEquals(Location.ofFile("--set loss.type.x=1"), at(root, "loss").location()),
        () -> assertEquals(Location.ofFile("--set loss.type.x=1"),
            at(root, "loss", "type").location()));
  }

  @Test
  void changeWrittenInTheFileIsBlamedOnItsKey() {
    YamlMap root = tree("model: {hidden: [4]}\n");
    Location key = new Location("model.yaml", 9, 5);
    ConfigException e = assertThrows(ConfigException.class, () -> overrides.set(root,
        "model.hidden[3]", new YamlScalar(8L, "8", key), key));
    assertEquals("model.yaml:9:5: model.hidden: index 3 is out of range: the list has 1 item",
        e.getMessage());
  }
}
