package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;
import org.nnlab.core.explain.Trace.LayerTrace;
import org.nnlab.core.model.LayerDescription;

/**
 * The forward pass of one sample, unit by unit: z as the sum of weight × input products written
 * out (the products' factors from the weights and inputs, the sum from the layer's z buffer),
 * then h = f(z) from the layer's output buffer.
 */
final class ForwardSteps {
  private ForwardSteps() {}

  static Section of(Anatomy anatomy, Trace trace, NotesNames names) {
    List<Block> blocks = new ArrayList<>();
    for (int l = 1; l <= anatomy.layers(); l++) {
      blocks.add(new Prose(describe(anatomy, l)));
      LayerTrace layer = trace.layer(l);
      for (int i = 1; i <= layer.z().cols(); i++) {
        blocks.add(preActivation(anatomy, layer, l, i).named(names.of(zOf(l, i))));
        blocks.add(activation(anatomy, layer, l, i).named(names.of(hOf(l, i))));
      }
    }
    return new Section("Forward: z = Σ weight × input + bias, then h = f(z)", blocks);
  }

  static String describe(Anatomy anatomy, int l) {
    LayerDescription d = anatomy.layer(l).description();
    String type = anatomy.dense(l) ? "dense" : "type '" + d.type() + "' (a plugin)";
    return "layer " + l + ": " + type + ", " + d.inputs() + " inputs -> " + d.units()
        + " units, activation " + d.activation()
        + (anatomy.builtInActivation(l) ? "" : " (a plugin)");
  }

  private static Expr zOf(int l, int i) {
    return Expr.ref(Symbol.z(l, i));
  }

  private static Expr hOf(int l, int i) {
    return Expr.ref(Symbol.h(l, i));
  }

  private static Equation preActivation(Anatomy anatomy, LayerTrace layer, int l, int i) {
    double z = layer.z().get(0, i - 1);
    if (!anatomy.dense(l)) {
      return Equation.of(zOf(l, i), z)
          .noted("from layer type '" + anatomy.layer(l).description().type() + "'");
    }
    double[] w = layer.values().get(0);
    double[] b = layer.values().get(1);
    int inputs = layer.input().cols();
    List<Expr> symbols = new ArrayList<>();
    List<Expr> numbers = new ArrayList<>();
    for (int j = 1; j <= inputs; j++) {
      symbols.add(Expr.times(Expr.ref(Symbol.parameter(l, "w", i, j)),
          Expr.ref(Anatomy.inputOf(l, j))));
      numbers.add(Expr.times(Expr.num(w[(i - 1) * inputs + j - 1]),
          Expr.num(layer.input().get(0, j - 1))));
    }
    symbols.add(Expr.ref(Symbol.parameter(l, "b", i, 0)));
    numbers.add(Expr.num(b[i - 1]));
    return Equation.of(zOf(l, i), z, Expr.plus(symbols), Expr.plus(numbers));
  }

  private static Equation activation(Anatomy anatomy, LayerTrace layer, int l, int i) {
    String f = anatomy.activation(l);
    Equation equation = Equation.of(hOf(l, i), layer.h().get(0, i - 1),
        new Expr.Apply(f, zOf(l, i)), new Expr.Apply(f, Expr.num(layer.z().get(0, i - 1))));
    return anatomy.builtInActivation(l) ? equation : equation.noted("f(z) from the plugin");
  }
}
