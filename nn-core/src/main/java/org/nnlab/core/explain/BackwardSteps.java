package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;
import org.nnlab.core.explain.Trace.LayerTrace;

/**
 * The backward pass of one sample, from the output layer down: for each unit dL/dh (from the
 * loss, or summed over the paths through the layer above), f'(z), and δ = dL/dz = dL/dh × f'(z)
 * computed once; then each weight's dL/dw = δ × the input it multiplies, and dL/db = δ. The
 * factors are read from the layers' buffers and weights, each result from the buffer or the
 * parameter gradient the backward pass filled.
 */
final class BackwardSteps {
  private final Anatomy anatomy;
  private final Trace trace;
  private final NotesNames names;
  private final List<Equation> outputGradients;

  BackwardSteps(Anatomy anatomy, Trace trace, NotesNames names, List<Equation> outputGradients) {
    this.anatomy = anatomy;
    this.trace = trace;
    this.names = names;
    this.outputGradients = List.copyOf(outputGradients);
  }

  Section section() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Prose("per unit: δ = dL/dz = dL/dh × f'(z), computed once; then for each of "
        + "its weights dL/dw = dL/dh × f'(z) × the weight's input = δ × input, and dL/db = δ"));
    int last = anatomy.layers();
    for (int l = last; l >= 1; l--) {
      blocks.add(new Prose(l == last ? "layer " + l + ", the output layer: dL/dh from the loss"
          : "layer " + l + ": dL/dh is the sum over the paths through layer " + (l + 1)
              + ", Σ_k L" + (l + 1) + ".δ[k] × L" + (l + 1) + ".w[k][i]"));
      blocks.addAll(layer(l));
    }
    return new Section("Backward: the chain rule, from the loss down", blocks);
  }

  private List<Block> layer(int l) {
    List<Block> blocks = new ArrayList<>();
    LayerTrace layer = trace.layer(l);
    for (int i = 1; i <= layer.z().cols(); i++) {
      blocks.add(upstream(l, i));
      blocks.add(SlopeSteps.of(anatomy, layer, l, i));
      blocks.add(delta(layer, l, i));
      if (anatomy.dense(l)) {
        for (int j = 1; j <= layer.input().cols(); j++) {
          blocks.add(weight(layer, l, i, j));
        }
        blocks.add(bias(layer, l, i));
      }
    }
    if (!anatomy.dense(l)) {
      blocks.addAll(pluginGradients(layer, l));
    }
    return blocks;
  }

  private Equation upstream(int l, int i) {
    if (l == anatomy.layers()) {
      return outputGradients.get(i - 1);
    }
    Expr lhs = new Expr.Partial(Symbol.loss(), Symbol.h(l, i));
    double value = trace.layer(l).upstream().get(0, i - 1);
    if (!anatomy.dense(l + 1)) {
      return Equation.of(lhs, value).noted("from layer type '"
          + anatomy.layer(l + 1).description().type() + "' (its input gradient)");
    }
    LayerTrace above = trace.layer(l + 1);
    double[] w = above.values().get(0);
    int width = above.input().cols();
    List<Expr> symbols = new ArrayList<>();
    List<Expr> numbers = new ArrayList<>();
    for (int k = 1; k <= above.z().cols(); k++) {
      symbols.add(Expr.times(Expr.ref(Symbol.delta(l + 1, k)),
          Expr.ref(Symbol.parameter(l + 1, "w", k, i))));
      numbers.add(Expr.times(Expr.num(above.delta().get(0, k - 1)),
          Expr.num(w[(k - 1) * width + i - 1])));
    }
    return Equation.of(lhs, value, Expr.plus(symbols), Expr.plus(numbers))
        .named(names.of(lhs));
  }

  private Equation delta(LayerTrace layer, int l, int i) {
    Expr lhs = Expr.ref(Symbol.delta(l, i));
    return Equation.of(lhs, layer.delta().get(0, i - 1), chain(l, i),
        Expr.times(Expr.num(layer.upstream().get(0, i - 1)),
            Expr.num(layer.slope().get(0, i - 1)))).named(names.of(lhs));
  }

  private Equation weight(LayerTrace layer, int l, int i, int j) {
    Symbol w = Symbol.parameter(l, "w", i, j);
    Expr lhs = new Expr.Partial(Symbol.loss(), w);
    Expr input = Expr.ref(Anatomy.inputOf(l, j));
    double gradient = layer.gradients().get(0)[(i - 1) * layer.input().cols() + j - 1];
    return Equation.of(lhs, gradient, Expr.times(chain(l, i), input),
        Expr.times(Expr.ref(Symbol.delta(l, i)), input),
        Expr.times(Expr.num(layer.delta().get(0, i - 1)),
            Expr.num(layer.input().get(0, j - 1)))).named(names.of(lhs));
  }

  private Equation bias(LayerTrace layer, int l, int i) {
    Expr lhs = new Expr.Partial(Symbol.loss(), Symbol.parameter(l, "b", i, 0));
    return Equation.of(lhs, layer.gradients().get(1)[i - 1], chain(l, i),
        Expr.ref(Symbol.delta(l, i)));
  }

  // dL/dh × f'(z): the product the backward pass forms once per unit.
  private Expr chain(int l, int i) {
    return Expr.times(new Expr.Partial(Symbol.loss(), Symbol.h(l, i)),
        new Expr.Slope(anatomy.activation(l), Expr.ref(Symbol.z(l, i))));
  }

  private List<Block> pluginGradients(LayerTrace layer, int l) {
    List<Block> blocks = new ArrayList<>();
    String type = anatomy.layer(l).description().type();
    List<Integer> parameters = anatomy.parameters(l);
    for (int q = 0; q < parameters.size(); q++) {
      double[] gradient = layer.gradients().get(q);
      for (int k = 0; k < gradient.length; k++) {
        blocks.add(Equation.of(new Expr.Partial(Symbol.loss(),
            anatomy.symbol(parameters.get(q), k)), gradient[k])
            .noted("from layer type '" + type + "'"));
      }
    }
    return blocks;
  }
}
