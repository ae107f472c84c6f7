package org.nnlab.core.explain;

import java.util.List;

/**
 * A formula of the derivation, as written out rather than evaluated: the renderers print it as
 * text or LaTeX. Every number in it was read from the network's buffers or parameters.
 */
public sealed interface Expr {

  /** A number. */
  record Num(double value) implements Expr {}

  /** A named quantity. */
  record Ref(Symbol symbol) implements Expr {}

  /** The derivative d{@code of}/d{@code by}, such as dL/dL2.h[1]. */
  record Partial(Symbol of, Symbol by) implements Expr {}

  /** A function applied to its argument, such as sigmoid(z) or exp(z). */
  record Apply(String function, Expr argument) implements Expr {}

  /** An activation's derivative at its argument, such as sigmoid'(L1.z[1]). */
  record Slope(String function, Expr argument) implements Expr {}

  /** A sum of terms, written left to right. */
  record Sum(List<Expr> terms) implements Expr {
    /** Creates the sum, copying the terms. */
    public Sum {
      terms = List.copyOf(terms);
    }
  }

  /** A product of factors, written left to right. */
  record Product(List<Expr> factors) implements Expr {
    /** Creates the product, copying the factors. */
    public Product {
      factors = List.copyOf(factors);
    }
  }

  /** {@code left - right}. */
  record Difference(Expr left, Expr right) implements Expr {}

  /** {@code numerator / denominator}. */
  record Quotient(Expr numerator, Expr denominator) implements Expr {}

  /** {@code -operand}. */
  record Negation(Expr operand) implements Expr {}

  /** {@code base} to a whole power. */
  record Power(Expr base, int exponent) implements Expr {}

  /** The optimizer's learning rate η or momentum μ. */
  record Constant(Name name) implements Expr {}

  /** A parameter entry after the optimizer's step. */
  record Updated(Symbol parameter) implements Expr {}

  /** A state array of the optimizer, such as the velocity v, for a parameter entry, before or after the step. */
  record State(String name, Symbol parameter, boolean after) implements Expr {}

  /** The optimizer's constants. */
  enum Name {
    LEARNING_RATE("η", "\\eta"),
    MOMENTUM("μ", "\\mu");

    private final String text;
    private final String latex;

    Name(String text, String latex) {
      this.text = text;
      this.latex = latex;
    }

    /** The Greek letter. */
    public String text() {
      return text;
    }

    /** The letter in LaTeX. */
    public String latex() {
      return latex;
    }
  }

  /** A number. */
  static Expr num(double value) {
    return new Num(value);
  }

  /** A named quantity. */
  static Expr ref(Symbol symbol) {
    return new Ref(symbol);
  }

  /** A product. */
  static Expr times(Expr... factors) {
    return new Product(List.of(factors));
  }

  /** A sum. */
  static Expr plus(List<Expr> terms) {
    return terms.size() == 1 ? terms.get(0) : new Sum(terms);
  }
}
