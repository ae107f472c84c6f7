package org.nnlab.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradientPathTest {
  private static GradientPath sigmoidNet(int hidden, double mean, double firstNorm) {
    List<GradientPath.Layer> layers = new ArrayList<>();
    for (int l = 1; l <= hidden; l++) {
      layers.add(new GradientPath.Layer("sigmoid", mean, 0.25, l == 1 ? firstNorm : 0.5));
    }
    layers.add(new GradientPath.Layer("linear", 1, 1, 1.0));
    return GradientPath.of(layers);
  }

  @Test
  void boundOfTenSigmoidLayersIsAQuarterToTheTenth() {
    // The example: 0.25^10 = 9.5e-7 for ten layers.
    assertEquals(Math.pow(0.25, 10), sigmoidNet(10, 0.2, 1e-7).bound(1), 1e-22);
  }

  @Test
  void productRunsFromTheLastHiddenLayerDown() {
    GradientPath path = sigmoidNet(3, 0.2, 1e-3);
    assertEquals(List.of(0.2 * 0.2 * 0.2, 0.2 * 0.2, 0.2, 1.0),
        List.of(path.product(1), path.product(2), path.product(3), path.product(4)));
  }

  @Test
  void summaryNamesTheActivationThePerLayerFactorThePowerAndTheMeasuredRatio() {
    assertEquals(Optional.of("mean sigmoid' per layer 0.21 -> 0.21^10 = 1.7e-07, measured "
        + "1.8e-07"), sigmoidNet(10, 0.21, 1.8e-7).summary());
  }

  @Test
  void summaryIsLeftOutWhenTheCrossedLayersDifferInActivation() {
    GradientPath path = GradientPath.of(List.of(new GradientPath.Layer("tanh", 0.8, 1, 0.1),
        new GradientPath.Layer("sigmoid", 0.2, 0.25, 0.2), new GradientPath.Layer("linear", 1, 1,
            1)));
    assertEquals(Optional.empty(), path.summary());
  }

  @Test
  void layersWithoutWeightsAreNotTheEndsOfThePath() {
    GradientPath path = GradientPath.of(List.of(new GradientPath.Layer("relu", 1, 1, Double.NaN),
        new GradientPath.Layer("relu", 0.5, 1, 0.1), new GradientPath.Layer("relu", 0.5, 1, 0.2),
        new GradientPath.Layer("linear", 1, 1, Double.NaN)));
    assertEquals(List.of(2, 3, 1), List.of(path.first(), path.last(), path.crossed(2)));
  }
}
