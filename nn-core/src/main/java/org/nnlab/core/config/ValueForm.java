package org.nnlab.core.config;

import java.util.List;

/**
 * The form of the value a configuration key takes, as the format declares it: what
 * {@code nn schema} exports and {@code docs/config.md} describes. The readers check the same
 * bounds, taken from here.
 */
public sealed interface ValueForm {

  /** The kinds of plugin a configuration names. */
  enum PluginSlot {
    /** An activation function. */
    ACTIVATION,
    /** A loss function. */
    LOSS,
    /** An optimizer. */
    OPTIMIZER,
    /** A layer type. */
    LAYER
  }

  /**
   * An integer within {@code [min, max]}; a float written with an integral value counts.
   *
   * @param min the smallest value accepted
   * @param max the largest value accepted
   */
  record Whole(long min, long max) implements ValueForm {}

  /**
   * A finite number within bounds, each inclusive or exclusive; an infinite bound is none.
   *
   * @param min the lower bound, or negative infinity
   * @param minExclusive whether {@code min} itself is refused
   * @param max the upper bound, or positive infinity
   * @param maxExclusive whether {@code max} itself is refused
   */
  record Real(double min, boolean minExclusive, double max, boolean maxExclusive)
      implements ValueForm {
    /** Any finite number. */
    public static Real any() {
      return new Real(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** A number of at least {@code min}. */
    public static Real atLeast(double min) {
      return new Real(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** A number strictly between {@code min} and {@code max}. */
    public static Real between(double min, double max) {
      return new Real(min, true, max, true);
    }

    /** Tells whether {@code value} is within the bounds. */
    public boolean contains(double value) {
      boolean aboveMin = minExclusive ? value > min : value >= min;
      boolean belowMax = maxExclusive ? value < max : value <= max;
      return aboveMin && belowMax;
    }
  }

  /** {@code true} or {@code false}. */
  record Flag() implements ValueForm {}

  /**
   * Exactly one scalar, such as {@code false}.
   *
   * @param value the {@link Boolean}, {@link Number} or {@link String} accepted
   */
  record Exactly(Object value) implements ValueForm {}

  /** Any scalar but null, taken as text exactly as written. */
  record Text() implements ValueForm {}

  /**
   * One of a fixed set of names.
   *
   * @param names the names accepted, in the order documented
   */
  record Choice(List<String> names) implements ValueForm {
    /** Creates the form, copying the list. */
    public Choice {
      names = List.copyOf(names);
    }
  }

  /**
   * The registered name of a plugin, written bare.
   *
   * @param slot the kind of plugin
   */
  record PluginName(PluginSlot slot) implements ValueForm {}

  /**
   * A plugin: a bare name, or a mapping whose {@code type} is the name and whose other keys are
   * the plugin's options.
   *
   * @param slot the kind of plugin
   * @param typeRequired whether the mapping form must name the plugin ({@code type})
   */
  record Plugin(PluginSlot slot, boolean typeRequired) implements ValueForm {}

  /**
   * A mapping with keys of its own.
   *
   * @param section its keys and rules
   */
  record Nested(ConfigSection section) implements ValueForm {}

  /**
   * A list.
   *
   * @param item the form of each item
   * @param minItems the fewest items accepted
   */
  record ListOf(ValueForm item, int minItems) implements ValueForm {}

  /**
   * Any one of several forms, such as an integer or a list of integers.
   *
   * @param forms the forms accepted
   */
  record AnyOf(List<ValueForm> forms) implements ValueForm {
    /** Creates the form, copying the list. */
    public AnyOf {
      forms = List.copyOf(forms);
    }
  }

  /**
   * Rows of finite numbers: a list of equally long lists, or a flat list read as one column.
   * A saved model may keep them in its sidecar file.
   */
  record Rows() implements ValueForm {}

  /** A mapping whose keys are read elsewhere: {@code nn compare}'s grid, a saved model's state. */
  record Mapping() implements ValueForm {}
}
