package org.nnlab.core.explain;

import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Trace.LayerTrace;

/**
 * f'(z) of one unit, with the built-in activations' derivatives written out in terms of h = f(z)
 * as the engine computes them (sigmoid' = h (1 − h), tanh' = 1 − h²); the value is the layer's
 * f'(z) buffer. A plugin's derivative is its own method's answer.
 */
final class SlopeSteps {
  private SlopeSteps() {}

  static Equation of(Anatomy anatomy, LayerTrace layer, int l, int i) {
    String f = anatomy.activation(l);
    Expr lhs = new Expr.Slope(f, Expr.ref(Symbol.z(l, i)));
    double slope = layer.slope().get(0, i - 1);
    double h = layer.h().get(0, i - 1);
    Expr at = new Expr.Slope(f, Expr.num(layer.z().get(0, i - 1)));
    Expr unit = Expr.ref(Symbol.h(l, i));
    if (!anatomy.builtInActivation(l)) {
      return Equation.of(lhs, slope, at).noted("f'(z) from the plugin");
    }
    return switch (f) {
      case "sigmoid" -> Equation.of(lhs, slope,
          Expr.times(unit, new Expr.Difference(Expr.num(1), unit)),
          Expr.times(Expr.num(h), new Expr.Difference(Expr.num(1), Expr.num(h))));
      case "tanh" -> Equation.of(lhs, slope,
          new Expr.Difference(Expr.num(1), new Expr.Power(unit, 2)),
          new Expr.Difference(Expr.num(1), new Expr.Power(Expr.num(h), 2)));
      case "relu" -> Equation.of(lhs, slope, at).noted("1 where z > 0, else 0");
      case "linear" -> Equation.of(lhs, slope);
      default -> Equation.of(lhs, slope, at);
    };
  }
}
