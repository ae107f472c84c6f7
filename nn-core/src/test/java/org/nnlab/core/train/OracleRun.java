package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Parameter;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.model.ParameterCopy;

/**
 * A few full-batch steps of a small network, as the PyTorch oracle tests compare them: the loss
 * before each step, the gradients of the first step and the parameters after the last, each
 * parameter flattened row by row in network order.
 *
 * @param losses the loss before each step
 * @param gradients every parameter's gradient in the first step
 * @param parameters every parameter after the last step
 */
public record OracleRun(double[] losses, double[][] gradients, double[][] parameters) {

  /** Trains the experiment with nnlab's own loop for {@code steps} batches and records them. */
  public static OracleRun of(Experiment experiment, int steps) {
    List<Parameter> parameters = experiment.network().parameters();
    double[] losses = new double[steps];
    double[][] gradients = new double[parameters.size()][];
    int[] step = {0};
    new TrainingLoop(experiment, Kernels.defaults()).listen(new TrainingListener() {
      @Override
      public void afterLoss(Batch batch) {
        losses[step[0]] = batch.loss();
      }

      @Override
      public void afterBackward(Batch batch) {
        if (step[0] == 0) {
          for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            gradients[p] = new double[parameter.size()];
            for (int i = 0; i < parameter.size(); i++) {
              gradients[p][i] = parameter.gradient(i);
            }
          }
        }
        step[0]++;
      }
    }).run();
    assertEquals(steps, step[0], "steps taken");
    double[][] values = new double[parameters.size()][];
    for (int p = 0; p < parameters.size(); p++) {
      values[p] = new double[parameters.get(p).size()];
      ParameterCopy.valuesInto(parameters.get(p), values[p]);
    }
    return new OracleRun(losses, gradients, values);
  }

  /** Reads the oracle's answer: {@code {"losses": [...], "gradients": [[...]], "parameters"}}. */
  public static OracleRun of(JsonNode node) {
    return new OracleRun(doubles(node.get("losses")), rows(node.get("gradients")),
        rows(node.get("parameters")));
  }

  /**
   * Asserts that nnlab's run agrees with PyTorch's, each number to {@code tolerance} relative.
   *
   * @param torch PyTorch's run
   * @param nnlab nnlab's run
   * @param tolerance the largest relative difference
   * @param name the case, for messages
   */
  public static void assertAgree(OracleRun torch, OracleRun nnlab, double tolerance,
      String name) {
    assertAgree(torch, nnlab, tolerance, 0, name);
  }

  /**
   * Asserts that nnlab's run agrees with PyTorch's, each number to {@code tolerance} relative to
   * the larger of itself and {@code floor} times the largest magnitude in its array: float32
   * runs, where an entry much smaller than its neighbours carries their rounding error.
   *
   * @param torch PyTorch's run
   * @param nnlab nnlab's run
   * @param tolerance the largest relative difference
   * @param floor the fraction of its array's largest magnitude below which an entry is measured
   *     against that fraction instead of itself; 0 measures every entry against itself
   * @param name the case, for messages
   */
  public static void assertAgree(OracleRun torch, OracleRun nnlab, double tolerance,
      double floor, String name) {
    assertClose(torch.losses(), nnlab.losses(), tolerance, floor, name + ": loss before step");
    assertEquals(torch.gradients().length, nnlab.gradients().length, name + ": parameters");
    for (int p = 0; p < torch.gradients().length; p++) {
      assertClose(torch.gradients()[p], nnlab.gradients()[p], tolerance, floor,
          name + ": first gradient of parameter " + p);
      assertClose(torch.parameters()[p], nnlab.parameters()[p], tolerance, floor,
          name + ": parameter " + p + " after " + nnlab.losses().length + " steps");
    }
  }

  private static void assertClose(double[] expected, double[] actual, double tolerance,
      double floor, String what) {
    assertEquals(expected.length, actual.length, what + ": how many values");
    double largest = 0;
    for (double e : expected) {
      largest = Math.max(largest, Math.abs(e));
    }
    for (int k = 0; k < expected.length; k++) {
      double scale = Math.max(Math.max(Math.abs(expected[k]), floor * largest), 1e-12);
      assertTrue(Math.abs(expected[k] - actual[k]) <= tolerance * scale, what + "[" + k + "] is "
          + actual[k] + ", PyTorch gives " + expected[k]);
    }
  }

  private static double[] doubles(JsonNode node) {
    double[] values = new double[node.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = node.get(k).asDouble();
    }
    return values;
  }

  private static double[][] rows(JsonNode node) {
    List<double[]> rows = new ArrayList<>();
    node.forEach(row -> rows.add(doubles(row)));
    return rows.toArray(double[][]::new);
  }
}
