package org.nnlab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.core.train.TestExperiments;

class NetworkTest {
  private final Network network = TestExperiments.fromYaml("""
      model: {inputs: 2, hidden: [3], activation: tanh, outputs: 2}
      loss: mse
      data: {inline: {inputs: [[0, 1], [1, 0]], targets: [[1, 0], [0, 1]]}}
      """).network();

  @Test
  void forwardRefusesAnInputOfTheWrongWidthNamingBothWidths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> network.forward(new Matrix(2, 3), Mode.TRAINING));
    assertEquals("the input has 3 columns but the network has 2 inputs", e.getMessage());
  }

  @Test
  void backwardRefusesAGradientWithAnotherRowCountThanTheInput() {
    Matrix input = new Matrix(2, 2);
    network.forward(input, Mode.TRAINING);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> network.backward(input, new Matrix(1, 2)));
    assertEquals("the output gradient and the input must have as many rows, found 1 and 2", e.getMessage());
  }

  @Test
  void backwardRefusesAGradientOfTheWrongWidth() {
    Matrix input = new Matrix(2, 2);
    network.forward(input, Mode.TRAINING);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> network.backward(input, new Matrix(2, 3)));
    assertEquals("the output gradient has 3 columns but the network has 2 outputs",
        e.getMessage());
  }
}
