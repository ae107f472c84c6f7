package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2.2 declarations keep the meaning of a loss written against 2.1. */
class LossTest {
  private static Loss written21(boolean softmax) {
    return new Loss() {
      @Override
      public double evaluate(Matrix output, Matrix target, Matrix gradient) {
        return 0;
      }

      @Override
      public boolean appliesSoftmax() {
        return softmax;
      }
    };
  }

  @Test
  void aSoftmaxLossWrittenBeforeTwoPointTwoHasClassTargetsAndNoSigmoid() {
    Loss loss = written21(true);
    assertEquals(List.of(true, false), List.of(loss.targetsAreClasses(), loss.appliesSigmoid()));
  }

  @Test
  void anyOtherLossWrittenBeforeTwoPointTwoHasNeitherClassTargetsNorASigmoid() {
    Loss loss = written21(false);
    assertEquals(List.of(false, false), List.of(loss.targetsAreClasses(), loss.appliesSigmoid()));
  }
}
