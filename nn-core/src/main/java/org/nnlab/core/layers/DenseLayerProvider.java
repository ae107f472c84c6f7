package org.nnlab.core.layers;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Optional;
import org.nnlab.api.InvalidOptionException;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.NnApi;
import org.nnlab.api.OptionDescription;
import org.nnlab.api.Parameter;
import org.nnlab.api.Precision;
import org.nnlab.core.config.Limits;
import org.nnlab.core.internal.kernel.KernelContext;
import org.nnlab.core.internal.kernel.Kernels;
import org.nnlab.core.internal.kernel.MatrixKernels;

/**
 * Provides {@code dense}: options {@code units}, and optionally {@code weights}
 * ({@code [units][inputs]}) and {@code biases} ({@code [units]}) to start from given values
 * instead of the initialisation schemes ({@code init} for weights, {@code bias_init} for biases).
 */
@AutoService(LayerProvider.class)
public final class DenseLayerProvider implements LayerProvider {
  /** The most weights a dense layer may have: 400 MB of doubles, before gradients and state. */
  public static final long MAX_WEIGHTS = 50_000_000;

  /** {@code units}: 1 to {@link Limits#MAX_UNITS}. */
  static final OptionDescription UNITS = OptionDescription.of("units",
      "the output width; required unless weights are given (then their rows)")
      .atLeast(1).atMost(Limits.MAX_UNITS);

  /** {@code weights}: {@code [units][inputs]}. */
  static final OptionDescription WEIGHTS = OptionDescription.of("weights",
      "initial weights [units][inputs], row i feeding unit i; default: drawn by init");

  /** {@code biases}: one per unit. */
  static final OptionDescription BIASES =
      OptionDescription.of("biases", "initial biases, one per unit; default: by bias_init "
          + "(zeros unless set)");

  @Override
  public String name() {
    return "dense";
  }

  @Override
  public String apiVersion() {
    return NnApi.VERSION;
  }

  @Override
  public String description() {
    return "fully connected: z = x W^T + b";
  }

  @Override
  public List<OptionDescription> describeOptions() {
    return List.of(UNITS, WEIGHTS, BIASES);
  }

  @Override
  public Layer create(LayerContext context) {
    int inputs = context.inputSize();
    Optional<double[][]> weights = context.options().matrix(WEIGHTS.key());
    Optional<double[]> biases = context.options().vector(BIASES.key());
    int units = unitsOf(context, weights);
    if ((long) units * inputs > MAX_WEIGHTS) {
      throw new InvalidOptionException(UNITS.key(), "at most " + MAX_WEIGHTS / inputs
          + " units for " + inputs + " inputs (a layer holds at most " + MAX_WEIGHTS + " weights)",
          units);
    }
    MatrixKernels kernels = context instanceof KernelContext run ? run.kernels()
        : Kernels.defaults();
    Precision precision = context.precision();
    DenseLayer layer = new DenseLayer(inputs, units, kernels, precision);
    Parameter w = layer.weights();
    if (weights.isPresent()) {
      copyWeights(weights.get(), w, units, inputs);
    } else if (precision == Precision.FLOAT64) {
      context.initializeWeights(w.values(), inputs, units);
    } else {
      context.initializeWeights(w.floatValues(), inputs, units);
    }
    Parameter b = layer.biases();
    if (biases.isPresent()) {
      if (biases.get().length != units) {
        throw new InvalidOptionException(BIASES.key(), units + " numbers (one per unit)",
            biases.get().length + " numbers");
      }
      for (int unit = 0; unit < units; unit++) {
        b.setValue(unit, biases.get()[unit]);
      }
    } else if (precision == Precision.FLOAT64) {
      context.initializeBiases(b.values(), inputs, units);
    } else {
      context.initializeBiases(b.floatValues(), inputs, units);
    }
    return layer;
  }

  private static int unitsOf(LayerContext context, Optional<double[][]> weights) {
    if (!context.options().has(UNITS.key())) {
      if (weights.isPresent()) {
        context.options().integer(UNITS.key(), weights.get().length);
        return weights.get().length;
      }
      throw new InvalidOptionException(UNITS.key(), "a positive integer (the number of units)",
          null);
    }
    int units = context.options().requiredInteger(UNITS.key());
    if (!UNITS.accepts(units)) {
      throw new InvalidOptionException(UNITS.key(), "an integer from 1 to " + Limits.MAX_UNITS,
          units);
    }
    return units;
  }

  private static void copyWeights(double[][] given, Parameter target, int units, int inputs) {
    if (given.length != units || given[0].length != inputs) {
      throw new InvalidOptionException(
          WEIGHTS.key(),
          "a " + units + " x " + inputs + " matrix ([units][inputs]: one row of " + inputs
              + " weights per unit)",
          "a " + given.length + " x " + given[0].length + " matrix");
    }
    for (int unit = 0; unit < units; unit++) {
      for (int input = 0; input < inputs; input++) {
        target.setValue(unit * inputs + input, given[unit][input]);
      }
    }
  }
}
