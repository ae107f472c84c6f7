package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.explain.Block.Cell;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;
import org.nnlab.core.explain.Block.Table;
import org.nnlab.core.explain.Trace.LayerTrace;

/**
 * A network too large to write out entry by entry, summarized per layer: the forward pass's
 * mean z, h and |f'(z)|, the loss, the backward pass's norms, and the step's size.
 */
final class LayerSummary {
  private final Anatomy anatomy;
  private final Trace trace;
  private final StepTrace step;

  LayerSummary(Anatomy anatomy, Trace trace, StepTrace step) {
    this.anatomy = anatomy;
    this.trace = trace;
    this.step = step;
  }

  List<Section> sections(String loss) {
    return List.of(forward(), loss(loss), backward(), update());
  }

  private Section forward() {
    List<List<Cell>> rows = new ArrayList<>();
    for (int l = 1; l <= anatomy.layers(); l++) {
      LayerTrace layer = trace.layer(l);
      rows.add(List.of(Cell.text(Integer.toString(l)), Cell.text(type(l)),
          Cell.text(Integer.toString(layer.z().cols())), Cell.text(anatomy.activation(l)),
          Cell.number(mean(layer.z())), Cell.number(mean(layer.h())),
          Cell.number(PathSteps.meanMagnitude(layer.slope()))));
    }
    return new Section("Forward, per layer", List.of(
        new Prose("means over the " + trace.rows() + " sample" + (trace.rows() == 1 ? "" : "s")
            + " and each layer's units"),
        new Table(List.of("layer", "type", "units", "activation", "mean z", "mean h",
            "mean |f'(z)|"), rows)));
  }

  private Section loss(String name) {
    return new Section("Loss: " + name, List.of(
        Equation.of(Expr.ref(Symbol.loss()), trace.loss()).noted("the mean over "
            + trace.rows() + " sample" + (trace.rows() == 1 ? "" : "s") + ", as '" + name
            + "' computed it")));
  }

  private Section backward() {
    List<List<Cell>> rows = new ArrayList<>();
    for (int l = anatomy.layers(); l >= 1; l--) {
      LayerTrace layer = trace.layer(l);
      rows.add(List.of(Cell.text(Integer.toString(l)), Cell.number(norm(layer.upstream())),
          Cell.number(norm(layer.delta())), Cell.number(PathSteps.weightNorm(anatomy, trace, l)),
          Cell.number(roleNorm(l, ParameterRole.BIASES, step.gradients(), null))));
    }
    return new Section("Backward, per layer", List.of(
        new Prose("Frobenius norms over the batch: dL/dh, δ = dL/dz = dL/dh × f'(z), and the "
            + "parameter gradients dL/dW = Σ δ × input and dL/db = Σ δ; --weight NAME writes "
            + "out one weight's chain"),
        new Table(List.of("layer", "|dL/dh|", "|δ|", "|dL/dW|", "|dL/db|"), rows)));
  }

  private Section update() {
    List<List<Cell>> rows = new ArrayList<>();
    for (int l = 1; l <= anatomy.layers(); l++) {
      double before = roleNorm(l, ParameterRole.WEIGHTS, step.before(), null);
      double change = roleNorm(l, ParameterRole.WEIGHTS, step.after(), step.before());
      rows.add(List.of(Cell.text(Integer.toString(l)), Cell.number(before),
          Cell.number(change), Cell.number(change / before)));
    }
    return new Section("Update: step " + step.number() + " of " + step.optimizer(), List.of(
        new Table(List.of("layer", "|W| before", "|ΔW|", "|ΔW| / |W|"), rows)));
  }

  private String type(int l) {
    return anatomy.layer(l).description().type();
  }

  // The norm of a role's arrays, or of their difference from `minus` when given.
  private double roleNorm(int l, ParameterRole role, List<double[]> arrays,
      List<double[]> minus) {
    double squares = 0;
    boolean any = false;
    for (int p : anatomy.parameters(l)) {
      if (anatomy.parameter(p).role() != role) {
        continue;
      }
      any = true;
      double[] values = arrays.get(p);
      for (int k = 0; k < values.length; k++) {
        double v = minus == null ? values[k] : values[k] - minus.get(p)[k];
        squares += v * v;
      }
    }
    return any ? Math.sqrt(squares) : Double.NaN;
  }

  private static double mean(Matrix matrix) {
    double sum = 0;
    for (int k = 0; k < matrix.size(); k++) {
      sum += matrix.data()[k];
    }
    return sum / matrix.size();
  }

  private static double norm(Matrix matrix) {
    double squares = 0;
    for (int k = 0; k < matrix.size(); k++) {
      squares += matrix.data()[k] * matrix.data()[k];
    }
    return Math.sqrt(squares);
  }
}
