package org.nnlab.testkit;

import com.google.auto.service.AutoService;
import java.util.List;
import org.nnlab.api.Buffer;
import org.nnlab.api.Layer;
import org.nnlab.api.LayerContext;
import org.nnlab.api.LayerProvider;
import org.nnlab.api.Matrix;
import org.nnlab.api.Mode;
import org.nnlab.api.NnApi;
import org.nnlab.api.Parameter;
import org.nnlab.api.ParameterRole;
import org.nnlab.api.Precision;

/** Layer plugins for testing the contract: one correct, each broken one wrong in one way. */
final class TestLayers {
  private TestLayers() {}

  /** z = w ⊙ x + b, one weight and one bias per input, in float64 or float32. */
  @AutoService(LayerProvider.class)
  public static class ScaleProvider implements LayerProvider {
    @Override
    public String name() {
      return "test_scale";
    }

    @Override
    public String apiVersion() {
      return NnApi.VERSION;
    }

    @Override
    public Layer create(LayerContext context) {
      Scale layer = newLayer(context.inputSize(), context.precision());
      if (layer.weights.precision() == Precision.FLOAT32) {
        context.initializeWeights(layer.weights.floatValues(), 1, 1);
        context.initializeWeights(layer.biases.floatValues(), 1, 1);
      } else {
        context.initializeWeights(layer.weights.values(), 1, 1);
        context.initializeWeights(layer.biases.values(), 1, 1);
      }
      return layer;
    }

    Scale newLayer(int size, Precision precision) {
      return new Scale(size, precision);
    }
  }

  /** Says it supports float32, but creates its parameters in float64 whatever the context. */
  @AutoService(LayerProvider.class)
  public static final class Float32InDoubles extends ScaleProvider {
    @Override
    Scale newLayer(int size, Precision precision) {
      return new Scale(size, Precision.FLOAT64) {
        @Override
        public boolean supports(Precision asked) {
          return true;
        }
      };
    }
  }

  /** Computes another output in float32 than in float64: it drops the biases. */
  @AutoService(LayerProvider.class)
  public static final class Float32DiffersFromFloat64 extends ScaleProvider {
    @Override
    Scale newLayer(int size, Precision precision) {
      return new Scale(size, precision) {
        @Override
        public void forward(Matrix input, Matrix output, Mode mode) {
          super.forward(input, output, mode);
          if (output.precision() == Precision.FLOAT32) {
            for (int r = 0; r < input.rows(); r++) {
              for (int c = 0; c < size; c++) {
                output.set(r, c, output.get(r, c) - biases.value(c));
              }
            }
          }
        }
      };
    }
  }

  /** The scale layer in float64 only, as every layer written before nn-api 2.3. */
  @AutoService(LayerProvider.class)
  public static final class Float64Only extends ScaleProvider {
    @Override
    Scale newLayer(int size, Precision precision) {
      return new Scale(size);
    }
  }

  /** Forgets the weight in dL/dx: passes dL/dz through unchanged. */
  @AutoService(LayerProvider.class)
  public static final class WrongInputGradient extends ScaleProvider {
    @Override
    Scale newLayer(int size, Precision precision) {
      return new Scale(size, precision) {
        @Override
        double inputGradient(double g, double w) {
          return g;
        }
      };
    }
  }

  /** Forgets the input in dL/dw: sums dL/dz alone. */
  @AutoService(LayerProvider.class)
  public static final class WrongWeightGradient extends ScaleProvider {
    @Override
    Scale newLayer(int size, Precision precision) {
      return new Scale(size, precision) {
        @Override
        double weightGradient(double g, double x) {
          return g;
        }
      };
    }
  }

  /** Writes dL/d(input) without checking that one was asked for. */
  @AutoService(LayerProvider.class)
  public static final class NeedsInputGradient extends ScaleProvider {
    @Override
    Scale newLayer(int size, Precision precision) {
      return new Scale(size, precision) {
        @Override
        public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
          inputGradient.fillZero();
          super.backward(input, outputGradient, inputGradient);
        }
      };
    }
  }

  /** Adds noise from its random stream in every pass, evaluation included. */
  @AutoService(LayerProvider.class)
  public static final class NoisyInEvaluation extends ScaleProvider {
    @Override
    public Layer create(LayerContext context) {
      Scale layer = new Scale(context.inputSize()) {
        @Override
        public void forward(Matrix input, Matrix output, Mode mode) {
          super.forward(input, output, mode);
          for (int i = 0; i < output.size(); i++) {
            output.data()[i] += 1e-3 * context.random().nextGaussian();
          }
        }
      };
      context.initializeWeights(layer.weights.values(), 1, 1);
      return layer;
    }
  }

  /** Counts its passes in a buffer, evaluation passes too, and restores the count when saved. */
  @AutoService(LayerProvider.class)
  public static final class LearnsInEvaluation extends ScaleProvider {
    @Override
    public Layer create(LayerContext context) {
      Counting layer = new Counting(context.inputSize(), true);
      context.initializeWeights(layer.weights.values(), 1, 1);
      context.options().vector("passes").ifPresent(v -> layer.passes.values()[0] = v[0]);
      return layer;
    }
  }

  /** Counts its training passes in a buffer, but a rebuilt layer starts again from 0. */
  @AutoService(LayerProvider.class)
  public static final class ForgetsItsState extends ScaleProvider {
    @Override
    public Layer create(LayerContext context) {
      Counting layer = new Counting(context.inputSize(), false);
      context.initializeWeights(layer.weights.values(), 1, 1);
      return layer;
    }
  }

  /** A scale layer with a one-entry buffer that counts forward passes. */
  static final class Counting extends Scale {
    final Buffer passes = new Buffer("passes", 1, 1);
    private final boolean countsEvaluation;

    Counting(int size, boolean countsEvaluation) {
      super(size);
      this.countsEvaluation = countsEvaluation;
    }

    @Override
    public List<Buffer> buffers() {
      return List.of(passes);
    }

    @Override
    public void forward(Matrix input, Matrix output, Mode mode) {
      super.forward(input, output, mode);
      if (mode == Mode.TRAINING || countsEvaluation) {
        passes.values()[0]++;
      }
    }
  }

  /**
   * z = w ⊙ x + b through {@link Matrix#get} and {@link Parameter#value}, so in either precision.
   * Built with a precision, it supports both and creates its parameters in the one given; built
   * without, it supports float64 only.
   */
  static class Scale implements Layer {
    final Parameter weights;
    final Parameter biases;
    final int size;
    private final boolean float32;

    Scale(int size) {
      this(size, Precision.FLOAT64, false);
    }

    Scale(int size, Precision precision) {
      this(size, precision, true);
    }

    private Scale(int size, Precision precision, boolean float32) {
      this.size = size;
      this.float32 = float32;
      this.weights = new Parameter("weights", ParameterRole.WEIGHTS, 1, size, precision);
      this.biases = new Parameter("biases", ParameterRole.BIASES, 1, size, precision);
    }

    @Override
    public boolean supports(Precision precision) {
      return precision == Precision.FLOAT64 || float32;
    }

    @Override
    public int inputSize() {
      return size;
    }

    @Override
    public int outputSize() {
      return size;
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(weights, biases);
    }

    @Override
    public void forward(Matrix input, Matrix output, Mode mode) {
      for (int r = 0; r < input.rows(); r++) {
        for (int c = 0; c < size; c++) {
          output.set(r, c, weights.value(c) * input.get(r, c) + biases.value(c));
        }
      }
    }

    @Override
    public void backward(Matrix input, Matrix outputGradient, Matrix inputGradient) {
      double[] gw = new double[size];
      double[] gb = new double[size];
      for (int r = 0; r < input.rows(); r++) {
        for (int c = 0; c < size; c++) {
          double g = outputGradient.get(r, c);
          gw[c] += weightGradient(g, input.get(r, c));
          gb[c] += g;
          if (inputGradient != null) {
            inputGradient.set(r, c, inputGradient(g, weights.value(c)));
          }
        }
      }
      setGradients(weights, gw);
      setGradients(biases, gb);
    }

    private static void setGradients(Parameter parameter, double[] gradients) {
      if (parameter.precision() == Precision.FLOAT64) {
        System.arraycopy(gradients, 0, parameter.gradients(), 0, gradients.length);
      } else {
        for (int i = 0; i < gradients.length; i++) {
          parameter.floatGradients()[i] = (float) gradients[i];
        }
      }
    }

    double weightGradient(double g, double x) {
      return g * x;
    }

    double inputGradient(double g, double w) {
      return g * w;
    }
  }
}
