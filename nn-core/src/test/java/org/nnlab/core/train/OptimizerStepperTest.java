package org.nnlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Optimizer;
import org.nnlab.api.OptimizerState;
import org.nnlab.api.Parameter;
import org.nnlab.api.StepContext;
import org.nnlab.core.internal.kernel.Backend;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;
import org.nnlab.core.registry.PluginCallException;

/**
 * A built-in optimizer, which updates entries independently, is stepped block by block on the
 * kernels' threads; the values, the optimizer state, the sums of squares and the squared changes
 * must be those of one whole step, bit for bit, and a step that fails part way must put back every block it changed.
 */
class OptimizerStepperTest {
  // 300 x 500 weights: three blocks of 65,536 entries, the last one shorter.
  private static final String YAML = """
      seed: 3
      model:
        inputs: 300
        layers:
          - {units: 500, activation: relu}
          - {units: 2, activation: linear}
      loss: mse
      optimizer: %s
      training: {epochs: 1, batch_size: 2}
      engine: {precision: %s}
      data: {inline: {inputs: [%s], targets: [[0, 1]]}}
      """;

  private static Experiment experiment(String optimizer, String precision) {
    String row = "[" + "0.5, ".repeat(299) + "0.5]";
    return TestExperiments.fromYaml(YAML.formatted(optimizer, precision, row));
  }

  // The same gradients, from a seed, for both experiments.
  private static void fillGradients(Experiment experiment, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (Parameter parameter : experiment.network().parameters()) {
      for (int i = 0; i < parameter.size(); i++) {
        double gradient = random.nextDouble(-1, 1);
        if (parameter.precision() == org.nnlab.api.Precision.FLOAT32) {
          parameter.floatGradients()[i] = (float) gradient;
        } else {
          parameter.gradients()[i] = gradient;
        }
      }
    }
  }

  private static double[] values(Parameter parameter) {
    double[] values = new double[parameter.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameter.value(i);
    }
    return values;
  }

  private static StepCounter counter(OptimizerStepper stepper) {
    return new StepCounter(1, 3, 0, stepper.learningRate());
  }

  @ParameterizedTest
  @CsvSource({"sgd, float64", "sgd, float32", "'{type: adam, learning_rate: 0.01}', float64",
      "'{type: adam, learning_rate: 0.01}', float32",
      "'{type: sgd, momentum: 0.9, weight_decay: 0.001}', float32"})
  void aStepInBlocksOnTwoThreadsGivesTheWholeStepsValuesStateSquaresAndChanges(String optimizer,
      String precision) {
    MatrixKernels kernels = Kernels.create(Backend.AUTO, 2);
    Experiment inBlocks = experiment(optimizer, precision);
    Experiment whole = experiment(optimizer, precision);
    OptimizerStepper blockStepper = new OptimizerStepper(inBlocks.network(),
        inBlocks.optimizer(), inBlocks.optimizerPlugin(), kernels);
    OptimizerStepper wholeStepper = new OptimizerStepper(whole.network(),
        new WholeSteps(whole.optimizer()), whole.optimizerPlugin(), kernels);
    blockStepper.measureChanges();
    StepCounter blockSteps = counter(blockStepper);
    StepCounter wholeSteps = counter(wholeStepper);
    for (int step = 1; step <= 3; step++) {
      fillGradients(inBlocks, step);
      fillGradients(whole, step);
      blockSteps.advance(step);
      wholeSteps.advance(step);
      blockStepper.step(blockSteps);
      wholeStepper.step(wholeSteps);
      assertTrue(blockStepper.summedValueSquares());
      assertFalse(wholeStepper.summedValueSquares());
    }
    List<Parameter> expected = whole.network().parameters();
    List<Parameter> actual = inBlocks.network().parameters();
    for (int p = 0; p < expected.size(); p++) {
      assertArrayEquals(values(expected.get(p)), values(actual.get(p)), 0.0);
      double squares = actual.get(p).precision() == org.nnlab.api.Precision.FLOAT64
          ? kernels.sumOfSquares(actual.get(p).values(), actual.get(p).size())
          : kernels.sumOfSquares(actual.get(p).floatValues(), actual.get(p).size());
      assertEquals(squares, blockStepper.valueSquares(p), 0.0);
      double change = blockStepper.before(p).squaredChange(kernels);
      assertTrue(change > 0);
      assertEquals(change, blockStepper.squaredChange(p), 0.0);
    }
    double[][][] expectedState = wholeStepper.copyOfState();
    double[][][] actualState = blockStepper.copyOfState();
    for (int p = 0; p < expectedState.length; p++) {
      for (int k = 0; k < expectedState[p].length; k++) {
        assertArrayEquals(expectedState[p][k], actualState[p][k], 0.0);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1", "2"})
  void aStepThatFailsInABlockPutsBackEveryBlockAndNamesStepRange(int threads) {
    MatrixKernels kernels = Kernels.create(Backend.AUTO, threads);
    Experiment experiment = experiment("sgd", "float64");
    List<Parameter> parameters = experiment.network().parameters();
    double[][] start = new double[parameters.size()][];
    for (int p = 0; p < start.length; p++) {
      start[p] = values(parameters.get(p));
    }
    OptimizerStepper stepper = new OptimizerStepper(experiment.network(),
        new FailsOnSecondBlock(experiment.optimizer()), experiment.optimizerPlugin(), kernels);
    fillGradients(experiment, 1);
    StepCounter steps = counter(stepper);
    steps.advance(1);
    PluginCallException thrown = assertThrows(PluginCallException.class,
        () -> stepper.step(steps));
    assertTrue(thrown.getMessage().contains("stepRange() threw java.lang.IllegalStateException: "
        + "second block"), thrown.getMessage());
    for (int p = 0; p < start.length; p++) {
      assertArrayEquals(start[p], values(parameters.get(p)), 0.0, "parameter " + p);
    }
  }

  /** Another optimizer's whole steps, without its ranges: the path for plugins before 2.4. */
  private record WholeSteps(Optimizer optimizer) implements Optimizer {
    @Override
    public int stateArrays() {
      return optimizer.stateArrays();
    }

    @Override
    public double learningRate() {
      return optimizer.learningRate();
    }

    @Override
    public void step(List<Parameter> parameters, OptimizerState state, StepContext context) {
      optimizer.step(parameters, state, context);
    }

    @Override
    public boolean supports(org.nnlab.api.Precision precision) {
      return optimizer.supports(precision);
    }
  }

  /** Another optimizer's ranges, failing on the second block of the first weights. */
  private record FailsOnSecondBlock(Optimizer optimizer) implements Optimizer {
    @Override
    public int stateArrays() {
      return optimizer.stateArrays();
    }

    @Override
    public double learningRate() {
      return optimizer.learningRate();
    }

    @Override
    public void step(List<Parameter> parameters, OptimizerState state, StepContext context) {
      optimizer.step(parameters, state, context);
    }

    @Override
    public boolean updatesEntriesIndependently() {
      return true;
    }

    @Override
    public void stepRange(Parameter parameter, int index, OptimizerState state,
        StepContext context, int from, int to) {
      if (index == 0 && from == MatrixKernels.BLOCK) {
        throw new IllegalStateException("second block");
      }
      optimizer.stepRange(parameter, index, state, context, from, to);
    }
  }
}
