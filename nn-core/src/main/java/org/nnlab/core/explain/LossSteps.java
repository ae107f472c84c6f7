package org.nnlab.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.core.train.OutputTransform;
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
 * which for one-hot targets is (p_j − t_j) / n. For {@code binary_cross_entropy}, p = σ(z), E_j =
 * −(t_j log p_j + (1 − t_j) log(1 − p_j)) / (n m) and dL/dz_j = (p_j − t_j) / (n m); for {@code
 * l1}, E_j = |o_j − t_j| / (n m) and dL/do_j = sign(o_j − t_j) / (n m); for {@code huber} with d =
 * o_j − t_j, E_j = ½ d² / (n m) and dL/do_j = d / (n m) where |d| &lt; δ, E_j = δ (|d| − ½ δ) / (n m)
 * and dL/do_j = δ sign(d) / (n m) beyond.
 */
final class LossSteps {
  private final LossKind kind;
  private final String name;
  private final Trace trace;
  private final int last;
  private final NotesNames names;
  private final double delta;
  private double[] probabilities;

  /**
   * @param delta {@code huber}'s δ; ignored by the other losses
   */
  LossSteps(LossKind kind, String name, double delta, Trace trace, int layers,
      NotesNames names) {
    this.kind = kind;
    this.name = name;
    this.delta = delta;
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
      if (kind == LossKind.BINARY_CROSS_ENTROPY) {
        blocks.add(sigmoid(j));
      }
      Equation term = switch (kind) {
        case MSE -> squaredError(j);
        case CROSS_ENTROPY -> crossEntropy(j);
        case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(j);
        case L1 -> absoluteError(j);
        case HUBER -> huber(j);
        case OTHER -> throw new IllegalStateException("a plugin's loss has no terms");
      };
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
      case BINARY_CROSS_ENTROPY -> "binary_cross_entropy: p = sigmoid(z) of the linear "
          + "outputs, E[j] = -(t_j log(p_j) + (1 - t_j) log(1 - p_j)) / (n m) over n = " + n
          + " sample" + (n == 1 ? "" : "s") + " and m = " + m + " output" + (m == 1 ? "" : "s");
      case L1 -> "l1: the mean of |o - t| over n = " + n + " sample" + (n == 1 ? "" : "s")
          + " and m = " + m + " outputs, so E[j] = |o_j - t_j| / (n m)";
      case HUBER -> "huber with delta = " + ExplainNumbers.format(delta) + ": with d = o_j - t_j, E[j] = "
          + "0.5 d^2 / (n m) where |d| < delta, delta (|d| - 0.5 delta) / (n m) beyond; n = "
          + n + ", m = " + m;
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
        case BINARY_CROSS_ENTROPY -> Equation.of(lhs, g,
            new Expr.Quotient(new Expr.Difference(ref(Symbol.probability(j)),
                ref(Symbol.target(j))), Expr.num(count())),
            new Expr.Quotient(new Expr.Difference(Expr.num(sigmoid(logit(j))),
                Expr.num(target(j))), Expr.num(count())));
        case L1 -> Equation.of(lhs, g,
            new Expr.Quotient(new Expr.Apply("sign", difference(j, false)), Expr.num(count())),
            new Expr.Quotient(new Expr.Apply("sign", difference(j, true)), Expr.num(count())));
        case HUBER -> Math.abs(output(j) - target(j)) < delta
            ? Equation.of(lhs, g, new Expr.Quotient(difference(j, false), Expr.num(count())),
                new Expr.Quotient(difference(j, true), Expr.num(count())))
            : Equation.of(lhs, g, new Expr.Quotient(Expr.times(Expr.num(delta),
                new Expr.Apply("sign", difference(j, false))), Expr.num(count())),
                new Expr.Quotient(Expr.times(Expr.num(delta),
                new Expr.Apply("sign", difference(j, true))), Expr.num(count())));
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

  // o_j - t_j, with symbols or with numbers.
  private Expr difference(int j, boolean numbers) {
    return numbers ? new Expr.Difference(Expr.num(output(j)), Expr.num(target(j)))
        : new Expr.Difference(ref(Symbol.h(last, j)), ref(Symbol.target(j)));
  }

  private Equation absoluteError(int j) {
    return Equation.of(ref(Symbol.lossTerm(j)), Math.abs(output(j) - target(j)) / count(),
        new Expr.Quotient(new Expr.Apply("abs", difference(j, false)), Expr.num(count())),
        new Expr.Quotient(new Expr.Apply("abs", difference(j, true)), Expr.num(count())));
  }

  private Equation huber(int j) {
    double d = output(j) - target(j);
    if (Math.abs(d) < delta) {
      return Equation.of(ref(Symbol.lossTerm(j)), 0.5 * d * d / count(),
          new Expr.Quotient(Expr.times(Expr.num(0.5), new Expr.Power(difference(j, false), 2)),
              Expr.num(count())),
          new Expr.Quotient(Expr.times(Expr.num(0.5), new Expr.Power(difference(j, true), 2)),
              Expr.num(count())));
    }
    return Equation.of(ref(Symbol.lossTerm(j)), delta * (Math.abs(d) - 0.5 * delta) / count(),
        new Expr.Quotient(Expr.times(Expr.num(delta), new Expr.Difference(
            new Expr.Apply("abs", difference(j, false)), Expr.num(0.5 * delta))),
            Expr.num(count())),
        new Expr.Quotient(Expr.times(Expr.num(delta), new Expr.Difference(
            new Expr.Apply("abs", difference(j, true)), Expr.num(0.5 * delta))),
            Expr.num(count())));
  }

  private Equation sigmoid(int j) {
    return Equation.of(ref(Symbol.probability(j)), sigmoid(logit(j)),
        new Expr.Apply("sigmoid", ref(Symbol.z(last, j))),
        new Expr.Apply("sigmoid", Expr.num(logit(j))));
  }

  // The loss's own stable form: max(z, 0) - z t + log(1 + e^-|z|).
  private Equation binaryCrossEntropy(int j) {
    double z = logit(j);
    double t = target(j);
    double value = (Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)))) / count();
    double p = sigmoid(z);
    return Equation.of(ref(Symbol.lossTerm(j)), value,
        new Expr.Quotient(new Expr.Negation(Expr.plus(List.of(
            Expr.times(ref(Symbol.target(j)), new Expr.Apply("log", ref(Symbol.probability(j)))),
            Expr.times(new Expr.Difference(Expr.num(1), ref(Symbol.target(j))),
                new Expr.Apply("log", new Expr.Difference(Expr.num(1),
                    ref(Symbol.probability(j)))))))), Expr.num(count())),
        new Expr.Quotient(new Expr.Negation(Expr.plus(List.of(
            Expr.times(Expr.num(t), new Expr.Apply("log", Expr.num(p))),
            Expr.times(new Expr.Difference(Expr.num(1), Expr.num(t)),
                new Expr.Apply("log", new Expr.Difference(Expr.num(1), Expr.num(p))))))),
            Expr.num(count())));
  }

  private static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
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

  // Softmax as the loss computes it, once.
  private double[] probabilities() {
    if (probabilities == null) {
      Matrix z = trace.layer(last).z();
      probabilities = new double[z.cols()];
      OutputTransform.SOFTMAX.probabilities(z.data(), 0, z.cols(), probabilities);
    }
    return probabilities;
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
