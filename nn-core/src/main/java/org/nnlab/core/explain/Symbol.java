package org.nnlab.core.explain;

/**
 * A named quantity of one sample's derivation. Layers, units and parameter entries are counted
 * from 1, as the command line names them: {@code L2.w[1][2]} is the weight from unit 2 of layer 1
 * (or input 2) to unit 1 of layer 2.
 *
 * @param kind what it is
 * @param layer the 1-based layer, 0 for inputs, targets and the loss
 * @param i the 1-based unit, input, output or parameter row; 0 when there is none
 * @param j the 1-based parameter column; 0 for a vector entry or anything else
 * @param label a parameter's short name ({@code w}, {@code b}, or the layer's own name for it);
 *     empty for other kinds
 */
public record Symbol(Kind kind, int layer, int i, int j, String label) {

  /** What a symbol stands for. */
  public enum Kind {
    /** Input {@code x[i]} of the sample. */
    INPUT,
    /** Target {@code t[i]} of the sample. */
    TARGET,
    /** Pre-activation {@code L.z[i]} of a unit. */
    PRE_ACTIVATION,
    /** Activation {@code L.h[i]} = f(z) of a unit. */
    ACTIVATION,
    /** {@code L.δ[i]} = dL/dz of a unit. */
    DELTA,
    /** A parameter entry such as {@code L.w[i][j]} or {@code L.b[i]}. */
    PARAMETER,
    /** The loss L of the batch. */
    LOSS,
    /** The loss's term {@code E[i]} for output i. */
    LOSS_TERM,
    /** The softmax probability {@code p[i]} of output i. */
    PROBABILITY
  }

  /** Input {@code x[i]}. */
  public static Symbol input(int i) {
    return new Symbol(Kind.INPUT, 0, i, 0, "");
  }

  /** Target {@code t[i]}. */
  public static Symbol target(int i) {
    return new Symbol(Kind.TARGET, 0, i, 0, "");
  }

  /** Unit i of layer l before its activation. */
  public static Symbol z(int layer, int i) {
    return new Symbol(Kind.PRE_ACTIVATION, layer, i, 0, "");
  }

  /** Unit i of layer l after its activation. */
  public static Symbol h(int layer, int i) {
    return new Symbol(Kind.ACTIVATION, layer, i, 0, "");
  }

  /** dL/dz of unit i of layer l. */
  public static Symbol delta(int layer, int i) {
    return new Symbol(Kind.DELTA, layer, i, 0, "");
  }

  /** A parameter entry; {@code j} is 0 for a vector. */
  public static Symbol parameter(int layer, String label, int i, int j) {
    return new Symbol(Kind.PARAMETER, layer, i, j, label);
  }

  /** The loss. */
  public static Symbol loss() {
    return new Symbol(Kind.LOSS, 0, 0, 0, "");
  }

  /** The loss's term for output i. */
  public static Symbol lossTerm(int i) {
    return new Symbol(Kind.LOSS_TERM, 0, i, 0, "");
  }

  /** The softmax probability of output i. */
  public static Symbol probability(int i) {
    return new Symbol(Kind.PROBABILITY, 0, i, 0, "");
  }

  /** The name as the command line writes it, such as {@code L2.w[1][2]} or {@code x[1]}. */
  public String text() {
    String prefix = "L" + layer + ".";
    return switch (kind) {
      case INPUT -> "x[" + i + "]";
      case TARGET -> "t[" + i + "]";
      case PRE_ACTIVATION -> prefix + "z[" + i + "]";
      case ACTIVATION -> prefix + "h[" + i + "]";
      case DELTA -> prefix + "δ[" + i + "]";
      case PARAMETER -> prefix + label + "[" + i + "]" + (j > 0 ? "[" + j + "]" : "");
      case LOSS -> "L";
      case LOSS_TERM -> "E[" + i + "]";
      case PROBABILITY -> "p[" + i + "]";
    };
  }

  @Override
  public String toString() {
    return text();
  }
}
