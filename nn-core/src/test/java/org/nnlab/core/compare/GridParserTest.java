package org.nnlab.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.config.ConfigException;
import org.nnlab.core.config.YamlList;
import org.nnlab.core.config.YamlMap;
import org.nnlab.core.config.YamlReader;
import org.nnlab.core.config.YamlScalar;

class GridParserTest {
  private final GridParser parser = new GridParser();

  private static YamlMap tree(String yaml) {
    return (YamlMap) new YamlReader().parse(yaml, "test.yaml");
  }

  @Test
  void commaSeparatedValuesBecomeOneValueEach() {
    GridAxis axis = parser.parseVary("model.activation=sigmoid,tanh,relu");
    assertEquals("model.activation", axis.path());
    assertEquals(List.of("sigmoid", "tanh", "relu"), axis.labels());
  }

  @Test
  void numbersStayNumbers() {
    GridAxis axis = parser.parseVary("optimizer.learning_rate=0.1, 1e-3");
    assertEquals(0.001, ((YamlScalar) axis.values().get(1)).value());
  }

  @Test
  void aFlowListGivesOneValuePerItemEvenWhenItemsAreLists() {
    GridAxis axis = parser.parseVary("model.hidden=[[32,32],[32,32,32,32,32],[8]]");
    assertEquals(3, axis.values().size());
    assertEquals(5, ((YamlList) axis.values().get(1)).size());
    assertEquals(List.of("[32, 32]", "[32, 32, 32, 32, 32]", "[8]"), axis.labels());
  }

  @Test
  void severalAxesMakeTheCrossProductFirstAxisSlowest() {
    Grid grid = parser.grid(List.of("model.activation=sigmoid,relu",
        "optimizer.learning_rate=0.1,0.01,0.001"), 2, tree("seed: 1"));
    List<GridPoint> points = grid.points();
    assertEquals(6, points.size());
    assertEquals(12, grid.runCount());
    assertEquals(List.of("sigmoid", "0.1"), points.get(0).labels());
    assertEquals(List.of("sigmoid", "0.01"), points.get(1).labels());
    assertEquals(List.of("relu", "0.001"), points.get(5).labels());
    assertEquals("activation=relu, learning_rate=0.001", points.get(5).label());
  }

  @Test
  void theGridCanLiveInTheConfig() {
    Grid grid = parser.grid(List.of(), null, tree("""
        compare:
          vary:
            model.activation: [sigmoid, tanh]
            training.batch_size: 8
          seeds: 3
        """));
    assertEquals(2, grid.axes().size());
    assertEquals(List.of("8"), grid.axes().get(1).labels());
    assertEquals(3, grid.seeds());
  }

  @Test
  void commandLineAxesAndSeedsReplaceTheConfigs() {
    Grid grid = parser.grid(List.of("model.init=standard,he_normal"), 5, tree("""
        compare: {vary: {model.activation: [sigmoid, tanh]}, seeds: 3}
        """));
    assertEquals(1, grid.axes().size());
    assertEquals("model.init", grid.axes().get(0).path());
    assertEquals(5, grid.seeds());
  }

  @Test
  void noAxesMeansTheConfigAsWrittenWithOneSeed() {
    Grid grid = parser.grid(List.of(), null, tree("seed: 4"));
    assertEquals(1, grid.points().size());
    assertEquals("baseline", grid.points().get(0).label());
    assertEquals(1, grid.seeds());
  }

  @Test
  void malformedVaryIsRefusedWithAnExample() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.parseVary("sigmoid"));
    assertEquals("--vary: expected KEY=VALUES, such as model.activation=sigmoid,tanh,relu, "
        + "found 'sigmoid'", e.getMessage());
  }

  @Test
  void emptyValueIsRefused() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parser.parseVary("model.activation=sigmoid,,relu"));
    assertTrue(e.getMessage().contains("empty value"), e.getMessage());
  }

  @Test
  void varyingOnePathTwiceIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.grid(
        List.of("model.activation=sigmoid", "model.activation=relu"), null, tree("seed: 1")));
    assertTrue(e.getMessage().contains("'model.activation' is varied twice"), e.getMessage());
  }

  @Test
  void unknownKeysInTheCompareSectionAreRefused() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parser.grid(List.of(), null, tree("compare: {vary: {}, seed: 3}")));
    assertTrue(e.getMessage().contains("unknown key 'seed'; did you mean 'seeds'?"),
        e.getMessage());
  }

  @Test
  void seedCountOutOfRangeIsRefused() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parser.grid(List.of(), 0, tree("seed: 1")));
    assertEquals("--seeds: expected an integer from 1 to 1000, found 0", e.getMessage());
  }

  @Test
  void theSeedIsVariedWithSeedsNotVary() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parser.grid(List.of("seed=1,5,9"), null, tree("seed: 1")));
    assertTrue(e.getMessage().contains("use --seeds N"), e.getMessage());
  }
  @Test
  void namedPointsAreOneAxisCrossedWithTheVariedSettings() {
    Grid grid = parser.grid(List.of("optimizer.learning_rate=0.1,0.01"), null, tree("""
        compare:
          points:
            plain: {}
            relu + he: {model.activation: relu, model.init: he_uniform}
        """));
    List<GridPoint> points = grid.points();
    assertEquals(4, points.size());
    assertEquals("plain, learning_rate=0.1", points.get(0).label());
    assertEquals("relu + he, learning_rate=0.01", points.get(3).label());
    assertEquals(List.of("compare.points", "optimizer.learning_rate"), points.get(3).paths());
    YamlMap overrides = (YamlMap) points.get(3).values().get(0);
    assertEquals(List.of("model.activation", "model.init"), List.copyOf(overrides.keys()));
  }

  @Test
  void aGridOfNamedPointsAloneIsLabelledByTheNames() {
    Grid grid = parser.grid(List.of(), null, tree("""
        compare:
          points:
            plain:
            tanh + xavier: {model.activation: tanh}
        """));
    assertEquals(List.of("plain", "tanh + xavier"),
        grid.points().stream().map(GridPoint::label).toList());
  }

  @Test
  void aPointThatSetsAVariedPathIsRefusedAtItsKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.grid(
        List.of("model.activation=tanh,relu"), null, tree("""
            compare:
              points:
                deep: {model.hidden: [8, 8], model.activation: sigmoid}
            """)));
    assertEquals("test.yaml:3:34: compare.points.deep.model.activation: the point sets "
        + "'model.activation', which the grid also varies ('model.activation'); set it in the "
        + "points or vary it, not both", e.getMessage());
  }

  @Test
  void aPointCannotSetTheSeed() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.grid(List.of(), null,
        tree("compare: {points: {a: {seed: 3}}}")));
    assertTrue(e.getMessage().contains("a point cannot set the seed"), e.getMessage());
  }

  @Test
  void pointsMustBeAMappingOfNamesToOverrides() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.grid(List.of(), null,
        tree("compare: {points: [relu, tanh]}")));
    assertTrue(e.getMessage().startsWith("test.yaml:1:19: compare.points: expected a mapping"),
        e.getMessage());
  }
  @Test
  void aPointThatSetsASectionAnAxisVariesInsideIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.grid(
        List.of("optimizer.learning_rate=0.1,0.01"), null,
        tree("compare: {points: {adam: {optimizer: {type: adam}}}}")));
    assertTrue(e.getMessage().contains("the point sets 'optimizer', which the grid also varies "
        + "('optimizer.learning_rate')"), e.getMessage());
  }

  @Test
  void aPointInsideAListItemAnAxisVariesIsRefusedHoweverTheIndexIsWritten() {
    ConfigException e = assertThrows(ConfigException.class, () -> parser.grid(
        List.of("model.layers[0]=[{units: 4}]"), null,
        tree("compare: {points: {relu: {'model.layers[00].activation': relu}}}")));
    assertTrue(e.getMessage().contains("the point sets 'model.layers[00].activation'"),
        e.getMessage());
  }
}
