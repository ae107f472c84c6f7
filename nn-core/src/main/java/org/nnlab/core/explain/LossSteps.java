package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.core.explain.Block.Equation;
import org.nnlab.core.explain.Block.Prose;

/**
 * The loss of one sample as the configured loss defines it, and its gradient dL/d(output): the
 * terms written out from the outputs and targets, the total and the gradient as the loss itself
 * returned them.
 *
 * <p>For {@code mse} over n samples of m outputs, E_j = (o_j − t_j)² / (n m) and dL/do_j = 2 (o_j
 * − t_j) / (n m); for one sample of two outputs these are the notes' ½ (t − o)² and o − t. For
 * {@code cross_entropy}, p = softmax(z), E_j = −t_j log p_j / n and dL/dz_j = (p_j Σt − t_j) / n,
 * which for one-hot targets is (p_j − t_j) / n.
 */
final class LossSteps {
  private final LossKind kind;
  private final String name;
  private final Trace trace;
  private final int last;
  private final NotesNames names;

  LossSteps(LossKind kind, String name, Trace trace, int layers, NotesNames names) {
    this.kind = kind;
    this.name = name;
    this.trace = trace;
    this.last = layers;
    this.names = names;
  }

  Section section() {
    List<Block> blocks = new ArrayList<>();
    List<Expr> terms = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    int m = trace.outputGradient().cols();
    for (int j = 1; j <= m && kind != LossKind.OTHER; j++) {
      if (kind == LossKind.CROSS_ENTROPY) {
        blocks.add(probability(j));
      }
      Equation term = kind == LossKind.MSE ? squaredError(j) : crossEntropy(j);
      blocks.add(term.named(names.of(term.lhs())));
      terms.add(term.lhs());
      values.add(Expr.num(term.value()));
    }
    Expr loss = Expr.ref(Symbol.loss());
    Equation total = kind == LossKind.OTHER
        ? Equation.of(loss, trace.loss()).noted("from the loss plugin '" + name + "'")
        : Equation.of(loss, trace.loss(), Expr.plus(terms), Expr.plus(values));
    blocks.add(0, new Prose(describe()));
    blocks.add(total.named(names.of(loss)));
    return new Section("Loss: " + name, blocks);
  }

  private String describe() {
    int n = trace.rows();
    int m = trace.outputGradient().cols();
    return switch (kind) {
      case MSE -> "mse: the mean of (o - t)^2 over n = " + n + " sample" + (n == 1 ? "" : "s")
          + " and m = " + m + " outputs, so E[j] = (o_j - t_j)^2 / (n m)";
      case CROSS_ENTROPY -> "cross_entropy: p = softmax(z) of the linear outputs, "
          + "E[j] = -t_j log(p_j) / n over n = " + n + " sample" + (n == 1 ? "" : "s");
      case OTHER -> "the loss '" + name + "' is a plugin: its value and gradient as it "
          + "returned them";
    };
  }

  /** dL/d(output j) for every output, as the loss wrote them. */
  List<Equation> outputGradients() {
    List<Equation> equations = new ArrayList<>();
    for (int j = 1; j <= trace.outputGradient().cols(); j++) {
      Expr lhs = new Expr.Partial(Symbol.loss(), Symbol.h(last, j));
      double g = trace.outputGradient().get(0, j - 1);
      Equation equation = switch (kind) {
        case MSE -> Equation.of(lhs, g, mseGradient(ref(Symbol.h(last, j)),
            ref(Symbol.target(j))), mseGradient(Expr.num(output(j)), Expr.num(target(j))));
        case CROSS_ENTROPY -> Equation.of(lhs, g,
            softmaxGradient(ref(Symbol.probability(j)), ref(Symbol.target(j))),
            softmaxGradient(Expr.num(probabilities()[j - 1]), Expr.num(target(j))));
        case OTHER -> Equation.of(lhs, g).noted("from the loss plugin '" + name + "'");
      };
      equations.add(equation.named(names.of(lhs)));
    }
    return equations;
  }

  private Equation squaredError(int j) {
    Expr symbols = new Expr.Quotient(new Expr.Power(new Expr.Difference(ref(Symbol.h(last, j)),
        ref(Symbol.target(j))), 2), Expr.num(count()));
    Expr numbers = new Expr.Quotient(new Expr.Power(new Expr.Difference(Expr.num(output(j)),
        Expr.num(target(j))), 2), Expr.num(count()));
    double diff = output(j) - target(j);
    return Equation.of(ref(Symbol.lossTerm(j)), diff * diff / count(), symbols, numbers);
  }

  private Equation probability(int j) {
    int m = trace.outputGradient().cols();
    List<Expr> symbols = new ArrayList<>();
    List<Expr> numbers = new ArrayList<>();
    for (int k = 1; k <= m; k++) {
      symbols.add(new Expr.Apply("exp", ref(Symbol.z(last, k))));
      numbers.add(new Expr.Apply("exp", Expr.num(logit(k))));
    }
    return Equation.of(ref(Symbol.probability(j)), probabilities()[j - 1],
        new Expr.Quotient(new Expr.Apply("exp", ref(Symbol.z(last, j))), Expr.plus(symbols)),
        new Expr.Quotient(new Expr.Apply("exp", Expr.num(logit(j))), Expr.plus(numbers)));
  }

  private Equation crossEntropy(int j) {
    double p = probabilities()[j - 1];
    double t = target(j);
    int n = trace.rows();
    return Equation.of(ref(Symbol.lossTerm(j)), t == 0 ? 0 : -t * Math.log(p) / n,
        new Expr.Quotient(new Expr.Negation(Expr.times(ref(Symbol.target(j)),
            new Expr.Apply("log", ref(Symbol.probability(j))))), Expr.num(n)),
        new Expr.Quotient(new Expr.Negation(Expr.times(Expr.num(t),
            new Expr.Apply("log", Expr.num(p)))), Expr.num(n)));
  }

  private Expr mseGradient(Expr output, Expr target) {
    return new Expr.Quotient(Expr.times(Expr.num(2), new Expr.Difference(output, target)),
        Expr.num(count()));
  }

  private Expr softmaxGradient(Expr p, Expr t) {
    double targetSum = 0;
    for (int k = 0; k < trace.targets().cols(); k++) {
      targetSum += trace.targets().get(0, k);
    }
    Expr scaled = targetSum == 1 ? p : Expr.times(p, Expr.num(targetSum));
    return new Expr.Quotient(new Expr.Difference(scaled, t), Expr.num(trace.rows()));
  }

  // Softmax with the loss's own log-sum-exp shift.
  private double[] probabilities() {
    Matrix z = trace.layer(last).z();
    int m = z.cols();
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < m; k++) {
      max = Math.max(max, z.get(0, k));
    }
    double sum = 0;
    double[] p = new double[m];
    for (int k = 0; k < m; k++) {
      p[k] = Math.exp(z.get(0, k) - max);
      sum += p[k];
    }
    for (int k = 0; k < m; k++) {
      p[k] /= sum;
    }
    return p;
  }

  private int count() {
    return trace.rows() * trace.outputGradient().cols();
  }

  private double output(int j) {
    return trace.layer(last).h().get(0, j - 1);
  }

  private double logit(int j) {
    return trace.layer(last).z().get(0, j - 1);
  }

  private double target(int j) {
    return trace.targets().get(0, j - 1);
  }

  private static Expr ref(Symbol symbol) {
    return Expr.ref(symbol);
  }
}
