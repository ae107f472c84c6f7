package org.nnlab.core.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BiasInitTest {
  private static double[] draw(BiasInit scheme, int units, int fanIn, long seed) {
    double[] biases = new double[units];
    Arrays.fill(biases, 7.0);
    scheme.fill(biases, fanIn, new SplittableRandom(seed));
    return biases;
  }

  @Test
  void standardBiasesStayWithinOneOverRootFanInAndAreNotAllZero() {
    double bound = 1.0 / Math.sqrt(5);
    double[] biases = draw(BiasInit.STANDARD, 64, 5, 3);
    for (double b : biases) {
      assertTrue(Math.abs(b) <= bound, b + " beyond " + bound);
    }
    assertEquals(64, Arrays.stream(biases).filter(b -> b != 0).count());
    assertTrue(Arrays.stream(biases).anyMatch(b -> b > 0));
    assertTrue(Arrays.stream(biases).anyMatch(b -> b < 0));
  }

  // torch.nn.Linear.reset_parameters: bound = 1 / math.sqrt(fan_in), where fan_in is the
  // weight's columns (the layer's inputs); init.uniform_(self.bias, -bound, bound). A uniform on
  // [-a, a] has variance a^2 / 3, and 20,000 draws come within 0.1% of either end.
  @Test
  void theStandardBoundIsPyTorchsLinearBiasBound() {
    int fanIn = 250;
    double pytorchBound = 1 / Math.sqrt(fanIn);
    double[] biases = draw(BiasInit.STANDARD, 20_000, fanIn, 11);
    double largest = Arrays.stream(biases).map(Math::abs).max().orElseThrow();
    assertTrue(largest <= pytorchBound && largest > 0.999 * pytorchBound, "largest " + largest);
    double variance = Arrays.stream(biases).map(b -> b * b).average().orElseThrow();
    assertEquals(pytorchBound * pytorchBound / 3, variance, 0.03 * pytorchBound * pytorchBound);
  }

  @Test
  void standardBiasesDependOnTheStreamAlone() {
    assertArrayEquals(draw(BiasInit.STANDARD, 10, 4, 21), draw(BiasInit.STANDARD, 10, 4, 21));
    assertFalse(Arrays.equals(draw(BiasInit.STANDARD, 10, 4, 21),
        draw(BiasInit.STANDARD, 10, 4, 22)));
  }

  @Test
  void zerosOverwriteEveryBiasAndDrawNothing() {
    SplittableRandom used = new SplittableRandom(5);
    double[] biases = {1, -2, 3};
    BiasInit.ZEROS.fill(biases, 2, used);
    assertArrayEquals(new double[3], biases);
    assertEquals(new SplittableRandom(5).nextLong(), used.nextLong());
    assertFalse(BiasInit.ZEROS.draws());
    assertTrue(BiasInit.STANDARD.draws());
  }

  @Test
  void theDefaultIsZerosAndEverySchemeIsKnownByItsConfigurationName() {
    assertEquals(BiasInit.ZEROS, BiasInit.DEFAULT);
    assertEquals(List.of("zeros", "standard"), BiasInit.configNames());
    assertEquals(BiasInit.STANDARD, BiasInit.byName("standard").orElseThrow());
    assertTrue(BiasInit.byName("xavier_uniform").isEmpty());
  }

  @Test
  void theBiasStreamOfALayerDependsOnTheSeedAndPositionAndIsNotTheWeightsStream() {
    assertEquals(Seeds.biasStream(9, 2).nextLong(), Seeds.biasStream(9, 2).nextLong());
    long draw = Seeds.biasStream(9, 2).nextLong();
    assertFalse(draw == Seeds.biasStream(9, 3).nextLong());
    assertFalse(draw == Seeds.biasStream(10, 2).nextLong());
    assertFalse(draw == Seeds.stream(9, Seeds.INIT).nextLong());
  }
}
