package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.api.ParameterRole;
import org.nnlab.core.explain.Block.Cell;
import org.nnlab.core.explain.Block.Prose;
import org.nnlab.core.explain.Block.Table;
import org.nnlab.core.explain.Trace.LayerTrace;

/**
 * The gradient's path layer by layer over the explained rows, from the output down: the numbers
 * of {@link GradientPath}, measured on the batch (or sample) of the explanation.
 */
final class PathSteps {
  private PathSteps() {}

  static GradientPath path(Anatomy anatomy, Trace trace) {
    List<GradientPath.Layer> layers = new ArrayList<>();
    for (int l = 1; l <= anatomy.layers(); l++) {
      layers.add(new GradientPath.Layer(anatomy.activation(l), meanMagnitude(trace.layer(l)
          .slope()), anatomy.layer(l).profile().peakDerivative(), weightNorm(anatomy, trace, l)));
    }
    return GradientPath.of(layers);
  }

  static Section section(Anatomy anatomy, Trace trace) {
    GradientPath path = path(anatomy, trace);
    List<Block> blocks = new ArrayList<>();
    int last = path.last();
    blocks.add(new Prose("on the way down, a layer's δ is the sum over the paths through the "
        + "layer above (its weights times its δ) times f'(z): each layer crossed multiplies the "
        + "gradient by its weights and by its f'(z). Per layer, over " + rows(trace) + ": the "
        + "mean |f'(z)|, the product of those means from layer " + (last - 1) + " down to the "
        + "layer, the bound the activations' peak |f'| puts on that product, and the measured "
        + "|dL/dW| with its ratio to layer " + last + "'s"));
    List<List<Cell>> rows = new ArrayList<>();
    for (int l = anatomy.layers(); l >= 1; l--) {
      boolean below = l <= last;
      rows.add(List.of(Cell.text(Integer.toString(l)), Cell.text(anatomy.activation(l)),
          Cell.number(path.layers().get(l - 1).meanDerivative()),
          Cell.number(below ? path.product(l) : Double.NaN),
          Cell.number(below ? path.bound(l) : Double.NaN),
          Cell.number(path.layers().get(l - 1).gradNorm()),
          Cell.number(below ? path.ratio(l) : Double.NaN)));
    }
    blocks.add(new Table(List.of("layer", "activation", "mean |f'(z)|", "product", "bound",
        "|dL/dW|", "ratio to layer " + last), rows));
    blocks.add(new Prose(conclusion(path)));
    return new Section("The gradient's path, layer by layer", blocks);
  }

  private static String conclusion(GradientPath path) {
    int first = path.first();
    String bound = "the peak |f'| of the activations crossed bounds the product by "
        + GradientPath.twoDigits(path.bound(first));
    return path.summary().map(summary -> "from layer " + path.last() + " down to layer " + first
        + " the gradient crosses " + path.crossed(first) + " " + path.sharedActivation().get()
        + " layer" + (path.crossed(first) == 1 ? "" : "s") + ": " + summary + "; " + bound
        + "; the rest of the measured ratio comes from the weights")
        .orElse("layer " + first + " gets " + GradientPath.twoDigits(path.ratio(first))
            + " x the gradient of layer " + path.last() + "; " + bound);
  }

  private static String rows(Trace trace) {
    return trace.rows() == 1 ? "this sample" : "the " + trace.rows() + " samples of the batch";
  }

  static double meanMagnitude(Matrix matrix) {
    double sum = 0;
    for (int k = 0; k < matrix.size(); k++) {
      sum += Math.abs(matrix.data()[k]);
    }
    return sum / matrix.size();
  }

  static double weightNorm(Anatomy anatomy, Trace trace, int l) {
    LayerTrace layer = trace.layer(l);
    List<Integer> parameters = anatomy.parameters(l);
    double squares = 0;
    boolean any = false;
    for (int q = 0; q < parameters.size(); q++) {
      if (anatomy.parameter(parameters.get(q)).role() == ParameterRole.WEIGHTS) {
        any = true;
        for (double g : layer.gradients().get(q)) {
          squares += g * g;
        }
      }
    }
    return any ? Math.sqrt(squares) : Double.NaN;
  }
}
